#include "migrations.h"

#include "sql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ltc {
namespace {
// DDL runs unprepared: PostgreSQL cannot PREPARE a CREATE statement (QPSQL prepares every query
// it is given through prepare()), and SQLite runs it the same either way.
bool execDdl(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text() + QStringLiteral(" [") + statement + QLatin1Char(']');
    return false;
}
} // namespace

QStringList postgresDdl(const QStringList &sqliteStatements)
{
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    QStringList statements;
    for (QString statement : sqliteStatements) {
        statement.replace(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
        statements << statement.replace(integer, QStringLiteral("BIGINT"));
    }
    return statements;
}

int MigrationRunner::appliedVersion(QSqlDatabase &db, const QString &module)
{
    return scalarSql(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE module = ?"),
                     {module})
        .toInt();
}

int MigrationRunner::schemaNumber(const QList<Migration> &migrations)
{
    return int(migrations.size());
}

bool MigrationRunner::migrate(QSqlDatabase &db, const QList<Migration> &migrations, SqlDialect dialect, QString *error)
{
    if (!execDdl(db,
                 QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT NOT NULL, version INTEGER "
                                "NOT NULL, description TEXT, applied_at TEXT NOT NULL, PRIMARY KEY (module, version))"),
                 error))
        return false;
    for (const Migration &migration : migrations) {
        if (migration.version <= appliedVersion(db, migration.module))
            continue;
        Transaction transaction(db);
        const QStringList &statements = dialect == SqlDialect::Postgres && !migration.postgresStatements.isEmpty()
                                            ? migration.postgresStatements
                                            : migration.statements;
        QString why;
        for (const QString &statement : statements) {
            if (!execDdl(db, statement, &why)) {
                if (error)
                    *error = QStringLiteral("migration %1/%2 (%3): %4")
                                 .arg(migration.module).arg(migration.version).arg(migration.description, why);
                return false;
            }
        }
        if (migration.dataStep && !migration.dataStep(db, &why)) {
            if (error)
                *error = QStringLiteral("migration %1/%2 (%3): %4")
                             .arg(migration.module).arg(migration.version).arg(migration.description, why);
            return false;
        }
        if (!execSql(db,
                     QStringLiteral("INSERT INTO schema_migrations (module, version, description, applied_at) VALUES "
                                    "(?, ?, ?, CURRENT_TIMESTAMP)"),
                     {migration.module, migration.version, migration.description}, error)
            || !transaction.commit(error))
            return false;
    }
    return true;
}

} // namespace ltc
