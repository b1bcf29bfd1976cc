#pragma once
// A throw-away PostgreSQL cluster for the server tests: initdb into a temporary folder, the
// postmaster on a free loopback port, trust authentication for the superuser `ltc`. As root (CI)
// it runs as the `postgres` system user, since PostgreSQL refuses to run as root. Children die
// with the test process even when it crashes (PR_SET_PDEATHSIG).
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ltc::test {

// Starts `process` so that it dies with this process, as `asUser` when given (we are root).
void startChild(QProcess &process, const QString &program, const QStringList &arguments, const QString &asUser = {});
quint16 freeLoopbackPort();

class PgCluster {
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool start(QString *error);
    void stop();
    bool createDatabase(const QString &name, QString *error);
    QString url(const QString &database) const;
    // A connection of the test process itself, for arranging data and checking the database.
    QSqlDatabase connect(const QString &database);
    QString folder() const { return m_dir.path(); }
    QString log() const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *error);
    QTemporaryDir m_dir;
    QString m_user;  // the system user running PostgreSQL; empty: ourselves
    QProcess m_postmaster;
    quint16 m_port = 0;
};

} // namespace ltc::test
