#include "localrows.h"

#include <algorithm>

#include "domainregistry.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <sqlite3.h>

namespace ltc {

// One prepared statement. On SQLite (the local store always is) it talks to the library
// directly, as the importer does: QtSql's per-value binding (QSqlResult::bindValue) cost more than
// SQLite's own work of writing the row. Other drivers go through QSqlQuery.
class LocalRows::Statement {
public:
    Statement(QSqlDatabase &db, QString sql) : m_sql(std::move(sql)), m_query(db)
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
            const QByteArray utf8 = m_sql.toUtf8();
            if (sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &m_native, nullptr) != SQLITE_OK)
                m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        } else {
            m_query.setForwardOnly(true);
            if (!m_query.prepare(m_sql))
                m_error = m_query.lastError().text();
        }
    }
    ~Statement()
    {
        if (m_native)
            sqlite3_finalize(m_native);
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // The error of preparing, with the statement; empty when prepared.
    QString error() const { return m_error.isEmpty() ? QString() : describe(m_error); }

    bool run(const QList<QJsonValue> &values, QString *error)
    {
        QString why;
        m_uniqueRefused = false;
        if (m_native) {
            // Texts as UTF-8, kept until the step so that SQLite may read them in place.
            QVarLengthArray<QByteArray, 32> texts;
            for (qsizetype i = 0; i < values.size(); ++i)
                bindNative(int(i) + 1, values.at(i), texts);
            const int status = sqlite3_step(m_native);
            if (status != SQLITE_DONE && status != SQLITE_ROW) {
                why = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
                m_uniqueRefused = sqlite3_extended_errcode(m_sqlite) == SQLITE_CONSTRAINT_UNIQUE;
            }
            sqlite3_reset(m_native);
            sqlite3_clear_bindings(m_native);
        } else {
            for (qsizetype i = 0; i < values.size(); ++i)
                m_query.bindValue(int(i), values.at(i).toVariant());
            if (!m_query.exec())
                why = m_query.lastError().text();
        }
        if (why.isEmpty())
            return true;
        if (error)
            *error = describe(why);
        return false;
    }

    // Whether the last run was refused by a UNIQUE constraint (SQLite only; the key's own
    // conflict is the upsert's, so this is another unique column).
    bool uniqueRefused() const { return m_uniqueRefused; }

private:
    QString describe(const QString &why) const { return why + QStringLiteral(" [") + m_sql + QLatin1Char(']'); }

    // As QtSql's SQLite driver binds value.toVariant(): null, integer (bool, whole numbers), real,
    // text. (An array or object, which no synced column holds, is stored as its JSON text.)
    void bindNative(int index, const QJsonValue &value, QVarLengthArray<QByteArray, 32> &texts)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined: sqlite3_bind_null(m_native, index); return;
        case QJsonValue::Bool: sqlite3_bind_int64(m_native, index, value.toBool() ? 1 : 0); return;
        case QJsonValue::Double: {
            const QVariant number = value.toVariant();
            if (number.typeId() == QMetaType::Double)
                sqlite3_bind_double(m_native, index, number.toDouble());
            else
                sqlite3_bind_int64(m_native, index, number.toLongLong());
            return;
        }
        case QJsonValue::String: texts.append(value.toString().toUtf8()); break;
        case QJsonValue::Array: texts.append(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)); break;
        case QJsonValue::Object: texts.append(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)); break;
        }
        const QByteArray &text = texts.last();
        sqlite3_bind_text(m_native, index, text.constData(), int(text.size()), SQLITE_STATIC);
    }

    QString m_sql;
    QString m_error;
    QSqlQuery m_query;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_native = nullptr;
    bool m_uniqueRefused = false;
};

LocalRows::LocalRows(QSqlDatabase db, const DomainRegistry &registry) : m_db(std::move(db)), m_registry(registry) {}

LocalRows::~LocalRows() = default;

