#include "servercli.h"

#include "httpfrontend.h"
#include "serverschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>
#include <cstdio>
#include <memory>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace ltc::server {
namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Options every verb that reaches the database shares.
void addDatabaseOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON config file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("libpq URL of the database"), QStringLiteral("URL")});
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &verb)
{
    parser.addHelpOption();
    if (parser.parse(arguments))
        return true;
    err() << "ltcserver " << verb << ": " << parser.errorText() << Qt::endl << usageText();
    return false;
}

// The config file (if any), then the command line over it; the database URL may also come from
// LTCSERVER_DATABASE, so that `ltcserver user …` needs no options on a configured host.
std::optional<ServerConfig> loadConfig(const QCommandLineParser &parser)
{
    ServerConfig config;
    QString error;
    if (parser.isSet(QStringLiteral("config"))) {
        std::optional<ServerConfig> file = ServerConfig::fromFile(parser.value(QStringLiteral("config")), &error);
        if (!file) {
            err() << error << Qt::endl;
            return std::nullopt;
        }
        config = *file;
    }
    if (parser.isSet(QStringLiteral("database")))
        config.databaseUrl = parser.value(QStringLiteral("database"));
    if (config.databaseUrl.isEmpty())
        config.databaseUrl = qEnvironmentVariable("LTCSERVER_DATABASE");
    return config;
}

// The database of a one-shot verb; exits with a message when it cannot be reached.
std::optional<QSqlDatabase> openDatabase(const ServerConfig &config, int *exitCode)
{
    QString error;
    const std::optional<PgParams> params = PgParams::fromUrl(config.databaseUrl, &error);
    if (config.databaseUrl.isEmpty() || !params) {
        err() << "ltcserver: " << (config.databaseUrl.isEmpty() ? QStringLiteral("give --database URL") : error) << Qt::endl;
        *exitCode = Usage;
        return std::nullopt;
    }
    QSqlDatabase db = openPg(*params, QStringLiteral("ltcserver-cli"), &error);
    if (!db.isOpen()) {
        err() << "ltcserver: " << error << Qt::endl;
        *exitCode = Unavailable;
        return std::nullopt;
    }
    return db;
}

QString operatorName()
{
    return QStringLiteral("ltcserver:") + qEnvironmentVariable("USER", QStringLiteral("operator"));
}

// A password from stdin (--password-stdin: the first line), else asked twice on the terminal.
std::optional<QString> readPassword(bool fromStdin)
{
    QTextStream in(stdin);
    if (fromStdin)
        return in.readLine();
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO)) {
        err() << "ltcserver: no terminal to ask for the password: use --password-stdin" << Qt::endl;
        return std::nullopt;
    }
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    err() << "Password: " << Qt::flush;
    const QString first = in.readLine();
    err() << Qt::endl << "Again: " << Qt::flush;
    const QString second = in.readLine();
    err() << Qt::endl;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (first != second) {
        err() << "ltcserver: the passwords differ" << Qt::endl;
        return std::nullopt;
    }
    return first;
#else
    err() << "ltcserver: use --password-stdin" << Qt::endl;
    return std::nullopt;
#endif
}

int reportChange(bool ok, const QString &error, const QString &done)
{
    if (!ok) {
        err() << "ltcserver: " << error << Qt::endl;
        return error.startsWith(QStringLiteral("there is no user")) || error.contains(QStringLiteral("exists already"))
                   ? Refused
                   : BadInput;
    }
    out() << done << Qt::endl;
    return Done;
}

int userAdd(QSqlDatabase &db, const QCommandLineParser &parser, const QString &name)
{
    UserIdentity user;
    user.username = name;
    user.id = name;
    user.displayName = parser.value(QStringLiteral("name"));
    for (const QString &value : parser.values(QStringLiteral("role")))
        user.roles += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    user.district = parser.value(QStringLiteral("district"));
    if (user.roles.isEmpty() || user.district.isEmpty()) {
        err() << "ltcserver user add: needs --role ROLE and --district CODE" << Qt::endl;
        return Usage;
    }
    const std::optional<QString> password = readPassword(parser.isSet(QStringLiteral("password-stdin")));
    if (!password)
        return Usage;
    QString error;
    return reportChange(addServerUser(db, user, *password, operatorName(), &error), error,
                        QStringLiteral("added %1 (%2, district %3)").arg(name, user.roles.join(QLatin1Char(',')), user.district));
}

