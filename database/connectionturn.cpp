#include "connectionturn.h"

#include <QHash>
#include <QString>

#include <utility>

namespace ltc {
namespace {
struct Turn {
    std::function<void()> settle;
    int cursors = 0;
};
// By connection name: a connection is used by the thread that opened it only.
thread_local QHash<QString, Turn> tTurns;

void forgetIfIdle(const QSqlDatabase &db)
{
    const auto found = tTurns.find(db.connectionName());
    if (found != tTurns.end() && found->cursors <= 0 && !found->settle)
        tTurns.erase(found);
}
} // namespace

void leaveUnderWay(const QSqlDatabase &db, std::function<void()> settle)
{
    settleConnection(db);
    tTurns[db.connectionName()].settle = std::move(settle);
}

void settleConnection(const QSqlDatabase &db)
{
    if (tTurns.isEmpty())
        return;
    const auto found = tTurns.find(db.connectionName());
    if (found == tTurns.end() || !found->settle)
        return;
    // Taken out first: the settling may use the connection, which must not settle it again.
    const std::function<void()> settle = std::exchange(found->settle, {});
    settle();
    forgetIfIdle(db);
}

bool readingThrough(const QSqlDatabase &db)
{
    const auto found = tTurns.constFind(db.connectionName());
    return found != tTurns.cend() && found->cursors > 0;
}

void countCursor(const QSqlDatabase &db, int change)
{
    tTurns[db.connectionName()].cursors += change;
    forgetIfIdle(db);
}

} // namespace ltc
