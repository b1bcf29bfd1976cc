#pragma once
// All-or-nothing CSV imports. In one pass every row is read and checked — against the kind's
// columns, the other rows of the file, the stored data and the importing user's district — and
// written inside one transaction; every problem is reported as FILE:LINE: column: message, and a
// file with a single error is rolled back whole. Rows are upserted by their key, so importing the
// same file twice adds no rows the second time.
//
// An import is a command like any other change ("import.<kind>", CONTRACT.md "One store, one
// truth"): the file is kept as a blob under its SHA-256, the command names it, and the server —
// or this store, when it rebases — applies it by running the same import code on the same file.
#include "blobs.h"
#include "command.h"
#include "core/csvimport.h"
#include "core/roles.h"
#include "tables.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace ltc {

class Database;
class DomainRegistry;

struct ImportRow {
    int line = 0;
    QVariantList values;  // bound in order to the spec's upsertSql
};

// Checks one parsed row against what is stored, recording problems in the issues: bad data as
// errors, a row the stored state does not allow as a refusal (ImportIssues::refusal).
using RowCheck = std::function<void(const ImportRow &, ImportIssues &)>;

struct ImportSpec {
    QString kind;          // "persons": the word after `ltcctl import`
    QStringList roles;     // who may import it
    ImportColumns columns;
    // Reads one row into the values bound to upsertSql; nothing when the row is bad (the
    // reader has recorded why).
    std::function<std::optional<QVariantList>(CsvRowReader &)> readRow;
    // Indexes into values that together must be unique within the file, and their column names.
    QList<int> keyIndexes;
    QStringList keyColumns;
    QString upsertSql;
    // Optional columns a command may also set (a staff member's sanction dates): when the file's
    // header lacks one, a stored row keeps its value instead of taking the empty cell.
    QStringList keptWhenAbsent;
    // The table's secondary indexes are dropped and built again after the rows (BulkIndexes,
    // SQLite only) when the file brings more rows than the table holds: a month of a million
    // claim lines into their table. Only for a kind whose checks look stored rows up by their
    // key alone (the primary key stays): a look-up by an indexed column would scan the table.
    bool indexesAfterRows = false;
    // Optional: prepares (once per import, e.g. loading the keys a row may refer to) the check of
    // each row against the stored data.
    std::function<RowCheck(QSqlDatabase &)> prepareCheck;
    // Optional: fills what a row leaves to the importing user (an institution's district).
    std::function<void(QVariantList &values, const UserIdentity &user)> completeRow;
};

// The table an import writes and the columns its values are bound to, read from its upsert
// statement ("INSERT INTO t (a, b, …) VALUES …"), so they are said once.
QString importTable(const ImportSpec &spec);
// spec.upsertSql with each of `kept`'s columns left as stored on a conflict.
QString upsertKeeping(const ImportSpec &spec, const QStringList &kept);
QStringList importValueColumns(const ImportSpec &spec);
// The command that applies an import of `spec`'s kind: "import.<kind>" with {"kind", "blob",
// "file", "bytes"}. `table` is the declaration of the table it writes (its district rule).
CommandSpec importCommand(const ImportSpec &spec, const std::optional<TableDecl> &table);

struct ImportReport {
    QString encoding;
    int rows = 0;
    ImportIssues issues;
    bool cancelled = false;
    bool forbidden = false;  // the user's roles or scope do not allow it (with the failure)
    QString failure;  // a file or storage failure (not a row problem)
    bool ok() const { return !cancelled && failure.isEmpty() && !issues.hasErrors(); }
    // Not imported because what is stored refuses some row, not (only) because of bad data.
    bool refused() const { return issues.hasRefusals(); }
};

// Called now and then with (work done, work in all) — bytes of the file read; returning
// false cancels: nothing is written.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// A check that a row's value at `index` is a key of `table` (e.g. a claim's person_no among the
// persons). The keys are loaded once; empty values pass: optional references are checked only
// when given.
RowCheck referenceCheck(QSqlDatabase &db, int index, const QString &table, const QString &keyColumn,
                        const QString &csvColumn);
// Several checks in turn.
RowCheck allChecks(QList<RowCheck> checks);

// Reads, checks and writes one file's rows as `ctx`'s user inside the caller's transaction.
// False when the import cannot go on (cancelled, storage); row problems are in the report.
// The file is read twice, a part at a time (its encoding and digest, then its rows): memory does
// not grow with its size. `expectedSha256`, when given, must be the file's.
bool runImport(CommandContext &ctx, const ImportSpec &spec, const std::optional<TableDecl> &table, ByteSource &file,
               ImportReport &report, const ImportProgress &progress = {}, const QString &expectedSha256 = {});

class CommandBus;

class Importer {
public:
    Importer(const DomainRegistry &registry, CommandBus &commands, const LocalBlobs &blobs);
    QStringList kinds() const;
    // Imports a file as `user`: the rows are written here at once, and the command that carries
    // the file waits in the outbox for the server.
    ImportReport importFile(const UserIdentity &user, const QString &kind, const QString &filePath,
                            const ImportProgress &progress = {}) const;

private:
    const ImportSpec *spec(const QString &kind) const;
    const DomainRegistry &m_registry;
    CommandBus &m_commands;
    const LocalBlobs &m_blobs;
};

} // namespace ltc
