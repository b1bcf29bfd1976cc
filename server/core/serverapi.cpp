#include "serverapi.h"
#include "serverblobs.h"

#include "bootstrap.h"
#include "serverschema.h"
#include "sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <cstdio>

namespace ltc::server {
namespace {

ApiResponse error(int status, const QString &message)
{
    return ApiResponse{status, QJsonObject{{QStringLiteral("error"), message}}, {}};
}

QJsonObject userJson(const UserIdentity &user)
{
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("name"), user.displayName},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)},
                       {QStringLiteral("district"), user.district}};
}

// The token of an "Authorization: Bearer <token>" header; empty when there is none.
QString bearerToken(const QByteArray &authorization)
{
    const QByteArray header = authorization.trimmed();
    return header.toLower().startsWith("bearer ") ? QString::fromLatin1(header.mid(7).trimmed()) : QString();
}

// A non-negative whole number from the query string; `fallback` when absent.
std::optional<qint64> queryNumber(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

// One request on its way through: the request, this thread's connection, who is signed in.
struct ServerApi::Call {
    const ApiRequest &request;
    QSqlDatabase db;
    UserIdentity user;
};

ServerApi::ServerApi(const ServerConfig &config, const PgConnections &connections, const DomainRegistry &registry,
                     const SyncCatalog &catalog)
    : m_config(config), m_connections(connections), m_registry(registry), m_catalog(catalog),
      m_auth(AuthSettings{config.loginLockoutThreshold, config.loginLockoutSeconds, config.tokenLifetimeSeconds}),
      m_applier(registry, catalog), m_changeLog(catalog)
{
}

ApiResponse ServerApi::handle(const ApiRequest &request) const
{
    Call call{request, {}, {}};
    ApiResponse response = route(call);
    writeRequestLog(request.method, request.path, response.status, call.user.username,
                    QDateTime::currentMSecsSinceEpoch() - request.receivedAtMs);
    return response;
}

ApiResponse ServerApi::route(Call &call) const
{
    using Handler = ApiResponse (ServerApi::*)(Call &) const;
    struct Endpoint {
        const char *method;
        const char *path;
        Handler handler;
    };
    static const Endpoint endpoints[] = {
        {"GET", "/api/v1/health", &ServerApi::health},          {"POST", "/api/v1/auth/login", &ServerApi::login},
        {"POST", "/api/v1/auth/logout", &ServerApi::logout},    {"POST", "/api/v1/sync/push", &ServerApi::push},
        {"GET", "/api/v1/sync/pull", &ServerApi::pull},         {"GET", "/api/v1/sync/bootstrap", &ServerApi::bootstrap},
        {"GET", "/api/v1/blobs/status", &ServerApi::blobStatus}, {"POST", "/api/v1/blobs/upload", &ServerApi::blobUpload},
        {"GET", "/api/v1/blobs/download", &ServerApi::blobDownload},
    };
    // The body limit first: nothing of an oversized request is looked at.
    const ApiRequest &request = call.request;
    if (request.contentLength > m_config.maxBodyBytes || request.body.size() > m_config.maxBodyBytes)
        return error(413, QStringLiteral("the request body is larger than %1 bytes").arg(m_config.maxBodyBytes));
    for (const Endpoint &endpoint : endpoints) {
        if (request.path != QLatin1String(endpoint.path))
            continue;
        if (request.method != QLatin1String(endpoint.method)) {
            ApiResponse refusal = error(405, QStringLiteral("use %1").arg(QLatin1String(endpoint.method)));
            refusal.headers.append({QByteArrayLiteral("Allow"), QByteArray(endpoint.method)});
            return refusal;
        }
        call.db = m_connections.connection();
        if (!call.db.isOpen() && endpoint.handler != &ServerApi::health)
            return unavailable();
        return (this->*endpoint.handler)(call);
    }
    return error(404, QStringLiteral("no such endpoint"));
}

// The reason is not logged nor answered: a database error can quote row values (ID numbers).
ApiResponse ServerApi::unavailable() const
{
    m_connections.reset();  // reconnect on the next request
    writeEventLog(QJsonObject{{QStringLiteral("event"), QStringLiteral("database_unavailable")},
                              {QStringLiteral("database"), m_connections.params().display()}});
    return error(503, QStringLiteral("the database is unavailable; try again shortly"));
}

ApiResponse ServerApi::health(Call &call) const
{
    const bool up = execSql(call.db, QStringLiteral("SELECT 1"));
    if (!up)
        m_connections.reset();
    return ApiResponse{up ? 200 : 503,
                       withSchema(QJsonObject{
                           {QStringLiteral("status"), up ? QStringLiteral("ok") : QStringLiteral("unavailable")}}),
                       {}};
}

// This server's identity (one per database, made on first use): a desktop's store belongs to
// one server, whatever address it is reached by (a proxy, a name or a number).
QString ServerApi::serverId(QSqlDatabase &db)
{
    execSql(db, QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('server_id', ?) ON CONFLICT (key) DO "
                               "NOTHING"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces)});
    return scalarSql(db, QStringLiteral("SELECT value FROM server_meta WHERE key = 'server_id'")).toString();
}

