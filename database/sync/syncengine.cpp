#include "syncengine.h"

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
namespace {

const QString kCursor = QStringLiteral("sync_cursor");
// "done", or where a download stands: {"tables":[left],"after":key,"cursor":v,"sweep":bool}
const QString kBootstrap = QStringLiteral("sync_bootstrap");
// Tables to download again (a rejected import's): the same JSON while one is under way.
const QString kResync = QStringLiteral("sync_resync");
const QString kLastSync = QStringLiteral("last_sync");
constexpr qint64 kMinChunk = 16 * 1024;
// The server and scope this store belongs to, and the user it last synced as (ltcctl's default).
const QString kBoundServer = QStringLiteral("sync_server");
const QString kBoundScope = QStringLiteral("sync_scope");
const QString kSyncUser = QStringLiteral("sync_user");

QJsonArray parseArray(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).array(); }
QJsonObject parseObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString compact(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }

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

// Undoes the optimistic effect of this client's unconfirmed commands (latest first), from the
// before → after rows the outbox kept.
bool undoUnconfirmed(QSqlDatabase &db, LocalRows &rows, QString *error)
{
    QSqlQuery query = querySql(db, QStringLiteral("SELECT changes FROM outbox WHERE status IN ('pending', 'rejected') "
                                                  "ORDER BY seq DESC"));
    QList<QJsonArray> undo;
    while (query.next())
        undo.append(parseArray(query.value(0).toString()));
    for (const QJsonArray &changes : undo) {
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            const QJsonObject change = changes.at(i).toObject();
            const QString table = change.value(QStringLiteral("table")).toString();
            const QJsonValue before = change.value(QStringLiteral("before"));
            // Undoing an insert deletes the row it made, found by its own key columns.
            const bool ok = before.isObject()
                                ? rows.upsert(table, before.toObject(), error)
                                : rows.remove(table, change.value(QStringLiteral("key")).toString(),
                                              change.value(QStringLiteral("after")).toObject(), error);
            if (!ok)
                return false;
        }
    }
    return true;
}

// The rows the server sent back with rejected commands: its current state of what they touched.
bool applyRejectedRows(QSqlDatabase &db, LocalRows &rows, QString *error)
{
    QSqlQuery query = querySql(db, QStringLiteral("SELECT result FROM outbox WHERE status = 'rejected' ORDER BY seq"));
    QList<QJsonArray> all;
    while (query.next())
        all.append(parseObject(query.value(0).toString()).value(QStringLiteral("rows")).toArray());
    for (const QJsonArray &list : all) {
        for (const QJsonValue &value : list) {
            const QJsonObject entry = value.toObject();
            const QString table = entry.value(QStringLiteral("table")).toString();
            const QJsonValue row = entry.value(QStringLiteral("row"));
            const bool ok = row.isObject() ? rows.upsert(table, row.toObject(), error)
                                           : rows.remove(table, entry.value(QStringLiteral("key")).toString(), {}, error);
            if (!ok)
                return false;
        }
    }
    return true;
}

// The server's rows a download held back (they carry a change not decided yet), now applied
// under the rebase of that change.
bool applyHeldRows(QSqlDatabase &db, LocalRows &rows, QString *error)
{
    QSqlQuery query = querySql(db, QStringLiteral("SELECT table_name, row_data FROM sync_held_rows"));
    QList<QPair<QString, QJsonObject>> held;
    while (query.next())
        held.append({query.value(0).toString(), parseObject(query.value(1).toString())});
    for (const auto &[table, row] : held) {
        if (!rows.upsert(table, row, error))
            return false;
    }
    return execSql(db, QStringLiteral("DELETE FROM sync_held_rows"), {}, error);
}

SyncResult failed(SyncResult::State state, const QString &message)
{
    SyncResult result;
    result.state = state;
    result.message = message;
    return result;
}

