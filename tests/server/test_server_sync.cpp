// Push, pull and bootstrap against the real ltcserver (ARCHITECTURE.md "Sync: the guarantees"):
// versions from the server, stored results for retries, final rejections, the domain's rules
// enforced by the server (district, four-eyes), scope on the way out, the audit chain.
#include "serverharness.h"

#include "audit.h"
#include "commandapplier.h"
#include "pgcopy.h"
#include "serverschema.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace ltc;
using namespace ltc::test;

namespace {

QJsonArray pushCommands(const QString &token, const QString &clientId, const QJsonArray &commands, int *status = nullptr)
{
    ServerEnv &env = ServerEnv::get();
    const HttpReply reply = env.http().post(QStringLiteral("/api/v1/sync/push"), pushBody(clientId, commands, env.schema()), token);
    INFO(reply.body.toStdString());
    if (status)
        *status = reply.status;
    else
        REQUIRE(reply.status == 200);
    return reply.json.value(QStringLiteral("results")).toArray();
}

QStringList statuses(const QJsonArray &results)
{
    QStringList list;
    for (const QJsonValue &result : results)
        list << result.toObject().value(QStringLiteral("status")).toString();
    return list;
}

struct Pulled {
    QList<QJsonObject> changes;
    qint64 cursor = 0;
};

// Every change after `cursor`, page by page.
Pulled pullAll(HttpClient &http, const QString &token, qint64 cursor, int limit = 50)
{
    Pulled pulled{{}, cursor};
    for (bool more = true; more;) {
        const HttpReply reply = http.get(QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=%2").arg(pulled.cursor).arg(limit), token);
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        for (const QJsonValue &change : reply.json.value(QStringLiteral("changes")).toArray())
            pulled.changes << change.toObject();
        const qint64 next = reply.json.value(QStringLiteral("cursor")).toInteger();
        REQUIRE(next >= pulled.cursor);
        pulled.cursor = next;
        more = reply.json.value(QStringLiteral("has_more")).toBool();
    }
    return pulled;
}

QList<QJsonObject> changesOf(const Pulled &pulled, const QString &key)
{
    QList<QJsonObject> found;
    for (const QJsonObject &change : pulled.changes) {
        if (change.value(QStringLiteral("key")).toString() == key)
            found << change;
    }
    return found;
}

QStringList bootstrapKeys(HttpClient &http, const QString &token, const QString &table, int limit, qint64 *firstCursor = nullptr)
{
    QStringList keys;
    QString after;
    for (int page = 0;; ++page) {
        const HttpReply reply = http.get(QStringLiteral("/api/v1/sync/bootstrap?table=%1&limit=%2&after=%3")
                                             .arg(table).arg(limit).arg(QString::fromUtf8(QUrl::toPercentEncoding(after))),
                                         token);
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        const QJsonArray rows = reply.json.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() <= limit);
        if (page == 0 && firstCursor)
            *firstCursor = reply.json.value(QStringLiteral("cursor")).toInteger();
        for (const QJsonValue &row : rows)
            keys << row.toObject().value(QStringLiteral("person_no")).toString();
        if (!reply.json.value(QStringLiteral("has_more")).toBool()) {
            CHECK(reply.json.value(QStringLiteral("next")).isNull());
            return keys;
        }
        after = reply.json.value(QStringLiteral("next")).toString();
        REQUIRE(!after.isEmpty());
    }
}

QStringList column(QSqlDatabase db, const QString &sql)
{
    QStringList values;
    QSqlQuery query = querySql(db, sql);
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QJsonObject register330302(const QString &personNo, int serial)
{
    return personArgs(personNo, QStringLiteral("330302"), serial);
}

// No command moves a record between districts yet, so tests bring their own: `test.move_<table>`
// sets the row's district (args: its key column and "district") and records the change, as a
// module's command would. Applied through the server's own CommandApplier on the same database.
DomainModule movesModule(const QString &table, const QString &keyColumn)
{
    DomainModule moves;
    moves.id = QStringLiteral("test");
    moves.commands = {{QStringLiteral("test.move_") + table, QStringLiteral("test"), {QStringLiteral("admin")},
                       QStringLiteral("move a record to another district"), {},
                       [table, keyColumn](CommandContext &ctx, const QJsonObject &args) {
                           const QString key = args.value(keyColumn).toString();
                           const auto before = ctx.fetch(table, keyColumn, key);
                           if (!ctx.exec(QStringLiteral("UPDATE %1 SET district = ? WHERE %2 = ?").arg(table, keyColumn),
                                         {args.value(QStringLiteral("district")).toString(), key}))
                               return ctx.storageFailure();
                           ctx.recordChange(table, key, before, ctx.fetch(table, keyColumn, key));
                           return CommandOutcome::success();
                       }}};
    return moves;
}
} // namespace

TEST_CASE("server: a pushed command is applied and its change is pulled with a server version", "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    const qint64 before = pullAll(env.http(), token, 0).cursor;
    const QJsonArray results = pushCommands(token, QStringLiteral("sync-apply"),
                                            {command(1, QStringLiteral("person.register"), register330302(QStringLiteral("P-A0001"), 1001))});
    REQUIRE(statuses(results) == QStringList{QStringLiteral("applied")});
    const QJsonObject applied = results.at(0).toObject().value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(applied.value(QStringLiteral("table")).toString() == QStringLiteral("persons"));
    CHECK(applied.value(QStringLiteral("version")).toInteger() > before);

    const Pulled pulled = pullAll(env.http(), token, before);
    const QList<QJsonObject> changes = changesOf(pulled, QStringLiteral("P-A0001"));
    REQUIRE(changes.size() == 1);
    CHECK(changes.at(0).value(QStringLiteral("op")).toString() == QStringLiteral("upsert"));
    CHECK(changes.at(0).value(QStringLiteral("version")) == applied.value(QStringLiteral("version")));
    CHECK(changes.at(0).value(QStringLiteral("row")).toObject().value(QStringLiteral("district")).toString() == QStringLiteral("330302"));
    CHECK(pulled.cursor >= applied.value(QStringLiteral("version")).toInteger());
    // Nothing new: the same cursor comes back.
    CHECK(pullAll(env.http(), token, pulled.cursor).changes.isEmpty());
}

TEST_CASE("server: a seq already decided is answered duplicate and applied once", "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    const QJsonArray first = {command(1, QStringLiteral("person.register"), register330302(QStringLiteral("P-D0001"), 1002))};
    REQUIRE(statuses(pushCommands(token, QStringLiteral("sync-dup"), first)) == QStringList{QStringLiteral("applied")});
    const QJsonArray retry = pushCommands(token, QStringLiteral("sync-dup"), first);
    REQUIRE(statuses(retry) == QStringList{QStringLiteral("duplicate")});
    CHECK(retry.at(0).toObject().value(QStringLiteral("original")).toString() == QStringLiteral("applied"));
    CHECK(!retry.at(0).toObject().value(QStringLiteral("rows")).toArray().isEmpty());

    SECTION("two retries at once, on two connections: one applies, the other is a duplicate")
    {
        const QByteArray body = QJsonDocument(pushBody(QStringLiteral("sync-dup"),
                                                       {command(2, QStringLiteral("person.update_contact"),
                                                                QJsonObject{{QStringLiteral("person_no"), QStringLiteral("P-D0001")},
                                                                            {QStringLiteral("phone"), QStringLiteral("0577-8888")}})},
                                                       env.schema()))
                                    .toJson();
        HttpClient one(env.server().baseUrl());
        HttpClient two(env.server().baseUrl());
        QNetworkReply *a = one.startPost(QStringLiteral("/api/v1/sync/push"), body, token);
        QNetworkReply *b = two.startPost(QStringLiteral("/api/v1/sync/push"), body, token);
        const HttpReply replyA = HttpClient::wait(a);
        const HttpReply replyB = HttpClient::wait(b);
        REQUIRE(replyA.status == 200);
        REQUIRE(replyB.status == 200);
        QStringList both = statuses(replyA.json.value(QStringLiteral("results")).toArray())
                           + statuses(replyB.json.value(QStringLiteral("results")).toArray());
        both.sort();
        CHECK(both == QStringList{QStringLiteral("applied"), QStringLiteral("duplicate")});
    }
    // Registered once, changed once: two versions in the log and row_version 1.
    QSqlDatabase db = env.db();
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE row_key = 'P-D0001'")).toInt() == 2);
    CHECK(scalarSql(db, QStringLiteral("SELECT row_version FROM persons WHERE person_no = 'P-D0001'")).toInt() == 1);
}

TEST_CASE("server: a rejected command is final, and the commands behind it still apply", "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    const auto contact = [](const QString &personNo, const QString &phone) {
        return QJsonObject{{QStringLiteral("person_no"), personNo}, {QStringLiteral("phone"), phone}};
    };
    const QJsonArray commands{
        command(1, QStringLiteral("person.register"), register330302(QStringLiteral("P-R0001"), 1003)),
        command(2, QStringLiteral("person.update_contact"), contact(QStringLiteral("P-R0001"), QStringLiteral("not a phone"))),
        command(3, QStringLiteral("person.update_contact"), contact(QStringLiteral("P-R9999"), QStringLiteral("0577-1"))),
        command(4, QStringLiteral("person.update_contact"), contact(QStringLiteral("P-R0001"), QStringLiteral("0577-12345"))),
        command(5, QStringLiteral("no.such_command"), QJsonObject()),
    };
    const QJsonArray results = pushCommands(token, QStringLiteral("sync-reject"), commands);
    REQUIRE(statuses(results) == QStringList{QStringLiteral("applied"), QStringLiteral("rejected"), QStringLiteral("rejected"),
                                             QStringLiteral("applied"), QStringLiteral("rejected")});
    const QJsonObject invalid = results.at(1).toObject();
    CHECK(invalid.value(QStringLiteral("code")).toString() == QStringLiteral("invalid"));
    CHECK(invalid.value(QStringLiteral("error")).toString().contains(QStringLiteral("phone")));
    // The answer carries the row as the server has it, for the client to restore.
    const QJsonObject current = invalid.value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(current.value(QStringLiteral("table")).toString() == QStringLiteral("persons"));
    CHECK(current.value(QStringLiteral("row")).toObject().value(QStringLiteral("person_no")).toString() == QStringLiteral("P-R0001"));
    CHECK(results.at(2).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("not_found"));
    CHECK(results.at(4).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("unknown_command"));

