// The desktop's sync controller (app/shell/sync) against the real server: sign-in, a round on
// the sync thread, a local change that is sent a few seconds later by itself, the status shown,
// and the refused-changes list.
#include "serverharness.h"

#include "localstore.h"
#include "sql.h"
#include "synccontroller.h"
#include "syncdialogs.h"
#include "syncmenu.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
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
