#pragma once
// The client half of sync (ARCHITECTURE.md "Sync: the guarantees"). One round: push the outbox
// in seq order (a retry of a lost answer is answered "duplicate" by the server, never applied
// twice), then pull every change since the cursor and apply it as ONE checkpoint: undo this
// client's unconfirmed commands, apply the server's rows (and the rows of rejected commands),
// then apply the still-pending commands again on top (rebase) — so the screen never shows a
// half-synced state, and a rejected command leaves the server's rows. A first sync (or one
// after the server purged our cursor: 410) downloads each table in pages, resumably, asking
// for the next page while it writes one.
// Runs on a worker thread; everything it writes goes through the thread's own connection.
#include "core/roles.h"
#include "synctransport.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace ltc {

class LocalStore;
class LocalRows;
struct ImportSpec;

struct SyncResult {
    enum class State {
        Done,             // pushed and pulled
        Offline,          // no answer or a server error: try again later, by itself
        SignInRequired,   // the token expired or was refused: sign in again
        Forbidden,        // the account may no longer sync (revoked): keep and export the outbox
        UpgradeRequired,  // the server no longer serves this client's schema
        Failed            // a local failure (disk, database)
    };
    State state = State::Done;
    QString message;
    int pushed = 0;
    int rejected = 0;
    int pulled = 0;
    int filesFetched = 0;  // files named by the district's rows, downloaded this round
    int filesMissing = 0;  // … that the server did not serve (tried again next round)
    bool bootstrapped = false;
    // Changes made in this store by other identities (another user, the local operator), kept
    // for them: pushed only by their own sign-in or when adopted (setAdoptOthers).
    int waiting = 0;
    QStringList waitingUsers;
    bool ok() const { return state == State::Done; }
};

// One rejected command, for the conflicts list: what it was and what the server said.
struct RejectedCommand {
    qint64 seq = 0;
    QString command;
    QJsonObject args;
    QString errorCode;
    QString message;
    QString createdAt;
    QString username;
};

// Called with what the engine is doing ("push", "pull", "bootstrap <table>") and how far;
// returning false stops after the current step.
using SyncProgress = std::function<bool(const QString &stage, qint64 done, qint64 total)>;

class SyncEngine {
public:
    SyncEngine(LocalStore &store, SyncTransport &transport);

    SyncResult signIn(const QString &username, const QString &password);
    void setSession(const QString &token, const UserIdentity &user);
    QString token() const { return m_token; }
    const UserIdentity &user() const { return m_user; }

    SyncResult syncOnce(const SyncProgress &progress = {});

    // Push the changes other identities made in this store too, as this user's (the server
    // re-checks each against this user and records it as adopted). Off by default: each change
    // goes under the name of the user who made it.
    void setAdoptOthers(bool adopt) { m_adoptOthers = adopt; }
    // Pending changes of other identities than `username`, per user name.
    static QMap<QString, int> waitingFor(LocalStore &store, const QString &username);

    static constexpr int kPushBatch = 200;
    // Rows per pull or bootstrap page (small in tests, to see paging and resumption). The
    // default is ltcserver's largest page: each request costs a few ms besides its rows, and a
    // first download of 1M rows ran at 42k rows/s with pages of 1000, 58k with 5000
    // (tests/bench/bench_sync.cpp), for some 25 MiB more memory at most.
    void setPageSize(int rows) { m_pageSize = rows; }
    // Bytes per request of a file on the blob channel (under the server's body limit).
    void setChunkSize(qint64 bytes) { m_chunkSize = bytes; }

private:
    SyncResult bindStore();
    SyncResult push(const SyncProgress &progress);
    QJsonArray nextPushBatch(QSqlDatabase &db) const;
    SyncResult uploadFiles(QSqlDatabase &db, QJsonArray &commands, int *refused);
    HttpReply upload(const QString &sha256);
    bool rejectHere(QSqlDatabase &db, const QJsonObject &command, const QString &why, QString *error);
    SyncResult pull(const SyncProgress &progress);
    QStringList missingFiles();
    SyncResult downloadFiles(const SyncProgress &progress);  // syncfiles.cpp
    SyncResult bootstrap(const SyncProgress &progress);
    SyncResult resync(const SyncProgress &progress);
    struct Undecided {
        QSet<QString> keys;          // "table\x1fkey" of rows carrying an undecided change
        QSet<QString> importTables;  // tables a pending import writes
    };
    Undecided undecided(QSqlDatabase &db, LocalRows &rows) const;
    const ImportSpec *importOf(const QString &command) const;
    SyncResult download(const QString &stateKey, const QStringList &tables, bool sweep, const SyncProgress &progress);
    bool storeDownloaded(LocalRows &rows, const QString &table, const QJsonObject &row, const Undecided &held,
                         bool sweep, QString *error);
    static QSet<QString> tableKeys(const Undecided &held, const QString &table);
    bool noteRejectedImport(QSqlDatabase &db, const QString &command, QString *error);
    SyncResult fromReply(const HttpReply &reply) const;
    bool stagePulled(QSqlDatabase &db, const QJsonArray &changes, qint64 *staged, QString *error);
    bool applyCheckpoint(qint64 cursor, QString *error);
    UserIdentity replayIdentity(const QString &maker) const;
    int schema() const;
    QJsonObject moduleVersions() const;
    void addSchema(QUrlQuery &query) const;  // "schema" and "modules" of a pull or a bootstrap

    LocalStore &m_store;
    SyncTransport &m_transport;
    QString m_token;
    QString m_serverId;  // from the sign-in: the server this store belongs to
    UserIdentity m_user;
    int m_pageSize = 5000;
    qint64 m_chunkSize = 4 * 1024 * 1024;
    int m_batchLimit = kPushBatch;  // one at a time once the server could not read a batch
    bool m_adoptOthers = false;
};

// The conflicts list: commands the server rejected, newest first.
QList<RejectedCommand> rejectedCommands(LocalStore &store);
// Writes the commands not yet accepted by the server to a JSON file (a revoked user keeps them;
// an administrator can replay them under another account).
bool exportPendingCommands(LocalStore &store, const QString &path, QString *error);

} // namespace ltc
