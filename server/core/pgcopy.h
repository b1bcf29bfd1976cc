#pragma once
// Rows into PostgreSQL by COPY … FROM STDIN, over the QPSQL connection's own libpq handle.
// QtSql has no COPY, and bound values cost ten times what COPY costs: with statements of a few
// hundred bound rows, the server's import and audit of 100,000 claim lines took 11-12 s, against
// 1 s for psql's \copy (issue 10: the server applies an audit as fast as the desktop does).
#include "database/rowwriter.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <future>

struct pg_conn;

namespace ltc::server {

// Rows held in COPY's text format until sent.
class CopyRows {
public:
    void text(QStringView value);
    void utf8(QByteArrayView value);
    void integer(qint64 value);
    void null();
    // NULL, text, or else a whole number: the values RowWriter binds on SQLite too.
    void value(const QVariant &value);
    void endRow();

    qsizetype rows() const { return m_rows; }
    void clear();
    qsizetype bytes() const { return m_data.size(); }
    // Why a send failed: the message, the row COPY refused (from 0) or -1, and the SQLSTATE.
    struct Refusal {
        QString message;
        qsizetype row = -1;
        QByteArray sqlState;
    };
    enum class Sent { Forget, KeepIfRefused };
    // Runs `copySql` ("COPY t (a, b) FROM STDIN") with the rows held, and forgets them (or, with
    // KeepIfRefused, keeps them when they were refused, to be sent elsewhere).
    bool send(QSqlDatabase &db, const QString &copySql, Refusal *refusal, Sent after = Sent::Forget);
    // The same on the connection's own handle, from any one thread while no other uses it.
    bool send(pg_conn *connection, const QString &copySql, Refusal *refusal, Sent after = Sent::Forget);

private:
    void separate();

    QByteArray m_data;
    qsizetype m_rows = 0;
    bool m_rowStarted = false;
};

// How many parts bulk writers have copied on a helper thread while a RowReader read on (the
// audit's results; connectionturn.h), since the program started: for tests and benchmarks.
qint64 partsCopiedUnderWay();

// Prints a part's COPY text on a helper thread, so that the caller copies the part before it
// meanwhile (the connection stays on the caller's thread); printed here and now when no thread
// can be had. Like any future of std::async, the one returned waits for its helper when dropped.
std::future<CopyRows> printAside(std::function<CopyRows()> print);

// RowWriter's way to PostgreSQL, 10,000 rows at a time (the server's memory holds three parts of
// a million rows: the one being taken, the one being printed, the one being copied), inside a
// transaction only. Rows are in the table once flush() returns, not before. A part is first copied straight into the target
// (new rows: a month's first audit, a new claims file); when one of its keys is already stored,
// that part and every later one is copied into a temporary table of the target's columns and
// moved from there by the upsert's own INSERT … ON CONFLICT. Each part's COPY text is printed on
// a helper thread while the part before it is copied. While a RowReader reads through a cursor
// on the connection (the audit), the direct copy of a part runs on a helper thread too, and the
// caller goes on until the connection's next statement settles it (connectionturn.h); a part it
// refuses is the error of the next write() or of flush().
void installPgBulkRows();

} // namespace ltc::server
