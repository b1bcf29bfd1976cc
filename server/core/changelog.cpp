#include "changelog.h"

#include "pgcopy.h"
#include "pgsql.h"
#include "sql.h"

#include <QJsonDocument>
#include <QSqlError>

#include <utility>

namespace ltc::server {
namespace {

QJsonObject clientChange(qint64 version, const QString &table, const QString &op, const QString &key,
                         const QJsonValue &row)
{
    return QJsonObject{{QStringLiteral("version"), version}, {QStringLiteral("table"), table},
                       {QStringLiteral("op"), op},           {QStringLiteral("key"), key},
                       {QStringLiteral("row"), row}};
}

// A delete carries its row's key columns as its "row": the key string joins them with '/', which
// a value holding '/' would make ambiguous. Only the key columns: a row that left the user's
// district must not reach them whole.
QJsonObject keyColumnsOf(const SyncCatalog &catalog, const QString &table, const QJsonObject &row)
{
    QJsonObject keys;
    if (const SyncTable *info = catalog.table(table)) {
        for (const QString &column : info->keyColumns) {
            if (row.contains(column))
                keys.insert(column, row.value(column));
        }
    }
    return keys;
}

void appendJsonString(QByteArray &json, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    json.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char byte : utf8) {
        const auto code = static_cast<unsigned char>(byte);
        if (byte == '"' || byte == '\\') {
            json.append('\\').append(byte);
        } else if (code < 0x20) {
            json.append("\\u00", 4).append(hex[code >> 4]).append(hex[code & 0xf]);
        } else {
            json.append(byte);
        }
    }
    json.append('"');
}

} // namespace

// Written by hand: QJsonObject and QJsonDocument cost each row two conversions (a quarter of the
// server's time in an audit of 100,000 lines).
QByteArray derivedRowJson(const DerivedRow &row)
{
    QByteArray json;
    json.reserve(48 * row.columns.size());
    json.append('{');
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        if (i > 0)
            json.append(',');
        appendJsonString(json, row.columns.at(i));
        json.append(':');
        const QVariant value = row.values.value(i);
        switch (value.typeId()) {
        case QMetaType::QString: appendJsonString(json, *static_cast<const QString *>(value.constData())); break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Long: json.append(QByteArray::number(value.toLongLong())); break;
        case QMetaType::Bool: json.append(value.toBool() ? "true" : "false"); break;
        case QMetaType::UnknownType:
        case QMetaType::Nullptr: json.append("null"); break;
        default: {  // anything else as Qt writes it
            const QByteArray single = QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
            json.append(single.mid(1, single.size() - 2));
        }
        }
    }
    json.append('}');
    return json;
}

namespace {

// One stored entry as the user sees it: as it is, as a delete when the row left the user's
// scope, or nothing when the user never saw it.
std::optional<QJsonObject> entryFor(const SyncCatalog &catalog, const UserIdentity &user, const QSqlQuery &query)
{
    const QString district = query.value(5).toString();
    const QString oldDistrict = query.value(6).toString();
    const qint64 version = query.value(0).toLongLong();
    const QString table = query.value(1).toString();
    const QString key = query.value(3).toString();
    const QJsonObject stored = query.isNull(4) ? QJsonObject()
                                               : QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    if (SyncCatalog::visible(user, district)) {
        const bool upsert = query.value(2).toString() == QStringLiteral("upsert");
        return clientChange(version, table, query.value(2).toString(), key,
                            upsert ? stored : keyColumnsOf(catalog, table, stored));
    }
    if (!oldDistrict.isEmpty() && user.canAccessDistrict(oldDistrict))
        return clientChange(version, table, QStringLiteral("delete"), key, keyColumnsOf(catalog, table, stored));
    return std::nullopt;
}
} // namespace

// One change as a change-log row: its six values, and whether it moved district.
struct LogRow {
    QString table;
    QString op;
    QString key;
    QJsonObject stored;
    QByteArray json;  // `stored`, compact
    QString district;
    QString oldDistrict;
    bool moved() const { return op == QStringLiteral("upsert") && !oldDistrict.isEmpty() && oldDistrict != district; }
    // NULL unless the row left a district.
    QVariant oldDistrictValue() const
    {
        return oldDistrict == district ? QVariant(QMetaType(QMetaType::QString)) : sqlText(oldDistrict);
    }
    // table_name, op, row_key, row_data, district, old_district
    QVariantList values() const
    {
        return {table, op, key, QString::fromUtf8(json), sqlText(district), oldDistrictValue()};
    }
    void copyTo(CopyRows &copy) const
    {
        copy.text(table);
        copy.text(op);
        copy.text(key);
        copy.utf8(json);
        copy.value(sqlText(district));
        copy.value(oldDistrictValue());
        copy.endRow();
    }
};

