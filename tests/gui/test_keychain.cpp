// Secrets in the OS keychain through QtKeychain. With LTC_KEYRING_TEST set (ctest runs this case
// under scripts/with-keyring.sh, a real Secret Service), a secret is written, read back and
// removed, and a password the desktop remembers is the one `ltcctl sync` reads. Without a
// keychain, writing fails and nothing reaches a file in plain text.
#include <catch2/catch.hpp>

#include "credentials.h"
#include "localstore.h"
#include "synccontroller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ltc;

namespace {

// A stand-in for ltcserver that refuses every sign-in (401) and keeps the passwords it was sent:
// who signed in with what, without a server of our own in this runner.
class RefusingServer {
public:
    RefusingServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QStringList passwords;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &request = m_requests[socket];
        request += socket->readAll();
        const qsizetype headEnd = request.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : request.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (request.size() < headEnd + 4 + length)
            return;
        const QJsonObject body = QJsonDocument::fromJson(request.mid(headEnd + 4, length)).object();
        passwords << body.value(QStringLiteral("password")).toString();
        m_requests.remove(socket);
        const QByteArray answer = R"({"error":"wrong user name or password"})";
        socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_requests;
};
} // namespace

TEST_CASE("keychain: a secret is stored in the Secret Service and read back", "[keychain]")
{
    if (qEnvironmentVariableIsEmpty("LTC_KEYRING_TEST")) {
        WARN("no Secret Service in this run: the case runs under scripts/with-keyring.sh (ctest test keychain)");
        return;
    }
    const QString account = Credentials::account(QStringLiteral("https://ltc.test:8443"), QStringLiteral("handler"));
    QString error;
    INFO(error.toStdString());
    REQUIRE(Credentials::write(account, QStringLiteral("s3cret-密码"), &error));
    const std::optional<QString> read = Credentials::read(account, &error);
    REQUIRE(read.has_value());
    CHECK(*read == QStringLiteral("s3cret-密码"));
    REQUIRE(Credentials::remove(account, &error));
    CHECK_FALSE(Credentials::read(account).has_value());
}

TEST_CASE("keychain: without a keychain nothing is written to disk", "[keychain]")
{
    if (!qEnvironmentVariableIsEmpty("LTC_KEYRING_TEST"))
        return;  // this case is about a machine without one
    QString error;
    const bool stored = Credentials::write(QStringLiteral("nowhere|user"), QStringLiteral("plain-text-never"), &error);
    CHECK_FALSE(stored);
    CHECK_FALSE(error.isEmpty());
    // No file under the application's folders holds the secret.
    for (const QStandardPaths::StandardLocation location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::GenericConfigLocation}) {
        QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 1'000'000 && file.open(QIODevice::ReadOnly))
                CHECK_FALSE(file.readAll().contains("plain-text-never"));
        }
    }
}

TEST_CASE("keychain: the password the desktop remembers is the one ltcctl sync reads", "[keychain]")
{
    if (qEnvironmentVariableIsEmpty("LTC_KEYRING_TEST")) {
        WARN("no Secret Service in this run: the case runs under scripts/with-keyring.sh (ctest test keychain)");
        return;
    }
    QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.filePath(QStringLiteral("settings")));
    RefusingServer server;
    const QString password = QStringLiteral("desk-remembered-密码");
    LocalStore store(folder.filePath(QStringLiteral("desk.sqlite")));
    REQUIRE(store.open());
    {
        // The desktop: Sync › Server and sign-in with "remember the password" ticked.
        SyncController controller(store);
        SyncController::Settings settings;
        settings.server = server.url();
        settings.username = QStringLiteral("handler");
        settings.rememberPassword = true;
        controller.setSettings(settings);
        QSignalSpy needed(&controller, &SyncController::credentialsNeeded);
        controller.signIn(password, true);
        REQUIRE(needed.wait(20000));  // refused (twice: once more with the remembered password)
    }
    REQUIRE(server.passwords.size() == 2);
    CHECK(Credentials::read(Credentials::passwordAccount(server.url(), QStringLiteral("handler"))) == password);

    // ltcctl in the same session finds it: it signs in with it (and is refused: exit 3) instead
    // of finding no password (exit 3 too, but without asking the server).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LTC_PASSWORD"));
    QProcess ltcctl;
    ltcctl.setProcessEnvironment(environment);
    ltcctl.start(QStringLiteral(LTCCTL_PATH), {QStringLiteral("sync"), QStringLiteral("--server"), server.url(),
                                               QStringLiteral("--user"), QStringLiteral("handler"), QStringLiteral("--db"),
                                               folder.filePath(QStringLiteral("ctl.sqlite"))});
    ltcctl.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(ltcctl.state() == QProcess::NotRunning, 60000);  // the fake server answers meanwhile
    const QString errors = QString::fromUtf8(ltcctl.readAllStandardError());
    INFO(errors.toStdString());
    CHECK(ltcctl.exitCode() == 3);
    CHECK_FALSE(errors.contains(QStringLiteral("no password")));
    REQUIRE(server.passwords.size() == 3);
    CHECK(server.passwords.last() == password);

    Credentials::remove(Credentials::passwordAccount(server.url(), QStringLiteral("handler")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
}
