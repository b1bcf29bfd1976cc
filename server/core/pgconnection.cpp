#include "pgconnection.h"

#include "database/database.h"
#include "pgcopy.h"

#include <QSqlError>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace ltc::server {
namespace {

// Removes this thread's connections when the thread ends (pool threads live as long as the
// server, but tests and tools start and stop threads).
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections()
    {
        if (!sqlRegistryUsable())
            return;  // the process is ending (database.h)
        for (const QString &name : names)
            QSqlDatabase::removeDatabase(name);
    }
};
thread_local ThreadConnections threadConnections;

} // namespace

std::optional<PgParams> PgParams::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QStringLiteral("postgresql") && scheme != QStringLiteral("postgres"))) {
        *error = QStringLiteral("'%1' is not a postgresql:// URL").arg(url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    PgParams params;
    if (!url.host().isEmpty())
        params.host = url.host();
    params.port = url.port(5432);
    params.user = url.userName();
    params.password = url.password();
    params.database = url.path().mid(1);
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("host"))  // a socket folder: postgresql:///ltc?host=/run/postgresql
            params.host = value;
        else
            options << key + QLatin1Char('=') + value;
    }
    params.options = options.join(QLatin1Char(';'));
    if (params.database.isEmpty()) {
        *error = QStringLiteral("the database URL names no database (postgresql://user@host:5432/DBNAME)");
        return std::nullopt;
    }
    return params;
}

QString PgParams::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QSqlDatabase openPg(const PgParams &params, const QString &connectionName, QString *error)
{
    installPgBulkRows();  // imports and audits write their rows by COPY
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(params.host);
    db.setPort(params.port);
    db.setUserName(params.user);
    db.setPassword(params.password);
    db.setDatabaseName(params.database);
    db.setConnectOptions(params.options);
    if (!db.open() && error)
        *error = QStringLiteral("cannot connect to %1: %2").arg(params.display(), db.lastError().text().trimmed());
    return db;
}

PgConnections::PgConnections(PgParams params)
    : m_params(std::move(params)), m_id(QUuid::createUuid().toString(QUuid::Id128).left(8))
{
}

QString PgConnections::connectionName() const
{
    return QStringLiteral("ltcserver-%1-%2").arg(m_id).arg(quintptr(QThread::currentThreadId()));
}

QSqlDatabase PgConnections::connection(QString *error) const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name)) {
        threadConnections.names << name;
        return openPg(m_params, name, error);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen() && !db.open() && error)
        *error = QStringLiteral("cannot connect to %1: %2").arg(m_params.display(), db.lastError().text().trimmed());
    return db;
}

void PgConnections::reset() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        QSqlDatabase::database(name, false).close();
}

} // namespace ltc::server
