#include "serverconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <functional>
#include <map>

namespace ltc::server {
namespace {

// Each config key and how it is stored; one table, so the file format is documented in one place.
using Setter = std::function<bool(ServerConfig &, const QJsonValue &)>;

Setter text(QString ServerConfig::*field)
{
    return [field](ServerConfig &config, const QJsonValue &value) {
        config.*field = value.toString();
        return value.isString();
    };
}

template <typename Number>
Setter number(Number ServerConfig::*field)
{
    return [field](ServerConfig &config, const QJsonValue &value) {
        const double n = value.toDouble(-1);
        config.*field = Number(n);
        return value.isDouble() && n >= 0 && n == double(qint64(n));
    };
}

const std::map<QString, Setter> &setters()
{
    static const std::map<QString, Setter> table{
        {QStringLiteral("listen"),
         [](ServerConfig &config, const QJsonValue &value) { return config.setListen(value.toString(), nullptr); }},
        {QStringLiteral("database"), text(&ServerConfig::databaseUrl)},
        {QStringLiteral("tls_cert"), text(&ServerConfig::tlsCert)},
        {QStringLiteral("tls_key"), text(&ServerConfig::tlsKey)},
        {QStringLiteral("max_body_bytes"), number(&ServerConfig::maxBodyBytes)},
        {QStringLiteral("token_lifetime_seconds"), number(&ServerConfig::tokenLifetimeSeconds)},
        {QStringLiteral("change_log_retention_seconds"), number(&ServerConfig::changeLogRetentionSeconds)},
        {QStringLiteral("purge_interval_seconds"), number(&ServerConfig::purgeIntervalSeconds)},
        {QStringLiteral("login_lockout_threshold"), number(&ServerConfig::loginLockoutThreshold)},
        {QStringLiteral("login_lockout_seconds"), number(&ServerConfig::loginLockoutSeconds)},
        {QStringLiteral("workers"), number(&ServerConfig::workers)},
        {QStringLiteral("max_push_commands"), number(&ServerConfig::maxPushCommands)},
        {QStringLiteral("max_page_rows"), number(&ServerConfig::maxPageRows)},
        {QStringLiteral("max_blob_bytes"), number(&ServerConfig::maxBlobBytes)},
    };
    return table;
}
} // namespace

std::optional<ServerConfig> ServerConfig::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                     .arg(path, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    ServerConfig config;
    QStringList problems;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto setter = setters().find(it.key());
        if (setter == setters().end())
            problems << QStringLiteral("%1: unknown setting '%2'").arg(path, it.key());
        else if (!setter->second(config, it.value()))
            problems << QStringLiteral("%1: '%2' has a value of the wrong kind").arg(path, it.key());
    }
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return config;
}

bool ServerConfig::setListen(const QString &hostPort, QString *error)
{
    // "HOST:PORT"; QUrl parses "[::1]:8080" and names alike.
    const QUrl url(QStringLiteral("http://") + hostPort);
    const int port = url.port(-1);
    if (!url.isValid() || url.host().isEmpty() || port < 0 || port > 65535) {
        if (error)
            *error = QStringLiteral("--listen: '%1' is not HOST:PORT").arg(hostPort);
        return false;
    }
    listenHost = url.host();
    listenPort = quint16(port);
    return true;
}

QString ServerConfig::listenText() const
{
    return listenHost.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(listenHost).arg(listenPort)
                                                 : QStringLiteral("%1:%2").arg(listenHost).arg(listenPort);
}

QStringList ServerConfig::problems() const
{
    QStringList found;
    if (databaseUrl.isEmpty())
        found << QStringLiteral("no database: give --database URL or \"database\" in the config file");
    if (tlsCert.isEmpty() != tlsKey.isEmpty())
        found << QStringLiteral("TLS needs both a certificate and a key");
    if (maxBodyBytes < 1024)
        found << QStringLiteral("max_body_bytes: at least 1024");
    if (tokenLifetimeSeconds < 1 || loginLockoutThreshold < 1 || workers < 1 || maxPushCommands < 1
        || maxPageRows < 1 || maxBlobBytes < 1 || purgeIntervalSeconds < 1 || changeLogRetentionSeconds < 1)
        found << QStringLiteral("lifetimes, thresholds, workers and limits must be at least 1");
    return found;
}

} // namespace ltc::server