namespace {
const QString kLogColumns = QStringLiteral("INSERT INTO change_log (table_name, op, row_key, row_data, district, old_district) "
                                           "VALUES ");
const QString kLogTuple = QStringLiteral("(?, ?, ?, ?, ?, ?)");
const QString kCopyLog = QStringLiteral("COPY change_log (table_name, op, row_key, row_data, district, old_district) "
                                        "FROM STDIN");
constexpr qsizetype kLogBatch = 5000;  // derived rows copied at a time
} // namespace

std::optional<QJsonArray> ChangeLog::record(QSqlDatabase &db, const QJsonArray &changes, QString *error,
                                            QHash<QString, QString> *knownDistricts) const
{
    QJsonArray entries;
    QHash<QString, QString> ownDistricts;
    QHash<QString, QString> &districts = knownDistricts ? *knownDistricts : ownDistricts;
    // Prepared once: a command may change many rows (an audit run derives one per claim line).
    QSqlQuery insert(db);
    insert.setForwardOnly(true);
    if (!insert.prepare(kLogColumns + kLogTuple + QStringLiteral(" RETURNING version"))) {
        *error = insert.lastError().text();
        return std::nullopt;
    }
    // Rows derived by computation need no version back: they are copied, a round trip for
    // thousands (an import of a million lines); a person's change goes alone and returns its
    // version, after the derived rows before it.
    QList<LogRow> derived;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        std::optional<LogRow> row = logRow(db, change, districts);
        if (!row)
            continue;  // not synced: the module declared it local or the server's own
        if (change.value(QStringLiteral("derived")).toBool()) {
            derived.append(std::move(*row));
            if (derived.size() == kLogBatch && !insertDerived(db, derived, error))
                return std::nullopt;
            continue;
        }
        if (!insertDerived(db, derived, error))
            return std::nullopt;
        for (const QVariant &param : row->values())
            insert.addBindValue(param);
        if (!insert.exec() || !insert.next()) {
            *error = insert.lastError().text();
            return std::nullopt;
        }
        const qint64 version = insert.value(0).toLongLong();
        insert.finish();  // the next district look-up runs on this connection: QPSQL drops an open result
        entries.append(clientChange(version, row->table, row->op, row->key, row->stored));
        if (row->moved() && !recordMovedChildren(db, row->table, row->stored, row->district, row->oldDistrict, error))
            return std::nullopt;
    }
    if (!insertDerived(db, derived, error))
        return std::nullopt;
    return entries;
}

std::optional<LogRow> ChangeLog::derivedEntry(QSqlDatabase &db, const DerivedRow &row,
                                              QHash<QString, QString> &districts) const
{
    const SyncTable *table = m_catalog.table(row.table);
    if (!table)
        return std::nullopt;  // not synced
    LogRow entry;
    entry.table = row.table;
    entry.key = row.key;
    const QJsonObject before = row.before.value_or(QJsonObject());
    entry.district = row.exists() ? districtOfScope(db, table->decl, row.value(table->decl.scope.column), &districts)
                                  : districtOf(db, table->decl, before, &districts);
    entry.oldDistrict = before.isEmpty() ? QString() : districtOf(db, table->decl, before, &districts);
    entry.op = row.exists() ? QStringLiteral("upsert") : QStringLiteral("delete");
    if (!row.exists())
        entry.stored = keyColumnsOf(m_catalog, row.table, before);
    else if (entry.moved())  // its children follow it (recordMovedChildren reads the row)
        entry.stored = row.object();
    return entry;
}

void ChangeLog::printDerived(const LogRow &entry, const DerivedRow &row, CopyRows &copy) const
{
    LogRow printed = entry;  // its list may still be shared with the caller's: left as it is
    printed.json = row.exists() ? derivedRowJson(row) : QJsonDocument(entry.stored).toJson(QJsonDocument::Compact);
    printed.copyTo(copy);
}

