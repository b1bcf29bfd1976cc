#include "startup.h"

#include "localstore.h"
#include "sql.h"

#include <QFile>
#include <QFileInfo>

namespace ltc {
namespace {

bool holdsNothing(LocalStore &store)
{
    QSqlDatabase db = store.database().connection();
    return scalarSql(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM persons) + "
                                        "(SELECT COUNT(*) FROM outbox)"))
               .toLongLong()
           == 0;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The store is closed before this returns (its own LocalStore), so that a failed new file can be
// removed: Windows keeps open files.
std::optional<StoreStart> openAndFill(const QString &path, const std::optional<DemoOptions> &demo, QString *error,
                                      const std::function<void()> &buildingDemo)
{
    LocalStore store(path);
    if (!store.open(error))
        return std::nullopt;
    const bool empty = holdsNothing(store);
    if (!demo || !empty)
        return empty ? StoreStart::Empty : StoreStart::Existing;
    if (buildingDemo)
        buildingDemo();
    if (!buildDemo(store, *demo, error))
        return std::nullopt;
    return StoreStart::Demo;
}
} // namespace

std::optional<StoreStart> prepareStore(const QString &path, const std::optional<DemoOptions> &demo, QString *error,
                                       const std::function<void()> &buildingDemo)
{
    const bool existed = QFileInfo::exists(path);
    const std::optional<StoreStart> start = openAndFill(path, demo, error, buildingDemo);
    if (!start && !existed)
        removeDatabaseFiles(path);  // so that the next start tries again
    return start;
}

} // namespace ltc
