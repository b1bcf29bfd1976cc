// The desktop's sync engine (database/sync) against the real ltcserver on a real PostgreSQL:
// what a clerk's changes go through between two desktops and the server (ARCHITECTURE.md
// "Sync: the guarantees").
#include "faultproxy.h"
#include "serverharness.h"

#include "localstore.h"
#include "sql.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

#include <memory>

using namespace ltc;
using namespace ltc::test;

namespace {

// One desktop: its own local database, signed in to the shared test server as `username`.
struct Desktop {
    QTemporaryDir folder;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<SyncEngine> engine;
    UserIdentity user;

    Desktop(const QString &username, const QString &district, const QString &baseUrl)
    {
        store = std::make_unique<LocalStore>(folder.filePath(QStringLiteral("ltc.sqlite")));
        QString error;
        REQUIRE(store->open(&error));
        user = UserIdentity{username, username, username, {QStringLiteral("handler")}, district};
        transport = std::make_unique<HttpTransport>(QUrl(baseUrl));
        engine = std::make_unique<SyncEngine>(*store, *transport);
        const SyncResult signedIn = engine->signIn(username, kPassword);
        INFO(signedIn.message.toStdString());
        REQUIRE(signedIn.ok());
    }

    CommandOutcome run(const QString &command, const QJsonObject &args)
    {
        return store->commands().execute(user, command, args);
    }
    SyncResult sync()
    {
        const SyncResult result = engine->syncOnce();
        INFO(result.message.toStdString());
        return result;
    }
    QVariant scalar(const QString &sql, const QVariantList &params = {})
    {
        QSqlDatabase db = store->database().connection();
        return scalarSql(db, sql, params);
    }
};

QString baseUrl() { return ServerEnv::get().server().baseUrl(); }

qint64 serverCount(const QString &sql, const QVariantList &params = {})
{
    QSqlDatabase db = ServerEnv::get().db();
    return scalarSql(db, sql, params).toLongLong();
}
} // namespace

