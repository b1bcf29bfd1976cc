#pragma once
// A TCP proxy for the sync tests, between the desktop's HttpTransport and ltcserver, that loses
// requests, loses answers after the server committed, delays, and sends requests twice — at
// random from a seed, so a failing run can be replayed. One HTTP exchange per connection (the
// transport opens a connection per call); it runs on its own thread with blocking sockets.
#include <QAtomicInt>
#include <QByteArray>
#include <QSemaphore>
#include <QThread>

class QTcpSocket;

namespace ltc::test {

class FaultProxy : public QThread {
public:
    FaultProxy(quint16 upstreamPort, quint32 seed);
    ~FaultProxy() override;
    quint16 port() const { return m_port; }
    void setFaults(bool on) { m_faults.storeRelaxed(on ? 1 : 0); }

    struct Counts {
        int passed = 0;
        int dropped = 0;      // the request never reached the server
        int lostAnswers = 0;  // the server answered (and committed), the client never heard
        int duplicated = 0;   // the server got the request twice
        int delayed = 0;
    };
    Counts counts() const { return m_counts; }

protected:
    void run() override;

private:
    void handle(QTcpSocket &client, quint32 draw);
    QByteArray forward(const QByteArray &request);
    quint16 m_upstreamPort;
    quint32 m_seed;
    quint16 m_port = 0;
    QSemaphore m_ready;
    QAtomicInt m_faults{1};
    Counts m_counts;
};

} // namespace ltc::test
