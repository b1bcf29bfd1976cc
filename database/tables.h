#pragma once
// Every table declares itself (ARCHITECTURE.md, sync guarantee 11): whether it syncs, and the one
// place its district comes from — its own column, or the record it belongs to. The sync catalog,
// bootstrap, pull, the change log, district checks of commands and imports, and the client's
// sync engine all read this one declaration; nothing guesses from column names.
#include "core/roles.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc {

enum class TableSync {
    Synced,     // on the server and every desktop of its district
    LocalOnly,  // one store's own bookkeeping (outbox, trail, sync state, local history)
    ServerOnly, // the server's own (accounts, tokens, command results, change log, blobs)
};

// Where a row's district comes from.
struct TableScope {
    enum class Kind {
        Shared,  // every district's (policies, the calendar); changed only by a wide enough user
        Column,  // the row's own column (`column`: "district")
        Parent,  // the record it belongs to: `column` refers to `parentTable`.`parentKey`
    };
    Kind kind = Kind::Shared;
    QString column;
    QString parentTable;
    QString parentKey;
};

struct TableDecl {
    QString name;
    TableSync sync = TableSync::LocalOnly;
    TableScope scope;
    // Columns that name a blob by its SHA-256 (a scan, a photo): every desktop that holds the
    // row keeps the file too, downloaded at sync; the server serves a file only to users who
    // may see a row naming it.
    QStringList fileColumns;
    // Rows derived in bulk (an import's lines, an audit's results): on the server each such row
    // carries the change-log version that last wrote it (its `log_version`), and a pull reads it
    // from the table, so the change log keeps only their deletes and district moves. Their
    // derived rows must be written by RowWriter, which stamps the version.
    bool rowsCarryVersion = false;

    bool synced() const { return sync == TableSync::Synced; }
    TableDecl withRowVersions() const
    {
        TableDecl decl = *this;
        decl.rowsCarryVersion = true;
        return decl;
    }
    TableDecl withFiles(QStringList columns) const
    {
        TableDecl decl = *this;
        decl.fileColumns = std::move(columns);
        return decl;
    }
    static TableDecl synced(const QString &name, TableScope scope) { return {name, TableSync::Synced, std::move(scope), {}, false}; }
    static TableDecl localOnly(const QString &name) { return {name, TableSync::LocalOnly, {}, {}, false}; }
    static TableDecl serverOnly(const QString &name) { return {name, TableSync::ServerOnly, {}, {}, false}; }
};

inline TableScope sharedScope() { return {}; }
inline TableScope ownDistrict(const QString &column = QStringLiteral("district"))
{
    return {TableScope::Kind::Column, column, {}, {}};
}
inline TableScope belongsTo(const QString &parentTable, const QString &column, const QString &parentKey)
{
    return {TableScope::Kind::Parent, column, parentTable, parentKey};
}
inline TableScope belongsToPerson() { return belongsTo(QStringLiteral("persons"), QStringLiteral("person_no"), QStringLiteral("person_no")); }
inline TableScope belongsToInstitution()
{
    return belongsTo(QStringLiteral("institutions"), QStringLiteral("institution_code"), QStringLiteral("code"));
}

// The district a row of `table` belongs to: its column, or its parent's (looked up in `db`,
// remembered in `cache` when given — an import of a million lines names a few hundred
// institutions). A null string for a shared row, or a parent that does not exist.
QString districtOf(QSqlDatabase &db, const TableDecl &table, const QJsonObject &row,
                   QHash<QString, QString> *cache = nullptr);
// The same from the value of the row's scope column (TableScope::column); any for a shared row.
QString districtOfScope(QSqlDatabase &db, const TableDecl &table, const QVariant &scopeValue,
                        QHash<QString, QString> *cache = nullptr);
// The same as an SQL expression over the table aliased `alias`.
QString districtSql(const TableDecl &table, const QString &alias = QStringLiteral("t"));

// Whether `user` may change a row of `district` (its own district, or below its city code).
// Shared rows are governed by their own rule (sharedChangeAllowed).
bool districtAllowed(const UserIdentity &user, const QString &district);
// Whether `user` may change shared data of `region` (a policy of that region; the calendar,
// which is national, has none): only a user whose scope covers it — a city administrator for a
// city policy, a city-level (or wider) user for the calendar.
bool sharedChangeAllowed(const UserIdentity &user, const QString &region);

// The one district check of commands and imports: nothing when allowed, else why not
// (translated).
std::optional<QString> districtRefusal(const UserIdentity &user, const QString &district);

} // namespace ltc
