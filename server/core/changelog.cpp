#include "changelog.h"

#include "connectionturn.h"

#include "pgcopy.h"
#include "pgsql.h"
#include "serverschema.h"
#include "sql.h"

#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>
#include <iterator>
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
    settleConnection(db);
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
            if (readFromTable(*row))
                continue;
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

// A derived upsert of a table whose rows carry their version, where the row stays in its
// district: the pull reads it from its table. A delete, or a move that the old district must
// hear of as one, still needs its entry.
bool ChangeLog::readFromTable(const LogRow &entry) const
{
    const SyncTable *table = m_catalog.table(entry.table);
    return table && table->rowVersions && entry.op == QStringLiteral("upsert") && !entry.moved();
}

std::optional<LogRow> ChangeLog::derivedEntry(QSqlDatabase &db, const DerivedRow &row,
                                              QHash<QString, QString> &districts) const
{
    const SyncTable *table = m_catalog.table(row.table);
    if (!table)
        return std::nullopt;  // not synced
    const QJsonObject before = row.before.value_or(QJsonObject());
    if (table->rowVersions && row.exists() && before.isEmpty())
        return std::nullopt;  // a new row that carries its version: the pull reads it from its table
    LogRow entry;
    entry.table = row.table;
    entry.key = row.key;
    entry.district = row.exists() ? districtOfScope(db, table->decl, row.value(table->decl.scope.column), &districts)
                                  : districtOf(db, table->decl, before, &districts);
    entry.oldDistrict = before.isEmpty() ? QString() : districtOf(db, table->decl, before, &districts);
    entry.op = row.exists() ? QStringLiteral("upsert") : QStringLiteral("delete");
    if (readFromTable(entry))
        return std::nullopt;
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
        // The server's own column stays here.
        const QString row = child->rowVersions ? QStringLiteral("to_jsonb(t) - '%1'").arg(rowVersionColumn())
                                               : QStringLiteral("to_json(t)");
        const QString sql =
            QStringLiteral("INSERT INTO change_log (table_name, op, row_key, row_data, district, old_district) SELECT ?, "
                           "'upsert', concat_ws('/', %1), CAST(%4 AS TEXT), ?, ? FROM %2 t WHERE t.%3 = ?")
                .arg(keyParts.join(QStringLiteral(", ")), child->name, child->decl.scope.column, row);
        if (!execSql(db, sql,
                     {child->name, district, oldDistrict,
                      parent.value(child->decl.scope.parentKey).toVariant().toString()},
                     error))
            return false;
    }
    return true;
}