    const QJsonArray retried = pushCommands(token, QStringLiteral("sync-reject"), commands);
    CHECK(statuses(retried) == QStringList(5, QStringLiteral("duplicate")));
    CHECK(retried.at(1).toObject().value(QStringLiteral("original")).toString() == QStringLiteral("rejected"));
    CHECK(retried.at(1).toObject().value(QStringLiteral("error")) == invalid.value(QStringLiteral("error")));
}

TEST_CASE("server: four-eyes — the first reviewer's own second review is rejected by the server", "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    QSqlDatabase db = env.db();
    // An audited month of one institution (the audit run itself is local work, not a command).
    REQUIRE(insertCareHome(db, QStringLiteral("I-4EYES"), QStringLiteral("测试护理院"), QStringLiteral("330302"), 2));
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO settlement_results (period, claim_no, line_no, person_no, "
                                       "institution_code, claimed_fen, allowed_fen, deducted_fen, fund_fen, personal_fen, "
                                       "deposit_fen, declared_days, paid_days, reasons, run_id) VALUES ('2025-01', "
                                       "'C-4EYES', 1, 'P-A0001', 'I-4EYES', 90000, 90000, 0, 72000, 18000, 0, 30, 30, '', 1)")));
    const QJsonObject batch{{QStringLiteral("period"), QStringLiteral("2025-01")},
                            {QStringLiteral("institution_code"), QStringLiteral("I-4EYES")}};
    QJsonObject approve = batch;
    approve.insert(QStringLiteral("decision"), QStringLiteral("approve"));

    const QString first = env.login(QStringLiteral("reviewer1"));
    const QJsonArray results = pushCommands(first, QStringLiteral("four-eyes-1"),
                                            {command(1, QStringLiteral("claim.accept_clean"), batch),
                                             command(2, QStringLiteral("claim.first_review"), batch),
                                             command(3, QStringLiteral("claim.second_review"), approve)});
    REQUIRE(statuses(results) == QStringList{QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("rejected")});
    CHECK(results.at(2).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("forbidden"));
    const QJsonObject batchRow = results.at(2).toObject().value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(batchRow.value(QStringLiteral("table")).toString() == QStringLiteral("settlement_batches"));
    CHECK(batchRow.value(QStringLiteral("row")).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("first_reviewed"));

    // Another person may; a stale base_version is rejected first, the current one applies.
    const QString second = env.login(QStringLiteral("reviewer2"));
    QJsonObject stale = command(1, QStringLiteral("claim.second_review"), approve);
    stale.insert(QStringLiteral("base_version"), 0);
    QJsonObject current = command(2, QStringLiteral("claim.second_review"), approve);
    current.insert(QStringLiteral("base_version"), 1);
    const QJsonArray secondResults = pushCommands(second, QStringLiteral("four-eyes-2"), {stale, current});
    REQUIRE(statuses(secondResults) == QStringList{QStringLiteral("rejected"), QStringLiteral("applied")});
    CHECK(secondResults.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("conflict"));
    CHECK(scalarSql(db, QStringLiteral("SELECT status || '/' || second_reviewer FROM settlement_batches WHERE "
                                       "institution_code = 'I-4EYES'"))
              .toString() == QStringLiteral("second_reviewed/reviewer2"));
}

