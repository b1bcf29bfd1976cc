#include "synctransport.h"

#include <algorithm>

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace ltc {

HttpTransport::HttpTransport(QUrl base, QString caFile, int timeoutMs)
    : m_base(std::move(base)), m_caFile(std::move(caFile)), m_timeoutMs(timeoutMs)
{
}

HttpReply HttpTransport::get(const QString &path, const QUrlQuery &query, const QString &token)
{
    return send("GET", path, query, {}, token);
}

HttpReply HttpTransport::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

int HttpTransport::timeoutFor(const QString &path) const
{
    // A push is answered once its commands are decided, and an import of a million lines takes
    // the server a minute or more: it waits longer than any other request.
    constexpr int kPushTimeoutMs = 30 * 60 * 1000;
    return path == QStringLiteral("/api/v1/sync/push") ? std::max(m_timeoutMs, kPushTimeoutMs) : m_timeoutMs;
}

HttpReply SyncTransport::postBytes(const QString &, const QUrlQuery &, const QByteArray &, const QString &)
{
    HttpReply reply;
    reply.error = QStringLiteral("this transport carries no files");
    return reply;
}

HttpReply HttpTransport::postBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
                                   const QString &token)
{
    return send("POST", path, query, bytes, token, QStringLiteral("application/octet-stream"));
}

HttpReply HttpTransport::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, const QString &token, const QString &contentType)
{
    // One manager per call: the engine runs on a worker thread, and a QNetworkAccessManager
    // belongs to the thread that made it.
    QNetworkAccessManager manager;
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(timeoutFor(path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!m_caFile.isEmpty() && url.scheme() == QStringLiteral("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caFile);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool file = reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(
        QStringLiteral("application/octet-stream"));
    if (file && answer.status == 200)
        answer.data = reply->readAll();
    else
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    answer.error = answer.body.value(QStringLiteral("error")).toString();
    if (answer.status == 0 || answer.error.isEmpty())
        answer.error = answer.status == 0 ? reply->errorString() : answer.error;
    reply->deleteLater();
    return answer;
}

} // namespace ltc
