#pragma once
// Applies commands to the local store. One transaction holds the change, its audit record and
// its outbox row (client id + seq, for sync): a crash leaves all three or none, and a command
// whose apply fails leaves nothing at all.
#include "command.h"
#include "domainregistry.h"

#include <QJsonObject>
#include <QString>

namespace ltc {

class Database;

class CommandBus {
public:
    CommandBus(const Database &database, const DomainRegistry &registry);

    // Checks the command exists and the user's roles allow it, then applies it.
    CommandOutcome execute(const UserIdentity &user, const QString &name, const QJsonObject &args);

    int pendingCount() const;  // outbox rows not yet accepted by the server

private:
    bool writeAuditAndOutbox(CommandContext &context, const QString &name, const QJsonObject &args, QString *error);
    const Database &m_database;
    const DomainRegistry &m_registry;
};

} // namespace ltc