TEST_CASE("server: four-eyes — whoever decided one line of the first review is rejected as second reviewer",
          "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    QSqlDatabase db = env.db();
    // A first reviewer of its own: reviewer1 (both roles) only overrides a line, reviewer3
    // completes the first review.
    const ToolRun add = runLtcserver({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("reviewer3"),
                                      QStringLiteral("--role"), QStringLiteral("first_reviewer"), QStringLiteral("--district"),
                                      QStringLiteral("330302"), QStringLiteral("--password-stdin"), QStringLiteral("--database"),
                                      env.cluster().url(QStringLiteral("ltc"))},
                                     kPassword.toUtf8() + '\n');
    INFO(add.output.toStdString());
    REQUIRE(add.exitCode == 0);
    REQUIRE(insertCareHome(db, QStringLiteral("I-4EYES2"), QStringLiteral("测试护理院二"), QStringLiteral("330302"), 2));
    for (int line : {1, 2}) {
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO settlement_results (period, claim_no, line_no, person_no, "
                                           "institution_code, claimed_fen, allowed_fen, deducted_fen, fund_fen, "
                                           "personal_fen, deposit_fen, declared_days, paid_days, reasons, run_id) VALUES "
                                           "('2025-01', 'C-4EYES2', ?, 'P-A0001', 'I-4EYES2', 90000, 90000, 0, 72000, "
                                           "18000, 0, 30, 30, '', 1)"),
                        {line}));
    }
    const QJsonObject batch{{QStringLiteral("period"), QStringLiteral("2025-01")},
                            {QStringLiteral("institution_code"), QStringLiteral("I-4EYES2")}};
    QJsonObject approve = batch;
    approve.insert(QStringLiteral("decision"), QStringLiteral("approve"));
    const QJsonObject overrideLine{{QStringLiteral("claim_no"), QStringLiteral("C-4EYES2")}, {QStringLiteral("line_no"), 1},
                               {QStringLiteral("decision"), QStringLiteral("override")},
                               {QStringLiteral("allowed"), QStringLiteral("0")},
                               {QStringLiteral("reason"), QStringLiteral("无服务记录")}};

    const QString decider = env.login(QStringLiteral("reviewer1"));
    REQUIRE(statuses(pushCommands(decider, QStringLiteral("four-eyes-line-1"),
                                  {command(1, QStringLiteral("claim.review_line"), overrideLine)}))
            == QStringList{QStringLiteral("applied")});
    const QString completer = env.login(QStringLiteral("reviewer3"));
    REQUIRE(statuses(pushCommands(completer, QStringLiteral("four-eyes-line-3"),
                                  {command(1, QStringLiteral("claim.accept_clean"), batch),
                                   command(2, QStringLiteral("claim.first_review"), batch)}))
            == QStringList{QStringLiteral("applied"), QStringLiteral("applied")});
    CHECK(scalarSql(db, QStringLiteral("SELECT string_agg(username, ',' ORDER BY username) FROM first_review_takers "
                                       "WHERE institution_code = 'I-4EYES2'"))
              .toString() == QStringLiteral("reviewer1,reviewer3"));

    const QJsonArray refused =
        pushCommands(decider, QStringLiteral("four-eyes-line-1"), {command(2, QStringLiteral("claim.second_review"), approve)});
    REQUIRE(statuses(refused) == QStringList{QStringLiteral("rejected")});
    CHECK(refused.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("forbidden"));
    CHECK(scalarSql(db, QStringLiteral("SELECT status FROM settlement_batches WHERE institution_code = 'I-4EYES2'"))
              .toString() == QStringLiteral("first_reviewed"));

    // reviewer2 took no part.
    const QString other = env.login(QStringLiteral("reviewer2"));
    REQUIRE(statuses(pushCommands(other, QStringLiteral("four-eyes-line-2"),
                                  {command(1, QStringLiteral("claim.second_review"), approve)}))
            == QStringList{QStringLiteral("applied")});
    CHECK(scalarSql(db, QStringLiteral("SELECT status || '/' || second_reviewer FROM settlement_batches WHERE "
                                       "institution_code = 'I-4EYES2'"))
              .toString() == QStringLiteral("second_reviewed/reviewer2"));
}

