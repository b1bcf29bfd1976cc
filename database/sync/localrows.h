#pragma once
// Writes rows that come from the server into the local store, table by table, whatever module
// owns the table: the columns and key of each table are read from SQLite itself, so a module's
// new table syncs without any change here.
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>

namespace ltc {

// Tables that never sync: this client's own bookkeeping and trails, derived local history.
bool isLocalOnlyTable(const QString &table);

class LocalRows {
public:
    explicit LocalRows(QSqlDatabase db);
    ~LocalRows();
    LocalRows(const LocalRows &) = delete;
    LocalRows &operator=(const LocalRows &) = delete;

    // Inserts or replaces a row by its primary key; columns the table does not have are ignored.
    bool upsert(const QString &table, const QJsonObject &row, QString *error);
    // Deletes the row of `key`: by the values of its key columns where `keyColumns` has them all
    // (what a delete from the server carries: any text is safe there), else by splitting the key
    // (the key column values joined by '/', split from the right: only the first may hold '/').
    bool remove(const QString &table, const QString &key, const QJsonObject &keyColumns, QString *error);
    bool clear(const QString &table, QString *error);
    // Every table of the local schema that syncs, in the order they were created.
    QStringList syncedTables();
    bool knows(const QString &table) { return info(table) != nullptr; }

private:
    struct TableInfo {
        QStringList columns;
        QStringList keyColumns;
    };
    const TableInfo *info(const QString &table);
    // Statements are prepared once per LocalRows and kept, by `key`: a first download writes
    // each table's rows with the same statement (preparing it per row cost more than the row).
    class Statement;
    Statement *statement(const QString &key, const std::function<QString()> &sql, QString *error);
    QSqlDatabase m_db;
    QHash<QString, TableInfo> m_tables;
    std::map<QString, std::unique_ptr<Statement>> m_statements;
};

} // namespace ltc
