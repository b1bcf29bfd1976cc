#pragma once
// Versioned schema migrations. Each module contributes its own numbered steps; each step runs in
// its own transaction together with its row in schema_migrations, so a crash leaves the schema
// at a step boundary and the next start continues from there.
#include <QList>
#include <functional>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ltc {

enum class SqlDialect { Sqlite, Postgres };

struct Migration {
    QString module;       // "core", "settlements", …
    int version = 0;      // 1, 2, … within the module
    QString description;
    QStringList statements;          // portable SQL, or SQLite's when `postgres` is given
    QStringList postgresStatements;  // only where PostgreSQL needs other SQL
    // Runs after the statements, in the same transaction: for data that needs the domain's own
    // code to fill (a rule computed in C++), so the rule keeps one place. Portable SQL only.
    std::function<bool(QSqlDatabase &db, QString *error)> dataStep;
};

class MigrationRunner {
public:
    // Applies every migration not yet recorded, in (module order of the list, version) order.
    static bool migrate(QSqlDatabase &db, const QList<Migration> &migrations, SqlDialect dialect,
                        QString *error = nullptr);
    static int appliedVersion(QSqlDatabase &db, const QString &module);
    // Sum of all migration versions: the schema number the client and server exchange.
    static int schemaNumber(const QList<Migration> &migrations);
};

// The PostgreSQL form of table DDL written for SQLite, for migrations that differ only in types:
// SQLite's INTEGER is 64-bit, so it becomes BIGINT (money in fen never overflows on the server),
// and INTEGER PRIMARY KEY AUTOINCREMENT becomes BIGSERIAL PRIMARY KEY. Triggers differ too much
// between the two: write those by hand.
QStringList postgresDdl(const QStringList &sqliteStatements);

} // namespace ltc