TEST_CASE("server: a handler of 330302 can neither change nor pull rows of 330303", "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    const QString other = env.login(QStringLiteral("handler_b"));
    REQUIRE(statuses(pushCommands(other, QStringLiteral("district-b"),
                                  {command(1, QStringLiteral("person.register"),
                                           personArgs(QStringLiteral("P-B0001"), QStringLiteral("330303"), 1004))}))
            == QStringList{QStringLiteral("applied")});
    const QString token = env.login(QStringLiteral("handler"));

    // Another district's row, refused inside the command: rejected, and its row is not shown.
    const QJsonArray refused = pushCommands(token, QStringLiteral("district-a"),
                                            {command(1, QStringLiteral("person.update_contact"),
                                                     QJsonObject{{QStringLiteral("person_no"), QStringLiteral("P-B0001")},
                                                                 {QStringLiteral("phone"), QStringLiteral("0577-999")}})});
    REQUIRE(statuses(refused) == QStringList{QStringLiteral("rejected")});
    CHECK(refused.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("forbidden"));
    CHECK(refused.at(0).toObject().value(QStringLiteral("rows")).toArray().isEmpty());

    // A command the roles do not allow is rejected on its own, finally ("forbidden"); the commands
    // around it are decided as if it were not there: no push sticks on it.
    const QJsonArray mixed{command(2, QStringLiteral("claim.mark_paid"),
                                   QJsonObject{{QStringLiteral("period"), QStringLiteral("2025-01")},
                                               {QStringLiteral("institution_code"), QStringLiteral("I-4EYES")}}),
                           command(3, QStringLiteral("person.register"), register330302(QStringLiteral("P-C0001"), 1005))};
    const QJsonArray decided = pushCommands(token, QStringLiteral("district-a"), mixed);
    REQUIRE(statuses(decided) == QStringList{QStringLiteral("rejected"), QStringLiteral("applied")});
    CHECK(decided.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("forbidden"));
    QSqlDatabase db = env.db();
    CHECK(scalarSql(db, QStringLiteral("SELECT 1 FROM persons WHERE person_no = 'P-C0001'")).isValid());
    CHECK(scalarSql(db, QStringLiteral("SELECT status FROM settlement_batches WHERE institution_code = 'I-4EYES'"))
              .toString() != QStringLiteral("paid"));

    // Pull and bootstrap show 330302 only; the city-level manager sees both districts.
    CHECK(changesOf(pullAll(env.http(), token, 0), QStringLiteral("P-B0001")).isEmpty());
    CHECK(!bootstrapKeys(env.http(), token, QStringLiteral("persons"), 100).contains(QStringLiteral("P-B0001")));
    const QString city = env.login(QStringLiteral("city"));
    const Pulled cityView = pullAll(env.http(), city, 0);
    CHECK(changesOf(cityView, QStringLiteral("P-B0001")).size() == 1);
    CHECK(changesOf(cityView, QStringLiteral("P-C0001")).size() == 1);
}

