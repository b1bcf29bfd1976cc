#include "bodylimit.h"

#include "serverapi.h"

#include <QTcpSocket>
#include <QTimer>
#include <limits>

namespace ltc::server {
namespace {
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kMaxDrainBytes = 64LL * 1024 * 1024;  // read (and drop) at most this much after a refusal
constexpr int kCloseAfterMs = 10'000;

// The announced body length of a request head: -1 none, -2 chunked (no length known ahead).
qint64 announcedLength(const QByteArray &head)
{
    qint64 length = -1;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (colon > 0 && name == "transfer-encoding" && !value.toLower().contains("identity"))
            return -2;
        if (colon > 0 && name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            length = ok && parsed >= 0 ? qMax(length, parsed) : std::numeric_limits<qint64>::max();
        }
    }
    return length;
}
} // namespace

void BodyLimitGuard::attach(QTcpSocket *socket, qint64 maxBodyBytes)
{
    new BodyLimitGuard(socket, maxBodyBytes);
}

BodyLimitGuard::BodyLimitGuard(QTcpSocket *socket, qint64 maxBodyBytes)
    : QObject(socket), m_socket(socket), m_maxBodyBytes(maxBodyBytes)
{
    connect(socket, &QIODevice::readyRead, this, &BodyLimitGuard::inspect);
}

void BodyLimitGuard::inspect()
{
    // peek: QHttpServer reads these same bytes right after this slot returns.
    QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    while (!data.isEmpty()) {
        if (m_bodyLeft > 0) {
            const qint64 passed = qMin<qint64>(m_bodyLeft, data.size());
            m_bodyLeft -= passed;
            data.remove(0, passed);
        } else if (!takeHead(data)) {
            return;
        }
    }
}

// Moves bytes of a request head from `data` into m_head; when the head is complete, checks it
// and starts counting its body. False when the connection was refused.
bool BodyLimitGuard::takeHead(QByteArray &data)
{
    const qsizetype seen = m_head.size();
    m_head += data;
    const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, seen - 3));
    if (end < 0) {
        data.clear();
        if (m_head.size() <= kMaxHeadBytes)
            return true;
        m_requestLine = m_head.left(m_head.indexOf("\r\n"));
        refuse(431, "Request Header Fields Too Large", "the request head is too large", 0);
        return false;
    }
    data = m_head.mid(end + 4);
    const qint64 length = announcedLength(m_head.left(end));
    m_requestLine = m_head.left(m_head.indexOf("\r\n"));
    m_head.clear();
    if (length == -2) {
        refuse(411, "Length Required", "send the body with a Content-Length", 0);
        return false;
    }
    if (length > m_maxBodyBytes) {
        refuse(413, "Payload Too Large",
               "the request body is larger than " + QByteArray::number(m_maxBodyBytes) + " bytes", length);
        return false;
    }
    m_bodyLeft = qMax<qint64>(0, length);
    return true;
}

// Answers at once and takes the connection away from QHttpServer; then reads and drops what
// the client still sends (so that it sees the answer instead of a reset), and closes.
void BodyLimitGuard::refuse(int status, const QByteArray &reason, const QByteArray &message, qint64 announced)
{
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);  // also QHttpServer's reader
    connect(m_socket, &QIODevice::readyRead, this, &BodyLimitGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();  // QHttpServer's partial read: do not keep what is dropped
    const QByteArray body = "{\"error\":\"" + message + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // The request log has its line like any other request (the path without its query).
    const QList<QByteArray> parts = m_requestLine.split(' ');
    writeRequestLog(QString::fromLatin1(parts.value(0)), QString::fromLatin1(parts.value(1).split('?').value(0)), status,
                    QString(), 0);
    m_drainLeft = qMin(kMaxDrainBytes, announced);
    QTimer::singleShot(kCloseAfterMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
    drain();
}

void BodyLimitGuard::drain()
{
    m_drainLeft -= m_socket->skip(m_socket->bytesAvailable());
    if (m_drainLeft <= 0)
        m_socket->disconnectFromHost();
}

} // namespace ltc::server
