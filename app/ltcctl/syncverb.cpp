#include "syncverb.h"

#include "credentials.h"
#include "cli/ctlio.h"
#include "localstore.h"
#include "syncengine.h"

#include <QThread>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace ltc {
namespace {

// Switches the terminal's echo off (or back on); false when stdin is not a terminal.
bool setEcho(bool on)
{
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!_isatty(_fileno(stdin)) || !GetConsoleMode(input, &mode))
        return false;
    return SetConsoleMode(input, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~DWORD(ENABLE_ECHO_INPUT)));
#else
    termios mode{};
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &mode) != 0)
        return false;
    mode.c_lflag = on ? (mode.c_lflag | tcflag_t(ECHO)) : (mode.c_lflag & ~tcflag_t(ECHO));
    return tcsetattr(STDIN_FILENO, TCSANOW, &mode) == 0;
#endif
}

// Reads a line from the terminal without echoing it.
QString promptPassword(const QString &prompt)
{
    if (!setEcho(false))
        return {};
    err() << prompt << Qt::flush;
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    setEcho(true);
    err() << Qt::endl;
    return read ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}

// The keychain first (a password the desktop was asked to remember), then LTC_PASSWORD, then a
// prompt (CONTRACT.md).
QString passwordFor(const QString &server, const QString &user)
{
    if (const std::optional<QString> stored = Credentials::read(Credentials::passwordAccount(server, user)))
        return *stored;
    const QString fromEnvironment = qEnvironmentVariable("LTC_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return promptPassword(QStringLiteral("Password for %1 at %2: ").arg(user, server));
}

int exitFor(const SyncResult &result)
{
    switch (result.state) {
    case SyncResult::State::Done: return Done;
    case SyncResult::State::Offline: return Unavailable;
    case SyncResult::State::Failed: return Unavailable;
    case SyncResult::State::SignInRequired:
    case SyncResult::State::Forbidden:
    case SyncResult::State::UpgradeRequired: return Refused;
    }
    return Refused;
}

// A transient failure is tried again a few times with growing pauses before giving up.
SyncResult withRetries(const std::function<SyncResult()> &attempt)
{
    SyncResult result = attempt();
    for (int pause = 1; result.state == SyncResult::State::Offline && pause <= 4; pause *= 2) {
        err() << "ltcctl sync: " << result.message << "; trying again in " << pause << " s" << Qt::endl;
        QThread::sleep(unsigned(pause));
        result = attempt();
    }
    return result;
}
} // namespace

int runSyncVerb(LocalStore &store, const QCommandLineParser &parser)
{
    const QString server = parser.value(QStringLiteral("server"));
    const QString user = parser.value(QStringLiteral("user"));
    if (server.isEmpty() || user.isEmpty()) {
        err() << "usage: ltcctl sync --server URL --user NAME [--adopt] [--ca FILE] [--db PATH]" << Qt::endl;
        return Usage;
    }
    const QString password = passwordFor(server, user);
    if (password.isEmpty()) {
        err() << "ltcctl sync: no password (keychain, LTC_PASSWORD or a terminal prompt)" << Qt::endl;
        return Refused;
    }
    HttpTransport transport(QUrl(server), parser.value(QStringLiteral("ca")));
    SyncEngine engine(store, transport);
    engine.setAdoptOthers(parser.isSet(QStringLiteral("adopt")));
    SyncResult result = withRetries([&] { return engine.signIn(user, password); });
    if (result.ok())
        result = withRetries([&] { return engine.syncOnce(); });
    if (!result.ok()) {
        err() << "ltcctl sync: " << (result.message.isEmpty() ? QStringLiteral("failed") : result.message) << Qt::endl;
        return exitFor(result);
    }
    out() << "pushed " << result.pushed << " (rejected " << result.rejected << "), pulled " << result.pulled
          << (result.bootstrapped ? " (first download)" : "") << Qt::endl;
    if (result.filesFetched > 0 || result.filesMissing > 0)
        out() << "files fetched " << result.filesFetched << " (not served yet " << result.filesMissing << ")" << Qt::endl;
    for (const RejectedCommand &rejected : rejectedCommands(store).mid(0, result.rejected))
        out() << "  rejected #" << rejected.seq << ' ' << rejected.command << ": " << rejected.message << Qt::endl;
    if (result.waiting > 0) {
        // Kept, not pushed under this user's name: they go with their own user's sign-in or --adopt.
        err() << "ltcctl sync: " << result.waiting << " change(s) made by " << result.waitingUsers.join(QStringLiteral(", "))
              << " are waiting: sync as that user, or pass --adopt to push them as " << user << Qt::endl;
        return Refused;
    }
    return Done;
}

} // namespace ltc
