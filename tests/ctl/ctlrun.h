#pragma once
// ltcctl run as bureau IT staff script it — a database file in its own folder, the program started
// on it, its exit code and both streams — for the tests of the product ltcctl and of ltcctl_probe.
#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

namespace ltc::test {

inline std::string str(const QString &text) { return text.toStdString(); }

struct Run {
    int code = -1;
    QString out;
    QString err;
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// A database file in its own folder, and ltcctl run against it.
class Ctl {
public:
    // `program`: the product ltcctl, or a test build of it with more modules (ltcctl_probe).
    explicit Ctl(QString program = QStringLiteral(LTCCTL_PATH)) : m_program(std::move(program)) { REQUIRE(m_dir.isValid()); }

    QString db() const { return m_dir.filePath(QStringLiteral("ltc.sqlite")); }

    Run run(QStringList args) const
    {
        args << QStringLiteral("--db") << db();
        QProcess process;
        process.start(m_program, args);
        REQUIRE(process.waitForStarted(10000));
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        Run result;
        result.code = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(bytes) == bytes.size());
        return path;
    }

    // One value read straight from the file, through a connection of its own.
    QVariant scalar(const QString &sql) const
    {
        const QString name = QStringLiteral("ltcctl-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVariant value;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            connection.setDatabaseName(db());
            connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            REQUIRE(connection.open());
            {
                QSqlQuery query(connection);
                if (query.exec(sql) && query.next())
                    value = query.value(0);
            }
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    int count(const QString &table) const { return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt(); }

    // One statement run straight on the file (what another program, e.g. a sync, would have left).
    void exec(const QString &sql) const
    {
        const QString name = QStringLiteral("ltcctl-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            connection.setDatabaseName(db());
            REQUIRE(connection.open());
            {
                QSqlQuery query(connection);
                REQUIRE(query.exec(sql));
            }
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // Who made the newest audit entry of an action.
    QString auditUser(const QString &action) const
    {
        return scalar(QStringLiteral("SELECT username FROM audit_log WHERE action = '%1' ORDER BY id DESC LIMIT 1").arg(action))
            .toString();
    }

private:
    QString m_program;
    QTemporaryDir m_dir;
};

} // namespace ltc::test

// Fails the test with both streams when ltcctl did not exit with `expected`.
#define REQUIRE_EXIT(run, expected)                                                                \
    do {                                                                                           \
        const ltc::test::Run &r_ = (run);                                                          \
        INFO("stdout: " << ltc::test::str(r_.out) << "\nstderr: " << ltc::test::str(r_.err));     \
        REQUIRE(r_.code == (expected));                                                            \
    } while (false)
