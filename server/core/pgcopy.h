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
    qsizetype bytes() const { return m_data.size(); }
    // Runs `copySql` ("COPY t (a, b) FROM STDIN") with the rows held, and forgets them. On
    // failure, `failedRow` (when given) is the row COPY refused (from 0), or -1.
    bool send(QSqlDatabase &db, const QString &copySql, QString *error, qsizetype *failedRow = nullptr);

private:
    void separate();

    QByteArray m_data;
    qsizetype m_rows = 0;
    bool m_rowStarted = false;
};

// RowWriter's way to PostgreSQL: the rows are copied into a temporary table of the target's
// columns and moved from there by the upsert's own INSERT … ON CONFLICT, 10,000 rows at a time,
// so the server's memory holds one part of a million rows. Inside a transaction only.
void installPgBulkRows();

} // namespace ltc::server
