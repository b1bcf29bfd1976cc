// ltcdesk: the desktop client. `ltcdesk [--db PATH] [--lang zh_CN|en] [--demo]`,
// `ltcdesk --list-modules`. A new store has no data and no accounts: the first sign-in is online,
// against the district's server; --demo fills a new store with the demo district and its users.
//
// LTC_AUTOLOGIN="user:password" signs in without the dialog (for scripted screenshots and demos;
// the password is checked like any other sign-in).
#include "appearance.h"
#include "domainregistry.h"
#include "localstore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "synccontroller.h"
#include "moduleregistry.h"
#include "shellcontext.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
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
    bool demo = false;
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
                       "A new database has no data and no accounts: the first sign-in goes to the server.\n"
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
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Fill a new database with the demo district and its demo users."));
    parser.addOptions({db, lang, list, demo});
    parser.process(app);
    Options options;
    options.databasePath = parser.isSet(db) ? parser.value(db) : ltc::Database::defaultPath();
    options.language = parser.isSet(lang) ? parser.value(lang) : ltc::rememberedLanguage();
    options.listModules = parser.isSet(list);
    options.demo = parser.isSet(demo);
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

// Opens the store once before the session; with --demo a new one gets the demo district first,
// behind a progress dialog (it takes a few seconds).
std::optional<ltc::StoreStart> prepareStore(const Options &options, QString *error)
{
    QProgressDialog progress(QCoreApplication::translate("ltcdesk", "Creating the demo database…"), QString(), 0, 0);
    progress.setWindowTitle(QStringLiteral("LTC Desk"));
    progress.setMinimumDuration(0);
    const std::optional<ltc::DemoOptions> demo =
        options.demo ? std::optional<ltc::DemoOptions>(ltc::DemoOptions{}) : std::nullopt;
    return ltc::prepareStore(options.databasePath, demo, error, [&progress] {
        progress.show();
        QCoreApplication::processEvents();
    });
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

struct SignedIn {
    ltc::UserIdentity user;
    QString token;  // of an online sign-in: the session's first sync round uses it
};

std::optional<SignedIn> signIn(ltc::LocalStore &store, bool newDemo)
{
    ltc::LoginDialog dialog(store);
    if (newDemo)
        dialog.showDemoNotice(ltc::demoUsernames(), ltc::demoPassword());
    if (dialog.exec() != QDialog::Accepted || !dialog.user())
        return std::nullopt;
    return SignedIn{*dialog.user(), dialog.token()};
}

// One signed-in session; true when the user signed out (and wants the login dialog again).
bool runSession(QApplication &app, ltc::LocalStore &store, const SignedIn &signedIn)
{
    ltc::ShellContext context(store, signedIn.user);
    ltc::ModuleRegistry modules(store.registry());
    modules.initialize(context);
    for (const QString &problem : modules.problems())
        qWarning("ltcdesk: %s", qUtf8Printable(problem));
    ltc::MainWindow window(context, modules);
    ltc::SyncController sync(store);
    sync.adoptToken(signedIn.token);
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
    const std::optional<ltc::StoreStart> start = prepareStore(options, &error);
    if (!start) {
        return fail(options.demo ? QCoreApplication::translate("ltcdesk", "Cannot create the demo database: %1").arg(error)
                                 : QCoreApplication::translate("ltcdesk", "Cannot open the database %1: %2")
                                       .arg(options.databasePath, error));
    }
    ltc::LocalStore store(options.databasePath);
    if (!store.open(&error))
        return fail(QCoreApplication::translate("ltcdesk", "Cannot open the database %1: %2").arg(options.databasePath, error));

    std::optional<SignedIn> session;
    if (const std::optional<ltc::UserIdentity> user = autoLogin(store))
        session = SignedIn{*user, {}};
    bool newDemo = *start == ltc::StoreStart::Demo;
    for (;;) {
        if (!session)
            session = signIn(store, std::exchange(newDemo, false));
        if (!session || !runSession(app, store, *session))
            return 0;
        session.reset();
    }
}
