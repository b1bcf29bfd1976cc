#include "pgcopy.h"

#include "connectionturn.h"
#include "pgsql.h"
#include "serverschema.h"
#include "sql.h"

#include <QList>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>

#include <atomic>
#include <libpq-fe.h>
#include <mutex>
#include <optional>
#include <utility>

namespace ltc::server {
namespace {

PGconn *connectionOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type as the compiler spells it; Qt 5 named it as declared.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// The results of a statement still being read (QPSQL reads a forward-only query row by row):
// the next statement would drop them as well.
void dropPendingResults(PGconn *connection)
{
    while (PGresult *pending = PQgetResult(connection))
        PQclear(pending);
}

QString primaryMessage(const PGresult *result, PGconn *connection)
{
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    return QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).trimmed();
}

// "COPY t, line 3, column amount_fen: …": the refused row, from 0.
qsizetype refusedRow(const PGresult *result)
{
    static const QRegularExpression line(QStringLiteral("^COPY \\S+, line (\\d+)"));
    const char *context = result ? PQresultErrorField(result, PG_DIAG_CONTEXT) : nullptr;
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(context ? context : ""));
    return match.hasMatch() ? match.captured(1).toLongLong() - 1 : -1;
}

} // namespace

void CopyRows::separate()
{
    if (m_rowStarted)
        m_data.append('\t');
    m_rowStarted = true;
}

void CopyRows::text(QStringView value)
{
    utf8(value.toUtf8());
}

void CopyRows::utf8(QByteArrayView utf8)
{
    separate();
    // Most texts need no escape: appended whole.
    qsizetype plain = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char *escape = nullptr;
        switch (utf8.at(i)) {
        case '\\': escape = "\\\\"; break;
        case '\t': escape = "\\t"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        default: continue;
        }
        m_data.append(utf8.constData() + plain, i - plain).append(escape, 2);
        plain = i + 1;
    }
    m_data.append(utf8.constData() + plain, utf8.size() - plain);
}

void CopyRows::integer(qint64 value)
{
    separate();
    m_data.append(QByteArray::number(value));
}

void CopyRows::null()
{
    separate();
    m_data.append("\\N", 2);
}

void CopyRows::value(const QVariant &value)
{
    if (value.isNull())
        null();
    else if (value.typeId() == QMetaType::QString)
        text(*static_cast<const QString *>(value.constData()));
    else
        integer(value.toLongLong());
}

void CopyRows::endRow()
{
    m_data.append('\n');
    m_rowStarted = false;
    ++m_rows;
}

void CopyRows::clear()
{
    m_data.clear();
    m_rows = 0;
    m_rowStarted = false;
}

bool CopyRows::send(QSqlDatabase &db, const QString &copySql, Refusal *refusal, Sent after)
{
    settleConnection(db);
    PGconn *connection = connectionOf(db);
    if (!connection) {
        *refusal = Refusal{QStringLiteral("COPY needs a PostgreSQL connection"), -1, {}};
        clear();
        return false;
    }
    return send(connection, copySql, refusal, after);
}