// A part on the helper thread: its entries (the moved ones are needed after the copy) and the
// COPY text being printed.
struct DerivedLog::Printed {
    QList<LogRow> moved;
    std::future<CopyRows> text;
};

DerivedLog::DerivedLog(const ChangeLog &log, QSqlDatabase &db) : m_log(log), m_db(db) {}

DerivedLog::~DerivedLog() = default;  // the part's future waits for its helper

bool DerivedLog::add(QList<DerivedRow> rows, QString *error)
{
    auto part = std::make_unique<Printed>();
    QList<LogRow> entries;
    QList<DerivedRow> synced;
    entries.reserve(rows.size());
    synced.reserve(rows.size());
    for (DerivedRow &row : rows) {
        std::optional<LogRow> entry = m_log.derivedEntry(m_db, row, m_districts);
        if (!entry)
            continue;
        if (entry->moved())
            part->moved.append(*entry);
        entries.append(std::move(*entry));
        synced.append(std::move(row));
    }
    // This part is printed while PostgreSQL takes the one before it.
    std::unique_ptr<Printed> previous = std::exchange(m_printing, {});
    if (!entries.isEmpty()) {
        part->text = printAside([log = &m_log, entries = std::move(entries), synced = std::move(synced)] {
            CopyRows copy;
            for (qsizetype i = 0; i < entries.size(); ++i)
                log->printDerived(entries.at(i), synced.at(i), copy);
            return copy;
        });
        m_printing = std::move(part);
    }
    return copyPrinted(std::move(previous), error);
}

bool DerivedLog::finish(QString *error)
{
    return copyPrinted(std::exchange(m_printing, {}), error);
}

bool DerivedLog::copyPrinted(std::unique_ptr<Printed> part, QString *error)
{
    if (!part)
        return true;
    CopyRows copy = part->text.get();
    CopyRows::Refusal refusal;
    if (!copy.send(m_db, kCopyLog, &refusal)) {
        *error = refusal.message;
        return false;
    }
    for (const LogRow &row : part->moved) {
        if (!m_log.recordMovedChildren(m_db, row.table, row.stored, row.district, row.oldDistrict, error))
            return false;
    }
    return true;
}

std::optional<LogRow> ChangeLog::logRow(QSqlDatabase &db, const QJsonObject &change, QHash<QString, QString> &districts) const
{
    const QJsonValue after = change.value(QStringLiteral("after"));
    return logRow(db, change.value(QStringLiteral("table")).toString(), change.value(QStringLiteral("key")).toString(),
                  change.value(QStringLiteral("before")).toObject(),
                  after.isObject() ? std::optional<QJsonObject>(after.toObject()) : std::nullopt, districts);
}

std::optional<LogRow> ChangeLog::logRow(QSqlDatabase &db, const QString &table, const QString &key,
                                        const QJsonObject &before, const std::optional<QJsonObject> &after,
                                        QHash<QString, QString> &districts) const
{
    if (!m_catalog.table(table))
        return std::nullopt;
    LogRow row;
    row.table = table;
    row.key = key;
    row.district = m_catalog.districtOf(db, table, after ? *after : before, &districts);
    row.oldDistrict = before.isEmpty() ? QString() : m_catalog.districtOf(db, table, before, &districts);
    row.op = after ? QStringLiteral("upsert") : QStringLiteral("delete");
    row.stored = after ? *after : keyColumnsOf(m_catalog, table, before);
    row.json = QJsonDocument(row.stored).toJson(QJsonDocument::Compact);
    return row;
}

bool ChangeLog::insertDerived(QSqlDatabase &db, QList<LogRow> &rows, QString *error) const
{
    if (rows.isEmpty())
        return true;
    CopyRows copy;
    for (const LogRow &row : rows)
        row.copyTo(copy);
    CopyRows::Refusal refusal;
    if (!copy.send(db, kCopyLog, &refusal)) {
        *error = refusal.message;
        return false;
    }
    for (const LogRow &row : rows) {
        if (row.moved() && !recordMovedChildren(db, row.table, row.stored, row.district, row.oldDistrict, error))
            return false;
    }
    rows.clear();
    return true;
}

