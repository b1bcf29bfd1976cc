#include "syncengine.h"

#include "core/tr.h"
#include "localmeta.h"
#include "localrows.h"
#include "localstore.h"
#include "sql.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>
#include <QThread>
#include <memory>

namespace ltc {
namespace {

const QString kCursor = QStringLiteral("sync_cursor");
const QString kBootstrap = QStringLiteral("sync_bootstrap");  // "done", or {"table":i,"after":…,"cursor":v}
const QString kLastSync = QStringLiteral("last_sync");

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
    m_user = userFromJson(reply.body.value(QStringLiteral("user")).toObject());
    m_user.username = username;  // the account that signed in (the server's "name" is the display name)
    // Offline sign-in as this user from now on (a verifier, never the password), and the user
    // that ltcctl acts as without --as.
    QSqlDatabase db = m_store.database().connection();
    QString error;
    if (!m_store.users().rememberServerAccount(m_user, password, &error)
        || !setMetaValue(db, QStringLiteral("sync_user"), m_user.username, &error))
        return failed(SyncResult::State::Failed, error);
    return {};
}

SyncResult SyncEngine::syncOnce(const SyncProgress &progress)
{
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
    pulled.pushed = pushed.pushed;
    pulled.rejected = pushed.rejected;
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
        QSqlQuery pending = querySql(db,
                                     QStringLiteral("SELECT seq, command, args, base_version FROM outbox WHERE status = "
                                                    "'pending' ORDER BY seq LIMIT ?"),
                                     {kPushBatch});
        QJsonArray commands;
        while (pending.next()) {
            QJsonObject command{{QStringLiteral("seq"), pending.value(0).toLongLong()},
                                {QStringLiteral("name"), pending.value(1).toString()},
                                {QStringLiteral("args"), parseObject(pending.value(2).toString())}};
            if (!pending.value(3).isNull())
                command.insert(QStringLiteral("base_version"), pending.value(3).toLongLong());
            commands.append(command);
        }
        if (commands.isEmpty())
            return result;
        const HttpReply reply = m_transport.post(QStringLiteral("/api/v1/sync/push"),
                                                 {{QStringLiteral("client_id"), clientId(db)},
                                                  {QStringLiteral("schema"), schema()},
                                                  {QStringLiteral("commands"), commands}},
                                                 m_token);
        if (reply.status != 200) {
            SyncResult failure = fromReply(reply);
            failure.pushed = result.pushed;
            return failure;
        }
        const QJsonArray results = reply.body.value(QStringLiteral("results")).toArray();
        if (results.isEmpty())
            return failed(SyncResult::State::Failed, Tr::tr("the server answered the push without results"));
        Transaction transaction(db);
        for (const QJsonValue &value : results) {
            const QJsonObject answer = value.toObject();
            const QString status = answer.value(QStringLiteral("status")).toString();
            const bool rejected = status == QStringLiteral("rejected");
            if (!execSql(db, QStringLiteral("UPDATE outbox SET status = ?, result = ? WHERE seq = ?"),
                         {rejected ? QStringLiteral("rejected") : QStringLiteral("applied"), compact(answer),
                          answer.value(QStringLiteral("seq")).toInteger()}))
                return failed(SyncResult::State::Failed, Tr::tr("the local database refused the answer"));
            ++result.pushed;
            result.rejected += rejected ? 1 : 0;
        }
        QString error;
        if (!transaction.commit(&error))
            return failed(SyncResult::State::Failed, error);
        if (progress && !progress(QStringLiteral("push"), result.pushed, total))
            return result;
    }
}

SyncResult SyncEngine::pull(const SyncProgress &progress)
{
    QSqlDatabase db = m_store.database().connection();
    qint64 cursor = metaValue(db, kCursor, QStringLiteral("0")).toLongLong();
    QJsonArray changes;  // one checkpoint: everything up to has_more = false
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        query.addQueryItem(QStringLiteral("schema"), QString::number(schema()));
        const HttpReply reply = m_transport.get(QStringLiteral("/api/v1/sync/pull"), query, m_token);
        if (reply.status == 410)
            return failed(SyncResult::State::Done, QStringLiteral("gone"));
        if (reply.status != 200)
            return fromReply(reply);
        for (const QJsonValue &change : reply.body.value(QStringLiteral("changes")).toArray())
            changes.append(change);
        cursor = reply.body.value(QStringLiteral("cursor")).toInteger(cursor);
        if (progress)
            progress(QStringLiteral("pull"), changes.size(), changes.size());
        if (!reply.body.value(QStringLiteral("has_more")).toBool())
            break;
    }
    SyncResult result;
    QString error;
    if (!applyCheckpoint(changes, cursor, &error))
        return failed(SyncResult::State::Failed, error);
    result.pulled = int(changes.size());
    return result;
}

