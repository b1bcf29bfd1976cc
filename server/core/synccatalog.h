#pragma once
// Which tables clients sync, their keys, and whose district each row belongs to: what each module
// declares of its tables (database/tables.h), with keys and columns read from the database's own
// catalog at start-up, so a module's new table syncs without server changes.
#include "core/roles.h"
#include "domainregistry.h"
#include "tables.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc::server {

struct SyncTable {
    QString name;
    QStringList keyColumns;  // the primary key, in order; a row's key is their values joined by '/'
    QStringList columns;     // as clients have them: without rowVersionColumn()
    // Its rows carry their change-log version (TableDecl::rowsCarryVersion): a pull reads their
    // upserts from the table (ChangeLog::pull).
    bool rowVersions = false;
    TableDecl decl;          // how it syncs and where its district comes from (the module's word)
};

class SyncCatalog {
public:
    // The declared synced tables (DomainRegistry::tables), with their keys and columns read from
    // the database's catalog. A declared table the database lacks, or a table without a primary
    // key, is an error: the server would serve something else than the modules say.
    bool load(QSqlDatabase &db, const DomainRegistry &registry, QString *error);
    const SyncTable *table(const QString &name) const;
    QStringList tableNames() const;
    // Synced tables whose district comes from `parentTable` (rows that follow it when it moves).
    QList<const SyncTable *> childrenOf(const QString &parentTable) const;

    // The district a row belongs to (tables.h districtOf); a null string for a shared row.
    QString districtOf(QSqlDatabase &db, const QString &table, const QJsonObject &row,
                       QHash<QString, QString> *cache = nullptr) const;
    // The same as an SQL expression over the table aliased `t`, for queries that filter by scope.
    static QString districtSql(const SyncTable &table);
    // Whether a user may see a row of that district: the one rule of roles.h, plus shared rows.
    static bool visible(const UserIdentity &user, const QString &district);
    // A LIKE pattern that selects every district the user may see (and perhaps more: it only
    // narrows the rows that visible() then decides on).
    static QString districtPattern(const UserIdentity &user);
    // Whether some row the user may see names the blob `sha256` in one of its file columns
    // (TableDecl::fileColumns): who may download a scan.
    bool fileVisible(QSqlDatabase &db, const UserIdentity &user, const QString &sha256) const;

private:
    QHash<QString, SyncTable> m_tables;
};

} // namespace ltc::server
