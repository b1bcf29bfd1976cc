#pragma once
// The one way a command is applied (issue 9 item 4): look it up, check the user's roles, make its
// context, run it, and describe it for the audit trail — the same on the desktop (CommandBus,
// which adds the outbox), on the server (CommandApplier, which adds versions and the stored
// result) and in a rebase (SyncEngine, which replays what the server has not decided). What
// each adds around it is its own; what a command is and how it runs is said here once.
#include "command.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <variant>

namespace ltc {

class DomainRegistry;
struct AuditEntry;

// How the context of one application is made.
struct CommandSetup {
    QDateTime now;                        // UTC: the server's clock there, the PC's for display here
    BlobSource blobs;                     // where the files it names are read
    bool keepDerivedRows = false;         // keep rows derived by computation in changes()
    CommandContext::ChangeSink derivedSink;  // or hand them on one by one
};

class CommandPipeline {
public:
    explicit CommandPipeline(const DomainRegistry &registry) : m_registry(registry) {}

    // The command, or why this user may not run it ("unknown_command", "forbidden"; translated).
    std::variant<const CommandSpec *, CommandOutcome> resolve(const UserIdentity &user, const QString &name) const;
    // A command without the role check (a rebase replays a change already checked when made).
    const CommandSpec *find(const QString &name) const;

    static CommandContext context(QSqlDatabase db, const UserIdentity &user, const CommandSetup &setup);
    // Runs `body` (the command's own apply when empty) in `context`.
    static CommandOutcome apply(CommandContext &context, const CommandSpec &spec, const QJsonObject &args,
                                const CommandApply &body = {});

    // The audit entry of an applied command, one shape wherever it was applied:
    // details {"args", "derived_rows"? (how many rows it derived), "origin"? (client_id, seq,
    // adopted_from: where a pushed change came from)}; changes: what a person changed,
    // before → after.
    static AuditEntry auditEntry(const CommandContext &context, const QString &name, const QJsonObject &args,
                                 const QJsonObject &origin = {});

private:
    const DomainRegistry &m_registry;
};

} // namespace ltc