bool SyncEngine::applyCheckpoint(const QJsonArray &changes, qint64 cursor, QString *error)
{
    QSqlDatabase db = m_store.database().connection();
    Transaction transaction(db);
    // Rows may arrive before the rows they refer to (another district's person leaving scope,
    // a conclusion of a person pulled later in the same checkpoint): check at commit.
    execSql(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    LocalRows rows(db);
    if (!undoUnconfirmed(db, rows, error) || !applyRejectedRows(db, rows, error))
        return false;
    for (const QJsonValue &change : changes) {
        if (!applyChange(rows, change.toObject(), error))
            return false;
    }
    if (!setMetaValue(db, kCursor, QString::number(cursor), error))
        return false;
    // Rebase: the commands the server has not seen yet, applied again on the server's rows.
    QSqlQuery pending = querySql(db, QStringLiteral("SELECT seq, command, args, username FROM outbox WHERE status = "
                                                    "'pending' ORDER BY seq"));
    QList<QVariantList> commands;
    while (pending.next())
        commands.append({pending.value(0), pending.value(1), pending.value(2), pending.value(3)});
    for (const QVariantList &command : commands) {
        const CommandSpec *spec = m_store.registry().command(command.at(1).toString());
        const UserIdentity user = m_store.users().find(command.at(3).toString()).value_or(m_user);
        CommandContext context(db, user, QDateTime::currentDateTimeUtc());
        context.setKeepDerivedRows(false);  // derived rows come from the server's copy
        const bool applied = spec && spec->apply(context, parseObject(command.at(2).toString())).ok();
        const QJsonArray made = applied ? madeChanges(context.changes()) : QJsonArray();
        if (!execSql(db, QStringLiteral("UPDATE outbox SET changes = ? WHERE seq = ?"), {compact(made), command.at(0)},
                     error))
            return false;
    }
    if (!execSql(db, QStringLiteral("UPDATE outbox SET status = 'rejected_seen' WHERE status = 'rejected'"), {}, error))
        return false;
    return transaction.commit(error);
}

SyncResult SyncEngine::bootstrap(const SyncProgress &progress)
{
    QSqlDatabase db = m_store.database().connection();
    LocalRows rows(db);
    const QStringList tables = rows.syncedTables();
    QJsonObject state = parseObject(metaValue(db, kBootstrap));
    int tableIndex = state.value(QStringLiteral("table")).toInt(0);
    QString after = state.value(QStringLiteral("after")).toString();
    qint64 startCursor = state.value(QStringLiteral("cursor")).toInteger(-1);
    SyncResult result;
    result.bootstrapped = true;
    // Tables come in creation order, but a page may still refer to rows of a later table.
    execSql(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    auto restoreKeys = qScopeGuard([&db] { execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")); });
    const auto pageQuery = [this](const QString &table, const QString &from) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("table"), table);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        query.addQueryItem(QStringLiteral("schema"), QString::number(schema()));
        if (!from.isEmpty())
            query.addQueryItem(QStringLiteral("after"), from);
        return query;
    };
    const QString path = QStringLiteral("/api/v1/sync/bootstrap");
    std::unique_ptr<RequestAhead> ahead;  // the table's next page, already asked for
    for (; tableIndex < tables.size(); ++tableIndex, after.clear()) {
        const QString table = tables.at(tableIndex);
        for (;;) {
            const HttpReply reply = ahead ? ahead->take() : m_transport.get(path, pageQuery(table, after), m_token);
            ahead.reset();
            if (reply.status == 400 && after.isEmpty())
                break;  // a table this server does not serve (local only there, or newer here)
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
            // One page per transaction, with where to resume: a dropped download goes on from here.
            Transaction transaction(db);
            QString error;
            if (after.isEmpty() && !rows.clear(table, &error))
                return failed(SyncResult::State::Failed, error);
            for (const QJsonValue &row : reply.body.value(QStringLiteral("rows")).toArray()) {
                if (!rows.upsert(table, row.toObject(), &error))
                    return failed(SyncResult::State::Failed, error);
                ++result.pulled;
            }
            after = next;
            const QJsonObject resume{{QStringLiteral("table"), more ? tableIndex : tableIndex + 1},
                                     {QStringLiteral("after"), after},
                                     {QStringLiteral("cursor"), startCursor}};
            if (!setMetaValue(db, kBootstrap, compact(resume), &error) || !transaction.commit(&error))
                return failed(SyncResult::State::Failed, error);
            if (progress && !progress(QStringLiteral("bootstrap ") + table, tableIndex, tables.size()))
                return failed(SyncResult::State::Offline, Tr::tr("the download was interrupted"));
            if (!more)
                break;
        }
    }
    restoreKeys.dismiss();
    execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    QString error;
    // The pending commands on top of the fresh copy, and from here on incremental pulls.
    if (!applyCheckpoint({}, std::max<qint64>(startCursor, 0), &error)
        || !setMetaValue(db, kBootstrap, QStringLiteral("done"), &error))
        return failed(SyncResult::State::Failed, error);
    SyncResult rest = pull(progress);
    rest.bootstrapped = true;
    rest.pulled += result.pulled;
    return rest;
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
