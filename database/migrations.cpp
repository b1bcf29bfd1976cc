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

SchemaVersions MigrationRunner::schemaVersions(const QList<Migration> &migrations)
{
    SchemaVersions versions;
    for (const Migration &migration : migrations)
        versions[migration.module] = qMax(versions.value(migration.module), migration.version);
    return versions;
}

int MigrationRunner::schemaNumber(const QList<Migration> &migrations)
{
    int sum = 0;
    for (int version : schemaVersions(migrations))
        sum += version;
    return sum;
}

QString MigrationRunner::numberingProblem(const QList<Migration> &migrations)
{
    QMap<QString, int> last;
    for (const Migration &migration : migrations) {
        const int expected = last.value(migration.module) + 1;
        if (migration.version != expected)
            return QStringLiteral("migration %1/%2 (%3) comes where %1/%4 should")
                .arg(migration.module).arg(migration.version).arg(migration.description).arg(expected);
        last[migration.module] = migration.version;
    }
    return {};
}

QStringList MigrationRunner::statementsFor(const Migration &migration, SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite)
        return migration.statements;
    return migration.postgresStatements.isEmpty() ? postgresDdl(migration.statements) : migration.postgresStatements;
}

QString schemaMismatch(const SchemaVersions &server, const SchemaVersions &client)
{
    for (auto it = client.cbegin(); it != client.cend(); ++it) {
        if (!server.contains(it.key()))
            return QStringLiteral("this server has no module %1: it needs an upgrade").arg(it.key());
        const int served = server.value(it.key());
        if (it.value() > served)
            return QStringLiteral("this server's module %1 (schema %2) is older than LTC Desk's (%3): it needs an upgrade")
                .arg(it.key()).arg(served).arg(it.value());
        if (it.value() < served - 1)
            return QStringLiteral("this server serves module %1 at schema %2 and %3, not %4: update LTC Desk")
                .arg(it.key()).arg(served - 1).arg(served).arg(it.value());
    }
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        if (!client.contains(it.key()))
            return QStringLiteral("LTC Desk has no module %1 (schema %2 on this server): update LTC Desk")
                .arg(it.key()).arg(it.value());
    }
    return {};
}

QString schemaVersionsText(const SchemaVersions &versions)
{
    QStringList parts;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(','));
}

std::optional<SchemaVersions> parseSchemaVersions(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("^([a-z][a-z0-9_]*):([0-9]{1,6})$"));
    SchemaVersions versions;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = part.match(item);
        if (!match.hasMatch() || versions.contains(match.captured(1)))
            return std::nullopt;
        versions.insert(match.captured(1), match.captured(2).toInt());
    }
    if (versions.isEmpty())
        return std::nullopt;
    return versions;
}

bool MigrationRunner::migrate(QSqlDatabase &db, const QList<Migration> &migrations, SqlDialect dialect, QString *error)
{
    const QStringList ledger{
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT NOT NULL, version INTEGER NOT NULL, "
                       "description TEXT, applied_at TEXT NOT NULL, PRIMARY KEY (module, version))")};
    if (!execDdl(db, (dialect == SqlDialect::Sqlite ? ledger : postgresDdl(ledger)).first(), error))
        return false;
    for (const Migration &migration : migrations) {
        if (migration.version <= appliedVersion(db, migration.module))
            continue;
        Transaction transaction(db);
        const QStringList statements = statementsFor(migration, dialect);
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
