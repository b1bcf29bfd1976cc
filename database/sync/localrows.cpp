#include "localrows.h"

#include "sql.h"

#include <QJsonValue>
#include <QSqlError>
#include <map>

namespace ltc {

bool isLocalOnlyTable(const QString &table)
{
    static const QStringList names{QStringLiteral("local_meta"),       QStringLiteral("users"),
                                   QStringLiteral("outbox"),           QStringLiteral("audit_log"),
                                   QStringLiteral("schema_migrations"), QStringLiteral("settlement_runs"),
                                   QStringLiteral("sqlite_sequence")};
    return names.contains(table) || table.startsWith(QStringLiteral("sqlite_"));
}

const LocalRows::TableInfo *LocalRows::info(const QString &table)
{
    auto it = m_tables.find(table);
    if (it != m_tables.end())
        return &*it;
    if (isLocalOnlyTable(table))
        return nullptr;
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
    return &*m_tables.insert(table, tableInfo);
}

bool LocalRows::upsert(const QString &table, const QJsonObject &row, QString *error)
{
    const TableInfo *table_ = info(table);
    if (!table_)
        return true;
    QStringList columns;
    QStringList updates;
    QVariantList values;
    for (const QString &column : table_->columns) {
        if (!row.contains(column))
            continue;
        columns << column;
        values << row.value(column).toVariant();
        if (!table_->keyColumns.contains(column))
            updates << column + QStringLiteral(" = excluded.") + column;
    }
    const QString placeholders = QStringList(QList<QString>(columns.size(), QStringLiteral("?"))).join(QStringLiteral(", "));
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO ")
                      .arg(table, columns.join(QStringLiteral(", ")), placeholders,
                           table_->keyColumns.join(QStringLiteral(", ")));
    sql += updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", "));
    return execSql(m_db, sql, values, error);
}

bool LocalRows::remove(const QString &table, const QString &key, QString *error)
{
    const TableInfo *table_ = info(table);
    if (!table_)
        return true;
    const qsizetype keys = table_->keyColumns.size();
    QStringList parts;
    QString rest = key;
    for (qsizetype i = 1; i < keys; ++i) {  // from the right: the last key columns are codes and dates
        const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
        parts.prepend(rest.mid(slash + 1));
        rest = slash < 0 ? QString() : rest.left(slash);
    }
    parts.prepend(rest);
    QStringList conditions;
    QVariantList values;
    for (qsizetype i = 0; i < keys; ++i) {
        conditions << table_->keyColumns.at(i) + QStringLiteral(" = ?");
        values << parts.at(i);
    }
    return execSql(m_db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, conditions.join(QStringLiteral(" AND "))),
                   values, error);
}

bool LocalRows::clear(const QString &table, QString *error)
{
    if (!info(table))
        return true;
    return execSql(m_db, QStringLiteral("DELETE FROM %1").arg(table), {}, error);
}

QStringList LocalRows::syncedTables()
{
    QStringList tables;
    QSqlQuery query = querySql(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (info(name))
            tables << name;
    }
    return tables;
}

} // namespace ltc