TEST_CASE("server: a row that leaves the user's district arrives as a delete", "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    REQUIRE(statuses(pushCommands(token, QStringLiteral("move"),
                                  {command(1, QStringLiteral("person.register"), register330302(QStringLiteral("P-M0001"), 1006))}))
            == QStringList{QStringLiteral("applied")});
    const qint64 cursor = pullAll(env.http(), token, 0).cursor;
    const QString otherToken = env.login(QStringLiteral("handler_b"));
    const qint64 otherCursor = pullAll(env.http(), otherToken, 0).cursor;

    DomainRegistry registry;
    registerBuiltinDomains(registry);
    registry.add(movesModule(QStringLiteral("persons"), QStringLiteral("person_no")));
    QSqlDatabase db = env.db();
    server::SyncCatalog catalog;
    REQUIRE(catalog.load(db, registry, nullptr));
    const server::CommandApplier applier(registry, catalog);
    const UserIdentity mover{QStringLiteral("city_admin"), QStringLiteral("city_admin"), QStringLiteral("city_admin"),
                             {QStringLiteral("admin")}, QStringLiteral("330300")};
    const auto moved = applier.apply(db, mover, QStringLiteral("move-test"),
                                     server::PushCommand{1, QStringLiteral("test.move_persons"),
                                                         QJsonObject{{QStringLiteral("person_no"), QStringLiteral("P-M0001")},
                                                                     {QStringLiteral("district"), QStringLiteral("330303")}},
                                                         std::nullopt, {}});
    REQUIRE(moved);
    REQUIRE(moved->value(QStringLiteral("status")).toString() == QStringLiteral("applied"));

    const QList<QJsonObject> left = changesOf(pullAll(env.http(), token, cursor), QStringLiteral("P-M0001"));
    REQUIRE(left.size() == 1);
    CHECK(left.at(0).value(QStringLiteral("op")).toString() == QStringLiteral("delete"));
    // The delete names its row by the key columns, and gives nothing else of a row gone elsewhere.
    CHECK(left.at(0).value(QStringLiteral("row")).toObject()
          == QJsonObject{{QStringLiteral("person_no"), QStringLiteral("P-M0001")}});
    const QList<QJsonObject> arrived = changesOf(pullAll(env.http(), otherToken, otherCursor), QStringLiteral("P-M0001"));
    REQUIRE(arrived.size() == 1);
    CHECK(arrived.at(0).value(QStringLiteral("op")).toString() == QStringLiteral("upsert"));
}

TEST_CASE("server: bootstrap pages through a table by key with after and limit", "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    QJsonArray commands;
    for (int i = 1; i <= 23; ++i)
        commands.append(command(i, QStringLiteral("person.register"),
                                register330302(QStringLiteral("P-BS%1").arg(i, 3, 10, QLatin1Char('0')), 2000 + i)));
    const QJsonArray results = pushCommands(token, QStringLiteral("bootstrap"), commands);
    REQUIRE(statuses(results) == QStringList(23, QStringLiteral("applied")));
    const qint64 lastVersion = results.last().toObject().value(QStringLiteral("rows")).toArray().at(0).toObject()
                                   .value(QStringLiteral("version")).toInteger();

    qint64 cursor = 0;
    const QStringList keys = bootstrapKeys(env.http(), token, QStringLiteral("persons"), 7, &cursor);
    CHECK(cursor >= lastVersion);  // pulling from here misses nothing the pages did not show
    const QStringList expected =
        column(env.db(), QStringLiteral("SELECT person_no FROM persons WHERE district = '330302' ORDER BY person_no"));
    CHECK(keys == expected);
    CHECK(keys.size() >= 23);

    const HttpReply policies = env.http().get(QStringLiteral("/api/v1/sync/bootstrap?table=line_reviews&limit=1"), token);
    CHECK(policies.status == 200);
}