const LocalRows::TableInfo *LocalRows::info(const QString &table)
{
    auto it = m_tables.find(table);
    if (it != m_tables.end())
        return &*it;
    const TableDecl *declared = m_registry.table(table);
    if (!declared || !declared->synced())
        return nullptr;  // local bookkeeping, or a table this client does not know
    TableInfo tableInfo;
    std::map<int, QString> keyByPosition;
    QSqlQuery query = querySql(m_db, QStringLiteral("SELECT name, pk FROM pragma_table_info(?)"), {table});
    while (query.next()) {
        tableInfo.columns << query.value(0).toString();
        if (query.value(1).toInt() > 0)
            keyByPosition[query.value(1).toInt()] = query.value(0).toString();
    }
    if (tableInfo.columns.isEmpty() || keyByPosition.empty())
        return nullptr;  // unknown here (a newer server's table): skipped, not an error
    for (const auto &[position, column] : keyByPosition)
        tableInfo.keyColumns << column;
    // A partial index's values are unique only among the rows it covers: left out.
    QSqlQuery indexes = querySql(
        m_db, QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" AND NOT partial AND origin <> 'pk'"),
        {table});
    QStringList uniqueIndexes;
    while (indexes.next())
        uniqueIndexes << indexes.value(0).toString();
    for (const QString &index : uniqueIndexes) {
        QStringList columns;
        QSqlQuery indexColumns = querySql(m_db, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {index});
        while (indexColumns.next())
            columns << indexColumns.value(0).toString();
        if (!columns.isEmpty() && !columns.contains(QString()))  // an index on an expression has no name here
            tableInfo.uniqueColumns << columns;
    }
    return &*m_tables.insert(table, tableInfo);
}

bool LocalRows::upsert(const QString &table, const QJsonObject &row, QString *error)
{
    const TableInfo *table_ = info(table);
    if (!table_)
        return true;
    // Which of the table's columns the row has (usually all): the statement for that set is
    // prepared once and kept.
    QList<QJsonValue> values;
    values.reserve(table_->columns.size());
    QString statementKey = table + QLatin1Char(' ');
    for (const QString &column : table_->columns) {
        const auto value = row.constFind(column);
        statementKey += value == row.constEnd() ? QLatin1Char('0') : QLatin1Char('1');
        if (value != row.constEnd())
            values << *value;
    }
    Statement *query = statement(statementKey, [&] {
        QStringList columns;
        for (const QString &column : table_->columns) {
            if (row.contains(column))
                columns << column;
        }
        return upsertSql(table, columns, table_->keyColumns);
    }, error);
    if (!query)
        return false;
    if (query->run(values, error))
        return true;
    // The server's rows are consistent with each other, but they arrive one at a time over a
    // store that may still hold a unique value the server has moved (two persons' IDs swapped, an
    // import the server refused). The row holding it here is out of date: it is removed, and
    // comes back with its own value later in the same download or checkpoint, or from its
    // pending command's replay (its outbox entry stays) — then the row is written again.
    return query->uniqueRefused() && clearUniqueValues(table, *table_, row, error) && query->run(values, error);
}

bool LocalRows::clearUniqueValues(const QString &table, const TableInfo &info, const QJsonObject &row, QString *error)
{
    for (const QStringList &columns : info.uniqueColumns) {
        if (!std::all_of(columns.cbegin(), columns.cend(), [&row](const QString &column) { return row.contains(column); }))
            continue;
        QStringList conditions;
        QList<QJsonValue> values;
        for (const QString &column : columns) {
            conditions << column + QStringLiteral(" = ?");
            values << row.value(column);
        }
        QStringList sameKey;
        for (const QString &column : info.keyColumns) {
            sameKey << column + QStringLiteral(" IS ?");
            values << row.value(column);
        }
        const QString sql = QStringLiteral("DELETE FROM %1 WHERE %2 AND NOT (%3)")
                                .arg(table, conditions.join(QStringLiteral(" AND ")), sameKey.join(QStringLiteral(" AND ")));
        Statement *query = statement(sql, [&sql] { return sql; }, error);
        if (!query || !query->run(values, error))
            return false;
    }
    return true;
}

