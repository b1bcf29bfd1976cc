#pragma once
// The heart of the server: applies pushed commands with the same CommandSpec code the desktop
// runs, authoritatively. Each command gets one PostgreSQL transaction under the version lock:
// an already decided (client_id, seq) is answered from its stored result and applied never
// again; otherwise the command is applied, its changes get versions in the change log, it gets
// an audit entry, and its result is stored — all committed together or not at all.
#include "changelog.h"
#include "commandpipeline.h"
#include "domainregistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace ltc::server {

struct PushCommand {
    qint64 seq = 0;
    QString name;
    QJsonObject args;
    std::optional<qint64> baseVersion;
    QString adoptedFrom;  // the local identity that made the change, when another user adopted it
};

struct PushRequest {
    QString clientId;
    int schema = 0;
    std::optional<SchemaVersions> modules;  // each module's version, when the client sends them
    QList<PushCommand> commands;
    // The request, or nothing with *error saying what is malformed (a 400).
    static std::optional<PushRequest> fromJson(const QJsonObject &body, int maxCommands, QString *error);
};

struct PushOutcome {
    enum class Status { Ok, Unavailable };
    Status status = Status::Ok;
    QJsonArray results;  // one per command, in order (Unavailable: those decided before the failure)
};

class CommandApplier {
public:
    CommandApplier(const DomainRegistry &registry, const SyncCatalog &catalog);

    // Every command is decided on its own, in order: a command the user's roles do not allow, one
    // of another district, four-eyes, a state that does not allow the step, a stale base_version
    // or an unknown name is that command's final "rejected" (code "forbidden", "state", …), and
    // the commands behind it go on — a queue never sticks on a change the server will never take.
    PushOutcome push(QSqlDatabase &db, const UserIdentity &user, const PushRequest &request) const;
    // One command in its own transaction; nothing when the database failed (nothing was decided).
    std::optional<QJsonObject> apply(QSqlDatabase &db, const UserIdentity &user, const QString &clientId,
                                     const PushCommand &command) const;

private:
    struct Decision;
    std::optional<Decision> decide(QSqlDatabase &db, const UserIdentity &user, const QString &clientId,
                                   const PushCommand &command) const;
    QJsonArray currentRows(QSqlDatabase &db, const UserIdentity &user, const QJsonObject &args) const;
    CommandPipeline m_pipeline;
    const SyncCatalog &m_catalog;
    ChangeLog m_changeLog;
};

} // namespace ltc::server
