// The desktop shell: the store ltcdesk starts on (empty, or the demo with --demo), sign-in
// against the stored hash or (first) through the server, navigation by role (checked against the
// DomainRegistry, not against a list written here), lazily made module pages, the status bar,
// the module settings switch, the embedded Chinese catalogue, and the real ltcdesk binary.
#include <catch2/catch.hpp>

#include "demodata.h"
#include "localstore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "shellcontext.h"
#include "sql.h"
#include "startup.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

std::string str(const QString &text) { return text.toStdString(); }

// A small demo database (same code as the first run of ltcdesk) in its own folder.
struct DemoStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ltc.sqlite"));
    std::unique_ptr<ltc::LocalStore> store = std::make_unique<ltc::LocalStore>(path);

    DemoStore()
    {
        QString error;
        REQUIRE(store->open(&error));
        ltc::DemoOptions options;
        options.persons = 40;
        options.months = 1;
        INFO(str(error));
        REQUIRE(ltc::buildDemo(*store, options, &error));
    }
    ltc::UserIdentity signIn(const QString &username)
    {
        const std::optional<ltc::UserIdentity> user = store->users().verify(username, ltc::demoPassword());
        REQUIRE(user.has_value());
        return *user;
    }
};

// The module ids whose declared roles include the role, in registry order.
QStringList modulesOpenTo(const ltc::DomainRegistry &registry, const QString &role)
{
    QStringList ids;
    for (const ltc::DomainModule &module : registry.modules()) {
        if (module.roles.contains(role))
            ids << module.id;
    }
    return ids;
}

ltc::ModuleRegistry &initialized(ltc::ModuleRegistry &modules, ltc::ShellContext &context)
{
    modules.initialize(context);
    return modules;
}

// One signed-in session as ltcdesk builds it.
struct Session {
    ltc::ShellContext context;
    ltc::ModuleRegistry modules;
    ltc::MainWindow window;

    Session(ltc::LocalStore &store, const ltc::UserIdentity &user)
        : context(store, user), modules(store.registry()), window(context, initialized(modules, context))
    {
    }
    QString label(const char *name) const
    {
        const auto *label = window.statusBar()->findChild<QLabel *>(QString::fromLatin1(name));
        REQUIRE(label);
        return label->text();
    }
};

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("the login dialog refuses a wrong password and accepts the right one", "[gui][shell]")
{
    DemoStore demo;
    ltc::LoginDialog dialog(*demo.store);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *username = child<QLineEdit>(dialog, "username");
    auto *password = child<QLineEdit>(dialog, "password");
    auto *signIn = child<QPushButton>(dialog, "signIn");
    auto *error = child<QLabel>(dialog, "loginError");
    CHECK(password->echoMode() == QLineEdit::Password);

    username->clear();
    QTest::keyClicks(username, QStringLiteral("handler"));
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    CHECK_FALSE(dialog.user().has_value());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Incorrect username or password."));
    CHECK(password->text().isEmpty());

    QTest::keyClicks(password, ltc::demoPassword());
    QTest::mouseClick(signIn, Qt::LeftButton);
    REQUIRE(dialog.user().has_value());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user()->username == QStringLiteral("handler"));
    CHECK(dialog.user()->roles == QStringList{QStringLiteral("handler")});

    SECTION("Enter signs in, and the last username is remembered")
    {
        ltc::LoginDialog again(*demo.store);
        again.show();
        REQUIRE(QTest::qWaitForWindowExposed(&again));
        CHECK(child<QLineEdit>(again, "username")->text() == QStringLiteral("handler"));
        auto *secondPassword = child<QLineEdit>(again, "password");
        QTest::keyClicks(secondPassword, ltc::demoPassword());
        QTest::keyClick(secondPassword, Qt::Key_Return);
        CHECK(again.result() == QDialog::Accepted);
        CHECK(again.user().has_value());
    }
}

namespace {

qint64 count(ltc::LocalStore &store, const QString &table)
{
    QSqlDatabase db = store.database().connection();
    return ltc::scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

// The sync settings (QSettings) of one test in a folder of its own, as the server tests do; the
// default folder again afterwards.
struct ScratchSettings {
    QTemporaryDir dir;
    ScratchSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
    }
    ~ScratchSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }
};

// An address where nothing listens: a port just given up by a server of our own.
QString closedAddress()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}
} // namespace