ApiResponse ServerApi::login(Call &call) const
{
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body);
    const QJsonValue username = document.object().value(QStringLiteral("username"));
    const QJsonValue password = document.object().value(QStringLiteral("password"));
    if (!document.isObject() || !username.isString() || !password.isString())
        return error(400, QStringLiteral("expected {\"username\": text, \"password\": text}"));
    Session session;
    switch (m_auth.login(call.db, username.toString(), password.toString(), &session)) {
    case AuthStatus::Ok:
        call.user = session.user;
        return ApiResponse{200,
                           QJsonObject{{QStringLiteral("token"), session.token},
                                       {QStringLiteral("expires_at"), session.expiresAt},
                                       {QStringLiteral("user"), userJson(session.user)},
                                       {QStringLiteral("server"), withSchema(QJsonObject{{QStringLiteral("id"), serverId(call.db)}})}},
                           {}};
    case AuthStatus::Refused:
        return error(401, QStringLiteral("wrong user name or password, or the account is disabled or locked for a while"));
    case AuthStatus::Unavailable: break;
    }
    return unavailable();
}

std::optional<ApiResponse> ServerApi::authenticate(Call &call) const
{
    switch (m_auth.authenticate(call.db, bearerToken(call.request.authorization), &call.user)) {
    case AuthStatus::Ok: return std::nullopt;
    case AuthStatus::Refused: {
        ApiResponse refusal = error(401, QStringLiteral("sign in first: no valid bearer token"));
        refusal.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return refusal;
    }
    case AuthStatus::Unavailable: break;
    }
    return unavailable();
}

ApiResponse ServerApi::logout(Call &call) const
{
    if (std::optional<ApiResponse> refusal = authenticate(call))
        return *refusal;
    if (!m_auth.logout(call.db, bearerToken(call.request.authorization)))
        return unavailable();
    return ApiResponse{200, QJsonObject{{QStringLiteral("status"), QStringLiteral("signed_out")}}, {}};
}

std::optional<ApiResponse> ServerApi::checkSchema(int schema, const std::optional<SchemaVersions> &modules) const
{
    const QString why = schemaRefusal(m_registry, schema, modules);
    if (why.isEmpty())
        return std::nullopt;
    return ApiResponse{426, withSchema(QJsonObject{{QStringLiteral("error"), why}}), {}};
}

// A pull or a bootstrap says its schema in the query ("schema=N", "modules=core:4,…"); one that
// says neither is served (scripts of CONTRACT.md read pages without them).
std::optional<ApiResponse> ServerApi::checkSchema(const QUrlQuery &query) const
{
    std::optional<SchemaVersions> modules;
    if (query.hasQueryItem(QStringLiteral("modules"))) {
        modules = parseSchemaVersions(query.queryItemValue(QStringLiteral("modules"), QUrl::FullyDecoded));
        if (!modules)
            return error(400, QStringLiteral("modules: module:version pairs separated by commas"));
    } else if (!query.hasQueryItem(QStringLiteral("schema"))) {
        return std::nullopt;
    }
    bool ok = true;
    const int schema = query.hasQueryItem(QStringLiteral("schema"))
                           ? query.queryItemValue(QStringLiteral("schema")).toInt(&ok) : 0;
    if (!ok)
        return error(400, QStringLiteral("schema must be a whole number"));
    return checkSchema(schema, modules);
}

QJsonObject ServerApi::withSchema(QJsonObject body) const
{
    body.insert(QStringLiteral("schema"), schemaNumber(m_registry));
    QJsonObject modules;
    const SchemaVersions versions = m_registry.schemaVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        modules.insert(it.key(), it.value());
    body.insert(QStringLiteral("modules"), modules);
    return body;
}

ApiResponse ServerApi::push(Call &call) const
{
    if (std::optional<ApiResponse> refusal = authenticate(call))
        return *refusal;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &parseError);
    if (!document.isObject())
        return error(400, QStringLiteral("the body is not a JSON object: %1").arg(parseError.errorString()));
    QString why;
    const std::optional<PushRequest> request = PushRequest::fromJson(document.object(), m_config.maxPushCommands, &why);
    if (!request)
        return error(400, why);
    if (std::optional<ApiResponse> refusal = checkSchema(request->schema, request->modules))
        return *refusal;
    const PushOutcome outcome = m_applier.push(call.db, call.user, *request);
    switch (outcome.status) {
    case PushOutcome::Status::Ok: return ApiResponse{200, QJsonObject{{QStringLiteral("results"), outcome.results}}, {}};
    case PushOutcome::Status::Unavailable: break;
    }
    ApiResponse failure = unavailable();
    failure.body.insert(QStringLiteral("results"), outcome.results);  // decided before the failure
    return failure;
}

