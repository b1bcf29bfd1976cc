#pragma once
// How the sync engine talks to ltcserver: JSON over HTTP(S) (CONTRACT.md "HTTP API"). The
// engine runs on a worker thread and waits for each answer; the transport is an interface so
// that unit tests can answer in-process, while the real one is HttpTransport. A first download
// asks for its next page from a helper thread while it writes the current one: a transport
// must take a call from any thread (never two calls at once).
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace ltc {

struct HttpReply {
    int status = 0;      // 0: no answer (network down, refused, timed out)
    QJsonObject body;
    QString error;       // the network error, or the body's "error" message
    QByteArray data = {};  // a body of raw bytes (a file's part), in place of `body`
    bool answered() const { return status != 0; }
    bool transient() const { return status == 0 || status >= 500; }
};

class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual HttpReply get(const QString &path, const QUrlQuery &query, const QString &token) = 0;
    virtual HttpReply post(const QString &path, const QJsonObject &body, const QString &token) = 0;
    // A body of raw bytes (a chunk of a file on the blob channel). A transport that carries no
    // files answers "no answer", and the push waits.
    virtual HttpReply postBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
                                const QString &token);
};

class HttpTransport : public SyncTransport {
public:
    // `base` is the server's address, e.g. https://ltc.example:8443 ; `caFile`, if given, is a
    // PEM file of certificates to trust besides the system's (a district's own CA).
    explicit HttpTransport(QUrl base, QString caFile = {}, int timeoutMs = 30000);
    HttpReply get(const QString &path, const QUrlQuery &query, const QString &token) override;
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token) override;
    HttpReply postBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
                        const QString &token) override;

private:
    int timeoutFor(const QString &path) const;
    HttpReply send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                   const QString &token, const QString &contentType = QStringLiteral("application/json"));
    QUrl m_base;
    QString m_caFile;
    int m_timeoutMs;
};

} // namespace ltc