TEST_CASE("ltcdesk's start: a new store has no accounts and no data; --demo gives the demo district", "[gui][shell][startup]")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("new.sqlite"));
    QString error;
    std::optional<ltc::StoreStart> start = ltc::prepareStore(plain, std::nullopt, &error);
    INFO(str(error));
    REQUIRE(start.has_value());
    CHECK(*start == ltc::StoreStart::Empty);
    {
        ltc::LocalStore store(plain);
        REQUIRE(store.open(&error));
        CHECK(store.users().usernames().isEmpty());
        CHECK(count(store, QStringLiteral("persons")) == 0);
        CHECK(count(store, QStringLiteral("institutions")) == 0);
        CHECK_FALSE(store.users().verify(QStringLiteral("admin"), ltc::demoPassword()).has_value());
    }
    CHECK(ltc::prepareStore(plain, std::nullopt, &error) == ltc::StoreStart::Empty);  // a second start: still nothing

    ltc::DemoOptions small;
    small.persons = 40;
    small.months = 1;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    bool announced = false;
    CHECK(ltc::prepareStore(demo, small, &error, [&announced] { announced = true; }) == ltc::StoreStart::Demo);
    CHECK(announced);
    {
        ltc::LocalStore store(demo);
        REQUIRE(store.open(&error));
        CHECK(store.users().usernames().size() == ltc::demoUsernames().size());
        CHECK(count(store, QStringLiteral("persons")) == 40);
        CHECK(store.users().verify(QStringLiteral("handler"), ltc::demoPassword()).has_value());
    }
    // A store in use is never filled again; an empty one (a start without --demo before) is.
    CHECK(ltc::prepareStore(demo, small, &error) == ltc::StoreStart::Existing);
    CHECK(ltc::prepareStore(plain, small, &error) == ltc::StoreStart::Demo);
    ltc::LocalStore store(demo);
    REQUIRE(store.open(&error));
    CHECK(count(store, QStringLiteral("persons")) == 40);
}

TEST_CASE("the login dialog of a store without accounts signs in through the server", "[gui][shell]")
{
    ScratchSettings settings;
    QTemporaryDir dir;
    ltc::LocalStore store(dir.filePath(QStringLiteral("new.sqlite")));
    QString error;
    REQUIRE(store.open(&error));
    ltc::LoginDialog dialog(store);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.isOnline());
    auto *server = child<QLineEdit>(dialog, "server");
    auto *caFile = child<QLineEdit>(dialog, "caFile");
    auto *username = child<QLineEdit>(dialog, "username");
    auto *password = child<QLineEdit>(dialog, "password");
    auto *signIn = child<QPushButton>(dialog, "signIn");
    auto *message = child<QLabel>(dialog, "loginError");
    CHECK(server->isVisible());
    CHECK(caFile->isVisible());
    CHECK(child<QLabel>(dialog, "loginNotice")->isVisible());  // what a first start is about
    CHECK_FALSE(child<QPushButton>(dialog, "loginSwitch")->isVisible());  // no local account to fall back on

    QTest::keyClicks(username, QStringLiteral("handler"));
    QTest::keyClicks(password, QStringLiteral("secret-2026"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    CHECK(message->isVisible());
    CHECK(str(message->text()) == "Enter the server address.");
    CHECK(dialog.result() != QDialog::Accepted);

    QTest::keyClicks(server, QStringLiteral("ftp://ltc.example"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    CHECK(str(message->text()) == "The server address must look like https://host:port");

    SECTION("a server that does not answer: a clear message, the dialog waits without freezing")
    {
        server->setText(closedAddress());
        QTest::mouseClick(signIn, Qt::LeftButton);
        CHECK_FALSE(signIn->isEnabled());  // under way, off the UI thread
        CHECK(QApplication::overrideCursor() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), 20000);
        CHECK(QApplication::overrideCursor() == nullptr);
        CHECK(message->text().startsWith(QStringLiteral("Cannot reach the server ") + server->text()));
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.user().has_value());
        CHECK(password->text().isEmpty());
        CHECK(store.users().usernames().isEmpty());
        CHECK(QSettings().value(QStringLiteral("sync/server")).toString().isEmpty());  // kept only after a sign-in
    }
}

TEST_CASE("the login dialog with local accounts signs in offline, or through the server on request", "[gui][shell]")
{
    ScratchSettings settings;
    DemoStore demo;
    ltc::LoginDialog dialog(*demo.store);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.isOnline());
    auto *server = child<QLineEdit>(dialog, "server");
    auto *toggle = child<QPushButton>(dialog, "loginSwitch");
    CHECK_FALSE(server->isVisible());
    CHECK(toggle->isVisible());
    CHECK(str(toggle->text()) == "Sign in through the server");
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(dialog.isOnline());
    CHECK(server->isVisible());
    CHECK(str(toggle->text()) == "Sign in offline with a local account");
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK_FALSE(dialog.isOnline());
    CHECK_FALSE(server->isVisible());
}

