#pragma once
// Applies commands to the local store. One transaction holds the change, its audit record and
// its outbox row (client id + seq, for sync): a crash leaves all three or none, and a command
// whose apply fails leaves nothing at all.
#include "command.h"
#include "commandpipeline.h"
#include "domainregistry.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <QString>

namespace ltc {

class Database;

class CommandBus {
public:
    CommandBus(const Database &database, const DomainRegistry &registry);

    // Checks the command exists and the user's roles allow it, then applies it.
    CommandOutcome execute(const UserIdentity &user, const QString &name, const QJsonObject &args);
    // The same pipeline with another body for the command (an import with progress and a
    // detailed report, which then stands in for the command's own apply).
    CommandOutcome executeWith(const UserIdentity &user, const QString &name, const QJsonObject &args,
                               const CommandApply &apply);
    // Where the commands read the files they name (the store's blobs).
    void setBlobSource(BlobSource source) { m_blobs = std::move(source); }

    int pendingCount() const;  // outbox rows not yet accepted by the server

    // The local clock (UTC), only for what the client shows and keeps locally: on the server,
    // the server's clock decides and versions order everything. Replaceable to test a PC whose
    // clock is wrong.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    bool writeAuditAndOutbox(CommandContext &context, const QString &name, const QJsonObject &args, QString *error);
    const Database &m_database;
    CommandPipeline m_pipeline;
    BlobSource m_blobs;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace ltc