namespace {
constexpr qint64 kMaxDownloadPart = 8LL * 1024 * 1024;

QJsonObject blobJson(const BlobStatus &status)
{
    return QJsonObject{{QStringLiteral("size"), status.size},
                       {QStringLiteral("received"), status.received},
                       {QStringLiteral("complete"), status.complete}};
}
} // namespace

// GET /api/v1/blobs/status?sha256=H: how much of a file the server has, so an upload resumes.
ApiResponse ServerApi::blobStatus(Call &call) const
{
    if (std::optional<ApiResponse> refusal = authenticate(call))
        return *refusal;
    const QString sha256 = call.request.query.queryItemValue(QStringLiteral("sha256"));
    if (!isSha256Hex(sha256))
        return error(400, QStringLiteral("sha256: the file's SHA-256 in lowercase hex is required"));
    const BlobStatus status = ServerBlobs::status(call.db, sha256);
    if (!status.known)
        return error(404, QStringLiteral("no such file"));
    return ApiResponse{200, blobJson(status), {}};
}

// GET /api/v1/blobs/download?sha256=H&offset=N&length=L: up to L bytes (at most 8 MiB) of a whole
// file from N, to a user who may see a row naming it (a scan of their district) or who uploaded
// it. Anyone else is told there is no such file: a digest reveals nothing of another district.
ApiResponse ServerApi::blobDownload(Call &call) const
{
    if (std::optional<ApiResponse> refusal = authenticate(call))
        return *refusal;
    const QUrlQuery &query = call.request.query;
    const QString sha256 = query.queryItemValue(QStringLiteral("sha256"));
    const std::optional<qint64> offset = queryNumber(query, QStringLiteral("offset"), 0);
    const std::optional<qint64> length = queryNumber(query, QStringLiteral("length"), kMaxDownloadPart);
    if (!isSha256Hex(sha256) || !offset || !length || *offset < 0 || *length < 1)
        return error(400, QStringLiteral("sha256 (lowercase hex), offset (from 0) and length (from 1) are required"));
    const bool uploader = scalarSql(call.db, QStringLiteral("SELECT username FROM blobs WHERE sha256 = ?"), {sha256})
                              .toString() == call.user.username;
    if (!uploader && !m_catalog.fileVisible(call.db, call.user, sha256))
        return error(404, QStringLiteral("no such file"));
    const BlobStatus status = ServerBlobs::status(call.db, sha256);
    if (!status.complete)
        return error(404, QStringLiteral("no such file"));
    if (*offset >= status.size)
        return error(416, QStringLiteral("offset: the file has %1 bytes").arg(status.size));
    std::optional<QByteArray> part = ServerBlobs::readPart(call.db, sha256, *offset, std::min(*length, kMaxDownloadPart));
    if (!part)
        return unavailable();
    ApiResponse response{200, {}, {}, std::move(part)};
    response.headers.append({QByteArrayLiteral("X-Blob-Size"), QByteArray::number(status.size)});
    return response;
}

// POST /api/v1/blobs/upload?sha256=H&offset=N&size=S with the chunk's bytes as the body.
ApiResponse ServerApi::blobUpload(Call &call) const
{
    if (std::optional<ApiResponse> refusal = authenticate(call))
        return *refusal;
    const QUrlQuery &query = call.request.query;
    const QString sha256 = query.queryItemValue(QStringLiteral("sha256"));
    const std::optional<qint64> offset = queryNumber(query, QStringLiteral("offset"), -1);
    const std::optional<qint64> size = queryNumber(query, QStringLiteral("size"), -1);
    if (!isSha256Hex(sha256) || !offset || !size || *offset < 0 || *size < 1)
        return error(400, QStringLiteral("sha256 (lowercase hex), offset (from 0) and size (from 1) are required"));
    const BlobAppend appended = ServerBlobs::append(call.db, sha256, call.user.username, *offset, *size,
                                                    call.request.body, m_config.maxBlobBytes);
    switch (appended.result) {
    case BlobAppend::Result::Ok: return ApiResponse{200, blobJson(appended.status), {}};
    case BlobAppend::Result::Offset: {
        ApiResponse conflict = error(409, appended.error);
        conflict.body.insert(QStringLiteral("received"), appended.status.received);
        return conflict;
    }
    case BlobAppend::Result::TooLarge: {
        ApiResponse refusal = error(413, appended.error);  // the file, not this request: final
        refusal.body.insert(QStringLiteral("max_blob_bytes"), m_config.maxBlobBytes);
        return refusal;
    }
    case BlobAppend::Result::Invalid:
    case BlobAppend::Result::Corrupt: return error(400, appended.error);
    case BlobAppend::Result::Failed: break;
    }
    return unavailable();
}

