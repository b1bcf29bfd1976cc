#include "readonlyconnections.h"

#include "database/database.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace ltc {
namespace {

// "Look up, else add" must be one step (QSqlDatabase's own registry is thread-safe per call).
QMutex g_namesMutex;
std::atomic<quint64> g_nextThreadSerial{1};

// The calling thread's read-only connections; a worker's are closed and removed as it ends, the
// main thread's by ~ReadOnlyConnections.
struct ThreadReadConnections {
    const quint64 serial = g_nextThreadSerial.fetch_add(1);
    const bool mainThread = QCoreApplication::instance()
                            && QThread::currentThread() == QCoreApplication::instance()->thread();
    QStringList names;

    ~ThreadReadConnections()
    {
        if (mainThread || !sqlRegistryUsable())
            return;
        QMutexLocker lock(&g_namesMutex);
        for (const QString &name : std::as_const(names)) {
            if (!QSqlDatabase::contains(name))
                continue;  // its ReadOnlyConnections went first
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadReadConnections t_reads;

} // namespace

ReadOnlyConnections::ReadOnlyConnections(QString path)
    : m_path(std::move(path)), m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ReadOnlyConnections::~ReadOnlyConnections()
{
    QMutexLocker lock(&g_namesMutex);
    const QString prefix = QStringLiteral("ltc-read-") + m_id;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(prefix))
            continue;
        // Another thread's connection may not be touched from here (Qt warns): it closes when
        // removeDatabase drops the driver.
        if (name == connectionName())
            QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString ReadOnlyConnections::connectionName() const
{
    return QStringLiteral("ltc-read-%1-%2").arg(m_id).arg(t_reads.serial);
}

QSqlDatabase ReadOnlyConnections::readConnection() const
{
    const QString name = connectionName();
    QMutexLocker lock(&g_namesMutex);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    t_reads.names << name;
    db.setDatabaseName(m_path);
    // The store's writer waits up to 5 s for a lock; a reader in WAL mode rarely has to.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open())
        QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store=MEMORY"));  // a screen's TEMP tables
    return db;
}

} // namespace ltc
