#pragma once
// The server's PostgreSQL schema: every module's migrations (in PostgreSQL's dialect) plus the
// server's own tables — sign-in state, tokens, stored command results, the change log.
#include "domainregistry.h"

#include <QSqlDatabase>
#include <optional>

namespace ltc::server {

QList<Migration> serverMigrations();

// The column of a table declared rowsCarryVersion (tables.h) that holds, on the server, the
// change-log version that last wrote the row: given by every bulk write (pgcopy.cpp), and filled
// by its default where a row is inserted otherwise. (An UPDATE by hand keeps the old version: such
// a table's derived rows are written by RowWriter only.)
inline QString rowVersionColumn() { return QStringLiteral("log_version"); }
// The sequence every version is taken from (the change log's key).
inline QString versionSequence() { return QStringLiteral("change_log_version_seq"); }
// The server's own tables (sign-in, command results, change log, blobs): declared like every
// module's (database/tables.h), never synced.
QList<TableDecl> serverTables();

// Applies what is missing, holding a lock so that two `ltcserver migrate` never interleave.
bool migrateServer(QSqlDatabase &db, const DomainRegistry &registry, QString *error);
// Gives each table declared rowsCarryVersion its rowVersionColumn(), indexed (part of migrate).
bool ensureRowVersions(QSqlDatabase &db, const DomainRegistry &registry, QString *error);
// Migrations not applied yet; serve refuses to start with any (run `ltcserver migrate`).
QStringList pendingMigrations(QSqlDatabase &db, const DomainRegistry &registry);

// The schema number client and server exchange: the domain's migrations only, so that a client
// computes the same number from the same modules.
int schemaNumber(const DomainRegistry &registry);
// The server serves clients of its schema and of the one before (ARCHITECTURE.md, sync 8).
bool servesSchema(const DomainRegistry &registry, int clientSchema);
// Why a client is not served, or empty: by its modules' versions when it sends them (every module
// at this server's version or the one before), else by the one schema number.
QString schemaRefusal(const DomainRegistry &registry, int clientSchema, const std::optional<SchemaVersions> &clientModules);

// Every change that gets a version, and every audit entry, is written under this lock, so
// versions follow commit order and the audit chain never forks. Held until the transaction ends.
bool lockVersions(QSqlDatabase &db, QString *error = nullptr);

} // namespace ltc::server