ApiResponse ServerApi::pull(Call &call) const
{
    if (std::optional<ApiResponse> refusal = authenticate(call))
        return *refusal;
    const QUrlQuery &query = call.request.query;
    const std::optional<qint64> cursor = queryNumber(query, QStringLiteral("cursor"), 0);
    const std::optional<qint64> limit = queryNumber(query, QStringLiteral("limit"), qMin(1000, m_config.maxPageRows));
    if (!cursor || !limit || *limit < 1)
        return error(400, QStringLiteral("cursor and limit must be whole numbers (limit from 1)"));
    if (std::optional<ApiResponse> refusal = checkSchema(query))
        return *refusal;
    const PullPage page = m_changeLog.pull(call.db, call.user, *cursor, int(qMin<qint64>(*limit, m_config.maxPageRows)));
    switch (page.status) {
    case PullPage::Status::Ok:
        return ApiResponse{200,
                           QJsonObject{{QStringLiteral("changes"), page.changes},
                                       {QStringLiteral("cursor"), page.cursor},
                                       {QStringLiteral("has_more"), page.hasMore}},
                           {}};
    case PullPage::Status::Gone: {
        ApiResponse gone = error(410, QStringLiteral("changes before version %1 are no longer kept: bootstrap again")
                                          .arg(page.horizon));
        gone.body.insert(QStringLiteral("horizon"), page.horizon);
        return gone;
    }
    case PullPage::Status::Failed: break;
    }
    return unavailable();
}

ApiResponse ServerApi::bootstrap(Call &call) const
{
    if (std::optional<ApiResponse> refusal = authenticate(call))
        return *refusal;
    const QUrlQuery &query = call.request.query;
    const QString table = query.queryItemValue(QStringLiteral("table"), QUrl::FullyDecoded);
    const QString after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    const std::optional<qint64> limit = queryNumber(query, QStringLiteral("limit"), qMin(1000, m_config.maxPageRows));
    if (!limit || *limit < 1)
        return error(400, QStringLiteral("limit must be a whole number from 1"));
    if (std::optional<ApiResponse> refusal = checkSchema(query))
        return *refusal;
    const BootstrapPage page =
        bootstrapPage(call.db, m_catalog, call.user, table, after, int(qMin<qint64>(*limit, m_config.maxPageRows)));
    switch (page.status) {
    case BootstrapPage::Status::Ok: {
        QJsonObject body{{QStringLiteral("table"), table},
                         {QStringLiteral("rows"), page.rows},
                         {QStringLiteral("has_more"), page.hasMore},
                         {QStringLiteral("cursor"), page.version}};
        body.insert(QStringLiteral("next"), page.hasMore ? QJsonValue(page.next) : QJsonValue());
        return ApiResponse{200, body, {}};
    }
    case BootstrapPage::Status::UnknownTable:
        return error(400, QStringLiteral("table: one of %1").arg(m_catalog.tableNames().join(QStringLiteral(", "))));
    case BootstrapPage::Status::BadAfter:
        return error(400, QStringLiteral("after: pass the `next` of the page before"));
    case BootstrapPage::Status::Failed: break;
    }
    return unavailable();
}

bool ServerApi::purge(QString *error) const
{
    QSqlDatabase db = m_connections.connection(error);
    if (!db.isOpen())
        return false;
    const std::optional<qint64> horizon = ChangeLog::purge(db, m_config.changeLogRetentionSeconds, error);
    if (!horizon || !ServerAuth::purgeTokens(db, error)) {
        m_connections.reset();
        return false;
    }
    writeEventLog(QJsonObject{{QStringLiteral("event"), QStringLiteral("purge")}, {QStringLiteral("horizon"), *horizon}});
    return true;
}

void writeEventLog(const QJsonObject &event)
{
    QJsonObject line{{QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    for (auto it = event.begin(); it != event.end(); ++it)
        line.insert(it.key(), it.value());
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);  // one write: lines never interleave
    std::fflush(stderr);
}

void writeRequestLog(const QString &method, const QString &path, int status, const QString &user, qint64 ms)
{
    writeEventLog(QJsonObject{{QStringLiteral("method"), method},
                              {QStringLiteral("path"), path},
                              {QStringLiteral("status"), status},
                              {QStringLiteral("user"), user.isEmpty() ? QJsonValue() : QJsonValue(user)},
                              {QStringLiteral("ms"), ms}});
}

} // namespace ltc::server
