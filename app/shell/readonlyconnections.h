#pragma once
// The read-only side of the store that the modules' screens get (ReadAccess): a connection per
// thread to the same file, opened with QSQLITE_OPEN_READONLY, so any statement that writes fails
// — through the file or a database ATTACHed to it (SQLite opens attached files with the same
// flags). TEMP tables work: they belong to the connection. Named like Database's connections
// (a serial per thread that no later thread gets), closed as their thread ends.
#include "sdk/readaccess.h"

#include <QString>

namespace ltc {

class ReadOnlyConnections : public ReadAccess {
public:
    explicit ReadOnlyConnections(QString path);
    ~ReadOnlyConnections() override;
    ReadOnlyConnections(const ReadOnlyConnections &) = delete;
    ReadOnlyConnections &operator=(const ReadOnlyConnections &) = delete;

    QSqlDatabase readConnection() const override;

private:
    QString connectionName() const;
    QString m_path;
    QString m_id;
};

} // namespace ltc
