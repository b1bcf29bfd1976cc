#pragma once
// A part of a bulk write left under way on a connection while its writer goes on: the server's
// PostgreSQL takes one part of an audit's results by COPY on a helper thread while the command's
// thread judges the next lines. Whoever uses the connection next waits for that part first
// (settleConnection): RowReader before each fetch, the statements of sql.h, the COPYs of the
// server. A writer may leave work under way only while a RowReader reads through a cursor on the
// connection (readingThrough): its loop hands the rows read to the writer and fetches again, and
// the connection sees nothing else meanwhile. Everything here is of the connection's own thread.
#include <QSqlDatabase>

#include <functional>

namespace ltc {

// Leaves `settle` to run before the connection's next statement (one at a time: settle the last
// first). It may itself use the connection.
void leaveUnderWay(const QSqlDatabase &db, std::function<void()> settle);
// Runs what was left under way on the connection, if anything; then nothing is.
void settleConnection(const QSqlDatabase &db);

// Whether a RowReader reads through a cursor on the connection now (it counts itself in and out).
bool readingThrough(const QSqlDatabase &db);
void countCursor(const QSqlDatabase &db, int change);

} // namespace ltc
