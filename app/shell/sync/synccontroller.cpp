#include "synccontroller.h"

#include "credentials.h"
#include "localstore.h"

#include <QSettings>
#include <utility>
#include <QUrl>

namespace ltc {
namespace {
constexpr int kSoonMs = 3000;
constexpr int kMaxBackoffSeconds = 300;
} // namespace

void SyncWorker::run(const QString &server, const QString &caFile, const QString &username, const QString &password,
                     const QString &token, bool adopt)
{
    HttpTransport transport{QUrl(server), caFile};
    SyncEngine engine(m_store, transport);
    SyncResult result;
    if (!password.isEmpty())
        result = engine.signIn(username, password);
    else {
        // Changes are pushed as the user who made them: the session's user name is what counts.
        UserIdentity user = m_store.users().find(username).value_or(UserIdentity{});
        user.username = username;
        engine.setSession(token, user);
    }
    engine.setAdoptOthers(adopt);
    if (result.ok())
        result = engine.syncOnce();
    emit finished(result, engine.token());
}

SyncController::SyncController(LocalStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    qRegisterMetaType<SyncResult>();
    m_worker = new SyncWorker(store);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::finished);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    if (configured())
        m_connection = Connection::Offline;
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

SyncController::Settings SyncController::settings() const
{
    return storedSettings();
}

SyncController::Settings SyncController::storedSettings()
{
    QSettings store;
    Settings s;
    s.server = store.value(QStringLiteral("sync/server")).toString();
    s.username = store.value(QStringLiteral("sync/username")).toString();
    s.caFile = store.value(QStringLiteral("sync/caFile")).toString();
    s.rememberPassword = store.value(QStringLiteral("sync/rememberPassword"), false).toBool();
    s.intervalSeconds = store.value(QStringLiteral("sync/intervalSeconds"), 120).toInt();
    return s;
}

void SyncController::storeSettings(const Settings &settings)
{
    QSettings store;
    store.setValue(QStringLiteral("sync/server"), settings.server.trimmed());
    store.setValue(QStringLiteral("sync/username"), settings.username.trimmed());
    store.setValue(QStringLiteral("sync/caFile"), settings.caFile);
    store.setValue(QStringLiteral("sync/rememberPassword"), settings.rememberPassword);
    store.setValue(QStringLiteral("sync/intervalSeconds"), qMax(30, settings.intervalSeconds));
}

QString SyncController::serverAddress(const QString &typed)
{
    QString text = typed.trimmed();
    if (!text.isEmpty() && !text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));  // a district's server speaks HTTPS
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))
        || url.host().isEmpty())
        return {};
    return url.toString(QUrl::StripTrailingSlash);
}

void SyncController::setSettings(const Settings &settings)
{
    storeSettings(settings);
    if (!settings.rememberPassword)
        Credentials::remove(passwordAccount());
    setConnection(configured() ? Connection::Offline : Connection::NotConfigured, {});
}

bool SyncController::configured() const
{
    const Settings s = settings();
    return !s.server.isEmpty() && !s.username.isEmpty();
}

QString SyncController::passwordAccount() const
{
    const Settings s = settings();
    return Credentials::passwordAccount(s.server, s.username);
}

QString SyncController::tokenAccount() const
{
    const Settings s = settings();
    return Credentials::tokenAccount(s.server, s.username);
}

void SyncController::start()
{
    if (configured())
        syncNow();
}

void SyncController::signIn(const QString &password, bool remember)
{
    Settings s = settings();
    s.rememberPassword = remember;
    setSettings(s);
    if (remember)
        Credentials::write(passwordAccount(), password);  // no keychain: asked again next time
    runRound(password);
}

void SyncController::adoptToken(const QString &token)
{
    if (!token.isEmpty())
        keepToken(token);
}

// In the keychain, and for this session, where no keychain answers.
void SyncController::keepToken(const QString &token)
{
    m_sessionToken = token;
    Credentials::write(tokenAccount(), token);
}

void SyncController::syncNow()
{
    if (!configured())
        return;
    runRound({});
}

