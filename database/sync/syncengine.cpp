#include "syncengine.h"
#include "syncstate.h"

#include "core/tr.h"
#include "localmeta.h"
#include "localrows.h"
#include "commandpipeline.h"
#include "importer.h"
#include "localstore.h"
#include "sql.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QThread>
#include <algorithm>
#include <memory>


namespace ltc {
using namespace syncstate;
namespace {

constexpr qint64 kMinChunk = 16 * 1024;

UserIdentity userFromJson(const QJsonObject &json)
{
    UserIdentity user;
    user.username = json.value(QStringLiteral("name")).toString(json.value(QStringLiteral("username")).toString());
    user.id = json.value(QStringLiteral("id")).toVariant().toString();
    user.displayName = json.value(QStringLiteral("display_name")).toString(user.username);
    for (const QJsonValue &role : json.value(QStringLiteral("roles")).toArray())
        user.roles << role.toString();
    user.district = json.value(QStringLiteral("district")).toString();
    return user;
}
} // namespace

SyncEngine::SyncEngine(LocalStore &store, SyncTransport &transport) : m_store(store), m_transport(transport) {}

int SyncEngine::schema() const { return m_store.schemaNumber(); }

// Each module's version beside the one number: the server answers 426 naming the module that
// differs (and a server of before per-module versions reads the number only).
QJsonObject SyncEngine::moduleVersions() const
{
    QJsonObject modules;
    const SchemaVersions versions = m_store.schemaVersions();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        modules.insert(it.key(), it.value());
    return modules;
}

void SyncEngine::addSchema(QUrlQuery &query) const
{
    query.addQueryItem(QStringLiteral("schema"), QString::number(schema()));
    query.addQueryItem(QStringLiteral("modules"), schemaVersionsText(m_store.schemaVersions()));
}

void SyncEngine::setSession(const QString &token, const UserIdentity &user)
{
    m_token = token;
    m_user = user;
}

SyncResult SyncEngine::fromReply(const HttpReply &reply) const
{
    SyncResult result;
    result.message = reply.error;
    if (reply.transient())
        result.state = SyncResult::State::Offline;
    else if (reply.status == 401)
        result.state = SyncResult::State::SignInRequired;
    else if (reply.status == 403)
        result.state = SyncResult::State::Forbidden;
    else if (reply.status == 426)
        result.state = SyncResult::State::UpgradeRequired;
    else
        result.state = SyncResult::State::Failed;
    return result;
}

SyncResult SyncEngine::signIn(const QString &username, const QString &password)
{
    const HttpReply reply = m_transport.post(QStringLiteral("/api/v1/auth/login"),
                                             {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}},
                                             {});
    if (reply.status != 200)
        return fromReply(reply);
    m_token = reply.body.value(QStringLiteral("token")).toString();
    m_serverId = reply.body.value(QStringLiteral("server")).toObject().value(QStringLiteral("id")).toString();
    m_user = userFromJson(reply.body.value(QStringLiteral("user")).toObject());
    m_user.username = username;  // the account that signed in (the server's "name" is the display name)
    // Offline sign-in as this user from now on (a verifier, never the password), and the user
    // that ltcctl acts as without --as.
    QSqlDatabase db = m_store.database().connection();
    QString error;
    if (!m_store.users().rememberServerAccount(m_user, password, &error)
        || !setMetaValue(db, QStringLiteral("sync_user"), m_user.username, &error))
        return failed(SyncResult::State::Failed, error);
    // Bound now, not only at a round with this sign-in: later rounds may resume with the token.
    return bindStore();
}

