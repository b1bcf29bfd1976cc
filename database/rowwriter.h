#pragma once
// Writes rows with one INSERT (or upsert) statement, as fast as the store takes them: on SQLite
// it talks to the library directly (QtSql's per-value binding costs more than SQLite's own work:
// an import of a million claim lines must stay near the sqlite3 shell's time, ARCHITECTURE.md);
// another store's rows go the way that store installs (installBulkRows): the server's
// PostgreSQL takes them by COPY (server/core/pgcopy.h). Imports write their rows with it, and the
// settlement audit its results; inside the caller's transaction.
#include "importer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ltc {

// The rows of one RowWriter on a store other than SQLite. They may be held back and written
// several at a time, but all of them by flush().
class BulkRows {
public:
    virtual ~BulkRows() = default;
    virtual bool write(const ImportRow &row, QString *error) = 0;
    virtual bool flush(QString *error) = 0;
};
// Makes the BulkRows of an upsert ("INSERT INTO t (a, b) VALUES (?, ?) [ON CONFLICT …]": one ?
// per column), or nothing with the error.
using BulkRowsFactory = std::unique_ptr<BulkRows> (*)(QSqlDatabase &db, const QString &upsertSql, QString *error);
// Installed once by the program that opens such a store, for its QtSql driver ("QPSQL").
void installBulkRows(const QString &driverName, BulkRowsFactory factory);

class RowWriter {
public:
    RowWriter(QSqlDatabase &db, const QString &sql);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // What failed, naming the row's line ("line 12: …"; "lines 2 to 9: …" where a part of
    // another store's rows was refused as a whole).
    QString error() const { return m_error; }
    // The row's values are bound in order; on SQLite its texts are read in place.
    bool write(const ImportRow &row);
    // Writes what is still held back (another store's rows); call once after the last row.
    bool flush();

private:
    bool writeNative(const ImportRow &row);
    void bindNative(int index, const QVariant &value);

    std::unique_ptr<BulkRows> m_bulk;
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
