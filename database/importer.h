#pragma once
// All-or-nothing CSV imports. Every row is read and checked first — against the kind's columns,
// against the other rows of the file, then against the database — and every problem is reported
// as FILE:LINE: column: message. Only a file without a single error is written, in one
// transaction, with one audit entry. Rows are upserted by their key, so importing the same file
// twice adds no rows the second time.
#include "core/csvimport.h"
#include "core/roles.h"

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
    // Optional: checks the parsed rows against what is already stored (references, conflicts).
    std::function<void(QSqlDatabase &, const QList<ImportRow> &, ImportIssues &)> checkAgainstDatabase;
};

struct ImportReport {
    QString encoding;
    int rows = 0;
    ImportIssues issues;
    bool cancelled = false;
    QString failure;  // a file or storage failure (not a row problem)
    bool ok() const { return !cancelled && failure.isEmpty() && !issues.hasErrors(); }
};

// Called now and then with (rows done, rows in all); returning false cancels: nothing is written.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Reports every row whose value at `index` is not a key of `table` (e.g. a claim's person_no not
// among the persons). Empty values are skipped: optional references are checked only when given.
void checkReferencesExist(QSqlDatabase &db, const QList<ImportRow> &rows, int index, const QString &table,
                          const QString &keyColumn, const QString &csvColumn, ImportIssues &issues);

class Importer {
public:
    Importer(const Database &database, const DomainRegistry &registry);
    QStringList kinds() const;
    ImportReport importFile(const UserIdentity &user, const QString &kind, const QString &filePath,
                            const ImportProgress &progress = {}) const;

private:
    const ImportSpec *spec(const QString &kind) const;
    bool write(const ImportSpec &spec, const QList<ImportRow> &rows, const UserIdentity &user,
               const QString &filePath, const QByteArray &sha256, const ImportProgress &progress,
               ImportReport &report) const;
    const Database &m_database;
    const DomainRegistry &m_registry;
};

} // namespace ltc
