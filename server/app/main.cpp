// ltcserver: the central server of LTC Desk — the HTTP(S) API of CONTRACT.md in front of
// PostgreSQL, authoritative for all data, applying every command with the desktop's own domain
// code. Stateless: any number of instances can serve one database behind a load balancer.
#include "servercli.h"

#include <QCoreApplication>
#include <cstdio>

using namespace ltc::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ltcserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LTC_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const QString verb = arguments.value(1);
    if (verb == QStringLiteral("--version") || verb == QStringLiteral("-v")) {
        std::printf("ltcserver %s\n", LTC_VERSION);
        return Done;
    }
    if (verb.isEmpty() || verb == QStringLiteral("--help") || verb == QStringLiteral("-h") || verb == QStringLiteral("help")) {
        std::fputs(qPrintable(usageText()), verb.isEmpty() ? stderr : stdout);
        return verb.isEmpty() ? Usage : Done;
    }
    QStringList rest = arguments;
    rest.removeAt(1);  // QCommandLineParser sees "ltcserver [ARGS…]" for the verb
    if (verb == QStringLiteral("serve"))
        return runServe(rest);
    if (verb == QStringLiteral("migrate"))
        return runMigrate(rest);
    if (verb == QStringLiteral("purge"))
        return runPurge(rest);
    if (verb == QStringLiteral("user"))
        return runUser(arguments);  // keeps "user" as the first positional argument
    std::fprintf(stderr, "ltcserver: unknown verb '%s'\n%s", qPrintable(verb), qPrintable(usageText()));
    return Usage;
}