TEST_CASE("the navigation shows exactly the modules the user's roles open", "[gui][shell]")
{
    DemoStore demo;
    const ltc::DomainRegistry &registry = demo.store->registry();

    SECTION("a handler")
    {
        Session session(*demo.store, demo.signIn(QStringLiteral("handler")));
        const QStringList expected = modulesOpenTo(registry, QStringLiteral("handler"));
        INFO(str(session.window.navigationIds().join(QLatin1Char(','))));
        CHECK(session.window.navigationIds() == expected);
        CHECK_FALSE(expected.contains(QStringLiteral("agreements")));
        CHECK_FALSE(expected.contains(QStringLiteral("settlements")));
        CHECK(child<QListWidget>(session.window, "navigation")->count() == expected.size());
    }
    SECTION("an administrator sees every module, and every entry opens its module's page")
    {
        Session session(*demo.store, demo.signIn(QStringLiteral("admin")));
        // The products' five in LTC_MODULES order, then the test modules this program registers.
        const QStringList all = modulesOpenTo(registry, QStringLiteral("admin"));
        CHECK(all.mid(0, 5) == QStringList{QStringLiteral("applications"), QStringLiteral("assessments"),
                                           QStringLiteral("agreements"), QStringLiteral("settlements"),
                                           QStringLiteral("dashboards")});
        CHECK(all.contains(QStringLiteral("inspections")));
        CHECK(session.window.navigationIds() == all);
        session.window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&session.window));
        auto *navigation = child<QListWidget>(session.window, "navigation");
        for (int row = navigation->count() - 1; row >= 0; --row) {
            const QString id = all.at(row);
            QListWidgetItem *item = navigation->item(row);
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
            INFO(str(id));
            CHECK(session.window.currentModuleId() == id);
            REQUIRE(session.window.currentModuleWidget() != nullptr);
            const QString title = registry.translatedTitle(*registry.module(id));
            CHECK(session.window.currentPageTitle() == title);
            CHECK(item->text() == title);
            const auto *heading = session.window.currentModuleWidget()->findChild<QLabel *>(QStringLiteral("placeholderTitle"));
            if (heading)  // until the module has real screens
                CHECK(heading->text() == title);
        }
    }
    SECTION("Ctrl+2 switches to the second module")
    {
        Session session(*demo.store, demo.signIn(QStringLiteral("admin")));
        session.window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&session.window));
        QTest::keyClick(&session.window, Qt::Key_2, Qt::ControlModifier);
        CHECK(session.window.currentModuleId() == QStringLiteral("assessments"));
    }
}

TEST_CASE("the last module is remembered, and Sign out closes the window for the login", "[gui][shell]")
{
    DemoStore demo;
    const ltc::UserIdentity admin = demo.signIn(QStringLiteral("admin"));
    {
        Session session(*demo.store, admin);
        session.window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&session.window));
        session.window.openModule(QStringLiteral("settlements"));
        QAction *signOut = nullptr;
        for (QAction *action : session.window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("Sign &out"))
                signOut = action;
        }
        REQUIRE(signOut);
        signOut->trigger();
        CHECK(session.window.signOutRequested());
        CHECK_FALSE(session.window.isVisible());
    }
    Session next(*demo.store, admin);
    CHECK(next.window.currentModuleId() == QStringLiteral("settlements"));
    // A module the next user may not open is not restored: the first permitted one is shown.
    Session handler(*demo.store, demo.signIn(QStringLiteral("handler")));
    CHECK(handler.window.currentModuleId() == handler.window.navigationIds().first());
}

TEST_CASE("the status bar shows the user, the district and the unsent commands", "[gui][shell]")
{
    DemoStore demo;
    const ltc::UserIdentity handler = demo.signIn(QStringLiteral("handler"));
    Session session(*demo.store, handler);
    CHECK(session.label("statusUser").contains(QStringLiteral("handler")));
    CHECK(session.label("statusUser").contains(QStringLiteral("Handler")));  // the role's title
    CHECK(session.label("statusDistrict").contains(handler.district));
    CHECK(session.label("statusConnection").contains(QStringLiteral("Offline")));
    CHECK(session.label("statusLastSync").contains(QStringLiteral("never")));

    const int before = session.context.pendingCount();
    CHECK(session.label("statusPending").endsWith(QString::number(before)));
    QSqlDatabase db = demo.store->database().connection();
    const QString personNo =
        ltc::scalarSql(db, QStringLiteral("SELECT person_no FROM persons WHERE district = ? ORDER BY person_no LIMIT 1"),
                       {handler.district})
            .toString();
    REQUIRE_FALSE(personNo.isEmpty());
    const ltc::CommandOutcome outcome = session.context.execute(
        QStringLiteral("person.update_contact"),
        QJsonObject{{QStringLiteral("person_no"), personNo}, {QStringLiteral("phone"), QStringLiteral("0577-88886666")}});
    INFO(str(outcome.error ? outcome.error->message : QString()));
    REQUIRE(outcome.ok());
    CHECK(session.context.pendingCount() == before + 1);
    CHECK(session.label("statusPending").endsWith(QString::number(before + 1)));  // through dataChanged, not the timer
}

