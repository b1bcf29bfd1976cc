#pragma once
// Reads the rows of one SELECT as fast as the store gives them: on SQLite it steps the library's
// statement directly (QtSql makes a QVariant of every value, which costs more than SQLite's own
// work: loading a million claim lines for the audit must stay near the sqlite3 shell's time);
// elsewhere (PostgreSQL, the server) through a cursor a block at a time, so that the caller may
// write on the same connection while it reads; a bulk writer's part may even be under way
// between two fetches, settled by the next (connectionturn.h). The read-side twin of RowWriter.
//
// Texts that repeat (a person's number on each of their lines, an institution's code, a form)
// can be read as one shared QString per distinct value (sharedText): a million lines then hold
// each value once, not once per line.
#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <vector>

struct sqlite3_stmt;

namespace ltc {

class RowReader {
public:
    RowReader(QSqlDatabase &db, const QString &sql, const QVariantList &params = {});
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    QString error() const { return m_error; }
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    // A date stored as ISO text (YYYY-MM-DD); invalid when NULL or not a date.
    QDate date(int column) const;
    // The same value as text(), shared with every earlier row that had it in this column.
    QString sharedText(int column);
    // The same, shared only with the row before (for a column the rows come sorted by, such as a
    // claim's number: nothing is kept of the values before).
    QString runText(int column);

private:
    QByteArray utf8(int column) const;  // the column's text, valid until the next row
    bool openCursor(QSqlDatabase &db, const QString &sql, const QVariantList &params);
    bool fetchBlock();

    static constexpr int kCursorBlock = 10000;  // rows of a cursor's block: a round trip each
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    QSqlDatabase *m_db = nullptr;  // where the cursor is
    QString m_cursor;              // its name, if the rows come through one
    bool m_blockEmpty = false;     // the last block held nothing: the rows are all read
    QString m_error;
    // Per column: the distinct texts read so far, and the last one (rows often repeat the
    // value of the row before, as a claim's lines do its number).
    struct Interned {
        QHash<QByteArray, QString> values;
        QByteArray lastKey;
        QString last;
    };
    std::vector<Interned> m_interned;
    Interned &internedOf(int column);
};

// While a large read streams through the store once (the audit's load of a month), SQLite's
// page cache is kept small: pages read once need no keeping, and the memory goes to what is read
// (a million claim lines). The store's own cache size comes back after. Elsewhere: nothing.
// (BulkIndexes asks for 8 MiB: the size of the pieces SQLite sorts an index in.)
class SmallPageCache {
public:
    explicit SmallPageCache(QSqlDatabase &db, int kib = 2048);  // 2 MiB: SQLite's default
    ~SmallPageCache();
    SmallPageCache(const SmallPageCache &) = delete;
    SmallPageCache &operator=(const SmallPageCache &) = delete;

private:
    QSqlDatabase &m_db;
    QVariant m_size;  // the cache size to restore (PRAGMA cache_size), if any
};

} // namespace ltc
