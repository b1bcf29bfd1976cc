// ltcdesk: the desktop client. `ltcdesk [--db PATH] [--lang zh_CN|en]`, `ltcdesk --list-modules`.
//
// LTC_AUTOLOGIN="user:password" signs in without the dialog (for scripted screenshots and demos;
// the password is checked like any other sign-in).
#include "appearance.h"
#include "demodata.h"
#include "domainregistry.h"
#include "localstore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "synccontroller.h"
#include "moduleregistry.h"
#include "shellcontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

namespace {

constexpr int kUsageError = 1;

struct Options {
    QString databasePath;
    QString language;
    bool listModules = false;
};

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
}

void printError(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

// --help, --version and --list-modules only print: they must work without a display (a
// terminal, CI), so they run under a QCoreApplication.
bool printsOnly(int argc, char *argv[])
{
    const QList<QByteArray> flags{"--list-modules", "--help", "-h", "-?", "--help-all", "--version", "-v"};
    for (int i = 1; i < argc; ++i) {
        if (flags.contains(QByteArray(argv[i])))
            return true;
    }
    return false;
}

// Parses the command line; --help and --version print and exit here.
Options parseOptions(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("LTC Desk: the long-term care insurance handling desktop.\n"
                       "A new database file is filled with a demo district on first start.\n"
                       "Environment: LTC_AUTOLOGIN=user:password signs in without the dialog (for scripted "
                       "screenshots and demos)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Local SQLite database (default: %1).")
                                                          .arg(ltc::Database::defaultPath()),
                                QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption list(QStringLiteral("list-modules"),
                                  QStringLiteral("Print the registered modules (id, title, roles) and exit."));
    parser.addOptions({db, lang, list});
    parser.process(app);
    Options options;
    options.databasePath = parser.isSet(db) ? parser.value(db) : ltc::Database::defaultPath();
    options.language = parser.isSet(lang) ? parser.value(lang) : ltc::rememberedLanguage();
    options.listModules = parser.isSet(list);
    if (!ltc::isSupportedLanguage(options.language)) {
        printError(QStringLiteral("ltcdesk: --lang: '%1' is not one of %2")
                       .arg(options.language, ltc::supportedLanguages().join(QStringLiteral(", "))));
        std::exit(kUsageError);
    }
    return options;
}

int listModules()
{
    ltc::DomainRegistry domains;
    ltc::registerBuiltinDomains(domains);
    const ltc::ModuleRegistry modules(domains);
    printOut(modules.listing());
    for (const QString &id : modules.disabledIds())
        printError(QStringLiteral("ltcdesk: module %1 is switched off in the settings").arg(id));
    return 0;
}

// The first run on a new file: a demo district to explore, announced in the login dialog. Its
// own store, closed on return, so a failed file can be removed (Windows keeps open files).
bool createDemoDatabase(const QString &path, QString *error)
{
    QProgressDialog progress(QCoreApplication::translate("ltcdesk", "Creating the demo database…"), QString(), 0, 0);
    progress.setWindowTitle(QStringLiteral("LTC Desk"));
    progress.setMinimumDuration(0);
    progress.show();
    QCoreApplication::processEvents();
    ltc::LocalStore store(path);
    return store.open(error) && ltc::buildDemo(store, ltc::DemoOptions{}, error);
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

std::optional<ltc::UserIdentity> autoLogin(ltc::LocalStore &store)
{
    const QString value = qEnvironmentVariable("LTC_AUTOLOGIN");
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    std::optional<ltc::UserIdentity> user = store.users().verify(value.left(colon), value.mid(colon + 1));
    if (!user)
        printError(QStringLiteral("ltcdesk: LTC_AUTOLOGIN: incorrect username or password"));
    return user;
}

std::optional<ltc::UserIdentity> signIn(ltc::LocalStore &store, bool newDemo)
{
    ltc::LoginDialog dialog(store.users(), store.database().path());
    if (newDemo)
        dialog.showDemoNotice(ltc::demoUsernames(), ltc::demoPassword());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.user();
}

// One signed-in session; true when the user signed out (and wants the login dialog again).
bool runSession(QApplication &app, ltc::LocalStore &store, const ltc::UserIdentity &user)
{
    ltc::ShellContext context(store, user);
    ltc::ModuleRegistry modules(store.registry());
    modules.initialize(context);
    for (const QString &problem : modules.problems())
        qWarning("ltcdesk: %s", qUtf8Printable(problem));
    ltc::MainWindow window(context, modules);
    ltc::SyncController sync(store);
    window.setSyncController(&sync);
    QObject::connect(&window, &ltc::MainWindow::closed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    window.show();
    sync.start();
    app.exec();
    return window.signOutRequested();
}

int fail(const QString &message)
{
    printError(QStringLiteral("ltcdesk: ") + message);
    QMessageBox::critical(nullptr, QStringLiteral("LTC Desk"), message);
    return kUsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("LtcDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ltcdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LTC_VERSION));
    if (printsOnly(argc, argv)) {
        QCoreApplication console(argc, argv);
        const Options options = parseOptions(console);
        ltc::installTranslations(console, options.language);
        return options.listModules ? listModules() : 0;
    }

    ltc::configureBeforeApplication();
    QApplication app(argc, argv);
    // Sign out closes the window but not the program; quit is explicit (MainWindow::closed).
    QApplication::setQuitOnLastWindowClosed(false);
    const Options options = parseOptions(app);
    ltc::installTranslations(app, options.language);
    ltc::applyAppearance(app);

    QString error;
    bool newDemo = !QFileInfo::exists(options.databasePath);
    if (newDemo && !createDemoDatabase(options.databasePath, &error)) {
        removeDatabaseFiles(options.databasePath);  // so the next start tries again
        return fail(QCoreApplication::translate("ltcdesk", "Cannot create the demo database: %1").arg(error));
    }
    ltc::LocalStore store(options.databasePath);
    if (!store.open(&error))
        return fail(QCoreApplication::translate("ltcdesk", "Cannot open the database %1: %2").arg(options.databasePath, error));

    std::optional<ltc::UserIdentity> user = autoLogin(store);
    for (;;) {
        if (!user)
            user = signIn(store, std::exchange(newDemo, false));
        if (!user || !runSession(app, store, *user))
            return 0;
        user.reset();
    }
}