TEST_CASE("a module switched off in the settings is not offered", "[gui][shell]")
{
    ltc::LocalStore store(QStringLiteral(":memory:"));  // the registry needs no database
    const qsizetype registered = ltc::ModuleRegistry(store.registry()).modules().size();
    QSettings().setValue(QStringLiteral("modules/disabled"), QStringList{QStringLiteral("dashboards")});
    const ltc::ModuleRegistry modules(store.registry());
    QSettings().remove(QStringLiteral("modules/disabled"));
    CHECK(modules.module(QStringLiteral("dashboards")) == nullptr);
    CHECK(modules.disabledIds() == QStringList{QStringLiteral("dashboards")});
    CHECK(modules.modules().size() == registered - 1);
    CHECK(modules.problems().isEmpty());
    ltc::UserIdentity manager{QStringLiteral("m"), QStringLiteral("m"), QStringLiteral("m"), {QStringLiteral("manager")},
                              QStringLiteral("330302")};
    CHECK(modules.modulesFor(manager).isEmpty());
}

TEST_CASE("the Chinese catalogue is embedded and speaks the domain's terms", "[gui][shell]")
{
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/ltcdesk_zh_CN.qm")));
    CHECK(chinese.translate("ltc::LoginDialog", "Incorrect username or password.") == QStringLiteral("用户名或密码不正确"));
    CHECK(chinese.translate("ltc::LoginDialog", "Sign in through the server") == QStringLiteral("通过服务器登录"));
    CHECK(chinese.translate("ltc::Role", "Handler") == QStringLiteral("经办人员"));
    CHECK(chinese.translate("ltc::Module", "Settlements") == QStringLiteral("结算审核"));
    CHECK(chinese.translate("ltc::MainWindow", "Offline") == QStringLiteral("离线"));
    QTranslator english;
    CHECK(english.load(QStringLiteral(":/i18n/ltcdesk_en.qm")));
}

TEST_CASE("ltcdesk --list-modules prints the five modules and exits", "[gui][shell][ltcdesk]")
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());  // no user settings switch a module off
    env.remove(QStringLiteral("DISPLAY"));                      // needs no display
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LTCDESK_PATH), {QStringLiteral("--list-modules"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList ids;
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 3);
        ids << fields.at(0);
        CHECK_FALSE(fields.at(1).isEmpty());
        CHECK(fields.at(2).split(QLatin1Char(',')).contains(QStringLiteral("admin")));
    }
    CHECK(ids == QStringList{QStringLiteral("applications"), QStringLiteral("assessments"), QStringLiteral("agreements"),
                             QStringLiteral("settlements"), QStringLiteral("dashboards")});
    CHECK(lines.first() == QStringLiteral("applications\tApplications\thandler,admin"));

    SECTION("in Chinese by default")
    {
        QProcess chinese;
        chinese.setProcessEnvironment(env);
        chinese.start(QStringLiteral(LTCDESK_PATH), {QStringLiteral("--list-modules")});
        REQUIRE(chinese.waitForFinished(30000));
        CHECK(QString::fromUtf8(chinese.readAllStandardOutput()).startsWith(QStringLiteral("applications\t待遇申请\t")));
    }
}

TEST_CASE("Tools › Office name on notices is the shell's, for every user, and every module reads it through the "
          "context",
          "[gui][shell]")
{
    DemoStore demo;
    QSettings().remove(QStringLiteral("applications/office"));
    for (const char *username : {"manager", "agreement_officer", "first_reviewer"}) {
        Session session(*demo.store, demo.signIn(QString::fromLatin1(username)));
        INFO(username);
        auto *office = session.window.findChild<QAction *>(QStringLiteral("shell.office"));
        REQUIRE(office);
        CHECK(session.context.officeName() == QStringLiteral("Medical Insurance Office"));
    }
    Session session(*demo.store, demo.signIn(QStringLiteral("manager")));
    session.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&session.window));
    // The dialog is answered as a user would: the name typed, OK.
    QTimer::singleShot(0, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(QStringLiteral("温州市鹿城区医疗保障局"));
            dialog->accept();
        }
    });
    session.window.findChild<QAction *>(QStringLiteral("shell.office"))->trigger();
    CHECK(session.context.officeName() == QStringLiteral("温州市鹿城区医疗保障局"));
    const ltc::ModuleContext &context = session.context;  // what a module sees
    CHECK(context.officeName() == QStringLiteral("温州市鹿城区医疗保障局"));
    QSettings().remove(QStringLiteral("applications/office"));
}
