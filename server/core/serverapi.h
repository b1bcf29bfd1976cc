#pragma once
// The HTTP API of CONTRACT.md as plain functions: an ApiRequest in, an ApiResponse out, no
// sockets — the ltcserver executable adapts QHttpServer to it, and tests can call it directly.
// handle() is thread-safe: each worker thread uses its own database connection.
#include "changelog.h"
#include "commandapplier.h"
#include "pgconnection.h"
#include "serverauth.h"
#include "serverconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <optional>

namespace ltc::server {

struct ApiRequest {
    QString method;             // "GET", "POST", …
    QString path;               // "/api/v1/sync/pull"
    QUrlQuery query;
    QByteArray authorization;   // the Authorization header
    QByteArray body;
    qint64 contentLength = -1;  // the Content-Length header, -1 when absent
    qint64 receivedAtMs = 0;    // QDateTime::currentMSecsSinceEpoch() on arrival, for the log
};

struct ApiResponse {
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<QByteArray> bytes = std::nullopt;  // a file's part (application/octet-stream) in place of the body
};

class ServerApi {
public:
    ServerApi(const ServerConfig &config, const PgConnections &connections, const DomainRegistry &registry,
              const SyncCatalog &catalog);

    // Answers one request and writes its line to the request log.
    ApiResponse handle(const ApiRequest &request) const;
    // Purges the change log beyond its retention and long-expired tokens.
    bool purge(QString *error) const;

private:
    struct Call;
    ApiResponse route(Call &call) const;
    ApiResponse health(Call &call) const;
    ApiResponse login(Call &call) const;
    static QString serverId(QSqlDatabase &db);
    ApiResponse logout(Call &call) const;
    ApiResponse push(Call &call) const;
    ApiResponse pull(Call &call) const;
    ApiResponse bootstrap(Call &call) const;
    ApiResponse blobStatus(Call &call) const;
    ApiResponse blobUpload(Call &call) const;
    ApiResponse blobDownload(Call &call) const;
    std::optional<ApiResponse> authenticate(Call &call) const;  // nothing when signed in
    std::optional<ApiResponse> checkSchema(int schema, const std::optional<SchemaVersions> &modules) const;
    std::optional<ApiResponse> checkSchema(const QUrlQuery &query) const;  // its `schema` and `modules`
    ApiResponse unavailable() const;
    QJsonObject withSchema(QJsonObject body) const;  // adds "schema": N and "modules": {id: version}

    const ServerConfig &m_config;
    const PgConnections &m_connections;
    const DomainRegistry &m_registry;
    const SyncCatalog &m_catalog;
    ServerAuth m_auth;
    CommandApplier m_applier;
    ChangeLog m_changeLog;
};

// One JSON line per request on stderr: method, path (never the query), status, user, ms —
// never ID numbers, names, passwords or tokens.
void writeRequestLog(const QString &method, const QString &path, int status, const QString &user, qint64 ms);
void writeEventLog(const QJsonObject &event);

} // namespace ltc::server
