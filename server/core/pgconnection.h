#pragma once
// PostgreSQL connections for ltcserver. The database is named by a libpq URL
// (postgresql://user[:password]@host[:port]/dbname[?param=value…]); QSqlDatabase connections
// must not cross threads, so each worker thread opens its own, once, and keeps it.
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace ltc::server {

struct PgParams {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;  // better left out of the URL: libpq also reads PGPASSWORD and ~/.pgpass
    QString database;
    QString options;   // libpq keywords from the query: "sslmode=require;connect_timeout=5"

    static std::optional<PgParams> fromUrl(const QString &url, QString *error);
    QString display() const;  // for messages: never shows the password
};

class PgConnections {
public:
    explicit PgConnections(PgParams params);
    PgConnections(const PgConnections &) = delete;
    PgConnections &operator=(const PgConnections &) = delete;

    // The calling thread's connection, opened on first use and reopened after reset().
    // Not open (and *error set) when the database cannot be reached.
    QSqlDatabase connection(QString *error = nullptr) const;
    // Closes the calling thread's connection after a failure, so the next use reconnects.
    void reset() const;
    const PgParams &params() const { return m_params; }

private:
    QString connectionName() const;
    PgParams m_params;
    QString m_id;
};

// One connection for a command-line verb (migrate, user …), on the calling thread.
QSqlDatabase openPg(const PgParams &params, const QString &connectionName, QString *error);

} // namespace ltc::server
