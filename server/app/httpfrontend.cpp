#include "httpfrontend.h"

#include "bodylimit.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QtConcurrent>

namespace ltc::server {
namespace {

// A plain TCP server that puts the body-limit guard on each connection before QHttpServer
// sees it. (For TLS, QSslServer's startedEncryptionHandshake signal gives the same moment.)
class GuardedTcpServer : public QTcpServer {
public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject *parent) : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        BodyLimitGuard::attach(socket, m_maxBodyBytes);
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBodyBytes;
};

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    default: return QStringLiteral("OTHER");
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.authorization = header(request, "Authorization");
    api.body = request.body();
    bool ok = false;
    const qint64 length = header(request, "Content-Length").toLongLong(&ok);
    api.contentLength = ok ? length : -1;
    return api;
}

QHttpServerResponse toHttpResponse(const ApiResponse &api)
{
    QHttpServerResponse response(api.bytes ? QByteArrayLiteral("application/octet-stream") : QByteArrayLiteral("application/json"),
                                 api.bytes ? *api.bytes : QJsonDocument(api.body).toJson(QJsonDocument::Compact),
                                 static_cast<QHttpServerResponse::StatusCode>(api.status));
    for (const auto &[name, value] : api.headers)
        response.addHeader(name, value);
    return response;
}

const char *const kPaths[] = {"/api/v1/health",      "/api/v1/auth/login",   "/api/v1/auth/logout",
                              "/api/v1/sync/push",   "/api/v1/sync/pull",    "/api/v1/sync/bootstrap",
                              "/api/v1/blobs/status", "/api/v1/blobs/upload", "/api/v1/blobs/download"};
} // namespace

HttpFrontend::HttpFrontend(const ServerApi &api, const ServerConfig &config) : m_api(api), m_config(config)
{
    m_pool.setMaxThreadCount(config.workers);
    m_pool.setExpiryTimeout(-1);  // a thread keeps its database connection for the server's life
    for (const char *path : kPaths)
        m_http.route(QString::fromLatin1(path), [this](const QHttpServerRequest &request) { return dispatch(request); });
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        writeRequestLog(methodName(request.method()), request.url().path(), 404, QString(), 0);
        responder.write(QByteArrayLiteral("{\"error\":\"no such endpoint\"}"), "application/json",
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

QFuture<QHttpServerResponse> HttpFrontend::dispatch(const QHttpServerRequest &request)
{
    // Everything the worker needs is copied here: the request object stays on this thread.
    return QtConcurrent::run(&m_pool, [this, api = toApiRequest(request)] { return toHttpResponse(m_api.handle(api)); });
}

bool HttpFrontend::loadTls(QSslConfiguration *tls, QString *error) const
{
    QFile certFile(m_config.tlsCert);
    QFile keyFile(m_config.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key (%1, %2)").arg(m_config.tlsCert, m_config.tlsKey);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("%1 or %2 is not a PEM certificate and private key").arg(m_config.tlsCert, m_config.tlsKey);
        return false;
    }
    *tls = QSslConfiguration::defaultConfiguration();
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    tls->setPeerVerifyMode(QSslSocket::VerifyNone);  // clients sign in with a token, not a certificate
    return true;
}

bool HttpFrontend::listen(QString *error)
{
    QTcpServer *server = nullptr;
    if (!m_config.tlsCert.isEmpty()) {
        QSslConfiguration tls;
        if (!loadTls(&tls, error))
            return false;
        auto *sslServer = new QSslServer(&m_http);
        sslServer->setSslConfiguration(tls);
        const qint64 limit = m_config.maxBodyBytes;
        QObject::connect(sslServer, &QSslServer::startedEncryptionHandshake, sslServer,
                         [limit](QSslSocket *socket) { BodyLimitGuard::attach(socket, limit); });
        server = sslServer;
    } else {
        server = new GuardedTcpServer(m_config.maxBodyBytes, &m_http);
    }
    const QHostAddress address = m_config.listenHost == QStringLiteral("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                                                   : QHostAddress(m_config.listenHost);
    if (!server->listen(address, m_config.listenPort)) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(m_config.listenText(), server->errorString());
        return false;
    }
    m_http.bind(server);
    return true;
}

} // namespace ltc::server
