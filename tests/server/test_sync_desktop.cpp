// The desktop's sync controller (app/shell/sync) against the real server: sign-in, a round on
// the sync thread, a local change that is sent a few seconds later by itself, the status shown,
// and the refused-changes list. The first sign-in of a desktop without accounts, through the
// login dialog, and the local verifier an online sign-in leaves for offline sign-in.
#include "serverharness.h"

#include "localmeta.h"
#include "localstore.h"
#include "logindialog.h"
#include "sql.h"
#include "synccontroller.h"
#include "syncdialogs.h"
#include "syncmenu.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace ltc;
using namespace ltc::test;

TEST_CASE("desktop sync: sign in, rounds by themselves after a change, status and refused changes", "[server][desktop]")
{
    QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.filePath(QStringLiteral("settings")));
    QSettings().clear();
    LocalStore store(folder.filePath(QStringLiteral("ltc.sqlite")));
    QString error;
    REQUIRE(store.open(&error));
    SyncController controller(store);
    QString tip;
    CHECK(connectionText(controller, &tip).contains(QStringLiteral("Offline")));
    CHECK(controller.connection() == SyncController::Connection::NotConfigured);

    SyncController::Settings settings;
    settings.server = ServerEnv::get().server().baseUrl();
    settings.username = QStringLiteral("handler");
    controller.setSettings(settings);
    QSignalSpy synced(&controller, &SyncController::synced);
    controller.signIn(kPassword, false);
    REQUIRE(synced.wait(20000));
    CHECK(controller.connection() == SyncController::Connection::Online);
    CHECK(connectionText(controller, &tip).contains(QStringLiteral("Online")));

    // A change made here goes to the server a few seconds later, without anyone asking.
    const UserIdentity handler{QStringLiteral("handler"), QStringLiteral("handler"), QStringLiteral("handler"),
                               {QStringLiteral("handler")}, QStringLiteral("330302")};
    REQUIRE(store.commands().execute(handler, QStringLiteral("person.register"),
                                     personArgs(QStringLiteral("P-SU0001"), QStringLiteral("330302"), 4501)).ok());
    controller.scheduleSoon();
    REQUIRE(synced.wait(20000));
    CHECK(store.commands().pendingCount() == 0);
    QSqlDatabase server = ServerEnv::get().db();
    CHECK(scalarSql(server, QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-SU0001'")).toInt() == 1);

    // A change the server refuses shows in the refused list.
    REQUIRE(store.commands().execute(handler, QStringLiteral("person.register"),
                                     personArgs(QStringLiteral("P-SU0002"), QStringLiteral("330302"), 4502)).ok());
    QSqlDatabase local = store.database().connection();
    // Make the server refuse it: the same person number is already there under another ID.
    REQUIRE(execSql(server, QStringLiteral("INSERT INTO persons (person_no, id_number, name, sex, birth_date, insurance_type, "
                                           "enrolled_on, district) VALUES ('P-SU0002', '330302194001010999', '先到者', 'M', "
                                           "'1940-01-01', 'EMPLOYEE', '2010-01-01', '330302')")));
    controller.syncNow();
    REQUIRE(synced.wait(20000));
    const QList<RejectedCommand> refused = controller.rejectedCommands();
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().command == QStringLiteral("person.register"));
    ConflictsDialog dialog(controller);
    CHECK(dialog.rowCount() == 1);
    controller.forgetCredentials();
}

namespace {

// A server account of the test's own (a display name that is not the user name, several roles),
// so that no other case's sign-ins or lockouts meet it.
void addServerUser(const QString &name, const QString &display, const QString &password)
{
    const ToolRun add = runLtcserver({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                                      QStringLiteral("handler,first_reviewer"), QStringLiteral("--district"),
                                      QStringLiteral("330302"), QStringLiteral("--name"), display,
                                      QStringLiteral("--password-stdin"), QStringLiteral("--database"),
                                      ServerEnv::get().cluster().url(QStringLiteral("ltc"))},
                                     password.toUtf8() + '\n');
    INFO(add.output.toStdString());
    REQUIRE(add.exitCode == 0);
}

// Every value of every row of the local users table, as text.
QStringList usersTableText(LocalStore &store)
{
    QSqlDatabase db = store.database().connection();
    QSqlQuery query = querySql(db, QStringLiteral("SELECT * FROM users"));
    QStringList values;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
    }
    return values;
}