// A person or institution that changed district takes what belongs to it along: each such row
// gets an entry with both districts, so the old district's desktops receive deletes and the new
// one's the rows (entryFor). Written by SQL from the stored rows: a care home has many lines.
bool ChangeLog::recordMovedChildren(QSqlDatabase &db, const QString &parentTable, const QJsonObject &parent,
                                    const QString &district, const QString &oldDistrict, QString *error) const
{
    for (const SyncTable *child : m_catalog.childrenOf(parentTable)) {
        QStringList keyParts;
        for (const QString &column : child->keyColumns)
            keyParts << QStringLiteral("CAST(t.%1 AS TEXT)").arg(column);
        const QString sql =
            QStringLiteral("INSERT INTO change_log (table_name, op, row_key, row_data, district, old_district) SELECT ?, "
                           "'upsert', concat_ws('/', %1), CAST(to_json(t) AS TEXT), ?, ? FROM %2 t WHERE t.%3 = ?")
                .arg(keyParts.join(QStringLiteral(", ")), child->name, child->decl.scope.column);
        if (!execSql(db, sql,
                     {child->name, district, oldDistrict,
                      parent.value(child->decl.scope.parentKey).toVariant().toString()},
                     error))
            return false;
    }
    return true;
}

PullPage ChangeLog::pull(QSqlDatabase &db, const UserIdentity &user, qint64 cursor, int limit) const
{
    PullPage page;
    const ReadSnapshot snapshot(db);
    if (!snapshot.ok()) {
        page.status = PullPage::Status::Failed;
        page.error = snapshot.error();
        return page;
    }
    page.horizon = purgedThrough(db);
    if (cursor < page.horizon) {
        page.status = PullPage::Status::Gone;
        return page;
    }
    const qint64 top = currentVersion(db);
    const QString pattern = SyncCatalog::districtPattern(user);
    QSqlQuery query = querySql(
        db,
        QStringLiteral("SELECT version, table_name, op, row_key, row_data, district, old_district FROM "
                       "change_log WHERE version > ? AND version <= ? AND (district IS NULL OR district = '' OR "
                       "district LIKE ? OR old_district LIKE ?) ORDER BY version LIMIT ?"),
        {cursor, top, pattern, pattern, limit + 1}, &page.error);
    if (!page.error.isEmpty()) {
        page.status = PullPage::Status::Failed;
        return page;
    }
    page.cursor = top;
    int seen = 0;
    while (query.next()) {
        if (++seen > limit) {
            page.hasMore = true;
            break;
        }
        page.cursor = query.value(0).toLongLong();
        if (const std::optional<QJsonObject> entry = entryFor(m_catalog, user, query))
            page.changes.append(*entry);
    }
    if (!page.hasMore)
        page.cursor = top;
    return page;
}

qint64 ChangeLog::purgedThrough(QSqlDatabase &db)
{
    return scalarSql(db, QStringLiteral("SELECT value FROM server_meta WHERE key = 'purged_through'")).toLongLong();
}

qint64 ChangeLog::currentVersion(QSqlDatabase &db)
{
    return qMax(scalarSql(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM change_log")).toLongLong(),
                purgedThrough(db));
}

std::optional<qint64> ChangeLog::purge(QSqlDatabase &db, qint64 retentionSeconds, QString *error)
{
    Transaction transaction(db);
    const qint64 horizon = purgedThrough(db);
    // Found by version, walking the key from the horizon to the first entry still kept: what it
    // passes is what goes. (A time index cost every logged row an insert.)
    const QVariant firstKept = scalarSql(db,
                                         QStringLiteral("SELECT version FROM change_log WHERE version > ? AND committed_at "
                                                        ">= now() - make_interval(secs => ?) ORDER BY version LIMIT 1"),
                                         {horizon, double(retentionSeconds)});
    const qint64 through = firstKept.isNull()
                               ? scalarSql(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM change_log")).toLongLong()
                               : firstKept.toLongLong() - 1;
    if (through <= horizon)
        return horizon;
    if (!execSql(db, QStringLiteral("DELETE FROM change_log WHERE version <= ?"), {through}, error)
        || !execSql(db,
                    QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('purged_through', ?) ON CONFLICT "
                                   "(key) DO UPDATE SET value = excluded.value"),
                    {QString::number(through)}, error)
        || !transaction.commit(error))
        return std::nullopt;
    return through;
}

} // namespace ltc::server
