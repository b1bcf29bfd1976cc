// Secrets in the OS keychain through QtKeychain. With LTC_KEYRING_TEST set (ctest runs this case
// under scripts/with-keyring.sh, a real Secret Service), a secret is written, read back and
// removed. Without a keychain, writing fails and nothing reaches a file in plain text.
#include <catch2/catch.hpp>

#include "credentials.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace ltc;

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
