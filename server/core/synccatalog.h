#pragma once
// Which tables clients sync, their keys, and whose district each row belongs to. Read from the
// database's own catalog at start-up, so a module's new table syncs without server changes;
// only the scope of a row (how to find its district) is named here.
#include "core/roles.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc::server {

enum class Scope {
    Shared,       // every user sees it (calendar, policies, institutions without a district)
    District,     // the row's own `district` column
    Person,       // the district of the person it belongs to (person_no)
    Institution,  // the district of the institution it belongs to (institution_code)
};

struct SyncTable {
    QString name;
    QStringList keyColumns;  // the primary key, in order; a row's key is their values joined by '/'
    QStringList columns;
    Scope scope = Scope::Shared;
};

class SyncCatalog {
public:
    bool load(QSqlDatabase &db, QString *error);
    const SyncTable *table(const QString &name) const;
    QStringList tableNames() const;

    // The district a row belongs to; a null string for a shared row. `cache` (optional) keeps the
    // districts of persons and institutions looked up, for commands that change many rows.
    QString districtOf(QSqlDatabase &db, const QString &table, const QJsonObject &row,
                       QHash<QString, QString> *cache = nullptr) const;
    // The same as an SQL expression over the table aliased `t`, for queries that filter by scope.
    static QString districtSql(const SyncTable &table);
    // Whether a user may see a row of that district: the one rule of roles.h, plus shared rows.
    static bool visible(const UserIdentity &user, const QString &district);
    // A LIKE pattern that selects every district the user may see (and perhaps more: it only
    // narrows the rows that visible() then decides on).
    static QString districtPattern(const UserIdentity &user);

private:
    QHash<QString, SyncTable> m_tables;
};

// Tables that never leave the server (or the client): accounts, tokens, sync bookkeeping, trails.
bool isPrivateTable(const QString &name);

} // namespace ltc::server
