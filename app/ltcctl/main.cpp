// ltcctl: the command-line tool over the same local database and the same core code as the
// desktop — imports, demo data, policies, and every command — for batch work and scripting.
// Exit codes (CONTRACT.md): 0 done; 1 usage error; 2 bad input data (nothing was written);
// 3 refused (permission, conflict, state); 4 network or server unavailable.
#include "cli/ctlio.h"
#include "demodata.h"
#include "localstore.h"
#include "cli/moduleverbs.h"
#include "syncverb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <string_view>

#include <memory>

using namespace ltc;

namespace {

// The usage text: ltcctl's own verbs, then those the modules registered (moduleverbs.h).
QString usage(const DomainRegistry &registry)
{
    QStringList lines{
        QStringLiteral("Usage: ltcctl VERB [ARGS] [--db PATH]"),
        QStringLiteral("  init                                   create or migrate the database"),
        QStringLiteral("  demo [--persons N] [--months M] [--seed S]   build a realistic demo district"),
        QStringLiteral("  policy load FILE.json [--as USER]      add or replace a policy version"),
        QStringLiteral("  import KIND FILE.csv [--as USER]       KIND: ") + registry.importKinds().join(QLatin1Char(' ')),
        QStringLiteral("  commands                               every command: name, arguments, roles allowed"),
        QStringLiteral("  run NAME 'ARGS_JSON' --as USER         apply one command as that user (queued for sync)"),
        QStringLiteral("  users                                  the local users: name, roles, district"),
        QStringLiteral("  list WORKLIST [--format csv|json] [filters]   a module's worklist (ltcctl --help lists them)"),
    };
    lines += moduleUsageLines(registry);
    lines << QStringLiteral("  sync --server URL --user NAME [--adopt] [--ca FILE]   push, then pull (password: keychain, "
                            "LTC_PASSWORD, prompt)")
          << QStringLiteral("A change is made as --as USER (a local user, checked against their roles and district); "
                            "without")
          << QStringLiteral("it as the user the store last synced as, or on a store that never synced as "
                            "ltcctl:$USER.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int exitFor(const CommandError &error)
{
    if (error.code == QStringLiteral("invalid"))
        return BadInput;
    if (error.code == QStringLiteral("unknown_command"))
        return Usage;
    return Refused;
}

int reportOutcome(const CommandOutcome &outcome)
{
    if (outcome.ok()) {
        out() << QString::fromUtf8(QJsonDocument(outcome.rows).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Done;
    }
    err() << "ltcctl: " << outcome.error->code << ": " << outcome.error->message << Qt::endl;
    return exitFor(*outcome.error);
}

int runDemo(LocalStore &store, const QCommandLineParser &parser)
{
    DemoOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("persons")))
        options.persons = parser.value(QStringLiteral("persons")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("months")))
        options.months = parser.value(QStringLiteral("months")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok || options.persons < 1 || options.persons > 10'000'000 || options.months < 1 || options.months > 120) {
        err() << "ltcctl demo: --persons 1..10000000, --months 1..120 and --seed a whole number" << Qt::endl;
        return Usage;
    }
    QString error;
    if (!buildDemo(store, options, &error)) {
        err() << "ltcctl demo: " << error << Qt::endl;
        return Refused;
    }
    out() << "demo district " << options.district << ": " << options.persons << " persons; users "
          << demoUsernames().join(QStringLiteral(", ")) << " (password " << demoPassword() << ")" << Qt::endl;
    return Done;
}

int runImport(LocalStore &store, const QString &kind, const QString &path, const QString &asUser)
{
    if (!store.registry().importSpec(kind)) {
        err() << "ltcctl import: unknown KIND '" << kind << "' (known: "
              << store.registry().importKinds().join(QStringLiteral(", ")) << ")" << Qt::endl;
        return Usage;
    }
    const std::optional<UserIdentity> user = actingUser(store, asUser, QStringLiteral("import"));
    if (!user)
        return Refused;
    const ImportReport report = store.importer().importFile(*user, kind, path);
    for (const QString &line : report.issues.formatWarnings(path))
        err() << line << " (warning)" << Qt::endl;
    if (!report.failure.isEmpty()) {
        err() << path << ": " << report.failure << Qt::endl;
        return QFileInfo::exists(path) ? Refused : BadInput;
    }
    if (report.issues.hasErrors()) {
        for (const QString &line : report.issues.formatErrors(path))
            err() << line << Qt::endl;
        out() << report.issues.errorCount() << " error(s) in " << path << "; nothing was imported" << Qt::endl;
        // A row the stored state refuses (a month past first review) is not cured by fixing
        // the file's data: the import is refused, whatever else the file got wrong.
        return report.refused() ? Refused : BadInput;
    }
    out() << "imported " << report.rows << " " << kind << " rows from " << path << " (" << report.encoding << ")"
          << Qt::endl;
    return Done;
}

int runPolicyLoad(LocalStore &store, const QString &path, const QString &asUser)
{
    const std::optional<UserIdentity> user = actingUser(store, asUser, QStringLiteral("policy load"));
    if (!user)
        return Refused;
    const std::optional<QJsonObject> json = readJsonFile(path);
    if (!json)
        return BadInput;
    const CommandOutcome outcome = store.commands().execute(*user, QStringLiteral("policy.load"), *json);
    if (!outcome.ok()) {
        for (const QString &problem : outcome.error->message.split(QStringLiteral("; ")))
            err() << path << ": " << problem << Qt::endl;
        return exitFor(*outcome.error);
    }
    out() << "loaded policy " << json->value(QStringLiteral("region")).toString() << " from "
          << json->value(QStringLiteral("effective_from")).toString() << Qt::endl;
    return Done;
}

int runCommands(const LocalStore &store)
{
    for (const CommandSpec &spec : store.registry().commands()) {
        out() << spec.name << '\t' << spec.arguments.join(QStringLiteral("; ")) << '\t'
              << spec.roles.join(QLatin1Char(',')) << '\t' << spec.summary << Qt::endl;
    }
    return Done;
}

int runCommand(LocalStore &store, const QString &name, const QString &argsJson, const QString &username)
{
    const std::optional<UserIdentity> user = actingUser(store, username, QStringLiteral("run"));
    if (!user)
        return Refused;
    QJsonParseError parseError;
    const QJsonDocument args = QJsonDocument::fromJson(argsJson.toUtf8(), &parseError);
    if (!args.isObject()) {
        err() << "ltcctl run: ARGS_JSON must be a JSON object: " << parseError.errorString() << Qt::endl;
        return BadInput;
    }
    return reportOutcome(store.commands().execute(*user, name, args.object()));
}

int runUsers(LocalStore &store)
{
    for (const QString &name : store.users().usernames()) {
        const std::optional<UserIdentity> user = store.users().find(name);
        out() << name << '\t' << user->roles.join(QLatin1Char(',')) << '\t' << user->district << '\t'
              << user->displayName << Qt::endl;
    }
    return Done;
}

int dispatch(const DomainRegistry &registry, LocalStore &store, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    if (verb == QStringLiteral("init") && args.size() == 1) {
        out() << "database " << store.database().path() << " at schema " << store.schemaNumber() << Qt::endl;
        return Done;
    }
    if (verb == QStringLiteral("demo") && args.size() == 1)
        return runDemo(store, parser);
    if (verb == QStringLiteral("policy") && args.value(1) == QStringLiteral("load") && args.size() == 3)
        return runPolicyLoad(store, args.at(2), parser.value(QStringLiteral("as")));
    if (verb == QStringLiteral("import") && args.size() == 3)
        return runImport(store, args.at(1), args.at(2), parser.value(QStringLiteral("as")));
    if (verb == QStringLiteral("commands") && args.size() == 1)
        return runCommands(store);
    if (verb == QStringLiteral("users") && args.size() == 1)
        return runUsers(store);
    if (verb == QStringLiteral("sync") && args.size() == 1)
        return runSyncVerb(store, parser);
    if (verb == QStringLiteral("run") && args.size() == 3 && !parser.value(QStringLiteral("as")).isEmpty())
        return runCommand(store, args.at(1), args.at(2), parser.value(QStringLiteral("as")));
    if (verb == QStringLiteral("list"))
        return runList(registry, store, args, parser);
    if (const std::optional<int> done = runModuleVerb(registry, store, args, parser))
        return *done;
    err() << usage(registry);
    return Usage;
}

// ltcctl's own options; the modules' verbs and worklists add theirs (commandLineOptions).
QList<QCommandLineOption> ownOptions()
{
    return {
        {QStringLiteral("db"), QStringLiteral("Local database file."), QStringLiteral("PATH"), Database::defaultPath()},
        {QStringLiteral("persons"), QStringLiteral("demo: number of insured persons."), QStringLiteral("N")},
        {QStringLiteral("months"), QStringLiteral("demo: months of history."), QStringLiteral("M")},
        {QStringLiteral("seed"), QStringLiteral("demo: random seed."), QStringLiteral("S")},
        {QStringLiteral("as"),
         QStringLiteral("run, import, policy load and the verbs that change data: the local user the change is made as."),
         QStringLiteral("USER")},
        {QStringLiteral("format"), QStringLiteral("list: csv (the default) or json."), QStringLiteral("F")},
        {QStringLiteral("server"), QStringLiteral("sync: the server, e.g. https://host:8443."), QStringLiteral("URL")},
        {QStringLiteral("user"), QStringLiteral("sync: the user name on the server."), QStringLiteral("NAME")},
        {QStringLiteral("ca"), QStringLiteral("sync: extra trusted CA certificates (PEM)."), QStringLiteral("FILE")},
        {QStringLiteral("adopt"), QStringLiteral("sync: also push the changes other identities made in this store, as "
                                                 "this user's (each re-checked and recorded as adopted).")},
    };
}

void setUpParser(QCommandLineParser &parser, const DomainRegistry &registry)
{
    parser.setApplicationDescription(QStringLiteral("LTC Desk command-line tool"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(commandLineOptions(ownOptions(), registry));
    QStringList verbs{QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("policy"), QStringLiteral("import"),
                      QStringLiteral("commands"), QStringLiteral("run"), QStringLiteral("users"), QStringLiteral("list"),
                      QStringLiteral("sync")};
    for (const CliVerb &verb : registry.verbs())
        verbs << verb.name;
    parser.addPositionalArgument(QStringLiteral("verb"), verbs.join(QStringLiteral(", ")));
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF report lays out text and needs fonts, hence a GUI application (offscreen: no
    // display is needed); everything else runs on a plain core application.
    std::unique_ptr<QCoreApplication> app;
    if (std::find(argv, argv + argc, std::string_view("pdf")) != argv + argc) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("LtcDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ltcdesk"));  // same data folder as the desktop
    QCoreApplication::setApplicationVersion(QStringLiteral(LTC_VERSION));

    // The verbs and worklists the modules registered: their options are ltcctl's too.
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    registerBuiltinVerbs(registry);
    QCommandLineParser parser;
    setUpParser(parser, registry);
    if (!parser.parse(QCoreApplication::arguments())) {
        err() << "ltcctl: " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << moduleHelp(registry);
        return Done;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "ltcctl " << LTC_VERSION << Qt::endl;
        return Done;
    }
    if (parser.positionalArguments().isEmpty()) {
        err() << parser.helpText();
        return Usage;
    }
    LocalStore store(parser.value(QStringLiteral("db")));
    QString error;
    if (!store.open(&error)) {
        err() << "ltcctl: cannot open " << parser.value(QStringLiteral("db")) << ": " << error << Qt::endl;
        return Refused;
    }
    return dispatch(registry, store, parser);
}