// A store belongs to one server and one scope (a district, or a city): the first sync binds it;
// signing in to another server, or as a user of another scope, starts the store afresh — its
// rows were the old scope's, all confirmed there — but only once no change is left unsent.
SyncResult SyncEngine::bindStore()
{
    QSqlDatabase db = m_store.database().connection();
    if (metaValue(db, QStringLiteral("demo")) == QStringLiteral("1"))
        return failed(SyncResult::State::Failed, Tr::tr("this is a demo database with invented data: it cannot be "
                                                        "synchronised with a server"));
    if (m_serverId.isEmpty() || m_user.district.isEmpty())
        return {};  // a session resumed from a token: bound when it signed in
    const QString server = metaValue(db, kBoundServer);
    const QString scope = metaValue(db, kBoundScope);
    const QString address = m_serverId;
    QString error;
    if (server.isEmpty() || (server == address && scope == m_user.district)) {
        if (!setMetaValue(db, kBoundServer, address, &error) || !setMetaValue(db, kBoundScope, m_user.district, &error)
            || !setMetaValue(db, kSyncUser, m_user.username, &error))
            return failed(SyncResult::State::Failed, error);
        return {};
    }
    const int unsent = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")).toInt();
    if (unsent > 0)
        return failed(SyncResult::State::Forbidden,
                      Tr::tr("this database belongs to another server or district (%1) and holds %2 unsent "
                             "change(s): sync them there, or export them, before signing in here as a user of %3")
                          .arg(scope)
                          .arg(unsent)
                          .arg(m_user.district));
    Transaction transaction(db);
    execSql(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    LocalRows rows(db, m_store.registry());
    QStringList tables = rows.syncedTables();
    std::reverse(tables.begin(), tables.end());  // what belongs to a record before the record
    for (const QString &table : tables) {
        if (!execSql(db, QStringLiteral("DELETE FROM %1").arg(table), {}, &error))
            return failed(SyncResult::State::Failed, error);
    }
    for (const QString &key : {kCursor, kBootstrap, kResync}) {
        if (!setMetaValue(db, key, QString(), &error))
            return failed(SyncResult::State::Failed, error);
    }
    // The old scope's answers and download state go too: nothing of it may come back.
    if (!execSql(db, QStringLiteral("DELETE FROM sync_held_rows"), {}, &error)
        || !execSql(db, QStringLiteral("DELETE FROM sync_seen"), {}, &error)
        || !execSql(db, QStringLiteral("DELETE FROM sync_pulled"), {}, &error)
        || !execSql(db, QStringLiteral("UPDATE outbox SET status = 'rejected_seen' WHERE status = 'rejected'"), {}, &error)
        || !setMetaValue(db, kBoundServer, address, &error) || !setMetaValue(db, kBoundScope, m_user.district, &error)
        || !setMetaValue(db, kSyncUser, m_user.username, &error) || !transaction.commit(&error))
        return failed(SyncResult::State::Failed, error);
    return {};
}

SyncResult SyncEngine::syncOnce(const SyncProgress &progress)
{
    if (SyncResult bound = bindStore(); !bound.ok())
        return bound;
    SyncResult pushed = push(progress);
    if (!pushed.ok())
        return pushed;
    QSqlDatabase db = m_store.database().connection();
    SyncResult pulled = metaValue(db, kBootstrap) == QStringLiteral("done") ? pull(progress) : bootstrap(progress);
    if (pulled.state == SyncResult::State::Done && pulled.message == QStringLiteral("gone")) {
        // The server purged the changes since our cursor (410): download everything again,
        // keeping the commands not yet sent.
        setMetaValue(db, kBootstrap, QString());
        pulled = bootstrap(progress);
    }
    if (pulled.ok()) {
        const SyncResult again = resync(progress);
        if (!again.ok())
            return again;
        pulled.pulled += again.pulled;
        const SyncResult files = downloadFiles(progress);
        if (!files.ok())
            return files;
        pulled.filesFetched = files.filesFetched;
        pulled.filesMissing = files.filesMissing;
    }
    pulled.pushed = pushed.pushed;
    pulled.rejected = pushed.rejected;
    pulled.waiting = pushed.waiting;
    pulled.waitingUsers = pushed.waitingUsers;
    if (pulled.ok())
        setMetaValue(db, kLastSync, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return pulled;
}

SyncResult SyncEngine::push(const SyncProgress &progress)
{
    SyncResult result;
    QSqlDatabase db = m_store.database().connection();
    const int total = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")).toInt();
    for (;;) {
        QJsonArray commands = nextPushBatch(db);
        if (commands.isEmpty())
            break;
        // The files the commands name go first: the server applies an import from its file.
        if (SyncResult sent = uploadFiles(db, commands, &result.rejected); !sent.ok()) {
            sent.pushed = result.pushed;
            return sent;
        }
        if (commands.isEmpty())
            continue;  // every command of the batch was refused here (its file is gone)
        const HttpReply reply = m_transport.post(QStringLiteral("/api/v1/sync/push"),
                                                 {{QStringLiteral("client_id"), clientId(db)},
                                                  {QStringLiteral("schema"), schema()},
                                                  {QStringLiteral("modules"), moduleVersions()},
                                                  {QStringLiteral("commands"), commands}},
                                                 m_token);
        // A push the server cannot read (over its body or command limits, 413/400): the batch
        // goes one command at a time; one command the server cannot read alone is rejected here,
        // finally, with its answer — the queue never sticks on it.
        // (A 400 about anything but the commands — the client id, the schema — is no command's
        // fault: it fails the round, and nothing is rejected.)
        const bool unreadable = reply.status == 413
                                || (reply.status == 400 && reply.error.startsWith(QStringLiteral("commands")));
        if (unreadable && commands.size() > 1) {
            m_batchLimit = 1;
            continue;
        }
        if (unreadable) {
            QString error;
            if (!rejectHere(db, commands.first().toObject(), reply.error, &error))
                return failed(SyncResult::State::Failed, error);
            ++result.rejected;
            continue;
        }
        if (reply.status != 200) {
            SyncResult failure = fromReply(reply);
            failure.pushed = result.pushed;
            return failure;
        }
        const QJsonArray results = reply.body.value(QStringLiteral("results")).toArray();
        if (results.isEmpty())
            return failed(SyncResult::State::Failed, Tr::tr("the server answered the push without results"));
        QHash<qint64, QString> names;
        for (const QJsonValue &command : commands)
            names.insert(command.toObject().value(QStringLiteral("seq")).toInteger(),
                         command.toObject().value(QStringLiteral("name")).toString());
        Transaction transaction(db);
        for (const QJsonValue &value : results) {
            const QJsonObject answer = value.toObject();
            const QString status = answer.value(QStringLiteral("status")).toString();
            const bool rejected = status == QStringLiteral("rejected")
                                  || (status == QStringLiteral("duplicate")
                                      && answer.value(QStringLiteral("original")).toString() == QStringLiteral("rejected"));
            if (!execSql(db, QStringLiteral("UPDATE outbox SET status = ?, result = ? WHERE seq = ?"),
                         {rejected ? QStringLiteral("rejected") : QStringLiteral("applied"), compact(answer),
                          answer.value(QStringLiteral("seq")).toInteger()}))
                return failed(SyncResult::State::Failed, Tr::tr("the local database refused the answer"));
            QString error;
            if (rejected && !noteRejectedImport(db, names.value(answer.value(QStringLiteral("seq")).toInteger()), &error))
                return failed(SyncResult::State::Failed, error);
            ++result.pushed;
            result.rejected += rejected ? 1 : 0;
        }
        QString error;
        if (!transaction.commit(&error))
            return failed(SyncResult::State::Failed, error);
        if (progress && !progress(QStringLiteral("push"), result.pushed, total))
            return result;
    }
    const QMap<QString, int> waiting = waitingFor(m_store, m_user.username);
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        result.waiting += it.value();
        result.waitingUsers << it.key();
    }
    return result;
}

// The next commands to push, in seq order: this user's own, up to the first change of another
// identity (a later change may rest on it, so none behind it goes first); with adoption, the
// others' too, marked with whose they were.
QJsonArray SyncEngine::nextPushBatch(QSqlDatabase &db) const
{
    QSqlQuery pending = querySql(db,
                                 QStringLiteral("SELECT seq, command, args, base_version, username FROM outbox WHERE "
                                                "status = 'pending' ORDER BY seq LIMIT ?"),
                                 {m_batchLimit});
    QJsonArray commands;
    while (pending.next()) {
        const QString madeBy = pending.value(4).toString();
        const bool own = madeBy == m_user.username;
        if (!own && !m_adoptOthers)
            break;
        QJsonObject command{{QStringLiteral("seq"), pending.value(0).toLongLong()},
                            {QStringLiteral("name"), pending.value(1).toString()},
                            {QStringLiteral("args"), parseObject(pending.value(2).toString())}};
        if (!pending.value(3).isNull())
            command.insert(QStringLiteral("base_version"), pending.value(3).toLongLong());
        if (!own)
            command.insert(QStringLiteral("adopted_from"), madeBy);
        commands.append(command);
    }
    return commands;
}

// Uploads each file a command of the batch names, resuming where the server's copy ends. A
// command whose file cannot reach the server — gone from this computer, or refused by the server
// (too large, not what its name says) — can never be applied: it is rejected finally with the
// reason and leaves the batch, so the queue never sticks on it.
SyncResult SyncEngine::uploadFiles(QSqlDatabase &db, QJsonArray &commands, int *refused)
{
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QJsonObject command = commands.at(i).toObject();
        const QString blob = command.value(QStringLiteral("args")).toObject().value(QStringLiteral("blob")).toString();
        if (blob.isEmpty())
            continue;
        const HttpReply sent = m_store.blobs().size(blob) < 0 ? HttpReply{404, {}, Tr::tr("the file of this change is no "
                                                                                          "longer on this computer")}
                                                              : upload(blob);
        if (sent.status == 200)
            continue;
        if (sent.transient() || sent.status == 401 || sent.status == 403)
            return fromReply(sent);
        QString error;
        if (!rejectHere(db, command, sent.error, &error))
            return failed(SyncResult::State::Failed, error);
        ++*refused;
        commands.removeAt(i--);
    }
    return {};
}

