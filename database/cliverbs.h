#pragma once
// What a module offers on ltcctl's command line (CONTRACT.md "ltcctl verbs"): verbs of its own
// (`ltcctl settlement audit ...`) and worklists, which `ltcctl list WORKLIST` prints for scripts
// as the desktop shows them. They come with the module's registration (domainregistry.h), so
// that ltcctl dispatches to a new module without an edit: its verbs from the module's cli part
// (modules/<id>/cli, which may link what the command line needs, e.g. QtGui for a PDF), its
// worklists from its domain (plain SQL, like the screens' own).
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace ltc {

class LocalStore;

// A verb's body: the store, the positional arguments (the verb's name first) and ltcctl's parsed
// options; returns ltcctl's exit code (ctlio.h Exit).
using CliRun = std::function<int(LocalStore &store, const QStringList &args, const QCommandLineParser &options)>;

struct CliVerb {
    QString name;        // the first word after ltcctl: "settlement"
    QStringList usage;   // a line per form, as ltcctl's usage text shows it (without "ltcctl ")
    QString summary;     // one line for --help
    QList<QCommandLineOption> options;  // the options it reads: ltcctl's parser accepts them
    CliRun run;
};

// A worklist's filter, given as --NAME VALUE.
struct WorklistFilter {
    QString name;         // "period"
    QString valueName;    // "YYYY-MM"
    QString description;  // for --help
    bool required = false;
};

// One row of a worklist: a value per column, in column order — text, a whole number, or null for
// an empty cell. False from the sink stops the rows (the output failed).
using WorklistSink = std::function<bool(const QVariantList &values)>;
// The filter values given (name → value; absent when not given), already checked.
using WorklistFilters = QHash<QString, QString>;

struct WorklistSpec {
    QString name;         // "claims": `ltcctl list claims`
    QString summary;      // one line for --help
    QStringList columns;  // stable names: the CSV header and the JSON keys
    QList<WorklistFilter> filters;
    // What is wrong with the given filter values (empty: nothing): a usage error, nothing is read.
    std::function<QStringList(const WorklistFilters &filters)> check;
    // Produces the rows, streamed (a month may have a million lines); false and *error when the
    // store could not be read.
    std::function<bool(QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &row, QString *error)> rows;
};

} // namespace ltc
