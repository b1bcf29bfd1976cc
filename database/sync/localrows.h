#pragma once
// Writes rows that come from the server into the local store, table by table, whatever module
// owns the table: the columns and key of each table are read from SQLite itself, so a module's
// new table syncs without any change here.
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ltc {

// Tables that never sync: this client's own bookkeeping and trails, derived local history.
bool isLocalOnlyTable(const QString &table);

class LocalRows {
public:
    explicit LocalRows(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts or replaces a row by its primary key; columns the table does not have are ignored.
    bool upsert(const QString &table, const QJsonObject &row, QString *error);
    // Deletes the row with this key: the key column values joined by '/', as the server sends
    // them (split from the right, so only the first key column may itself contain '/').
    bool remove(const QString &table, const QString &key, QString *error);
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
    QSqlDatabase m_db;
    QHash<QString, TableInfo> m_tables;
};

} // namespace ltc
