#pragma once
// Writes rows that come from the server into the local store, table by table, whatever module
// owns the table: the columns and key of each table are read from SQLite itself, so a module's
// new table syncs without any change here.
#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>

namespace ltc {

class DomainRegistry;

class LocalRows {
public:
    // Only the tables the modules declare synced (tables.h) are written; any other is skipped.
    LocalRows(QSqlDatabase db, const DomainRegistry &registry);
    ~LocalRows();
    LocalRows(const LocalRows &) = delete;
    LocalRows &operator=(const LocalRows &) = delete;

    // Inserts or replaces a row by its primary key; columns the table does not have are ignored.
    bool upsert(const QString &table, const QJsonObject &row, QString *error);
    // Deletes the row of `key`: by the values of its key columns where `keyColumns` has them all
    // (what a delete from the server carries: any text is safe there), else by splitting the key
    // (the key column values joined by '/', split from the right: only the first may hold '/').
    bool remove(const QString &table, const QString &key, const QJsonObject &keyColumns, QString *error);
    // Every declared synced table this schema has, in declaration order.
    QStringList syncedTables();
    bool knows(const QString &table) { return info(table) != nullptr; }
    // A row's key as one text (its key columns' values as a compact JSON array), for sets of keys.
    QString keyText(const QString &table, const QJsonObject &row);

    // A re-download notes each row it received; sweepUnseen then deletes the table's rows the
    // server did not send — except `held` keys (rows carrying a change not yet decided).
    bool markSeen(const QString &table, const QJsonObject &row, QString *error);
    bool sweepUnseen(const QString &table, const QSet<QString> &held, qint64 *removed, QString *error);

private:
    struct TableInfo {
        QStringList columns;
        QStringList keyColumns;
        QList<QStringList> uniqueColumns;  // the columns of each UNIQUE index other than the key
    };
    const TableInfo *info(const QString &table);
    // Deletes the other rows that hold one of `row`'s unique values.
    bool clearUniqueValues(const QString &table, const TableInfo &info, const QJsonObject &row, QString *error);
    // Statements are prepared once per LocalRows and kept, by `key`: a first download writes
    // each table's rows with the same statement (preparing it per row cost more than the row).
    class Statement;
    Statement *statement(const QString &key, const std::function<QString()> &sql, QString *error);
    QSqlDatabase m_db;
    const DomainRegistry &m_registry;
    QHash<QString, TableInfo> m_tables;
    std::map<QString, std::unique_ptr<Statement>> m_statements;
};

} // namespace ltc