int userList(QSqlDatabase &db)
{
    QString error;
    const QList<ServerUser> users = listServerUsers(db, &error);
    if (!error.isEmpty()) {
        err() << "ltcserver: " << error << Qt::endl;
        return Unavailable;
    }
    for (const ServerUser &user : users) {
        const QString state = user.disabled ? QStringLiteral("disabled") : user.locked ? QStringLiteral("locked") : QStringLiteral("active");
        out() << user.identity.username << '\t' << user.identity.displayName << '\t' << user.identity.roles.join(QLatin1Char(','))
              << '\t' << user.identity.district << '\t' << state << Qt::endl;
    }
    return Done;
}
} // namespace

QString usageText()
{
    return QStringLiteral(
        "Usage: ltcserver VERB [OPTIONS]\n"
        "  serve [--config FILE] [--listen HOST:PORT] [--database URL] [--tls-cert F --tls-key F]\n"
        "  migrate --database URL                      create or update the database schema\n"
        "  user add NAME --role ROLE --district CODE [--name DISPLAY] [--password-stdin]\n"
        "  user disable NAME | user reset-password NAME [--password-stdin] | user list\n"
        "  purge [--config FILE] [--database URL]      drop change-log entries past the retention now\n"
        "The database is a libpq URL (postgresql://user@127.0.0.1:5432/ltc); user and purge also take\n"
        "--config FILE, or read the URL from LTCSERVER_DATABASE. --role may repeat or list ROLE,ROLE.\n");
}

int runMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOptions(parser);
    if (!parse(parser, arguments, QStringLiteral("migrate")))
        return Usage;
    const std::optional<ServerConfig> config = loadConfig(parser);
    int exitCode = Done;
    std::optional<QSqlDatabase> db = config ? openDatabase(*config, &exitCode) : std::nullopt;
    if (!db)
        return config ? exitCode : Usage;
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    QString error;
    if (!migrateServer(*db, registry, &error)) {
        err() << "ltcserver migrate: " << error << Qt::endl;
        return Refused;
    }
    out() << "schema " << schemaNumber(registry) << " is in place" << Qt::endl;
    return Done;
}

int runPurge(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOptions(parser);
    if (!parse(parser, arguments, QStringLiteral("purge")))
        return Usage;
    const std::optional<ServerConfig> config = loadConfig(parser);
    int exitCode = Done;
    std::optional<QSqlDatabase> db = config ? openDatabase(*config, &exitCode) : std::nullopt;
    if (!db)
        return config ? exitCode : Usage;
    QString error;
    const std::optional<qint64> horizon = ChangeLog::purge(*db, config->changeLogRetentionSeconds, &error);
    if (!horizon || !ServerAuth::purgeTokens(*db, &error)) {
        err() << "ltcserver purge: " << error << Qt::endl;
        return Unavailable;
    }
    out() << "change log kept after version " << *horizon << Qt::endl;
    return Done;
}

int runUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOptions(parser);
    parser.addOption({QStringLiteral("role"), QStringLiteral("a role id (may repeat)"), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("district"), QStringLiteral("GB/T 2260 code"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("display name"), QStringLiteral("DISPLAY")});
    parser.addOption({QStringLiteral("password-stdin"), QStringLiteral("read the password from stdin")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, disable, reset-password or list"));
    if (!parse(parser, arguments, QStringLiteral("user")))
        return Usage;
    const QStringList positional = parser.positionalArguments();  // "user", action, NAME
    const QString action = positional.value(1);
    const QString name = positional.value(2);
    const bool needsName = action != QStringLiteral("list");
    if (action.isEmpty() || (needsName && name.isEmpty()) || positional.size() > (needsName ? 3 : 2)) {
        err() << "ltcserver user: " << (action.isEmpty() ? QStringLiteral("which action?") : QStringLiteral("give one NAME"))
              << Qt::endl << usageText();
        return Usage;
    }
    const std::optional<ServerConfig> config = loadConfig(parser);
    int exitCode = Done;
    std::optional<QSqlDatabase> db = config ? openDatabase(*config, &exitCode) : std::nullopt;
    if (!db)
        return config ? exitCode : Usage;
    QString error;
    if (action == QStringLiteral("add"))
        return userAdd(*db, parser, name);
    if (action == QStringLiteral("list"))
        return userList(*db);
    if (action == QStringLiteral("disable"))
        return reportChange(disableServerUser(*db, name, operatorName(), &error), error,
                            QStringLiteral("disabled %1; its tokens are revoked").arg(name));
    if (action == QStringLiteral("reset-password")) {
        const std::optional<QString> password = readPassword(parser.isSet(QStringLiteral("password-stdin")));
        return password ? reportChange(resetServerPassword(*db, name, *password, operatorName(), &error), error,
                                       QStringLiteral("new password set for %1; its tokens are revoked").arg(name))
                        : Usage;
    }
    err() << "ltcserver user: unknown action '" << action << "'" << Qt::endl << usageText();
    return Usage;
}

} // namespace ltc::server

namespace ltc::server {
namespace {

// The command line over the config file for `serve`.
std::optional<ServerConfig> serveConfig(const QCommandLineParser &parser)
{
    std::optional<ServerConfig> config = loadConfig(parser);
    QString error;
    if (config && parser.isSet(QStringLiteral("listen")) && !config->setListen(parser.value(QStringLiteral("listen")), &error)) {
        err() << "ltcserver serve: " << error << Qt::endl;
        return std::nullopt;
    }
    if (config && parser.isSet(QStringLiteral("tls-cert")))
        config->tlsCert = parser.value(QStringLiteral("tls-cert"));
    if (config && parser.isSet(QStringLiteral("tls-key")))
        config->tlsKey = parser.value(QStringLiteral("tls-key"));
    const QStringList problems = config ? config->problems() : QStringList();
    for (const QString &problem : problems)
        err() << "ltcserver serve: " << problem << Qt::endl;
    return problems.isEmpty() ? config : std::nullopt;
}

// Runs the purge on a worker now and then every interval.
void schedulePurge(const ServerApi &api, QThreadPool &pool, int intervalSeconds, QObject *owner)
{
    const auto purge = [&api, &pool] {
        pool.start([&api] {
            QString error;
            if (!api.purge(&error))
                writeEventLog(QJsonObject{{QStringLiteral("event"), QStringLiteral("purge_failed")}});
        });
    };
    auto *timer = new QTimer(owner);
    timer->setInterval(std::chrono::seconds(intervalSeconds));
    QObject::connect(timer, &QTimer::timeout, owner, purge);
    timer->start();
    purge();
}
} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOptions(parser);
    parser.addOption({QStringLiteral("listen"), QStringLiteral("address to listen on"), QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"), QStringLiteral("PEM private key"), QStringLiteral("FILE")});
    if (!parse(parser, arguments, QStringLiteral("serve")))
        return Usage;
    const std::optional<ServerConfig> config = serveConfig(parser);
    QString error;
    const std::optional<PgParams> params = config ? PgParams::fromUrl(config->databaseUrl, &error) : std::nullopt;
    if (!params) {
        if (!error.isEmpty())
            err() << "ltcserver serve: " << error << Qt::endl;
        return Usage;
    }
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    PgConnections connections(*params);
    QSqlDatabase db = connections.connection(&error);
    if (!db.isOpen()) {
        err() << "ltcserver serve: " << error << Qt::endl;
        return Unavailable;
    }
    const QStringList pending = pendingMigrations(db, registry);
    if (!pending.isEmpty()) {
        err() << "ltcserver serve: the database needs migrations (" << pending.join(QStringLiteral(", "))
              << "): run ltcserver migrate first" << Qt::endl;
        return Refused;
    }
    SyncCatalog catalog;
    if (!catalog.load(db, registry, &error)) {
        err() << "ltcserver serve: " << error << Qt::endl;
        return Unavailable;
    }
    const ServerApi api(*config, connections, registry, catalog);
    HttpFrontend frontend(api, *config);
    if (!frontend.listen(&error)) {
        err() << "ltcserver serve: " << error << Qt::endl;
        return Unavailable;
    }
    QObject lifetime;
    schedulePurge(api, frontend.pool(), config->purgeIntervalSeconds, &lifetime);
    writeEventLog(QJsonObject{{QStringLiteral("event"), QStringLiteral("listening")},
                              {QStringLiteral("listen"), config->listenText()},
                              {QStringLiteral("tls"), !config->tlsCert.isEmpty()},
                              {QStringLiteral("schema"), schemaNumber(registry)},
                              {QStringLiteral("database"), params->display()}});
    const int result = QCoreApplication::exec();
    frontend.pool().waitForDone();
    return result;
}

} // namespace ltc::server
