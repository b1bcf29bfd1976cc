#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace ltc {
namespace {
// Guards the registry of connection names (QSqlDatabase's own is thread-safe, but "look up,
// else add" must be one step).
QMutex g_namesMutex;

std::atomic<quint64> g_nextThreadSerial{1};

std::atomic<bool> g_applicationEnded{false};
void markApplicationEnded() { g_applicationEnded = true; }
// Also as the process's statics go (after main, or at exit() with the application never ended):
// the program's own are destroyed before those of the Qt libraries it loaded, QtSql's registry.
struct EndOfStatics {
    ~EndOfStatics() { markApplicationEnded(); }
} g_endOfStatics;

// The calling thread's connections, named by a serial number no later thread gets again: an OS
// thread id is recycled, and a new thread must never be handed a dead thread's connection. A
// worker thread's connections are closed and removed as it ends; the main thread's by ~Database.
struct ThreadConnections {
    const quint64 serial = g_nextThreadSerial.fetch_add(1);
    const bool mainThread = QCoreApplication::instance()
                            && QThread::currentThread() == QCoreApplication::instance()->thread();
    QStringList names;

    ~ThreadConnections()
    {
        if (mainThread || !sqlRegistryUsable())
            return;
        QMutexLocker lock(&g_namesMutex);
        for (const QString &name : std::as_const(names)) {
            if (!QSqlDatabase::contains(name))
                continue;  // its Database went first
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;

bool applyPragmas(QSqlDatabase &db, QString *error)
{
    static const char *const pragmas[] = {
        "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=5000",
        // Temporary files as files (the OS caches them): with them in memory SQLite sorts a
        // large CREATE INDEX or ORDER BY on one thread only (see BulkIndexes::finish).
        "PRAGMA temp_store=FILE",
        // 64 MiB of pages (not 2): a million claim lines or audit results go into indexes in
        // other orders than the rows' (by amount, by days), and a small cache writes the same
        // index pages out again and again. Memory is taken only as pages are read.
        "PRAGMA cache_size=-65536",
    };
    QSqlQuery query(db);
    for (const char *pragma : pragmas) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

bool sqlRegistryUsable() { return !g_applicationEnded; }

Database::Database(QString path) : m_path(std::move(path)), m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

Database::~Database()
{
    QMutexLocker lock(&g_namesMutex);
    const QString prefix = QStringLiteral("ltc-") + m_id;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(prefix))
            continue;
        // This thread's connection is closed at once; those of worker threads (which may not be
        // touched from here: Qt warns) close when removeDatabase drops the driver.
        if (name == connectionName()) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ltcdesk.sqlite");
}

QString Database::connectionName() const
{
    return QStringLiteral("ltc-%1-%2").arg(m_id).arg(t_connections.serial);
}

bool Database::open(QString *error)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create folder %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    QMutexLocker lock(&g_namesMutex);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    t_connections.names << name;
    db.setDatabaseName(m_path);
    QString error;
    if (db.open() && !applyPragmas(db, &error))
        db.close();
    return db;
}

} // namespace ltc

// Noted as QCoreApplication ends (its post routines run in its destructor).
static void watchApplicationEnd() { qAddPostRoutine(ltc::markApplicationEnded); }
Q_COREAPP_STARTUP_FUNCTION(watchApplicationEnd)
