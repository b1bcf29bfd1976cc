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
#include <QString>
#include <functional>

namespace ltc {

class LocalStore;

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
    bool bootstrapped = false;
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

    static constexpr int kPushBatch = 200;
    // Rows per pull or bootstrap page (small in tests, to see paging and resumption). The
    // default is ltcserver's largest page: each request costs a few ms besides its rows, and a
    // first download of 1M rows ran at 42k rows/s with pages of 1000, 58k with 5000
    // (tests/bench/bench_sync.cpp), for some 25 MiB more memory at most.
    void setPageSize(int rows) { m_pageSize = rows; }

private:
    SyncResult push(const SyncProgress &progress);
    SyncResult pull(const SyncProgress &progress);
    SyncResult bootstrap(const SyncProgress &progress);
    SyncResult fromReply(const HttpReply &reply) const;
    bool applyCheckpoint(const QJsonArray &changes, qint64 cursor, QString *error);
    int schema() const;

    LocalStore &m_store;
    SyncTransport &m_transport;
    QString m_token;
    UserIdentity m_user;
    int m_pageSize = 5000;
};

// The conflicts list: commands the server rejected, newest first.
QList<RejectedCommand> rejectedCommands(LocalStore &store);
// Writes the commands not yet accepted by the server to a JSON file (a revoked user keeps them;
// an administrator can replay them under another account).
bool exportPendingCommands(LocalStore &store, const QString &path, QString *error);

} // namespace ltc
