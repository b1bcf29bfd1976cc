#include "faultproxy.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace ltc::test {
namespace {
constexpr int kTimeoutMs = 10000;

// Reads one HTTP message: the header block, then Content-Length bytes of body.
QByteArray readMessage(QTcpSocket &socket)
{
    QByteArray data;
    qsizetype headerEnd = -1;
    qsizetype total = -1;
    while (total < 0 || data.size() < total) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(kTimeoutMs))
            return {};
        data += socket.readAll();
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            qsizetype length = 0;
            for (const QByteArray &line : data.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            total = headerEnd + 4 + length;
        }
    }
    return data;
}
} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed) : m_upstreamPort(upstreamPort), m_seed(seed)
{
    start();
    m_ready.acquire();
}

FaultProxy::~FaultProxy()
{
    requestInterruption();
    wait();
}

void FaultProxy::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    m_port = server.serverPort();
    m_ready.release();
    QRandomGenerator random(m_seed);
    while (!isInterruptionRequested()) {
        if (!server.waitForNewConnection(50))
            continue;
        QTcpSocket *client = server.nextPendingConnection();
        handle(*client, random.bounded(100u));
        client->disconnectFromHost();
        if (client->state() != QAbstractSocket::UnconnectedState)
            client->waitForDisconnected(1000);
        delete client;
    }
}

QByteArray FaultProxy::forward(const QByteArray &request)
{
    QTcpSocket upstream;
    upstream.connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    if (!upstream.waitForConnected(kTimeoutMs))
        return {};
    upstream.write(request);
    upstream.waitForBytesWritten(kTimeoutMs);
    const QByteArray response = readMessage(upstream);
    upstream.disconnectFromHost();
    return response;
}

void FaultProxy::handle(QTcpSocket &client, quint32 draw)
{
    const QByteArray request = readMessage(client);
    if (request.isEmpty())
        return;
    const bool faults = m_faults.loadRelaxed() != 0;
    if (faults && draw < 15) {
        ++m_counts.dropped;
        return;
    }
    if (faults && draw < 30) {
        forward(request);
        ++m_counts.lostAnswers;
        return;
    }
    if (faults && draw < 45) {
        forward(request);  // the same request twice: the second must be answered, not applied again
        ++m_counts.duplicated;
    } else if (faults && draw < 60) {
        QThread::msleep(50 + draw);
        ++m_counts.delayed;
    } else {
        ++m_counts.passed;
    }
    client.write(forward(request));
    client.waitForBytesWritten(kTimeoutMs);
}

} // namespace ltc::test
