#include "localstore.h"

#include "localmeta.h"

namespace ltc {

LocalStore::LocalStore(const QString &path)
    : m_database(path), m_blobs(LocalBlobs::folderFor(path)), m_commands(m_database, m_registry),
      m_importer(m_registry, m_commands, m_blobs), m_users(m_database)
{
    registerBuiltinDomains(m_registry);
    m_commands.setBlobSource(m_blobs.source());
}

bool LocalStore::open(QString *error)
{
    if (const QString problem = m_registry.problem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!m_database.open(error))
        return false;
    QSqlDatabase db = m_database.connection();
    if (!MigrationRunner::migrate(db, m_registry.migrations(), SqlDialect::Sqlite, error))
        return false;
    clientId(db);  // created once, here, outside any command's transaction
    return true;
}

int LocalStore::schemaNumber() const { return MigrationRunner::schemaNumber(m_registry.migrations()); }

SchemaVersions LocalStore::schemaVersions() const { return m_registry.schemaVersions(); }

} // namespace ltc
