#pragma once
// QHttpServer reads a whole request into memory before any handler runs, so an oversized body
// must be refused before that: this guard reads each connection's bytes ahead of QHttpServer
// (it is connected to readyRead first), follows the request heads and their Content-Length,
// and answers 413 as soon as a head announces too large a body — without buffering the body.
// Bodies without a length (chunked) are refused with 411. The hard limit in production is the
// reverse proxy's; this keeps a directly exposed server safe too.
#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace ltc::server {

class BodyLimitGuard : public QObject {
    Q_OBJECT
public:
    // Call before the socket reaches QHttpServer. The guard lives as long as the socket.
    static void attach(QTcpSocket *socket, qint64 maxBodyBytes);

private:
    BodyLimitGuard(QTcpSocket *socket, qint64 maxBodyBytes);
    void inspect();
    bool takeHead(QByteArray &data);
    void refuse(int status, const QByteArray &reason, const QByteArray &message, qint64 announced);
    void drain();

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    QByteArray m_head;     // the part of a request head seen so far
    QByteArray m_requestLine;
    qint64 m_bodyLeft = 0; // bytes of the current body still to pass
    qint64 m_drainLeft = 0;
};

} // namespace ltc::server
