#pragma once
// Everything that works on one local database file: the connection, the module registry, the
// command bus, imports and users. ltcdesk, ltcctl and the tests each hold one.
#include "commandbus.h"
#include "database.h"
#include "domainregistry.h"
#include "blobs.h"
#include "importer.h"
#include "users.h"

#include <QString>
#include <memory>

namespace ltc {

class LocalStore {
public:
    explicit LocalStore(const QString &path);
    // Opens the file and applies every pending migration.
    bool open(QString *error = nullptr);

    Database &database() { return m_database; }
    const DomainRegistry &registry() const { return m_registry; }
    CommandBus &commands() { return m_commands; }
    Importer &importer() { return m_importer; }
    LocalUsers &users() { return m_users; }
    const LocalBlobs &blobs() const { return m_blobs; }
    int schemaNumber() const;
    SchemaVersions schemaVersions() const;

private:
    Database m_database;
    DomainRegistry m_registry;
    LocalBlobs m_blobs;
    CommandBus m_commands;
    Importer m_importer;
    LocalUsers m_users;
};

} // namespace ltc