// A request sent on a helper thread while this one goes on (the transport waits for its
// answer): the first download asks for page n+1 while SQLite stores page n. Never more than one
// at a time; going out of scope waits for the answer (a GET of the bootstrap: nothing to undo).
class RequestAhead {
public:
    explicit RequestAhead(std::function<HttpReply()> request)
        : m_thread(QThread::create([this, request = std::move(request)] { m_reply = request(); }))
    {
        m_thread->start();
    }
    ~RequestAhead() { m_thread->wait(); }
    RequestAhead(const RequestAhead &) = delete;
    RequestAhead &operator=(const RequestAhead &) = delete;

    HttpReply take()
    {
        m_thread->wait();
        return std::move(m_reply);
    }

private:
    HttpReply m_reply;
    std::unique_ptr<QThread> m_thread;
};

bool applyChange(LocalRows &rows, const QJsonObject &change, QString *error)
{
    const QString table = change.value(QStringLiteral("table")).toString();
    if (change.value(QStringLiteral("op")).toString() == QStringLiteral("delete"))
        return rows.remove(table, change.value(QStringLiteral("key")).toString(),
                           change.value(QStringLiteral("row")).toObject(), error);
    return rows.upsert(table, change.value(QStringLiteral("row")).toObject(), error);
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

// Every change since the cursor, page by page, staged in sync_pulled (an audit or an import on
// the server brings a million: they never sit in memory at once), then applied as one checkpoint.
SyncResult SyncEngine::pull(const SyncProgress &progress)
{
    QSqlDatabase db = m_store.database().connection();
    qint64 cursor = metaValue(db, kCursor, QStringLiteral("0")).toLongLong();
    QString error;
    if (!execSql(db, QStringLiteral("DELETE FROM sync_pulled"), {}, &error))  // a pull cut short before
        return failed(SyncResult::State::Failed, error);
    qint64 staged = 0;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        addSchema(query);
        const HttpReply reply = m_transport.get(QStringLiteral("/api/v1/sync/pull"), query, m_token);
        if (reply.status == 410) {  // what was staged is older than the download that follows
            execSql(db, QStringLiteral("DELETE FROM sync_pulled"));
            return failed(SyncResult::State::Done, QStringLiteral("gone"));
        }
        if (reply.status != 200)
            return fromReply(reply);
        if (!stagePulled(db, reply.body.value(QStringLiteral("changes")).toArray(), &staged, &error))
            return failed(SyncResult::State::Failed, error);
        cursor = reply.body.value(QStringLiteral("cursor")).toInteger(cursor);
        if (progress)
            progress(QStringLiteral("pull"), staged, staged);
        if (!reply.body.value(QStringLiteral("has_more")).toBool())
            break;
    }
    SyncResult result;
    if (!applyCheckpoint(cursor, &error))
        return failed(SyncResult::State::Failed, error);
    result.pulled = int(staged);
    return result;
}

bool SyncEngine::stagePulled(QSqlDatabase &db, const QJsonArray &changes, qint64 *staged, QString *error)
{
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO sync_pulled (position, change) VALUES (?, ?)"));
    for (const QJsonValue &change : changes) {
        insert.bindValue(0, ++*staged);
        insert.bindValue(1, compact(change.toObject()));
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return false;
        }
    }
    return transaction.commit(error);
}

// Who a pending change is replayed as: the change was checked against its maker when it was made
// here; replaying re-creates its local effect on the server's rows (the server checks it again
// when it comes). Its maker as this store knows them; the batch operator (never a local account)
// with every role; anyone else with every role in this store's district — never narrowed to
// whoever syncs now, and never given a district the store does not have.
UserIdentity SyncEngine::replayIdentity(const QString &maker) const
{
    if (const std::optional<UserIdentity> known = m_store.users().find(maker))
        return *known;
    QSqlDatabase db = m_store.database().connection();
    const QString scope = metaValue(db, kBoundScope, m_user.district);
    const bool operatorWork = maker.startsWith(QStringLiteral("ltcctl:"));
    return UserIdentity{maker, maker, maker, allRoleIds(), operatorWork || scope.isEmpty() ? kAllDistricts : scope};
}

