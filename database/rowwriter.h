#pragma once
// Writes rows with one INSERT (or upsert) statement, as fast as the store takes them: on SQLite
// it talks to the library directly (QtSql's per-value binding costs more than SQLite's own work:
// an import of a million claim lines must stay near the sqlite3 shell's time, ARCHITECTURE.md);
// on PostgreSQL rows go kBatchRows to a statement. Imports write their rows with it, and the
// settlement audit its results.
#include "importer.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ltc {

class RowWriter {
public:
    RowWriter(QSqlDatabase &db, const QString &sql);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    QString error() const { return m_error; }
    // The row's values are bound in order; on SQLite its texts are read in place.
    bool write(const ImportRow &row);
    // Writes what is still held back (the server's batches); call once after the last row.
    bool flush();

private:
    // On the server (PostgreSQL over the network) a row at a time costs a round trip each:
    // rows go in statements of kBatchRows tuples ("VALUES (…), (…), …"). The rows' keys are
    // unique (checked before), so one statement never meets its own row twice.
    static constexpr qsizetype kBatchRows = 200;

    void prepareBatches(const QString &sql);
    static qsizetype closingParenthesis(const QString &sql, qsizetype open);
    bool execRows(QSqlQuery &query, const QList<ImportRow> &rows, qsizetype from, qsizetype count);
    bool writeNative(const ImportRow &row);
    void bindNative(int index, const QVariant &value);

    QSqlQuery m_query;
    QSqlQuery m_batch;
    QList<ImportRow> m_pending;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// A bulk write into a table that holds fewer rows than it is about to get, on SQLite: the
// table's indexes (not its primary key, nor a unique index: those decide conflicts) are dropped
// at once and built again by finish(), in the caller's transaction. CREATE INDEX sorts the rows
// once; filling a dozen indexes a row at a time lands each row at its own place in each of them
// (most of a month's first audit at a million lines, and of a month's claims import). Elsewhere
// (PostgreSQL), or for a few rows into a large table, it does nothing.
class BulkIndexes {
public:
    BulkIndexes(QSqlDatabase &db, const QString &table, qint64 rowsToWrite);
    BulkIndexes(const BulkIndexes &) = delete;
    BulkIndexes &operator=(const BulkIndexes &) = delete;
    // Builds the dropped indexes again; false (with the error) when one could not be.
    bool finish(QString *error);

private:
    QSqlDatabase &m_db;
    QStringList m_definitions;  // CREATE INDEX statements of the dropped indexes
};

} // namespace ltc