TEST_CASE("server: the audit trail is hash-chained and append-only", "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    QSqlDatabase db = env.db();
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'person.register'")).toInt() > 0);
    CHECK(verifyAuditChain(db) == 0);
    CHECK(!execSql(db, QStringLiteral("UPDATE audit_log SET username = 'someone else'")));
    CHECK(!execSql(db, QStringLiteral("DELETE FROM audit_log")));
    QSqlQuery truncate(db);
    CHECK(!truncate.exec(QStringLiteral("TRUNCATE audit_log")));
    CHECK(verifyAuditChain(db) == 0);
}

TEST_CASE("server: an audit run's derived result rows get versions and reach pulls, the trail only counts them",
          "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    QSqlDatabase db = env.db();
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO institutions (code, name, kind, grade, service_forms, agreement_from, "
                                       "agreement_to, district) VALUES ('I-RUN', '测试照护中心', 'CARE', 1, 'HOME', "
                                       "'2024-01-01', '2026-12-31', '330302') ON CONFLICT (code) DO NOTHING")));
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO claim_lines (claim_no, line_no, institution_code, period, person_no, "
                                       "service_form, service_from, service_to, days, amount_fen) VALUES ('C-RUN', 1, "
                                       "'I-RUN', '2025-03', 'P-A0001', 'HOME', '2025-03-01', '2025-03-10', 10, 30000)")));
    const QString handler = env.login(QStringLiteral("handler"));
    const qint64 cursor = pullAll(env.http(), handler, 0).cursor;
    const QString reviewer = env.login(QStringLiteral("reviewer1"));
    const QJsonArray results = pushCommands(reviewer, QStringLiteral("audit-run"),
                                            {command(1, QStringLiteral("settlement.run_audit"),
                                                     QJsonObject{{QStringLiteral("period"), QStringLiteral("2025-03")}})});
    REQUIRE(statuses(results) == QStringList{QStringLiteral("applied")});

    const QList<QJsonObject> derived = changesOf(pullAll(env.http(), handler, cursor), QStringLiteral("C-RUN/1"));
    REQUIRE(derived.size() == 1);
    CHECK(derived.at(0).value(QStringLiteral("table")).toString() == QStringLiteral("settlement_results"));
    CHECK(derived.at(0).value(QStringLiteral("row")).toObject().value(QStringLiteral("claimed_fen")).toInteger() == 30000);
    const QString details = scalarSql(db, QStringLiteral("SELECT details FROM audit_log WHERE action = "
                                                         "'settlement.run_audit' ORDER BY id DESC LIMIT 1")).toString();
    CHECK(details.contains(QStringLiteral("\"derived_rows\":1")));
    CHECK(verifyAuditChain(db) == 0);
}