bool SyncEngine::applyCheckpoint(qint64 cursor, QString *error)
{
    QSqlDatabase db = m_store.database().connection();
    Transaction transaction(db);
    // Rows may arrive before the rows they refer to (another district's person leaving scope,
    // a conclusion of a person pulled later in the same checkpoint): check at commit.
    execSql(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    LocalRows rows(db, m_store.registry());
    if (!undoUnconfirmed(db, rows, error) || !applyRejectedRows(db, rows, error) || !applyHeldRows(db, rows, error))
        return false;
    {
        QSqlQuery staged = querySql(db, QStringLiteral("SELECT change FROM sync_pulled ORDER BY position"));
        while (staged.next()) {
            if (!applyChange(rows, parseObject(staged.value(0).toString()), error))
                return false;
        }
    }
    if (!execSql(db, QStringLiteral("DELETE FROM sync_pulled"), {}, error)
        || !setMetaValue(db, kCursor, QString::number(cursor), error))
        return false;
    // Rebase: the commands the server has not seen yet, applied again on the server's rows.
    QSqlQuery pending = querySql(db, QStringLiteral("SELECT seq, command, args, username FROM outbox WHERE status = "
                                                    "'pending' ORDER BY seq"));
    QList<QVariantList> commands;
    while (pending.next())
        commands.append({pending.value(0), pending.value(1), pending.value(2), pending.value(3)});
    for (const QVariantList &command : commands) {
        const CommandSpec *spec = CommandPipeline(m_store.registry()).find(command.at(1).toString());
        const UserIdentity user = replayIdentity(command.at(3).toString());
        // Derived rows come from the server's copy; an import is applied again from its file.
        CommandContext context =
            CommandPipeline::context(db, user, CommandSetup{QDateTime::currentDateTimeUtc(), m_store.blobs().source(), false, {}});
        // Each replay on its own savepoint: one that fails halfway (an import meeting a month
        // that has moved past first review) leaves nothing of itself.
        if (!execSql(db, QStringLiteral("SAVEPOINT replay"), {}, error))
            return false;
        const bool applied = spec && CommandPipeline::apply(context, *spec, parseObject(command.at(2).toString())).ok();
        if (!execSql(db, applied ? QStringLiteral("RELEASE SAVEPOINT replay") : QStringLiteral("ROLLBACK TO SAVEPOINT replay"),
                     {}, error)
            || (!applied && !execSql(db, QStringLiteral("RELEASE SAVEPOINT replay"), {}, error)))
            return false;
        const QJsonArray made = applied ? madeChanges(context.changes()) : QJsonArray();
        if (!execSql(db, QStringLiteral("UPDATE outbox SET changes = ? WHERE seq = ?"), {compact(made), command.at(0)},
                     error))
            return false;
    }
    if (!execSql(db, QStringLiteral("UPDATE outbox SET status = 'rejected_seen' WHERE status = 'rejected'"), {}, error))
        return false;
    return transaction.commit(error);
}

// Rows that carry a change the server has not decided — this store's pending commands, and
// the rejected ones whose answer is not applied yet — as "table\x1fkey" (LocalRows::keyText);
// and the tables a pending import writes (its rows are not listed: it is applied again from its
// file on the server's rows).
SyncEngine::Undecided SyncEngine::undecided(QSqlDatabase &db, LocalRows &rows) const
{
    Undecided found;
    QSqlQuery query = querySql(db, QStringLiteral("SELECT command, changes FROM outbox WHERE status IN ('pending', "
                                                  "'rejected')"));
    while (query.next()) {
        if (const ImportSpec *spec = importOf(query.value(0).toString()))
            found.importTables.insert(importTable(*spec));
        for (const QJsonValue &value : parseArray(query.value(1).toString())) {
            const QJsonObject change = value.toObject();
            const QString table = change.value(QStringLiteral("table")).toString();
            const QJsonValue row = change.value(QStringLiteral("after")).isObject() ? change.value(QStringLiteral("after"))
                                                                                    : change.value(QStringLiteral("before"));
            if (row.isObject())
                found.keys.insert(table + QLatin1Char('\x1f') + rows.keyText(table, row.toObject()));
        }
    }
    return found;
}

const ImportSpec *SyncEngine::importOf(const QString &command) const
{
    static const QString prefix = QStringLiteral("import.");
    return command.startsWith(prefix) ? m_store.registry().importSpec(command.mid(prefix.size())) : nullptr;
}

// A download of whole tables, page by page, each page its own transaction with where to resume.
// It never empties a table and never overwrites a row carrying an undecided change (the server's
// copy is held for the checkpoint that rebases the change); a re-download (`sweep`) then removes
// the rows the server no longer has, except those.
SyncResult SyncEngine::download(const QString &stateKey, const QStringList &initialTables, bool sweep,
                                const SyncProgress &progress)
{
    QSqlDatabase db = m_store.database().connection();
    LocalRows rows(db, m_store.registry());
    QJsonObject state = parseObject(metaValue(db, stateKey));
    QStringList tables = initialTables;
    if (state.contains(QStringLiteral("tables"))) {
        tables.clear();
        for (const QJsonValue &table : state.value(QStringLiteral("tables")).toArray())
            tables << table.toString();
        sweep = state.value(QStringLiteral("sweep")).toBool();
    }
    QString after = state.value(QStringLiteral("after")).toString();
    qint64 startCursor = state.value(QStringLiteral("cursor")).toInteger(-1);
    const Undecided held = undecided(db, rows);
    SyncResult result;
    result.bootstrapped = true;
    // Tables come in declaration order, but a page may still refer to rows of a later table.
    execSql(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto restoreKeys = qScopeGuard([&db] { execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")); });
    const auto pageQuery = [this](const QString &table, const QString &from) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("table"), table);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        addSchema(query);
        if (!from.isEmpty())
            query.addQueryItem(QStringLiteral("after"), from);
        return query;
    };
    const QString path = QStringLiteral("/api/v1/sync/bootstrap");
    const int total = int(tables.size());
    std::unique_ptr<RequestAhead> ahead;  // the table's next page, already asked for
    while (!tables.isEmpty()) {
        const QString table = tables.first();
        for (;;) {
            const HttpReply reply = ahead ? ahead->take() : m_transport.get(path, pageQuery(table, after), m_token);
            ahead.reset();
            if (reply.status == 400 && after.isEmpty())
                break;  // a table this server does not serve (newer here)
            if (reply.status != 200)
                return fromReply(reply);
            const qint64 pageCursor = reply.body.value(QStringLiteral("cursor")).toInteger();
            startCursor = startCursor < 0 ? pageCursor : std::min(startCursor, pageCursor);
            const bool more = reply.body.value(QStringLiteral("has_more")).toBool();
            const QString next = more ? reply.body.value(QStringLiteral("next")).toString() : QString();
            // The server reads and encodes the next page while this one is written.
            if (more) {
                ahead = std::make_unique<RequestAhead>(
                    [this, &path, query = pageQuery(table, next)] { return m_transport.get(path, query, m_token); });
            }
            Transaction transaction(db);
            QString error;
            for (const QJsonValue &value : reply.body.value(QStringLiteral("rows")).toArray()) {
                if (!storeDownloaded(rows, table, value.toObject(), held, sweep, &error))
                    return failed(SyncResult::State::Failed, error);
                ++result.pulled;
            }
            after = next;
            if (!more) {
                if (sweep && !held.importTables.contains(table)
                    && !rows.sweepUnseen(table, tableKeys(held, table), nullptr, &error))
                    return failed(SyncResult::State::Failed, error);
                tables.removeFirst();
            }
            const QJsonObject resume{{QStringLiteral("tables"), QJsonArray::fromStringList(tables)},
                                     {QStringLiteral("after"), after},
                                     {QStringLiteral("cursor"), startCursor},
                                     {QStringLiteral("sweep"), sweep}};
            if (!setMetaValue(db, stateKey, compact(resume), &error) || !transaction.commit(&error))
                return failed(SyncResult::State::Failed, error);
            if (progress && !progress(QStringLiteral("bootstrap ") + table, total - tables.size(), total))
                return failed(SyncResult::State::Offline, Tr::tr("the download was interrupted"));
            if (!more)
                break;
        }
        if (!tables.isEmpty() && tables.first() == table)
            tables.removeFirst();  // a table the server does not serve
    }
    restoreKeys.dismiss();
    execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    result.message = QString::number(std::max<qint64>(startCursor, 0));
    return result;
}

bool SyncEngine::storeDownloaded(LocalRows &rows, const QString &table, const QJsonObject &row, const Undecided &held,
                                 bool sweep, QString *error)
{
    const QString key = rows.keyText(table, row);
    if (sweep && !rows.markSeen(table, row, error))
        return false;
    if (!held.keys.contains(table + QLatin1Char('\x1f') + key))
        return rows.upsert(table, row, error);
    QSqlDatabase db = m_store.database().connection();
    return execSql(db,
                   QStringLiteral("INSERT INTO sync_held_rows (table_name, row_key, row_data) VALUES (?, ?, ?) ON "
                                  "CONFLICT (table_name, row_key) DO UPDATE SET row_data = excluded.row_data"),
                   {table, key, compact(row)}, error);
}

QSet<QString> SyncEngine::tableKeys(const Undecided &held, const QString &table)
{
    QSet<QString> keys;
    const QString prefix = table + QLatin1Char('\x1f');
    for (const QString &key : held.keys) {
        if (key.startsWith(prefix))
            keys.insert(key.mid(prefix.size()));
    }
    return keys;
}

SyncResult SyncEngine::bootstrap(const SyncProgress &progress)
{
    QSqlDatabase db = m_store.database().connection();
    LocalRows rows(db, m_store.registry());
    // A store that synced before (this is a re-download after the server purged our cursor)
    // removes what the server no longer has; a first download only adds — local work stays.
    const bool redownload = !metaValue(db, kCursor).isEmpty();
    SyncResult downloaded = download(kBootstrap, rows.syncedTables(), redownload, progress);
    if (!downloaded.ok())
        return downloaded;
    QString error;
    // The pending commands on top of the fresh copy, and from here on incremental pulls.
    if (!applyCheckpoint(downloaded.message.toLongLong(), &error)
        || !setMetaValue(db, kBootstrap, QStringLiteral("done"), &error))
        return failed(SyncResult::State::Failed, error);
    SyncResult rest = pull(progress);
    rest.bootstrapped = true;
    rest.pulled += downloaded.pulled;
    return rest;
}

// Tables a rejected import wrote are downloaded again (rows it wrote that the server does not
// have go); then the pull catches up from the cursor as usual.
SyncResult SyncEngine::resync(const SyncProgress &progress)
{
    QSqlDatabase db = m_store.database().connection();
    const QString pending = metaValue(db, kResync);
    if (pending.isEmpty())
        return {};
    QStringList tables;
    for (const QJsonValue &table : QJsonDocument::fromJson(pending.toUtf8()).array())
        tables << table.toString();
    SyncResult downloaded = download(kResync, tables, true, progress);
    if (!downloaded.ok())
        return downloaded;
    QString error;
    if (!applyCheckpoint(metaValue(db, kCursor, QStringLiteral("0")).toLongLong(), &error)
        || !setMetaValue(db, kResync, QString(), &error))
        return failed(SyncResult::State::Failed, error);
    SyncResult rest = pull(progress);
    rest.pulled += downloaded.pulled;
    return rest;
}

bool SyncEngine::noteRejectedImport(QSqlDatabase &db, const QString &command, QString *error)
{
    const ImportSpec *spec = importOf(command);
    if (!spec)
        return true;
    const QString current = metaValue(db, kResync);
    const QJsonDocument state = QJsonDocument::fromJson(current.toUtf8());
    const QString table = importTable(*spec);
    if (state.isObject()) {  // a download of them is under way: the table joins it
        QJsonObject underWay = state.object();
        QJsonArray queued = underWay.value(QStringLiteral("tables")).toArray();
        if (!queued.contains(table))
            queued.append(table);
        underWay.insert(QStringLiteral("tables"), queued);
        return setMetaValue(db, kResync, compact(underWay), error);
    }
    QStringList tables;
    for (const QJsonValue &queued : state.array())
        tables << queued.toString();
    if (!tables.contains(table))
        tables << table;
    return setMetaValue(db, kResync, compact(QJsonArray::fromStringList(tables)), error);
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
