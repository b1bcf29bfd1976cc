#include "serverschema.h"

#include "pgsql.h"
#include "sql.h"

namespace ltc::server {
namespace {
// pg_advisory_* keys: arbitrary, fixed, distinct ("LTCV", "LTCM").
constexpr qint64 kVersionLock = 0x4c544356;
constexpr qint64 kMigrationLock = 0x4c54434d;
} // namespace

QList<Migration> serverMigrations()
{
    Migration v1{QStringLiteral("server"), 1, QStringLiteral("sign-in, tokens, command results, change log"), {}, {}, {}};
    v1.statements = QStringList{
        // The core users table, plus what sign-in throttling needs.
        QStringLiteral("ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN locked_until TIMESTAMPTZ"),
        // Only the SHA-256 of a bearer token is kept: a copy of this table signs nobody in.
        QStringLiteral("CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, username TEXT NOT NULL REFERENCES users "
                       "(username), created_at TIMESTAMPTZ NOT NULL DEFAULT now(), expires_at TIMESTAMPTZ NOT NULL, "
                       "revoked BOOLEAN NOT NULL DEFAULT false)"),
        QStringLiteral("CREATE INDEX tokens_by_user ON tokens (username)"),
        // One row per (client, seq) ever decided: a retry is answered from here, never re-applied.
        QStringLiteral("CREATE TABLE command_results (client_id TEXT NOT NULL, seq BIGINT NOT NULL, username TEXT NOT "
                       "NULL, command TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('applied', 'rejected')), "
                       "error_code TEXT, error TEXT, rows JSONB NOT NULL, decided_at TIMESTAMPTZ NOT NULL DEFAULT "
                       "now(), PRIMARY KEY (client_id, seq))"),
        // What clients pull: one entry per changed row, numbered in commit order.
        QStringLiteral("CREATE TABLE change_log (version BIGSERIAL PRIMARY KEY, table_name TEXT NOT NULL, op TEXT NOT "
                       "NULL CHECK (op IN ('upsert', 'delete')), row_key TEXT NOT NULL, row_data JSONB, district TEXT, "
                       "old_district TEXT, committed_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
        QStringLiteral("CREATE INDEX change_log_by_time ON change_log (committed_at)"),
        QStringLiteral("CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    // Files sent ahead of the commands that name them (an import's CSV; later scans and
    // evidence), by SHA-256, in chunks as they arrive: an upload resumes where it stopped, and no
    // request holds more than a chunk.
    Migration v2{QStringLiteral("server"), 2, QStringLiteral("blobs"), {}, {}, {}};
    v2.statements = QStringList{
        QStringLiteral("CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, received BIGINT NOT NULL "
                       "DEFAULT 0, complete BOOLEAN NOT NULL DEFAULT false, username TEXT NOT NULL, created_at "
                       "TIMESTAMPTZ NOT NULL DEFAULT now())"),
        QStringLiteral("CREATE TABLE blob_chunks (sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE, "
                       "at BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (sha256, at))"),
    };
    // The change log keeps each row as the text it was given (json, not jsonb): a pull hands
    // the text on as it is, and jsonb cost every logged row a parse and a pull every row a print
    // (of an audit of 100,000 lines, 0.5 s of the 1.1 s its log took to write).
    Migration v3{QStringLiteral("server"), 3, QStringLiteral("the change log keeps rows as text"), {}, {}, {}};
    v3.postgresStatements = QStringList{
        QStringLiteral("ALTER TABLE change_log ALTER COLUMN row_data TYPE JSON USING row_data::json")};
    // Text, not json: the server writes only rows its own code printed, and json had PostgreSQL
    // check each logged row's syntax (a tenth of an audit's time on the server). The time index
    // is a BRIN summary: entries come in time order, and only the purge reads it, while a B-tree
    // cost every logged row an insert.
    Migration v4{QStringLiteral("server"), 4, QStringLiteral("the change log as plain text, its time summarised"), {}, {}, {}};
    v4.postgresStatements = QStringList{
        QStringLiteral("ALTER TABLE change_log ALTER COLUMN row_data TYPE TEXT USING row_data::text"),
        QStringLiteral("DROP INDEX change_log_by_time"),
        QStringLiteral("CREATE INDEX change_log_by_time ON change_log USING brin (committed_at) WITH (autosummarize = on)")};
    // The purge finds its cut-off by version (changelog.cpp), so nothing reads the time index;
    // and a BRIN summary widened with each purge as freed pages took new entries.
    Migration v5{QStringLiteral("server"), 5, QStringLiteral("the change log without a time index"), {}, {}, {}};
    v5.postgresStatements = QStringList{QStringLiteral("DROP INDEX change_log_by_time")};
    // Rows derived in bulk carry their version instead of a change-log entry each (an audit of
    // 100,000 lines spent a quarter of its time on the server copying its results a second
    // time, into the log); the columns themselves: ensureRowVersions. A row inserted otherwise
    // than in bulk takes its version by this default, which takes the version lock first, so that
    // even a hand-written INSERT commits its version in order.
    Migration v6{QStringLiteral("server"), 6, QStringLiteral("rows derived in bulk carry their version"), {}, {}, {}};
    v6.postgresStatements = QStringList{
        QStringLiteral("CREATE FUNCTION ltc_take_version() RETURNS BIGINT LANGUAGE sql VOLATILE AS $$ SELECT "
                       "pg_advisory_xact_lock(%1); SELECT nextval('%2') $$")
            .arg(kVersionLock)
            .arg(versionSequence())};
    // A row updated otherwise than by a bulk writer's upsert (which gives the row its new
    // version) takes a new version too, under the same lock; without it a plain UPDATE of such a
    // row reached no desktop (its log entry is left out, as for every upsert of these tables).
    // The triggers themselves: ensureRowVersions.
    Migration v7{QStringLiteral("server"), 7, QStringLiteral("an updated row takes a new version"), {}, {}, {}};
    v7.postgresStatements = QStringList{QStringLiteral(
        "CREATE FUNCTION ltc_version_on_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.%1 := "
        "ltc_take_version(); RETURN NEW; END $$").arg(rowVersionColumn())};
    return {v1, v2, v3, v4, v5, v6, v7};
}

QList<TableDecl> serverTables()
{
    QList<TableDecl> tables;
    for (const char *name : {"tokens", "command_results", "change_log", "server_meta", "blobs", "blob_chunks"})
        tables << TableDecl::serverOnly(QString::fromLatin1(name));
    return tables;
}

bool migrateServer(QSqlDatabase &db, const DomainRegistry &registry, QString *error)
{
    if (const QString problem = registry.problem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    execDirect(db, QStringLiteral("SET client_min_messages = warning"));  // no NOTICEs about what exists already
    if (!execSql(db, QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLock}, error))
        return false;
    const bool migrated =
        MigrationRunner::migrate(db, registry.migrations() + serverMigrations(), SqlDialect::Postgres, error)
        && ensureRowVersions(db, registry, error);
    execSql(db, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLock});
    return migrated;
}

// On every migrate, not once: a table may be declared withRowVersions after the migration that
// first added the columns, or be rebuilt by its module's migration. Rows already there keep NULL:
// their entries are in the change log.
bool ensureRowVersions(QSqlDatabase &db, const DomainRegistry &registry, QString *error)
{
    const QString column = rowVersionColumn();
    Transaction transaction(db);
    for (const TableDecl &table : registry.tables()) {
        if (!table.synced() || !table.rowsCarryVersion)
            continue;
        if (!execDirect(db, QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 BIGINT").arg(table.name, column), error)
            || !execDirect(db, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT ltc_take_version()").arg(table.name, column),
                           error)
            || !execDirect(db, QStringLiteral("CREATE INDEX IF NOT EXISTS %1_by_%2 ON %1 (%2)").arg(table.name, column), error)
            // Only when the update leaves the version as it was: an upsert's own is kept, and
            // PostgreSQL checks the condition without calling the function.
            || !execDirect(db, QStringLiteral("CREATE OR REPLACE TRIGGER %1_version_on_update BEFORE UPDATE ON %1 FOR "
                                              "EACH ROW WHEN (NEW.%2 IS NOT DISTINCT FROM OLD.%2) EXECUTE FUNCTION "
                                              "ltc_version_on_update()").arg(table.name, column),
                           error))
            return false;
    }
    return transaction.commit(error);
}

QStringList pendingMigrations(QSqlDatabase &db, const DomainRegistry &registry)
{
    const bool tracked = scalarSql(db, QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")).toBool();
    QStringList pending;
    for (const Migration &migration : registry.migrations() + serverMigrations()) {
        if (!tracked || migration.version > MigrationRunner::appliedVersion(db, migration.module))
            pending << QStringLiteral("%1/%2").arg(migration.module).arg(migration.version);
    }
    return pending;
}

int schemaNumber(const DomainRegistry &registry)
{
    return MigrationRunner::schemaNumber(registry.migrations());
}

bool servesSchema(const DomainRegistry &registry, int clientSchema)
{
    const int current = schemaNumber(registry);
    return clientSchema == current || clientSchema == current - 1;
}

QString schemaRefusal(const DomainRegistry &registry, int clientSchema, const std::optional<SchemaVersions> &clientModules)
{
    if (clientModules)
        return schemaMismatch(registry.schemaVersions(), *clientModules);
    if (servesSchema(registry, clientSchema))
        return {};
    const int current = schemaNumber(registry);
    return clientSchema > current
               ? QStringLiteral("this server (schema %1) is older than LTC Desk: it needs an upgrade").arg(current)
               : QStringLiteral("this server serves schema %1 and %2: update LTC Desk").arg(current - 1).arg(current);
}

bool lockVersions(QSqlDatabase &db, QString *error)
{
    return execSql(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kVersionLock}, error);
}

} // namespace ltc::server