LocalRows::Statement *LocalRows::statement(const QString &key, const std::function<QString()> &sql, QString *error)
{
    const auto it = m_statements.find(key);
    if (it != m_statements.end())
        return it->second.get();
    auto prepared = std::make_unique<Statement>(m_db, sql());
    if (!prepared->error().isEmpty()) {
        if (error)
            *error = prepared->error();
        return nullptr;
    }
    return m_statements.emplace(key, std::move(prepared)).first->second.get();
}

namespace {
// A key string's parts, one per key column. The key joins them with '/'; split from the right,
// the last key columns being codes, numbers and dates (only the first may hold a '/').
QStringList splitKey(const QString &key, qsizetype columns)
{
    QStringList parts;
    QString rest = key;
    for (qsizetype i = 1; i < columns; ++i) {
        const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
        parts.prepend(rest.mid(slash + 1));
        rest = slash < 0 ? QString() : rest.left(slash);
    }
    parts.prepend(rest);
    return parts;
}
} // namespace

bool LocalRows::remove(const QString &table, const QString &key, const QJsonObject &keyColumns, QString *error)
{
    const TableInfo *table_ = info(table);
    if (!table_)
        return true;
    const QStringList &columns = table_->keyColumns;
    // The row's key columns when the change carries them (any text is safe there), else the key.
    const bool carried = std::all_of(columns.cbegin(), columns.cend(),
                                     [&keyColumns](const QString &column) { return keyColumns.contains(column); });
    const QStringList parts = carried ? QStringList() : splitKey(key, columns.size());
    QStringList conditions;
    QList<QJsonValue> values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        conditions << columns.at(i) + QStringLiteral(" = ?");
        values << (carried ? keyColumns.value(columns.at(i)) : QJsonValue(parts.at(i)));
    }
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, conditions.join(QStringLiteral(" AND ")));
    Statement *query = statement(sql, [&sql] { return sql; }, error);
    return query && query->run(values, error);
}

QString LocalRows::keyText(const QString &table, const QJsonObject &row)
{
    const TableInfo *table_ = info(table);
    QJsonArray key;
    if (table_) {
        for (const QString &column : table_->keyColumns)
            key.append(row.value(column));
    }
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

bool LocalRows::markSeen(const QString &table, const QJsonObject &row, QString *error)
{
    const QString sql = QStringLiteral("INSERT OR IGNORE INTO sync_seen (table_name, row_key) VALUES (?, ?)");
    Statement *query = statement(sql, [&sql] { return sql; }, error);
    return query && query->run({QJsonValue(table), QJsonValue(keyText(table, row))}, error);
}

bool LocalRows::sweepUnseen(const QString &table, const QSet<QString> &held, qint64 *removed, QString *error)
{
    const TableInfo *table_ = info(table);
    if (!table_)
        return true;
    QSet<QString> seen;
    QSqlQuery seenRows = querySql(m_db, QStringLiteral("SELECT row_key FROM sync_seen WHERE table_name = ?"), {table});
    while (seenRows.next())
        seen.insert(seenRows.value(0).toString());
    QList<QJsonObject> gone;
    QSqlQuery local = querySql(m_db, QStringLiteral("SELECT %1 FROM %2").arg(table_->keyColumns.join(QStringLiteral(", ")), table));
    while (local.next()) {
        QJsonObject key;
        for (int i = 0; i < table_->keyColumns.size(); ++i)
            key.insert(table_->keyColumns.at(i), QJsonValue::fromVariant(local.value(i)));
        const QString text = keyText(table, key);
        if (!seen.contains(text) && !held.contains(text))
            gone.append(key);
    }
    local.finish();
    for (const QJsonObject &key : gone) {
        if (!remove(table, QString(), key, error))
            return false;
    }
    if (removed)
        *removed += gone.size();
    return execSql(m_db, QStringLiteral("DELETE FROM sync_seen WHERE table_name = ?"), {table}, error);
}

QStringList LocalRows::syncedTables()
{
    QStringList tables;
    for (const QString &name : m_registry.syncedTables()) {
        if (info(name))
            tables << name;
    }
    return tables;
}

} // namespace ltc