void SyncController::adoptWaiting()
{
    m_adoptNext = true;
    syncNow();
}

void SyncController::leaveWaiting(const QStringList &users)
{
    for (const QString &user : users) {
        if (!m_leftWaiting.contains(user))
            m_leftWaiting << user;
    }
}

void SyncController::scheduleSoon()
{
    if (configured() && m_connection != Connection::NeedsSignIn && m_connection != Connection::Forbidden
        && (!m_timer.isActive() || m_timer.remainingTime() > kSoonMs))
        m_timer.start(kSoonMs);
}

void SyncController::runRound(const QString &password)
{
    if (m_busy) {
        m_again = true;  // one more round when this one ends
        return;
    }
    const Settings s = settings();
    QString secret = password;
    std::optional<QString> token = Credentials::read(tokenAccount());
    if (!token && !m_sessionToken.isEmpty())
        token = m_sessionToken;
    if (secret.isEmpty() && !token) {
        const std::optional<QString> remembered = Credentials::read(passwordAccount());
        if (!remembered) {
            setConnection(Connection::NeedsSignIn, tr("Sign in to the server to synchronise"));
            emit credentialsNeeded();
            return;
        }
        secret = *remembered;
    }
    m_busy = true;
    m_timer.stop();
    setConnection(Connection::Busy, tr("Synchronising…"));
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(QString, s.server), Q_ARG(QString, s.caFile),
                              Q_ARG(QString, s.username), Q_ARG(QString, secret), Q_ARG(QString, token.value_or(QString())),
                              Q_ARG(bool, std::exchange(m_adoptNext, false)));
}

void SyncController::finished(const SyncResult &result, const QString &token)
{
    m_busy = false;
    switch (result.state) {
    case SyncResult::State::Done:
        if (!token.isEmpty())
            keepToken(token);
        m_backoffSeconds = 0;
        setConnection(Connection::Online, {});
        m_timer.start(settings().intervalSeconds * 1000);
        break;
    case SyncResult::State::Offline:
    case SyncResult::State::Failed:
        setConnection(Connection::Offline, result.message);
        retryLater();
        break;
    case SyncResult::State::SignInRequired: {
        m_sessionToken.clear();
        Credentials::remove(tokenAccount());
        const bool remembered = Credentials::read(passwordAccount()).has_value();
        setConnection(Connection::NeedsSignIn, result.message);
        if (remembered && m_backoffSeconds == 0) {
            m_backoffSeconds = 5;  // once: a remembered password that fails is not retried in a loop
            runRound({});
        } else {
            emit credentialsNeeded();
        }
        break;
    }
    case SyncResult::State::Forbidden:
        setConnection(Connection::Forbidden, result.message);
        break;
    case SyncResult::State::UpgradeRequired:
        setConnection(Connection::UpgradeRequired, result.message);
        break;
    }
    emit synced(result);
    QStringList askFor = result.waitingUsers;
    for (const QString &left : m_leftWaiting)
        askFor.removeAll(left);
    if (result.ok() && result.waiting > 0 && !askFor.isEmpty())
        emit othersWaiting(result.waiting, result.waitingUsers);
    if (m_again && result.ok()) {
        m_again = false;
        syncNow();
    }
}

void SyncController::retryLater()
{
    m_backoffSeconds = m_backoffSeconds == 0 ? 5 : qMin(m_backoffSeconds * 2, kMaxBackoffSeconds);
    m_timer.start(m_backoffSeconds * 1000);
}

void SyncController::setConnection(Connection connection, const QString &message)
{
    m_connection = connection;
    m_lastMessage = message;
    emit connectionChanged();
}

QList<RejectedCommand> SyncController::rejectedCommands() const
{
    return ltc::rejectedCommands(m_store);
}

bool SyncController::exportPending(const QString &path, QString *error) const
{
    return exportPendingCommands(m_store, path, error);
}

void SyncController::forgetCredentials()
{
    m_sessionToken.clear();
    Credentials::remove(tokenAccount());
    Credentials::remove(passwordAccount());
}

} // namespace ltc