bool CopyRows::send(PGconn *connection, const QString &copySql, Refusal *refusal, Sent after)
{
    *refusal = Refusal();
    bool keep = false;
    const auto forget = qScopeGuard([this, &keep] {  // sent or not, the rows are not sent again
        if (!keep)
            clear();
    });
    if (PQtransactionStatus(connection) == PQTRANS_ACTIVE)
        dropPendingResults(connection);
    PGresult *started = PQexec(connection, copySql.toUtf8().constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    if (!copying)
        refusal->message = primaryMessage(started, connection);
    PQclear(started);
    if (!copying) {
        dropPendingResults(connection);
        return false;
    }
    const bool sent = PQputCopyData(connection, m_data.constData(), int(m_data.size())) == 1;
    // Ended with an error message when the data could not go: the server then refuses the COPY.
    PQputCopyEnd(connection, sent ? nullptr : "the rows could not be sent");
    PGresult *done = PQgetResult(connection);
    const bool ok = sent && PQresultStatus(done) == PGRES_COMMAND_OK;
    if (!ok) {
        refusal->message = primaryMessage(done, connection);
        refusal->row = refusedRow(done);
        const char *state = done ? PQresultErrorField(done, PG_DIAG_SQLSTATE) : nullptr;
        refusal->sqlState = QByteArray(state ? state : "");
        keep = after == Sent::KeepIfRefused;
    }
    PQclear(done);
    dropPendingResults(connection);
    return ok;
}

namespace {
std::atomic<qint64> gPartsCopiedUnderWay = 0;
}

qint64 partsCopiedUnderWay()
{
    return gPartsCopiedUnderWay.load();
}

std::future<CopyRows> printAside(std::function<CopyRows()> print)
{
    try {
        return std::async(std::launch::async, print);  // a copy: `print` stays for the fallback
    } catch (const std::system_error &) {
        std::promise<CopyRows> printed;
        printed.set_value(print());
        return printed.get_future();
    }
}

namespace {

// The rows of one upsert. A part goes straight into the target by COPY, inside a savepoint: no
// key of it is stored yet, so inserting is what the upsert would do. When a key is (SQLSTATE
// 23505), the part is copied into a temporary table instead and moved into the target by the
// upsert's own INSERT … ON CONFLICT (the keys were checked unique before, so one move never meets
// a row twice), and so is every later part: they are likely to meet stored keys too.
class PgBulkRows final : public BulkRows {
public:
    static std::unique_ptr<BulkRows> make(QSqlDatabase &db, const QString &upsertSql, QString *error)
    {
        static const QRegularExpression shape(
            QStringLiteral("^\\s*INSERT INTO (\\w+) \\(([^)]*)\\) VALUES \\(([?,\\s]*)\\)(.*)$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = shape.match(upsertSql);
        const QString columns = match.captured(2);
        if (!match.hasMatch() || match.captured(3).count(QLatin1Char('?')) != columns.count(QLatin1Char(',')) + 1) {
            *error = QStringLiteral("not an upsert of one ? per column: %1").arg(upsertSql.left(120));
            return nullptr;
        }
        PGconn *connection = connectionOf(db);
        if (!connection || PQtransactionStatus(connection) != PQTRANS_INTRANS) {
            // Outside a transaction ON COMMIT DROP would drop the table at once.
            *error = QStringLiteral("rows are written in bulk inside a transaction only");
            return nullptr;
        }
        static std::atomic<int> serial = 0;
        const QString target = match.captured(1);
        return std::unique_ptr<BulkRows>(new PgBulkRows(db, target, columns, match.captured(4),
                                                        QStringLiteral("ltc_rows_%1").arg(++serial), hasRowVersions(db, target)));
    }

    ~PgBulkRows() override { settleConnection(m_db); }  // a part under way refers to this writer

    bool write(const ImportRow &row, QString *error) override
    {
        if (m_laterError) {  // a part under way was refused: found when it settled
            *error = *m_laterError;
            return false;
        }
        m_taking.rows.append(row);
        m_taking.lines.append(row.line);
        for (const QVariant &value : row.values) {  // about what COPY's text will take
            const bool text = value.typeId() == QMetaType::QString;
            m_taking.bytes += 1 + (text ? 3 * static_cast<const QString *>(value.constData())->size() : 8);
        }
        return (m_taking.rows.size() < kPartRows && m_taking.bytes < kPartBytes) || handOver(error);
    }

    bool flush(QString *error) override
    {
        return handOver(error) && copyPart(std::exchange(m_printing, std::nullopt), error) && settle(error);
    }

private:
    // A table whose rows carry their change-log version (serverschema.h). Each part's rows take
    // theirs as one block of the versions' sequence, given in the COPY: the column's default
    // (nextval per row) and the log entry it replaced cost more.
    static bool hasRowVersions(QSqlDatabase &db, const QString &target)
    {
        return scalarSql(db,
                         QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                        "current_schema() AND table_name = ? AND column_name = ?"),
                         {target, rowVersionColumn()})
                   .toInt()
               > 0;
    }

    // An update takes the row's new version too (first in the list: the clause may end in a WHERE).
    static QString withRowVersion(QString onConflict)
    {
        const QString set = QStringLiteral("DO UPDATE SET ");
        const qsizetype at = onConflict.indexOf(set);
        if (at >= 0)
            onConflict.insert(at + set.size(), QStringLiteral("%1 = excluded.%1, ").arg(rowVersionColumn()));
        return onConflict;
    }

    // The first of `count` versions that follow the last one given, taken under lockVersions()
    // (held already where a command runs; taken again, it is the same lock): no one else takes a
    // version meanwhile, so the block is whole and in commit order.
    bool reserveVersions(qsizetype count, qint64 *first, QString *error)
    {
        if (!lockVersions(m_db, error))
            return false;
        const QString sql = QStringLiteral("SELECT setval('%1', nextval('%1') + %2 - 1)").arg(versionSequence()).arg(count);
        QSqlQuery query = querySql(m_db, sql, {}, error);
        if (!query.next()) {
            if (error->isEmpty())
                *error = QStringLiteral("no versions for the rows");
            return false;
        }
        *first = query.value(0).toLongLong() - count + 1;
        return true;
    }

    // The rows taken for the next part, and a part being printed into COPY's text.
    struct Taking {
        QList<ImportRow> rows;
        QList<int> lines;
        qsizetype bytes = 0;
    };
    struct Printed {
        QList<int> lines;  // the rows' lines in their file, to name the one refused
        std::future<CopyRows> text;
    };

    // The part taken is printed on a helper thread while PostgreSQL takes the part before it:
    // neither waits for the other (the connection is used from this thread, or by the helper
    // of a part under way while this thread does not use it).
    bool handOver(QString *error)
    {
        if (!settle(error))
            return false;
        std::optional<Printed> previous = std::exchange(m_printing, std::nullopt);
        if (!m_taking.rows.isEmpty()) {
            qint64 version = 0;  // the first of the part's, when its rows carry theirs
            if (m_versioned && !reserveVersions(m_taking.rows.size(), &version, error))
                return false;
            m_printing = Printed{std::move(m_taking.lines), printAside([rows = std::move(m_taking.rows), version] {
                                     CopyRows copy;
                                     for (qsizetype i = 0; i < rows.size(); ++i) {
                                         for (const QVariant &value : rows.at(i).values)
                                             copy.value(value);
                                         if (version > 0)
                                             copy.integer(version + i);
                                         copy.endRow();
                                     }
                                     return copy;
                                 })};
            m_taking = Taking();
        }
        return copyPart(std::move(previous), error);
    }

    bool copyPart(std::optional<Printed> part, QString *error)
    {
        if (!part)
            return true;
        if (!settle(error))  // the part before may still be under way, with m_rows
            return false;
        m_rows = part->text.get();
        m_lines = std::move(part->lines);
        if (!m_staged && readingThrough(m_db) && copyUnderWay())
            return true;
        CopyRows::Refusal refusal;
        const bool ok = m_staged ? copyStaged(&refusal) : copyDirect(&refusal);
        if (!ok)
            *error = named(refusal);
        return ok;
    }

    QString named(const CopyRows::Refusal &refusal) const
    {
        return refusal.row >= 0 && refusal.row < m_lines.size()
                   ? QStringLiteral("line %1: %2").arg(m_lines.at(refusal.row)).arg(refusal.message)
                   : QStringLiteral("lines %1 to %2: %3").arg(m_lines.constFirst()).arg(m_lines.constLast()).arg(refusal.message);
    }

    // While the rows come from a RowReader's cursor on this connection (the audit), the part goes
    // straight into the target on a helper thread, on the connection's handle, and this thread
    // returns to judging the next lines; the reader's next fetch (or this writer's next part)
    // settles it first (connectionturn.h). PostgreSQL taking the results was most of the
    // server's audit, with the command's thread waiting.
    struct UnderWay {
        bool savepoint = false;  // the part's savepoint was made
        bool copied = false;     // and the part copied and the savepoint released
        CopyRows::Refusal refusal;
    };
    bool copyUnderWay()
    {
        settleConnection(m_db);  // whatever else was under way: the helper has the connection alone
        PGconn *connection = connectionOf(m_db);
        if (!connection)
            return false;
        try {
            m_underWay = std::async(std::launch::async, [this, connection] { return copyDirectOn(connection); });
        } catch (const std::system_error &) {
            return false;  // no thread to be had: copied here and now
        }
        leaveUnderWay(m_db, [this] { finishUnderWay(); });
        ++gPartsCopiedUnderWay;
        return true;
    }
    UnderWay copyDirectOn(PGconn *connection)  // on the helper: libpq only, nothing of QtSql
    {
        UnderWay done;
        done.savepoint = execOn(connection, "SAVEPOINT ltc_copy", &done.refusal);
        done.copied = done.savepoint && m_rows.send(connection, m_direct, &done.refusal, CopyRows::Sent::KeepIfRefused)
                      && execOn(connection, "RELEASE SAVEPOINT ltc_copy", &done.refusal);
        return done;
    }
    static bool execOn(PGconn *connection, const char *sql, CopyRows::Refusal *refusal)
    {
        PGresult *result = PQexec(connection, sql);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!ok)
            *refusal = CopyRows::Refusal{primaryMessage(result, connection), -1, {}};
        PQclear(result);
        return ok;
    }
    void finishUnderWay()
    {
        UnderWay done = m_underWay.get();
        if (done.copied)
            return;
        // Refused inside its savepoint: undone and, for a stored key, moved by the upsert, as
        // copyDirect does; else the refusal is the next write's or flush's error.
        if (!done.savepoint || !recoverRefused(&done.refusal))
            m_laterError = named(done.refusal);
    }
    bool settle(QString *error)
    {
        settleConnection(m_db);
        if (m_laterError)
            *error = *m_laterError;
        return !m_laterError;
    }

    // A part: a round trip for thousands of rows, and a few MiB of the server's memory.
    static constexpr qsizetype kPartRows = 10000;
    static constexpr qsizetype kPartBytes = 4 * 1024 * 1024;

    PgBulkRows(QSqlDatabase &db, const QString &target, const QString &columns, const QString &onConflict,
               const QString &stage, bool versioned)
        : PgBulkRows(db, target, versioned ? columns + QStringLiteral(", ") + rowVersionColumn() : columns,
                     versioned ? withRowVersion(onConflict) : onConflict, stage)
    {
        m_versioned = versioned;
    }
    PgBulkRows(QSqlDatabase &db, const QString &target, const QString &columns, const QString &onConflict,
               const QString &stage)
        : m_db(db), m_direct(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(target, columns)),
          m_createStage(QStringLiteral("CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT %2 FROM %3 WITH NO DATA")
                            .arg(stage, columns, target)),
          m_copyStaged(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(stage, columns)),
          m_move(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3%4").arg(target, columns, stage, onConflict)),
          m_empty(QStringLiteral("TRUNCATE %1").arg(stage))
    {
    }

    // A failed statement names no row: what an earlier COPY said of its rows is forgotten.
    bool exec(const QString &sql, CopyRows::Refusal *refusal)
    {
        QString message;
        if (execDirect(m_db, sql, &message))
            return true;
        *refusal = CopyRows::Refusal{message, -1, {}};
        return false;
    }

    bool copyDirect(CopyRows::Refusal *refusal)
    {
        if (!exec(QStringLiteral("SAVEPOINT ltc_copy"), refusal))
            return false;
        const bool copied = m_rows.send(m_db, m_direct, refusal, CopyRows::Sent::KeepIfRefused);
        if (copied)
            return exec(QStringLiteral("RELEASE SAVEPOINT ltc_copy"), refusal);
        return recoverRefused(refusal);
    }

    // The part's direct COPY was refused inside its savepoint: undone, and where a key of it is
    // stored copied by the upsert instead (and so is every later part).
    bool recoverRefused(CopyRows::Refusal *refusal)
    {
        CopyRows::Refusal undone;  // the transaction goes on without the refused part
        if (!exec(QStringLiteral("ROLLBACK TO SAVEPOINT ltc_copy"), &undone)
            || !exec(QStringLiteral("RELEASE SAVEPOINT ltc_copy"), &undone)) {
            m_rows.clear();
            *refusal = undone;
            return false;
        }
        if (refusal->sqlState != "23505") {  // not a stored key: the row itself is refused
            m_rows.clear();
            return false;
        }
        m_staged = true;
        return exec(m_createStage, refusal) && copyStaged(refusal);
    }

    bool copyStaged(CopyRows::Refusal *refusal)
    {
        return m_rows.send(m_db, m_copyStaged, refusal) && exec(m_move, refusal) && exec(m_empty, refusal);
    }

    QSqlDatabase &m_db;
    const QString m_direct;
    const QString m_createStage;
    const QString m_copyStaged;
    const QString m_move;
    const QString m_empty;  // TRUNCATE: a DELETE … RETURNING cost the move a third more
    bool m_staged = false;
    bool m_versioned = false;  // its rows carry their version, the last value of each COPY row
    Taking m_taking;
    std::optional<Printed> m_printing;
    CopyRows m_rows;      // the part being copied
    QList<int> m_lines;   // its rows' lines
    std::future<UnderWay> m_underWay;
    std::optional<QString> m_laterError;
};

} // namespace

void installPgBulkRows()
{
    static std::once_flag installed;
    std::call_once(installed, [] { installBulkRows(QStringLiteral("QPSQL"), &PgBulkRows::make); });
}

} // namespace ltc::server
