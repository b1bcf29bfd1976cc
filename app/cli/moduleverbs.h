#pragma once
// ltcctl's side of what the modules register for the command line (cliverbs.h): the options
// their verbs and worklists read, their lines in the usage and the help, the dispatch of a
// module's verb, and `ltcctl list WORKLIST [--format csv|json] [filters]` for every worklist.
// Nothing here names a module: a new one is reached through its registration alone.
#include "domainregistry.h"
#include "worklistoutput.h"  // printWorklist: what `ltcctl list` prints

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

// The cli part of every module the program registers (modules/<id>/cli: register_<id>_cli); the
// body is generated into ltcctl by ltc_register_modules, which links them.
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

} // namespace ltc
