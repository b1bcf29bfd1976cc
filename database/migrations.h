#pragma once
// Versioned schema migrations. Each module contributes its own steps, numbered 1, 2, … on their
// own; each step runs in its own transaction together with its row in schema_migrations, so a
// crash leaves the schema at a step boundary and the next start continues from there. The order
// of modules is their declared dependencies' (DomainRegistry::migrations), not the navigation's.
#include <QList>
#include <QMap>
#include <functional>
#include <optional>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ltc {

enum class SqlDialect { Sqlite, Postgres };

struct Migration {
    QString module;       // "core", "settlements", …
    int version = 0;      // 1, 2, … within the module
    QString description;
    // Portable SQL, written for SQLite. PostgreSQL runs postgresDdl() of them (64-bit integers,
    // BIGSERIAL keys) unless postgresStatements are given: a migration cannot forget its
    // PostgreSQL form and leave 32-bit money columns on the server.
    QStringList statements;
    QStringList postgresStatements;  // only where PostgreSQL needs other SQL (triggers, JSONB)
    // Runs after the statements, in the same transaction: for data that needs the domain's own
    // code to fill (a rule computed in C++), so the rule keeps one place. Portable SQL only.
    std::function<bool(QSqlDatabase &db, QString *error)> dataStep;
};

// The version of each module's schema (its last migration), as client and server exchange them.
using SchemaVersions = QMap<QString, int>;

class MigrationRunner {
public:
    // Applies every migration not yet recorded, in the order of the list.
    static bool migrate(QSqlDatabase &db, const QList<Migration> &migrations, SqlDialect dialect,
                        QString *error = nullptr);
    static int appliedVersion(QSqlDatabase &db, const QString &module);
    static SchemaVersions schemaVersions(const QList<Migration> &migrations);
    // The sum of the modules' versions: the one schema number of CONTRACT.md (`"schema": N`).
    static int schemaNumber(const QList<Migration> &migrations);
    // Each module's steps numbered 1, 2, … without a gap or a repeat; empty when they are.
    static QString numberingProblem(const QList<Migration> &migrations);
    // The statements a migration runs in a dialect.
    static QStringList statementsFor(const Migration &migration, SqlDialect dialect);
};

// Whether a server of `server` versions serves a client of `client` versions: every module of
// either side on both, the client's at the server's version or the one before (ARCHITECTURE.md,
// sync 8). Empty when it does; otherwise why not, naming the first module that differs (English:
// the server's answer; the desktop shows it as the server's reason).
QString schemaMismatch(const SchemaVersions &server, const SchemaVersions &client);
// "core:4,settlements:5": the versions in a query string; nothing for text that is not that form.
QString schemaVersionsText(const SchemaVersions &versions);
std::optional<SchemaVersions> parseSchemaVersions(const QString &text);

// The PostgreSQL form of table DDL written for SQLite, for migrations that differ only in types:
// SQLite's INTEGER is 64-bit, so it becomes BIGINT (money in fen never overflows on the server),
// and INTEGER PRIMARY KEY AUTOINCREMENT becomes BIGSERIAL PRIMARY KEY. Triggers differ too much
// between the two: write those by hand.
QStringList postgresDdl(const QStringList &sqliteStatements);

} // namespace ltc