struct ScratchSettings {
    QTemporaryDir folder;
    ScratchSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.filePath(QStringLiteral("settings")));
        QSettings().clear();
    }
};
} // namespace

TEST_CASE("desktop sign-in: one online sign-in leaves a verifier for offline sign-in, never the password", "[server][desktop]")
{
    const QString name = QStringLiteral("desk_verifier");
    const QString password = QStringLiteral("first-pass-2026");
    addServerUser(name, QStringLiteral("王核对"), password);
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("ltc.sqlite")));
    QString error;
    REQUIRE(store.open(&error));
    REQUIRE(store.users().usernames().isEmpty());  // a new store: no accounts

    HttpTransport transport{QUrl(ServerEnv::get().server().baseUrl())};
    SyncEngine engine(store, transport);
    CHECK(engine.signIn(name, QStringLiteral("not-the-password")).state == SyncResult::State::SignInRequired);
    CHECK(store.users().usernames().isEmpty());  // a refused sign-in leaves nothing
    const SyncResult signedIn = engine.signIn(name, password);
    INFO(signedIn.message.toStdString());
    REQUIRE(signedIn.ok());
    CHECK(engine.user().username == name);
    CHECK(engine.user().displayName == QStringLiteral("王核对"));

    // Offline now: the local users table answers, as the server described the account.
    const std::optional<UserIdentity> offline = store.users().verify(name, password);
    REQUIRE(offline.has_value());
    CHECK(offline->displayName == QStringLiteral("王核对"));
    CHECK(offline->roles == QStringList{QStringLiteral("handler"), QStringLiteral("first_reviewer")});
    CHECK(offline->district == QStringLiteral("330302"));
    CHECK_FALSE(store.users().verify(name, QStringLiteral("not-the-password")).has_value());
    const QStringList stored = usersTableText(store);
    for (const QString &value : stored)
        CHECK_FALSE(value.contains(password));
    QSqlDatabase db = store.database().connection();
    CHECK(scalarSql(db, QStringLiteral("SELECT password_hash FROM users WHERE username = ?"), {name})
              .toString()
              .startsWith(QStringLiteral("$argon2id$")));
    CHECK(metaValue(db, QStringLiteral("sync_user")) == name);

    // A new password and other roles on the server replace the old ones at the next sign-in.
    const QString changed = QStringLiteral("second-pass-2026");
    const ToolRun reset = runLtcserver({QStringLiteral("user"), QStringLiteral("reset-password"), name,
                                        QStringLiteral("--password-stdin"), QStringLiteral("--database"),
                                        ServerEnv::get().cluster().url(QStringLiteral("ltc"))},
                                       changed.toUtf8() + '\n');
    INFO(reset.output.toStdString());
    REQUIRE(reset.exitCode == 0);
    QSqlDatabase server = ServerEnv::get().db();
    REQUIRE(execSql(server, QStringLiteral("UPDATE users SET roles = 'handler' WHERE username = ?"), {name}));
    REQUIRE(engine.signIn(name, changed).ok());
    CHECK_FALSE(store.users().verify(name, password).has_value());
    const std::optional<UserIdentity> again = store.users().verify(name, changed);
    REQUIRE(again.has_value());
    CHECK(again->roles == QStringList{QStringLiteral("handler")});
    CHECK(store.users().usernames() == QStringList{name});
}