TEST_CASE("sync client: a change made on one desktop reaches the server once and the other desktop", "[server][client]")
{
    Desktop a(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    Desktop b(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    REQUIRE(a.sync().ok());
    REQUIRE(b.sync().ok());

    REQUIRE(a.run(QStringLiteral("person.register"), personArgs(QStringLiteral("P-SC0001"), QStringLiteral("330302"), 4001)).ok());
    CHECK(a.store->commands().pendingCount() == 1);
    const SyncResult pushed = a.sync();
    REQUIRE(pushed.ok());
    CHECK(pushed.pushed == 1);
    CHECK(pushed.rejected == 0);
    CHECK(a.store->commands().pendingCount() == 0);
    CHECK(a.scalar(QStringLiteral("SELECT status FROM outbox WHERE seq = 1")).toString() == QStringLiteral("applied"));
    // Nothing is sent twice: a second round pushes nothing.
    CHECK(a.sync().pushed == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-SC0001'")) == 1);

    const SyncResult pulled = b.sync();
    REQUIRE(pulled.ok());
    CHECK(pulled.pulled >= 1);
    CHECK(b.scalar(QStringLiteral("SELECT name FROM persons WHERE person_no = 'P-SC0001'")).toString()
          == a.scalar(QStringLiteral("SELECT name FROM persons WHERE person_no = 'P-SC0001'")).toString());
}

TEST_CASE("sync client: two clerks register the same person offline; the later one gets the server's row",
          "[server][client]")
{
    Desktop a(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    Desktop b(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    REQUIRE(a.sync().ok());
    REQUIRE(b.sync().ok());

    QJsonObject first = personArgs(QStringLiteral("P-SC0002"), QStringLiteral("330302"), 4002);
    first.insert(QStringLiteral("name"), QStringLiteral("王甲"));
    QJsonObject second = first;
    second.insert(QStringLiteral("name"), QStringLiteral("李乙"));
    REQUIRE(a.run(QStringLiteral("person.register"), first).ok());
    REQUIRE(b.run(QStringLiteral("person.register"), second).ok());
    // b also queues a change that does not depend on its own registration winning.
    REQUIRE(b.run(QStringLiteral("person.update_contact"),
                  {{QStringLiteral("person_no"), QStringLiteral("P-SC0002")}, {QStringLiteral("phone"), QStringLiteral("0577-88881234")}})
                .ok());

    REQUIRE(a.sync().ok());
    const SyncResult late = b.sync();
    REQUIRE(late.ok());
    CHECK(late.pushed == 2);
    CHECK(late.rejected == 1);
    // The server's row, with b's later change on top of it.
    CHECK(b.scalar(QStringLiteral("SELECT name FROM persons WHERE person_no = 'P-SC0002'")).toString() == QStringLiteral("王甲"));
    CHECK(b.scalar(QStringLiteral("SELECT phone FROM persons WHERE person_no = 'P-SC0002'")).toString()
          == QStringLiteral("0577-88881234"));
    const QList<RejectedCommand> conflicts = rejectedCommands(*b.store);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().command == QStringLiteral("person.register"));
    CHECK(conflicts.first().errorCode == QStringLiteral("conflict"));
    CHECK(!conflicts.first().message.isEmpty());
    // And both desktops end equal to the server.
    REQUIRE(a.sync().ok());
    CHECK(a.scalar(QStringLiteral("SELECT phone FROM persons WHERE person_no = 'P-SC0002'")).toString()
          == QStringLiteral("0577-88881234"));
}

TEST_CASE("sync client: without a server the desktop keeps working and sends later", "[server][client]")
{
    Desktop a(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    REQUIRE(a.sync().ok());
    REQUIRE(a.run(QStringLiteral("person.register"), personArgs(QStringLiteral("P-SC0003"), QStringLiteral("330302"), 4003)).ok());

    HttpTransport nowhere(QUrl(QStringLiteral("http://127.0.0.1:9")), {}, 2000);
    SyncEngine offline(*a.store, nowhere);
    offline.setSession(a.engine->token(), a.user);
    const SyncResult failed = offline.syncOnce();
    CHECK(failed.state == SyncResult::State::Offline);
    CHECK(a.store->commands().pendingCount() == 1);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-SC0003'")) == 0);

    REQUIRE(a.sync().ok());
    CHECK(a.store->commands().pendingCount() == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-SC0003'")) == 1);
}

TEST_CASE("sync client: a refused token asks for sign-in; the outbox stays", "[server][client]")
{
    Desktop a(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    REQUIRE(a.run(QStringLiteral("person.register"), personArgs(QStringLiteral("P-SC0004"), QStringLiteral("330302"), 4004)).ok());
    a.engine->setSession(QStringLiteral("not-a-token"), a.user);
    CHECK(a.sync().state == SyncResult::State::SignInRequired);
    CHECK(a.store->commands().pendingCount() == 1);
    REQUIRE(a.engine->signIn(QStringLiteral("handler"), kPassword).ok());
    REQUIRE(a.sync().ok());
    CHECK(a.store->commands().pendingCount() == 0);
}

TEST_CASE("sync client: the first download pages through tables and resumes after a drop", "[server][client]")
{
    Desktop a(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    QJsonArray commands;
    for (int i = 0; i < 12; ++i)
        REQUIRE(a.run(QStringLiteral("person.register"),
                      personArgs(QStringLiteral("P-SB%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("330302"), 4100 + i))
                    .ok());
    REQUIRE(a.sync().ok());

    Desktop b(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    b.engine->setPageSize(5);
    int pages = 0;
    // The connection drops after the second page of persons.
    const SyncResult dropped = b.engine->syncOnce([&pages](const QString &stage, qint64, qint64) {
        return !(stage == QStringLiteral("bootstrap persons") && ++pages == 2);
    });
    CHECK(dropped.state == SyncResult::State::Offline);
    const qint64 partial = b.scalar(QStringLiteral("SELECT COUNT(*) FROM persons")).toLongLong();
    CHECK(partial == 10);
    const SyncResult resumed = b.sync();
    REQUIRE(resumed.ok());
    CHECK(resumed.bootstrapped);
    const qint64 onServer = serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE district = '330302'"));
    CHECK(b.scalar(QStringLiteral("SELECT COUNT(*) FROM persons")).toLongLong() == onServer);
}

TEST_CASE("sync client: rows of another district never reach the desktop", "[server][client]")
{
    Desktop other(QStringLiteral("handler_b"), QStringLiteral("330303"), baseUrl());
    REQUIRE(other.run(QStringLiteral("person.register"), personArgs(QStringLiteral("P-SD0001"), QStringLiteral("330303"), 4201)).ok());
    REQUIRE(other.sync().ok());
    Desktop mine(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    REQUIRE(mine.sync().ok());
    CHECK(mine.scalar(QStringLiteral("SELECT COUNT(*) FROM persons WHERE district = '330303'")).toLongLong() == 0);
    CHECK(other.scalar(QStringLiteral("SELECT COUNT(*) FROM persons WHERE district = '330302'")).toLongLong() == 0);
}

TEST_CASE("sync client: through lost requests, lost answers, delays and duplicates, every command applies once and "
          "all sides end equal",
          "[server][client][faults]")
{
    const QUrl server(baseUrl());
    FaultProxy proxy(quint16(server.port()), 20261122);
    const QString proxied = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
    proxy.setFaults(false);  // sign in cleanly; the faults are for sync
    std::vector<std::unique_ptr<Desktop>> desktops;
    for (int i = 0; i < 3; ++i)
        desktops.push_back(std::make_unique<Desktop>(QStringLiteral("handler"), QStringLiteral("330302"), proxied));
    proxy.setFaults(true);

    QRandomGenerator random(7);
    int registered = 0;
    QStringList people;
    for (int round = 0; round < 12; ++round) {
        for (size_t d = 0; d < desktops.size(); ++d) {
            Desktop &desktop = *desktops[d];
            const QString personNo = QStringLiteral("P-RF%1%2").arg(d).arg(round, 2, 10, QLatin1Char('0'));
            if (people.isEmpty() || random.bounded(3) > 0) {
                REQUIRE(desktop.run(QStringLiteral("person.register"),
                                    personArgs(personNo, QStringLiteral("330302"), 5000 + int(d) * 100 + round))
                            .ok());
                people << personNo;
                ++registered;
            } else {
                // A change to someone registered anywhere: applies locally only if this desktop has them.
                const QString someone = people.at(int(random.bounded(qint64(people.size()))));
                desktop.run(QStringLiteral("person.update_contact"),
                            {{QStringLiteral("person_no"), someone},
                             {QStringLiteral("phone"), QStringLiteral("0577-%1").arg(10000000 + round * 10 + int(d))}});
            }
            desktop.engine->syncOnce();  // may fail anywhere: that is the point
        }
    }
    const FaultProxy::Counts counts = proxy.counts();
    INFO("passed " << counts.passed << ", dropped " << counts.dropped << ", lost answers " << counts.lostAnswers
                   << ", duplicated " << counts.duplicated << ", delayed " << counts.delayed);
    CHECK(counts.dropped > 0);
    CHECK(counts.lostAnswers > 0);
    CHECK(counts.duplicated > 0);

    proxy.setFaults(false);
    for (int pass = 0; pass < 2; ++pass) {
        for (auto &desktop : desktops)
            REQUIRE(desktop->sync().ok());
    }
    // Every command was decided once: nothing pending, each registration applied exactly once.
    for (auto &desktop : desktops)
        CHECK(desktop->store->commands().pendingCount() == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no LIKE 'P-RF%'")) == registered);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM (SELECT CAST(details AS JSONB)->'args'->>'person_no' AS p FROM "
                                     "audit_log WHERE action = 'person.register') registrations WHERE p LIKE 'P-RF%'"))
          == registered);
    // And every desktop holds exactly the server's rows.
    QSqlDatabase db = ServerEnv::get().db();
    QStringList onServer;
    QSqlQuery rows = querySql(db, QStringLiteral("SELECT person_no, COALESCE(phone, '') FROM persons WHERE person_no LIKE "
                                                 "'P-RF%' ORDER BY person_no"));
    while (rows.next())
        onServer << rows.value(0).toString() + QLatin1Char('=') + rows.value(1).toString();
    for (auto &desktop : desktops) {
        QStringList local;
        QSqlDatabase localDb = desktop->store->database().connection();
        QSqlQuery localRows = querySql(localDb, QStringLiteral("SELECT person_no, COALESCE(phone, '') FROM persons WHERE "
                                                               "person_no LIKE 'P-RF%' ORDER BY person_no"));
        while (localRows.next())
            local << localRows.value(0).toString() + QLatin1Char('=') + localRows.value(1).toString();
        CHECK(local == onServer);
    }
}

TEST_CASE("sync client: a desktop whose clock is a year ahead orders nothing; the server's commit order decides",
          "[server][client]")
{
    Desktop ahead(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    Desktop onTime(QStringLiteral("handler"), QStringLiteral("330302"), baseUrl());
    ahead.store->commands().setClock([] { return QDateTime::currentDateTimeUtc().addYears(1); });
    REQUIRE(ahead.run(QStringLiteral("person.register"), personArgs(QStringLiteral("P-SK0001"), QStringLiteral("330302"), 4301)).ok());
    REQUIRE(ahead.sync().ok());
    REQUIRE(onTime.sync().ok());
    // The desktop a year ahead changes the phone first, the other one after it: the later commit wins,
    // whatever the clocks say.
    REQUIRE(ahead.run(QStringLiteral("person.update_contact"),
                      {{QStringLiteral("person_no"), QStringLiteral("P-SK0001")}, {QStringLiteral("phone"), QStringLiteral("0577-11111111")}})
                .ok());
    REQUIRE(ahead.sync().ok());
    REQUIRE(onTime.run(QStringLiteral("person.update_contact"),
                       {{QStringLiteral("person_no"), QStringLiteral("P-SK0001")}, {QStringLiteral("phone"), QStringLiteral("0577-22222222")}})
                .ok());
    REQUIRE(onTime.sync().ok());
    REQUIRE(ahead.sync().ok());
    CHECK(ahead.scalar(QStringLiteral("SELECT phone FROM persons WHERE person_no = 'P-SK0001'")).toString()
          == QStringLiteral("0577-22222222"));
    // The server kept its own time for both changes, not the client's year-ahead one.
    QSqlDatabase db = ServerEnv::get().db();
    const QString latest = scalarSql(db, QStringLiteral("SELECT MAX(at) FROM audit_log WHERE action = 'person.update_contact'")).toString();
    CHECK(QDateTime::fromString(latest, Qt::ISODateWithMs) < QDateTime::currentDateTimeUtc().addDays(1));
}

TEST_CASE("sync client: after the server purged its cursor (410) the desktop downloads again and keeps its outbox",
          "[server][client]")
{
    ServerEnv &env = ServerEnv::get();
    QString error;
    INFO(error.toStdString());
    REQUIRE(env.prepareDatabase(QStringLiteral("ltc_client_purge"), &error));
    ServerProcess server(QStringLiteral("client-purge"), env.cluster().url(QStringLiteral("ltc_client_purge")),
                         env.cluster().folder(),
                         QJsonObject{{QStringLiteral("change_log_retention_seconds"), 1},
                                     {QStringLiteral("purge_interval_seconds"), 1}});
    REQUIRE(server.start(&error));
    Desktop a(QStringLiteral("handler"), QStringLiteral("330302"), server.baseUrl());
    Desktop b(QStringLiteral("handler"), QStringLiteral("330302"), server.baseUrl());
    REQUIRE(a.run(QStringLiteral("person.register"), personArgs(QStringLiteral("P-SP0001"), QStringLiteral("330302"), 4401)).ok());
    REQUIRE(a.sync().ok());
    REQUIRE(b.sync().ok());
    REQUIRE(b.run(QStringLiteral("person.register"), personArgs(QStringLiteral("P-SP0002"), QStringLiteral("330302"), 4402)).ok());
    REQUIRE(b.sync().ok());
    // Wait until the server has purged past a's cursor.
    const QString token = a.engine->token();
    const QDeadlineTimer deadline(15'000);
    ltc::test::HttpReply probe;
    const qint64 cursor = a.scalar(QStringLiteral("SELECT value FROM local_meta WHERE key = 'sync_cursor'")).toLongLong();
    do {
        QThread::msleep(300);
        probe = server.http().get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(cursor), token);
    } while (probe.status == 200 && !deadline.hasExpired());
    REQUIRE(probe.status == 410);
    // A change made meanwhile stays queued through the new download.
    REQUIRE(a.run(QStringLiteral("person.update_contact"),
                  {{QStringLiteral("person_no"), QStringLiteral("P-SP0001")}, {QStringLiteral("phone"), QStringLiteral("0577-33333333")}})
                .ok());
    const SyncResult again = a.sync();
    REQUIRE(again.ok());
    CHECK(again.bootstrapped);
    CHECK(again.pushed == 1);
    CHECK(a.scalar(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no IN ('P-SP0001', 'P-SP0002')")).toInt() == 2);
    CHECK(a.scalar(QStringLiteral("SELECT phone FROM persons WHERE person_no = 'P-SP0001'")).toString() == QStringLiteral("0577-33333333"));
}

TEST_CASE("sync client: the token expires between two batches of a push; after signing in again nothing is lost or doubled",
          "[server][client]")
{
    ServerEnv &env = ServerEnv::get();
    QString error;
    INFO(error.toStdString());
    REQUIRE(env.prepareDatabase(QStringLiteral("ltc_client_expiry"), &error));
    ServerProcess server(QStringLiteral("client-expiry"), env.cluster().url(QStringLiteral("ltc_client_expiry")),
                         env.cluster().folder(), QJsonObject{{QStringLiteral("token_lifetime_seconds"), 2}});
    REQUIRE(server.start(&error));
    Desktop a(QStringLiteral("handler"), QStringLiteral("330302"), server.baseUrl());
    const int commands = SyncEngine::kPushBatch + 20;  // two batches
    for (int i = 0; i < commands; ++i)
        REQUIRE(a.run(QStringLiteral("person.register"),
                      personArgs(QStringLiteral("P-SX%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("330302"), 4600 + i))
                    .ok());
    // After the first batch the clerk's token runs out.
    const SyncResult cut = a.engine->syncOnce([](const QString &stage, qint64, qint64) {
        if (stage == QStringLiteral("push"))
            QThread::msleep(2500);
        return true;
    });
    CHECK(cut.state == SyncResult::State::SignInRequired);
    CHECK(a.store->commands().pendingCount() == commands - SyncEngine::kPushBatch);
    REQUIRE(a.engine->signIn(QStringLiteral("handler"), kPassword).ok());
    REQUIRE(a.sync().ok());
    CHECK(a.store->commands().pendingCount() == 0);
    QSqlDatabase db = env.cluster().connect(QStringLiteral("ltc_client_expiry"));
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no LIKE 'P-SX%'")).toInt() == commands);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM command_results")).toInt() == commands);
}