TEST_CASE("server: an audit's results carry their version: the log keeps only their deletes, a pull reads them "
          "from the table in version order and district",
          "[server][sync]")
{
    ServerEnv &env = ServerEnv::get();
    QSqlDatabase db = env.db();
    REQUIRE(insertCareHome(db, QStringLiteral("I-RV1"), QStringLiteral("版本照护一"), QStringLiteral("330302")));
    REQUIRE(insertCareHome(db, QStringLiteral("I-RV2"), QStringLiteral("版本照护二"), QStringLiteral("330303")));
    for (int line = 1; line <= 30; ++line) {
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO claim_lines (claim_no, line_no, institution_code, period, person_no, "
                                           "service_form, service_from, service_to, days, amount_fen) VALUES ('C-RV1', ?, "
                                           "'I-RV1', '2025-06', 'P-A0001', 'HOME', '2025-06-01', '2025-06-10', 10, ?)"),
                        {line, line * 1000}));
    }
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO claim_lines (claim_no, line_no, institution_code, period, person_no, "
                                       "service_form, service_from, service_to, days, amount_fen) VALUES ('C-RV2', 1, "
                                       "'I-RV2', '2025-06', 'P-B0001', 'HOME', '2025-06-01', '2025-06-10', 10, 5000)")));
    const QString handler = env.login(QStringLiteral("handler"));
    const qint64 cursor = pullAll(env.http(), handler, 0).cursor;
    const QString handlerB = env.login(QStringLiteral("handler_b"));
    const qint64 cursorB = pullAll(env.http(), handlerB, 0).cursor;
    const QString reviewer = env.login(QStringLiteral("reviewer1"));
    const auto audit = [&](int seq) {
        return statuses(pushCommands(reviewer, QStringLiteral("rv-audit"),
                                     {command(seq, QStringLiteral("settlement.run_audit"),
                                              QJsonObject{{QStringLiteral("period"), QStringLiteral("2025-06")}})}));
    };
    REQUIRE(audit(1) == QStringList{QStringLiteral("applied")});
    // 330303's month by a reviewer of 330303 (none among the standard users), through the
    // server's own applier on the same database.
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    registry.add(movesModule(QStringLiteral("institutions"), QStringLiteral("code")));
    server::SyncCatalog catalog;
    REQUIRE(catalog.load(db, registry, nullptr));
    const server::CommandApplier applier(registry, catalog);
    server::installPgBulkRows();  // as ltcserver does when it starts
    const UserIdentity reviewerB{QStringLiteral("reviewer_b"), QStringLiteral("reviewer_b"), QStringLiteral("reviewer_b"),
                                 {QStringLiteral("first_reviewer")}, QStringLiteral("330303")};
    const auto auditedB = applier.apply(db, reviewerB, QStringLiteral("rv-audit-b"),
                                        server::PushCommand{1, QStringLiteral("settlement.run_audit"),
                                                            QJsonObject{{QStringLiteral("period"), QStringLiteral("2025-06")}},
                                                            std::nullopt, {}});
    REQUIRE(auditedB);
    REQUIRE(auditedB->value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    // Claim lines written by hand (another month) take versions too, before and after a person's
    // change that has a log entry: three sources interleaved by version.
    const auto handLine = [&db](int line) {
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO claim_lines (claim_no, line_no, institution_code, period, person_no, "
                                           "service_form, service_from, service_to, days, amount_fen) VALUES ('C-RV3', ?, "
                                           "'I-RV1', '2025-07', 'P-A0001', 'HOME', '2025-07-01', '2025-07-10', 10, 100)"),
                        {line}));
    };
    handLine(1);
    handLine(2);

    // Thirty new results (330302's only: the reviewer's district), no entry of them in the log.
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = 'settlement_results' AND "
                                       "row_key LIKE 'C-RV%'")).toLongLong() == 0);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-RV1' AND log_version > ?"),
                    {cursor}).toLongLong() == 30);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-RV2'")).toLongLong() == 1);
    REQUIRE(statuses(pushCommands(handler, QStringLiteral("rv-person"),
                                  {command(1, QStringLiteral("person.register"), register330302(QStringLiteral("P-RV0001"), 7101))}))
            == QStringList{QStringLiteral("applied")});
    handLine(3);

    // Pages of seven: both kinds merged in version order, each result once, as its row is.
    const Pulled pulled = pullAll(env.http(), handler, cursor, 7);
    QStringList resultKeys;
    QStringList order;  // the hand-written lines and the person, in the order pulled
    qint64 last = cursor;
    for (const QJsonObject &change : pulled.changes) {
        const qint64 version = change.value(QStringLiteral("version")).toInteger();
        CHECK(version > last);
        last = version;
        const QString table = change.value(QStringLiteral("table")).toString();
        if (table == QStringLiteral("persons") || (table == QStringLiteral("claim_lines")
                                                   && change.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("C-RV3/"))))
            order << change.value(QStringLiteral("key")).toString();
        if (table != QStringLiteral("settlement_results"))
            continue;
        const QString key = change.value(QStringLiteral("key")).toString();
        resultKeys << key;
        const QJsonObject row = change.value(QStringLiteral("row")).toObject();
        CHECK(change.value(QStringLiteral("op")).toString() == QStringLiteral("upsert"));
        CHECK(row.value(QStringLiteral("claimed_fen")).toInteger() == 1000 * key.section(QLatin1Char('/'), 1).toInt());
        CHECK(row.value(QStringLiteral("institution_code")).toString() == QStringLiteral("I-RV1"));
        CHECK(!row.contains(server::rowVersionColumn()));
    }
    QStringList expected;
    for (int line = 1; line <= 30; ++line)
        expected << QStringLiteral("C-RV1/%1").arg(line);
    resultKeys.sort();
    expected.sort();
    CHECK(resultKeys == expected);
    CHECK(order == QStringList{QStringLiteral("C-RV3/1"), QStringLiteral("C-RV3/2"), QStringLiteral("P-RV0001"),
                               QStringLiteral("C-RV3/3")});
    CHECK(pulled.cursor >= scalarSql(db, QStringLiteral("SELECT MAX(log_version) FROM claim_lines")).toLongLong());
    // Another district sees its own result and none of these; the table's own pages do not show
    // the column either.
    QStringList seenByB;
    const Pulled pulledB = pullAll(env.http(), handlerB, cursorB, 7);
    for (const QJsonObject &change : pulledB.changes) {
        const QString key = change.value(QStringLiteral("key")).toString();
        if (key.startsWith(QStringLiteral("C-RV")))
            seenByB << change.value(QStringLiteral("table")).toString() + QLatin1Char(' ') + key;
    }
    CHECK(seenByB == QStringList{QStringLiteral("settlement_results C-RV2/1")});
    CHECK(!resultKeys.contains(QStringLiteral("C-RV2/1")));
    const HttpReply page = env.http().get(QStringLiteral("/api/v1/sync/bootstrap?table=settlement_results&limit=1000"), handler);
    REQUIRE(page.status == 200);
    bool seen = false;
    for (const QJsonValue &row : page.json.value(QStringLiteral("rows")).toArray()) {
        CHECK(!row.toObject().contains(server::rowVersionColumn()));
        seen = seen || row.toObject().value(QStringLiteral("claim_no")).toString() == QStringLiteral("C-RV1");
    }
    CHECK(seen);

    // A re-run: the changed line's result takes a new version, the line gone loses its result by
    // a log entry (the table no longer has its row); nothing else comes again.
    REQUIRE(execSql(db, QStringLiteral("UPDATE claim_lines SET amount_fen = 77700 WHERE claim_no = 'C-RV1' AND line_no = 5")));
    REQUIRE(execSql(db, QStringLiteral("DELETE FROM claim_lines WHERE claim_no = 'C-RV1' AND line_no = 30")));
    REQUIRE(audit(2) == QStringList{QStringLiteral("applied")});
    QStringList again;
    QStringList linesAgain;  // the claim line updated by hand takes a new version and comes too
    for (const QJsonObject &change : pullAll(env.http(), handler, pulled.cursor, 7).changes) {
        if (change.value(QStringLiteral("table")).toString() == QStringLiteral("claim_lines"))
            linesAgain << change.value(QStringLiteral("key")).toString() + QLatin1Char(' ')
                              + QString::number(change.value(QStringLiteral("row")).toObject().value(QStringLiteral("amount_fen")).toInteger());
        else if (change.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("C-RV1/")))
            again << change.value(QStringLiteral("key")).toString() + QLatin1Char(' ') + change.value(QStringLiteral("op")).toString()
                         + QLatin1Char(' ')
                         + QString::number(change.value(QStringLiteral("row")).toObject().value(QStringLiteral("claimed_fen")).toInteger());
    }
    CHECK(again == QStringList{QStringLiteral("C-RV1/5 upsert 77700"), QStringLiteral("C-RV1/30 delete 0")});
    CHECK(linesAgain == QStringList{QStringLiteral("C-RV1/5 77700")});
    for (const QJsonObject &change : pullAll(env.http(), handlerB, pulledB.cursor, 7).changes)  // not 330303's
        CHECK_FALSE(change.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("C-RV1/")));
    CHECK(scalarSql(db, QStringLiteral("SELECT string_agg(op || ' ' || row_key, ',') FROM change_log WHERE table_name = "
                                       "'settlement_results' AND row_key LIKE 'C-RV%'")).toString()
          == QStringLiteral("delete C-RV1/30"));

    // The institution moves to 330303: its results leave 330302's desktops as deletes and reach
    // 330303's whole, by log entries (their rows' versions are older than both cursors).
    const qint64 cursorA = pullAll(env.http(), handler, 0).cursor;
    const qint64 cursorB2 = pullAll(env.http(), handlerB, 0).cursor;
    const UserIdentity mover{QStringLiteral("city_admin"), QStringLiteral("city_admin"), QStringLiteral("city_admin"),
                             {QStringLiteral("admin")}, QStringLiteral("330300")};
    const auto moved = applier.apply(db, mover, QStringLiteral("rv-move"),
                                     server::PushCommand{1, QStringLiteral("test.move_institutions"),
                                                         QJsonObject{{QStringLiteral("code"), QStringLiteral("I-RV1")},
                                                                     {QStringLiteral("district"), QStringLiteral("330303")}},
                                                         std::nullopt, {}});
    REQUIRE(moved);
    REQUIRE(moved->value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    int left = 0;
    for (const QJsonObject &change : pullAll(env.http(), handler, cursorA, 7).changes) {
        if (change.value(QStringLiteral("table")).toString() == QStringLiteral("settlement_results")) {
            CHECK(change.value(QStringLiteral("op")).toString() == QStringLiteral("delete"));
            ++left;
        }
    }
    CHECK(left == 29);
    int arrived = 0;
    for (const QJsonObject &change : pullAll(env.http(), handlerB, cursorB2, 7).changes) {
        if (change.value(QStringLiteral("table")).toString() != QStringLiteral("settlement_results"))
            continue;
        CHECK(change.value(QStringLiteral("op")).toString() == QStringLiteral("upsert"));
        CHECK(change.value(QStringLiteral("row")).toObject().value(QStringLiteral("claim_no")).toString() == QStringLiteral("C-RV1"));
        CHECK(!change.value(QStringLiteral("row")).toObject().contains(server::rowVersionColumn()));
        ++arrived;
    }
    CHECK(arrived == 29);
}
