#include "changelog.h"

#include "pgsql.h"
#include "sql.h"

#include <QJsonDocument>
#include <QSqlError>

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
    QVariantList values;  // table_name, op, row_key, row_data, district, old_district
    QString table;
    QString op;
    QString key;
    QJsonObject stored;
    QString district;
    QString oldDistrict;
    bool moved() const { return op == QStringLiteral("upsert") && !oldDistrict.isEmpty() && oldDistrict != district; }
};

namespace {
const QString kLogColumns = QStringLiteral("INSERT INTO change_log (table_name, op, row_key, row_data, district, old_district) "
                                           "VALUES ");
const QString kLogTuple = QStringLiteral("(?, ?, ?, CAST(? AS JSONB), ?, ?)");
constexpr qsizetype kLogBatch = 500;  // derived rows written per statement
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
    // Rows derived by computation need no version back: they go in statements of many rows, a
    // round trip for hundreds (an import of a million lines); a person's change goes alone and
    // returns its version, after the derived rows before it.
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
        for (const QVariant &param : row->values)
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

std::optional<LogRow> ChangeLog::logRow(QSqlDatabase &db, const QJsonObject &change, QHash<QString, QString> &districts) const
{
    LogRow row;
    row.table = change.value(QStringLiteral("table")).toString();
    if (!m_catalog.table(row.table))
        return std::nullopt;
    const QJsonObject before = change.value(QStringLiteral("before")).toObject();
    const QJsonValue after = change.value(QStringLiteral("after"));
    const bool upsert = after.isObject();
    row.district = m_catalog.districtOf(db, row.table, upsert ? after.toObject() : before, &districts);
    row.oldDistrict = before.isEmpty() ? QString() : m_catalog.districtOf(db, row.table, before, &districts);
    row.op = upsert ? QStringLiteral("upsert") : QStringLiteral("delete");
    row.key = change.value(QStringLiteral("key")).toString();
    row.stored = upsert ? after.toObject() : keyColumnsOf(m_catalog, row.table, before);
    row.values = {QVariant(row.table), QVariant(row.op), QVariant(row.key), QVariant(compactJson(row.stored)),
                  sqlText(row.district),
                  row.oldDistrict == row.district ? QVariant(QMetaType(QMetaType::QString)) : sqlText(row.oldDistrict)};
    return row;
}

bool ChangeLog::insertDerived(QSqlDatabase &db, QList<LogRow> &rows, QString *error) const
{
    if (rows.isEmpty())
        return true;
    QSqlQuery insert(db);
    if (!insert.prepare(kLogColumns + QStringList(QList<QString>(rows.size(), kLogTuple)).join(QStringLiteral(", ")))) {
        *error = insert.lastError().text();
        return false;
    }
    for (const LogRow &row : rows) {
        for (const QVariant &param : row.values)
            insert.addBindValue(param);
    }
    if (!insert.exec()) {
        *error = insert.lastError().text();
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
                           "'upsert', concat_ws('/', %1), to_jsonb(t), ?, ? FROM %2 t WHERE t.%3 = ?")
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
        QStringLiteral("SELECT version, table_name, op, row_key, CAST(row_data AS TEXT), district, old_district FROM "
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
    const QVariant newest = scalarSql(
        db, QStringLiteral("SELECT MAX(version) FROM change_log WHERE committed_at < now() - make_interval(secs => ?)"),
        {double(retentionSeconds)});
    if (newest.isNull() || newest.toLongLong() <= horizon)
        return horizon;
    const qint64 through = newest.toLongLong();
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
