#include "cli/moduleverbs.h"

#include "cli/ctlio.h"
#include "localstore.h"

#include <QMetaType>

namespace ltc {
namespace {

// Options ltcctl list reads besides the worklist's filters.
const QStringList kListOptions{QStringLiteral("db"), QStringLiteral("format")};

void mergeOption(QList<QCommandLineOption> &options, const QCommandLineOption &option)
{
    for (QCommandLineOption &known : options) {
        if (known.names().first() != option.names().first())
            continue;
        if (!known.description().contains(option.description()))
            known.setDescription(known.description() + QLatin1Char(' ') + option.description());
        return;
    }
    options.append(option);
}

QStringList worklistNames(const DomainRegistry &registry)
{
    QStringList names;
    for (const WorklistSpec &worklist : registry.worklists())
        names << worklist.name;
    return names;
}

QString filterSynopsis(const WorklistFilter &filter)
{
    const QString option = QStringLiteral("--%1 %2").arg(filter.name, filter.valueName);
    return filter.required ? option : QLatin1Char('[') + option + QLatin1Char(']');
}

// ---- ltcctl list ----------------------------------------------------------------------------

// The worklist's filters from the options given; a problem (a missing or unknown filter, a bad
// value) is said on stderr and makes it nothing.
std::optional<WorklistFilters> listFilters(const WorklistSpec &worklist, const QCommandLineParser &parser)
{
    const QString verb = QStringLiteral("ltcctl list ") + worklist.name;
    QStringList known = kListOptions;
    WorklistFilters filters;
    QStringList problems;
    for (const WorklistFilter &filter : worklist.filters) {
        known << filter.name;
        if (parser.isSet(filter.name))
            filters.insert(filter.name, parser.value(filter.name));
        else if (filter.required)
            problems << QStringLiteral("--%1 %2 is required").arg(filter.name, filter.valueName);
    }
    QStringList synopsis;
    for (const WorklistFilter &filter : worklist.filters)
        synopsis << QStringLiteral("--") + filter.name;
    for (const QString &given : parser.optionNames()) {
        if (!known.contains(given))
            problems << QStringLiteral("--%1 is not a filter of %2 (filters: %3)")
                            .arg(given, worklist.name, synopsis.join(QStringLiteral(", ")));
    }
    if (problems.isEmpty() && worklist.check)
        problems = worklist.check(filters);
    for (const QString &problem : std::as_const(problems))
        err() << verb << ": " << problem << Qt::endl;
    return problems.isEmpty() ? std::optional<WorklistFilters>(filters) : std::nullopt;
}

std::optional<WorklistFormat> listFormat(const QCommandLineParser &parser)
{
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("csv");
    if (format == QStringLiteral("csv"))
        return WorklistFormat::Csv;
    if (format == QStringLiteral("json"))
        return WorklistFormat::Json;
    err() << "ltcctl list: --format must be csv or json, not '" << format << "'" << Qt::endl;
    return std::nullopt;
}

} // namespace

QList<QCommandLineOption> commandLineOptions(const QList<QCommandLineOption> &own, const DomainRegistry &registry)
{
    QList<QCommandLineOption> all;
    for (const QCommandLineOption &option : own)
        mergeOption(all, option);
    for (const CliVerb &verb : registry.verbs()) {
        for (const QCommandLineOption &option : verb.options)
            mergeOption(all, option);
    }
    for (const WorklistSpec &worklist : registry.worklists()) {
        for (const WorklistFilter &filter : worklist.filters) {
            mergeOption(all, QCommandLineOption(filter.name,
                                                QStringLiteral("list %1: %2.").arg(worklist.name, filter.description),
                                                filter.valueName));
        }
    }
    return all;
}

QStringList moduleUsageLines(const DomainRegistry &registry)
{
    QStringList lines;
    for (const CliVerb &verb : registry.verbs()) {
        for (const QString &line : verb.usage)
            lines << QStringLiteral("  ") + line;
    }
    return lines;
}

QString moduleHelp(const DomainRegistry &registry)
{
    QString help = QStringLiteral("\nVerbs of the modules:\n");
    for (const CliVerb &verb : registry.verbs()) {
        help += QStringLiteral("  %1  %2\n").arg(verb.name, -12).arg(verb.summary);
        for (const QString &line : verb.usage)
            help += QStringLiteral("      ltcctl ") + line + QLatin1Char('\n');
    }
    help += QStringLiteral("\nWorklists: ltcctl list WORKLIST [--format csv|json] [filters]\n");
    for (const WorklistSpec &worklist : registry.worklists()) {
        QStringList filters;
        for (const WorklistFilter &filter : worklist.filters)
            filters << filterSynopsis(filter) + QStringLiteral(" (") + filter.description + QLatin1Char(')');
        help += QStringLiteral("  %1  %2\n").arg(worklist.name, -12).arg(worklist.summary);
        help += QStringLiteral("      filters: ") + filters.join(QStringLiteral(", ")) + QLatin1Char('\n');
        help += QStringLiteral("      columns: ") + worklist.columns.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    return help;
}

std::optional<int> runModuleVerb(const DomainRegistry &registry, LocalStore &store, const QStringList &args,
                                 const QCommandLineParser &parser)
{
    const CliVerb *verb = registry.verb(args.value(0));
    if (!verb || !verb->run)
        return std::nullopt;
    return verb->run(store, args, parser);
}

int runList(const DomainRegistry &registry, LocalStore &store, const QStringList &args, const QCommandLineParser &parser)
{
    const QString known = worklistNames(registry).join(QStringLiteral(", "));
    if (args.size() != 2) {
        err() << "usage: ltcctl list WORKLIST [--format csv|json] [filters] (worklists: " << known << ")" << Qt::endl;
        return Usage;
    }
    const WorklistSpec *worklist = registry.worklist(args.at(1));
    if (!worklist) {
        err() << "ltcctl list: unknown WORKLIST '" << args.at(1) << "' (known: " << known << ")" << Qt::endl;
        return Usage;
    }
    const std::optional<WorklistFormat> format = listFormat(parser);
    const std::optional<WorklistFilters> filters = format ? listFilters(*worklist, parser) : std::nullopt;
    if (!filters)
        return Usage;
    QSqlDatabase db = store.database().connection();
    QString error;
    if (!printWorklist(db, *worklist, *filters, *format, out(), &error)) {
        err() << "ltcctl list " << worklist->name << ": " << error << Qt::endl;
        return Refused;
    }
    return Done;
}

} // namespace ltc
