#include "pgcluster.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace ltc::test {
namespace {
const QString kPgBin = qEnvironmentVariable("LTC_PG_BIN", QStringLiteral(LTC_PG_BIN_DIR));
} // namespace

void startChild(QProcess &process, const QString &program, const QStringList &arguments, const QString &asUser)
{
    uid_t uid = 0;
    gid_t gid = 0;
    if (!asUser.isEmpty()) {
        const passwd *entry = getpwnam(asUser.toLocal8Bit().constData());
        uid = entry ? entry->pw_uid : 0;
        gid = entry ? entry->pw_gid : 0;
    }
    process.setChildProcessModifier([uid, gid] {
        if (uid != 0 && (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0))
            _exit(127);
        prctl(PR_SET_PDEATHSIG, SIGKILL);  // after setuid, which clears it
    });
    process.start(program, arguments);
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

PgCluster::PgCluster()
{
    if (geteuid() == 0) {
        m_user = QStringLiteral("postgres");
        if (const passwd *entry = getpwnam("postgres"))
            (void)!chown(m_dir.path().toLocal8Bit().constData(), entry->pw_uid, entry->pw_gid);
    }
}

PgCluster::~PgCluster() { stop(); }

bool PgCluster::run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    startChild(process, kPgBin + QLatin1Char('/') + program, arguments, m_user);
    if (process.waitForFinished(180'000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *error = program + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAll()) + process.errorString();
    return false;
}

bool PgCluster::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("ltc"),
                                        QStringLiteral("--auth=trust"), QStringLiteral("--no-locale"),
                                        QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
             error))
        return false;
    m_port = freeLoopbackPort();
    m_postmaster.setProcessChannelMode(QProcess::MergedChannels);
    m_postmaster.setStandardOutputFile(m_dir.filePath(QStringLiteral("postgres.log")));
    m_postmaster.setWorkingDirectory(m_dir.path());
    startChild(m_postmaster, kPgBin + QStringLiteral("/postgres"),
               {QStringLiteral("-D"), data, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-k"),
                m_dir.path(), QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
                QStringLiteral("fsync=off"), QStringLiteral("-c"), QStringLiteral("max_connections=80")},
               m_user);
    // Ready when it accepts a connection.
    const QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired()) {
        QSqlDatabase probe = connect(QStringLiteral("postgres"));
        if (probe.isOpen())
            return true;
        if (m_postmaster.state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    *error = QStringLiteral("postgres did not start: ") + log();
    return false;
}

void PgCluster::stop()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("pgcluster-")))
            QSqlDatabase::removeDatabase(name);
    }
    if (m_postmaster.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_postmaster.processId()), SIGINT);  // fast shutdown: disconnects clients
    if (!m_postmaster.waitForFinished(30'000))
        m_postmaster.kill();
    m_postmaster.waitForFinished(5'000);
}

bool PgCluster::createDatabase(const QString &name, QString *error)
{
    QSqlDatabase db = connect(QStringLiteral("postgres"));
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return true;
    *error = query.lastError().text();
    return false;
}

QString PgCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://ltc@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QSqlDatabase PgCluster::connect(const QString &database)
{
    const QString name = QStringLiteral("pgcluster-") + database;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen())
            db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setUserName(QStringLiteral("ltc"));
    db.setDatabaseName(database);
    db.open();
    return db;
}

QString PgCluster::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("postgres.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(4000)) : QString();
}

} // namespace ltc::test