// A command that can never reach the server, rejected finally here with the reason (listed with
// the refused changes, its optimistic rows undone at the next checkpoint).
bool SyncEngine::rejectHere(QSqlDatabase &db, const QJsonObject &command, const QString &why, QString *error)
{
    const QJsonObject answer{{QStringLiteral("seq"), command.value(QStringLiteral("seq"))},
                             {QStringLiteral("status"), QStringLiteral("rejected")},
                             {QStringLiteral("code"), QStringLiteral("invalid")},
                             {QStringLiteral("error"), why}};
    return execSql(db, QStringLiteral("UPDATE outbox SET status = 'rejected', result = ? WHERE seq = ?"),
                   {compact(answer), command.value(QStringLiteral("seq")).toInteger()}, error)
           && noteRejectedImport(db, command.value(QStringLiteral("name")).toString(), error);
}

// The file's upload; the answer that ended it (200 when the server has it whole).
HttpReply SyncEngine::upload(const QString &sha256)
{
    const qint64 size = m_store.blobs().size(sha256);
    QUrlQuery ask;
    ask.addQueryItem(QStringLiteral("sha256"), sha256);
    HttpReply status = m_transport.get(QStringLiteral("/api/v1/blobs/status"), ask, m_token);
    if (status.status != 200 && status.status != 404)
        return status;
    if (status.status == 200 && status.body.value(QStringLiteral("complete")).toBool())
        return status;
    qint64 offset = status.status == 200 ? status.body.value(QStringLiteral("received")).toInteger() : 0;
    for (;;) {
        QString error;
        const std::optional<QByteArray> chunk = m_store.blobs().readPart(sha256, offset, m_chunkSize, &error);
        if (!chunk || chunk->isEmpty())
            return HttpReply{404, {}, error.isEmpty() ? Tr::tr("the file of this change is incomplete here") : error};
        QUrlQuery where = ask;
        where.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        where.addQueryItem(QStringLiteral("size"), QString::number(size));
        const HttpReply reply = m_transport.postBytes(QStringLiteral("/api/v1/blobs/upload"), where, *chunk, m_token);
        if (reply.status == 409) {  // the server has another part: go on from there
            offset = reply.body.value(QStringLiteral("received")).toInteger();
            continue;
        }
        // The request was over the server's (or its proxy's) body limit: smaller chunks. (A file
        // over the server's file limit is answered with that limit, and is final.)
        if (reply.status == 413 && !reply.body.contains(QStringLiteral("max_blob_bytes")) && m_chunkSize > kMinChunk) {
            m_chunkSize /= 2;
            continue;
        }
        if (reply.status != 200 || reply.body.value(QStringLiteral("complete")).toBool())
            return reply;
        offset = reply.body.value(QStringLiteral("received")).toInteger(offset + chunk->size());
    }
}