TEST_CASE("desktop sign-in: the first start's login dialog signs in through the server", "[server][desktop]")
{
    ScratchSettings settings;
    const QString name = QStringLiteral("desk_first");
    const QString password = QStringLiteral("desk-first-2026");
    addServerUser(name, QStringLiteral("李首登"), password);
    QTemporaryDir folder;
    LocalStore store(folder.filePath(QStringLiteral("ltc.sqlite")));
    QString error;
    REQUIRE(store.open(&error));

    LoginDialog dialog(store);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.isOnline());  // no local account: the server is the only way in
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("server"));
    auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    auto *passwordField = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginError"));
    REQUIRE((server && username && passwordField && signIn && message));
    const QString address = ServerEnv::get().server().baseUrl();
    QTest::keyClicks(server, address);
    QTest::keyClicks(username, name);
    QTest::keyClicks(passwordField, QStringLiteral("wrong-password"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && signIn->isEnabled(), 20000);
    CHECK(message->text().startsWith(QStringLiteral("Incorrect username or password")));
    CHECK(dialog.result() != QDialog::Accepted);

    QTest::keyClicks(passwordField, password);
    QTest::keyClick(passwordField, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 20000);
    REQUIRE(dialog.user().has_value());
    CHECK(dialog.user()->username == name);
    CHECK(dialog.user()->displayName == QStringLiteral("李首登"));
    CHECK_FALSE(dialog.token().isEmpty());
    CHECK(QSettings().value(QStringLiteral("sync/server")).toString() == address);
    CHECK(QSettings().value(QStringLiteral("sync/username")).toString() == name);
    CHECK(store.users().verify(name, password).has_value());

    // The session's sync starts from the dialog's token, without asking again.
    SyncController controller(store);
    controller.adoptToken(dialog.token());
    QSignalSpy synced(&controller, &SyncController::synced);
    controller.start();
    REQUIRE(synced.wait(30000));
    CHECK(controller.connection() == SyncController::Connection::Online);
    controller.forgetCredentials();

    // The next start: the dialog offers the local account offline, and the server on request.
    LoginDialog next(store);
    CHECK_FALSE(next.isOnline());
}

TEST_CASE("desktop sync: changes another user made here wait; the desktop asks, naming how many and whose, and "
          "sends them as the signed-in user's when told to",
          "[server][desktop]")
{
    QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.filePath(QStringLiteral("settings")));
    QSettings().clear();
    LocalStore store(folder.filePath(QStringLiteral("ltc.sqlite")));
    REQUIRE(store.open());
    // A colleague's change, made on this desktop before the handler signs in.
    const UserIdentity colleague{QStringLiteral("lockme"), QStringLiteral("lockme"), QStringLiteral("lockme"),
                                 {QStringLiteral("handler")}, QStringLiteral("330302")};
    REQUIRE(store.commands().execute(colleague, QStringLiteral("person.register"),
                                     personArgs(QStringLiteral("P-SU0101"), QStringLiteral("330302"), 4601)).ok());
    SyncController controller(store);
    SyncController::Settings settings;
    settings.server = ServerEnv::get().server().baseUrl();
    settings.username = QStringLiteral("handler");
    controller.setSettings(settings);
    QSignalSpy synced(&controller, &SyncController::synced);
    QSignalSpy waiting(&controller, &SyncController::othersWaiting);
    controller.signIn(kPassword, false);
    REQUIRE(synced.wait(20000));
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.at(0).at(0).toInt() == 1);
    CHECK(waiting.at(0).at(1).toStringList() == QStringList{QStringLiteral("lockme")});
    QSqlDatabase server = ServerEnv::get().db();
    CHECK(scalarSql(server, QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-SU0101'")).toInt() == 0);
    CHECK(store.commands().pendingCount() == 1);

    // The question names the count and the maker; "Send as mine" adopts them.
    QString asked;
    QTimer::singleShot(0, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().contains(QStringLiteral("Send as mine")))
                button->click();
        }
    });
    askToAdopt(nullptr, controller, waiting.at(0).at(0).toInt(), waiting.at(0).at(1).toStringList());
    CHECK(asked.contains(QStringLiteral("lockme")));
    CHECK(asked.contains(QStringLiteral("1")));
    REQUIRE(synced.wait(20000));
    CHECK(store.commands().pendingCount() == 0);
    CHECK(scalarSql(server, QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-SU0101'")).toInt() == 1);
    CHECK(scalarSql(server, QStringLiteral("SELECT username FROM audit_log WHERE action = 'person.register' AND "
                                           "CAST(details AS TEXT) LIKE '%P-SU0101%'"))
              .toString()
          == QStringLiteral("handler"));
    controller.forgetCredentials();
}
