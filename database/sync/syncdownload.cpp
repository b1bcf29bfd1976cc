// The download half of the sync engine: the pull of changes staged and applied as one
// checkpoint (undo what is unconfirmed, apply the server's rows, rebase what is pending), and the
// first download and re-downloads of whole tables, which never delete what the server has not
// confirmed.
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
} // namespace ltc