QMap<QString, int> SyncEngine::waitingFor(LocalStore &store, const QString &username)
{
    QSqlDatabase db = store.database().connection();
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT username, COUNT(*) FROM outbox WHERE status = 'pending' AND "
                                              "username <> ? GROUP BY username ORDER BY username"),
                               {username});
    QMap<QString, int> waiting;
    while (query.next())
        waiting.insert(query.value(0).toString(), query.value(1).toInt());
    return waiting;
}

QList<RejectedCommand> rejectedCommands(LocalStore &store)
{
    QSqlDatabase db = store.database().connection();
    QSqlQuery query = querySql(db, QStringLiteral("SELECT seq, command, args, result, created_at, username FROM outbox "
                                                  "WHERE status IN ('rejected', 'rejected_seen') ORDER BY seq DESC"));
    QList<RejectedCommand> list;
    while (query.next()) {
        const QJsonObject result = parseObject(query.value(3).toString());
        list.append({query.value(0).toLongLong(), query.value(1).toString(), parseObject(query.value(2).toString()),
                     result.value(QStringLiteral("code")).toString(),
                     result.value(QStringLiteral("error")).toString(), query.value(4).toString(),
                     query.value(5).toString()});
    }
    return list;
}

bool exportPendingCommands(LocalStore &store, const QString &path, QString *error)
{
    QSqlDatabase db = store.database().connection();
    QSqlQuery query = querySql(db, QStringLiteral("SELECT seq, command, args, base_version, username, created_at FROM "
                                                  "outbox WHERE status = 'pending' ORDER BY seq"));
    QJsonArray commands;
    while (query.next()) {
        commands.append(QJsonObject{{QStringLiteral("seq"), query.value(0).toLongLong()},
                                    {QStringLiteral("name"), query.value(1).toString()},
                                    {QStringLiteral("args"), parseObject(query.value(2).toString())},
                                    {QStringLiteral("base_version"), QJsonValue::fromVariant(query.value(3))},
                                    {QStringLiteral("username"), query.value(4).toString()},
                                    {QStringLiteral("created_at"), query.value(5).toString()}});
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("client_id"), clientId(db)},
                                         {QStringLiteral("commands"), commands}})
                   .toJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ltc