namespace {
// Which rows of a table whose rows carry their version a user may see, by its scope (tables.h),
// with one `?` for the user's district pattern, or none for shared rows. A parent's district is
// asked of a hashed list of the parents of other districts, not row by row: another district's
// desktop pulling past a million results reads each once.
QString visibleRowsSql(const TableDecl &decl, bool *takesPattern)
{
    *takesPattern = decl.scope.kind != TableScope::Kind::Shared;
    switch (decl.scope.kind) {
    case TableScope::Kind::Shared: return QStringLiteral("TRUE");
    case TableScope::Kind::Column:
        return QStringLiteral("(t.%1 IS NULL OR t.%1 = '' OR t.%1 LIKE ?)").arg(decl.scope.column);
    case TableScope::Kind::Parent:  // a row without its parent has no district: as districtOfScope says
        return QStringLiteral("(t.%1 IS NULL OR t.%1 NOT IN (SELECT p.%2 FROM %3 p WHERE p.district IS NOT NULL AND "
                              "p.district <> '' AND p.district NOT LIKE ?))")
            .arg(decl.scope.column, decl.scope.parentKey, decl.scope.parentTable);
    }
    Q_UNREACHABLE();
}

// The rows of one table whose rows carry their version written after the cursor, in version
// order: the version, then the columns clients have, in name order (each insert into the row's
// QJsonObject then appends).
QString versionedRowsSql(const SyncTable &table, const QStringList &columns, bool *takesPattern)
{
    QStringList selected;
    for (const QString &column : columns)
        selected << QStringLiteral("t.") + column;
    return QStringLiteral("SELECT t.%1, %2 FROM %3 t WHERE t.%1 > ? AND t.%1 <= ? AND %4 ORDER BY t.%1 LIMIT ?")
        .arg(rowVersionColumn(), selected.join(QStringLiteral(", ")), table.name, visibleRowsSql(table.decl, takesPattern));
}

// One version the pull passes: what the user sees of it, or nothing (another district's).
struct PulledVersion {
    qint64 version = 0;
    std::optional<QJsonObject> change;
};

// The rows of a table that carries versions after the cursor, each as the user sees it: an
// upsert, as its log entry would have carried it (each value as QJsonValue::fromVariant gives
// it; the key, its key columns joined by '/'). The district is the row's as it is now, its
// parent's asked once per parent, after the rows are read (the connection holds one result).
QList<PulledVersion> versionedChanges(QSqlDatabase &db, const SyncTable &table, const UserIdentity &user,
                                      QVariantList params, const QString &pattern, QString *error)
{
    QStringList columns = table.columns;
    columns.sort();
    bool takesPattern = false;
    const QString sql = versionedRowsSql(table, columns, &takesPattern);
    if (takesPattern)
        params.insert(2, pattern);
    QSqlQuery query = querySql(db, sql, params, error);
    QList<std::pair<qint64, QJsonObject>> rows;
    while (error->isEmpty() && query.next()) {
        QJsonObject row;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(int(i) + 1);
            row.insert(columns.at(i), value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        rows.append({query.value(0).toLongLong(), std::move(row)});
    }
    query.finish();
    QList<PulledVersion> pulled;
    pulled.reserve(rows.size());
    QHash<QString, QString> districts;
    for (auto &[version, row] : rows) {
        const QString district =
            districtOfScope(db, table.decl, row.value(table.decl.scope.column).toVariant(), &districts);
        if (!SyncCatalog::visible(user, district)) {
            pulled.append({version, std::nullopt});
            continue;
        }
        QStringList key;
        for (const QString &column : table.keyColumns)
            key << row.value(column).toVariant().toString();
        pulled.append({version, clientChange(version, table.name, QStringLiteral("upsert"), key.join(QLatin1Char('/')),
                                             std::move(row))});
    }
    return pulled;
}
} // namespace

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
    // The log's entries and the rows that carry their version, at most a page and one of each
    // in version order, merged: the page is the first of them all. (Rows are read as values and
    // made JSON here: PostgreSQL's row_to_json cost a page four times the reading.)
    QList<PulledVersion> passed;
    QSqlQuery entries = querySql(
        db,
        QStringLiteral("SELECT version, table_name, op, row_key, row_data, district, old_district FROM "
                       "change_log WHERE version > ? AND version <= ? AND (district IS NULL OR district = '' OR "
                       "district LIKE ? OR old_district LIKE ?) ORDER BY version LIMIT ?"),
        {cursor, top, pattern, pattern, limit + 1}, &page.error);
    while (page.error.isEmpty() && entries.next())
        passed.append({entries.value(0).toLongLong(), entryFor(m_catalog, user, entries)});
    entries.finish();
    for (const QString &name : m_catalog.tableNames()) {
        const SyncTable &table = *m_catalog.table(name);
        if (!table.rowVersions || !page.error.isEmpty())
            continue;
        const QList<PulledVersion> read = versionedChanges(db, table, user, {cursor, top, limit + 1}, pattern, &page.error);
        QList<PulledVersion> merged;
        merged.reserve(passed.size() + read.size());
        std::merge(passed.cbegin(), passed.cend(), read.cbegin(), read.cend(), std::back_inserter(merged),
                   [](const PulledVersion &a, const PulledVersion &b) { return a.version < b.version; });
        passed = std::move(merged);
    }
    if (!page.error.isEmpty()) {
        page.status = PullPage::Status::Failed;
        return page;
    }
    page.hasMore = passed.size() > limit;
    for (qsizetype i = 0; i < qMin<qsizetype>(passed.size(), limit); ++i) {
        if (passed.at(i).change)
            page.changes.append(*passed.at(i).change);
    }
    page.cursor = page.hasMore ? passed.at(limit - 1).version : top;
    return page;
}

qint64 ChangeLog::purgedThrough(QSqlDatabase &db)
{
    return scalarSql(db, QStringLiteral("SELECT value FROM server_meta WHERE key = 'purged_through'")).toLongLong();
}

qint64 ChangeLog::currentVersion(QSqlDatabase &db) const
{
    QStringList tops{QStringLiteral("(SELECT MAX(version) FROM change_log)")};
    for (const QString &name : m_catalog.tableNames()) {
        if (m_catalog.table(name)->rowVersions)
            tops << QStringLiteral("(SELECT MAX(%1) FROM %2)").arg(rowVersionColumn(), name);
    }
    const QString sql = QStringLiteral("SELECT COALESCE(GREATEST(%1), 0)").arg(tops.join(QStringLiteral(", ")));
    return qMax(scalarSql(db, sql).toLongLong(), purgedThrough(db));
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
