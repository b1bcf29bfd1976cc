#pragma once
// The desktop's side of sync: settings (server, user), sign-in with the token — or, if asked, the
// password — kept in the OS keychain, and rounds of SyncEngine run on a worker thread: now, a
// little after every local change, every few minutes, and after a failure again by itself with
// growing pauses (5 s … 5 min), without waiting for another change.
#include "syncengine.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace ltc {

class LocalStore;
class SyncWorker;

class SyncController : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QString server;           // https://host:port
        QString username;
        QString caFile;           // extra CA certificates (PEM), optional
        bool rememberPassword = false;
        int intervalSeconds = 120;
    };
    enum class Connection { NotConfigured, Online, Offline, Busy, NeedsSignIn, Forbidden, UpgradeRequired };

    explicit SyncController(LocalStore &store, QObject *parent = nullptr);
    ~SyncController() override;

    Settings settings() const;
    void setSettings(const Settings &settings);
    // The settings as kept in QSettings (sync/server, sync/username …), for who has no controller
    // (the login dialog's online sign-in, before any session).
    static Settings storedSettings();
    static void storeSettings(const Settings &settings);
    // A server address as typed ("ltc.example:8443", "https://ltc.example:8443/") as the one form
    // kept and used; empty when it is not an http(s) address with a host.
    static QString serverAddress(const QString &typed);
    bool configured() const;
    Connection connection() const { return m_connection; }
    QString lastMessage() const { return m_lastMessage; }

    // Starts the schedule: the first round at once if a token (or password) is in the keychain.
    void start();
    void signIn(const QString &password, bool remember);
    // The token of a sign-in made before the session (the login dialog's): kept like a round's,
    // so that the first round needs no second sign-in.
    void adoptToken(const QString &token);
    void syncNow();
    // Changes other identities made in this store wait (SyncResult::waiting): the user may adopt
    // them — the next round pushes them as this user's, each re-checked and recorded as adopted —
    // or leave them for their makers (not asked again this session for the same makers).
    void adoptWaiting();
    void leaveWaiting(const QStringList &users);
    // After a local change: a round a few seconds later (several changes, one round).
    void scheduleSoon();

    QList<RejectedCommand> rejectedCommands() const;
    bool exportPending(const QString &path, QString *error) const;
    void forgetCredentials();

signals:
    void connectionChanged();
    void synced(const ltc::SyncResult &result);
    void credentialsNeeded();
    void othersWaiting(int count, const QStringList &users);

private:
    void runRound(const QString &password);
    void finished(const ltc::SyncResult &result, const QString &token);
    void setConnection(Connection connection, const QString &message);
    void retryLater();
    void keepToken(const QString &token);
    QString passwordAccount() const;
    QString tokenAccount() const;

    LocalStore &m_store;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    QTimer m_timer;
    int m_backoffSeconds = 0;
    bool m_busy = false;
    bool m_again = false;
    Connection m_connection = Connection::NotConfigured;
    QString m_lastMessage;
    // The token of this session, for when no keychain answers: the user then signs in once per
    // session, and nothing is written to disk.
    QString m_sessionToken;
    bool m_adoptNext = false;
    QStringList m_leftWaiting;  // makers whose changes the user chose not to adopt
};

// Runs rounds on the sync thread; made and destroyed there.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    explicit SyncWorker(LocalStore &store) : m_store(store) {}

public slots:
    // With a password: sign in first. With a token: use it. Then one round.
    void run(const QString &server, const QString &caFile, const QString &username, const QString &password,
             const QString &token, bool adopt);

signals:
    void finished(const ltc::SyncResult &result, const QString &token);

private:
    LocalStore &m_store;
};

} // namespace ltc

Q_DECLARE_METATYPE(ltc::SyncResult)
