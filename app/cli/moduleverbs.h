#pragma once
// ltcctl's side of what the modules register for the command line (cliverbs.h): the options
// their verbs and worklists read, their lines in the usage and the help, the dispatch of a
// module's verb, and `ltcctl list WORKLIST [--format csv|json] [filters]` for every worklist.
// Nothing here names a module: a new one is reached through its registration alone.
#include "domainregistry.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace ltc {

class LocalStore;

// Every module's cli part of LTC_MODULES (modules/<id>/cli: register_<id>_cli); the body is
// generated into ltcctl, which links them.
void registerBuiltinVerbs(DomainRegistry &registry);

// ltcctl's own options followed by those the modules' verbs read and their worklists' filters,
// once per name: an option that several declare keeps the first's value name and all their
// descriptions ("--format": list's and settlement export's).
QList<QCommandLineOption> commandLineOptions(const QList<QCommandLineOption> &own, const DomainRegistry &registry);

// The registered verbs' usage lines, as ltcctl's usage text shows them.
QStringList moduleUsageLines(const DomainRegistry &registry);
// The part of --help that lists the registered verbs and worklists (filters and columns).
QString moduleHelp(const DomainRegistry &registry);

// Runs the verb args[0] that a module registered; nothing when none did.
std::optional<int> runModuleVerb(const DomainRegistry &registry, LocalStore &store, const QStringList &args,
                                 const QCommandLineParser &parser);

// `ltcctl list WORKLIST ...`: args are the positional arguments ("list", WORKLIST).
int runList(const DomainRegistry &registry, LocalStore &store, const QStringList &args, const QCommandLineParser &parser);

enum class WorklistFormat { Csv, Json };
// A worklist's rows to `out`: CSV with a header row (RFC 4180 quoting), or a JSON array of
// objects whose keys are the columns, in their order. False and *error when the store could not
// be read (what was printed before stays printed).
bool printWorklist(QSqlDatabase &db, const WorklistSpec &worklist, const WorklistFilters &filters,
                   WorklistFormat format, QTextStream &out, QString *error = nullptr);

} // namespace ltc
