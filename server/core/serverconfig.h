#pragma once
// ltcserver's settings: a JSON config file, then command-line options over it. Every value has
// a default fit for one district office; the file names only what differs.
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc::server {

struct ServerConfig {
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080;
    QString databaseUrl;                       // libpq URL: postgresql://user@host:5432/ltc
    QString tlsCert;                           // PEM files; both or neither
    QString tlsKey;
    qint64 maxBodyBytes = 8 * 1024 * 1024;     // larger requests are refused with 413
    int tokenLifetimeSeconds = 12 * 3600;
    qint64 changeLogRetentionSeconds = 90LL * 24 * 3600;  // the purge horizon
    int purgeIntervalSeconds = 3600;
    int loginLockoutThreshold = 5;             // failed sign-ins in a row …
    int loginLockoutSeconds = 15 * 60;         // … lock the account for this long
    int workers = 8;                           // database threads (one connection each)
    int maxPushCommands = 500;
    int maxPageRows = 5000;                    // pull and bootstrap pages
    qint64 maxBlobBytes = 512LL * 1024 * 1024; // a file sent ahead of a command (an import's CSV)

    // Reads the JSON file over the defaults. Unknown keys are errors, so a typo is not ignored.
    static std::optional<ServerConfig> fromFile(const QString &path, QString *error);
    bool setListen(const QString &hostPort, QString *error);
    QString listenText() const;
    QStringList problems() const;  // empty when the settings can be served
};

} // namespace ltc::server
