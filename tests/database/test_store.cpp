// The local store: migrations, commands with their outbox row and audit entry (all or nothing),
// the audit hash chain, local users, policies and the calendar, and the demo district.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"

#include "audit.h"
#include "core/citizenid.h"
#include "core/creditcode.h"
#include "core/policy.h"
#include "coredomain.h"
#include "demodata.h"
#include "localmeta.h"
#include "localstore.h"
#include "sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QDeadlineTimer>
#include <QThread>

using namespace ltc;
using ltctest::str;

namespace {

QJsonObject personArgs(const QString &personNo, const QString &idNumber, const QString &district,
                       const QString &name = QStringLiteral("张秀英"))
{
    // The IDs made by ltctest::citizenId with an even sequence are women's.
    return QJsonObject{{QStringLiteral("person_no"), personNo},
                       {QStringLiteral("id_number"), idNumber},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("sex"), QStringLiteral("F")},
                       {QStringLiteral("birth_date"), QStringLiteral("1940-03-15")},
                       {QStringLiteral("insurance_type"), QStringLiteral("EMPLOYEE")},
                       {QStringLiteral("enrolled_on"), QStringLiteral("2001-07-01")},
                       {QStringLiteral("district"), district}};
}

QString womanId(const QString &district, int sequence)
{
    return ltctest::citizenId(district, QDate(1940, 3, 15), sequence * 2);
}

QJsonObject institutionArgs(const QString &code)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name"), QStringLiteral("鹿城区五马护理院")},
                       {QStringLiteral("kind"), QStringLiteral("CARE")},
                       {QStringLiteral("grade"), 2},
                       {QStringLiteral("service_forms"), QStringLiteral("INST|HOME_VISIT")},
                       {QStringLiteral("agreement_from"), QStringLiteral("2025-01-01")},
                       {QStringLiteral("agreement_to"), QStringLiteral("2027-12-31")},
                       {QStringLiteral("district"), QStringLiteral("330302")}};
}

QJsonObject readJson(const QString &relativePath)
{
    QFile file(QStringLiteral(LTC_SOURCE_DIR) + relativePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

QJsonObject wenzhouJson() { return readJson(QStringLiteral("/resources/policies/wenzhou-2023.json")); }
QJsonObject linyiJson() { return readJson(QStringLiteral("/resources/policies/linyi-lanshan-2017.json")); }

void requireOk(const CommandOutcome &outcome)
{
    INFO((outcome.ok() ? std::string() : str(outcome.error->code + QStringLiteral(": ") + outcome.error->message)));
    REQUIRE(outcome.ok());
}

} // namespace

TEST_CASE("store: migrations create the schema and re-opening migrates nothing twice", "[database][store]")
{
    ltctest::TempStore s;
    const QList<Migration> migrations = s->registry().migrations();
    REQUIRE(!migrations.isEmpty());
    QStringList applied;
    QString client;
    {
        QSqlDatabase db = s.db();  // released before re-opening
        for (const char *table : {"local_meta", "users", "persons", "institutions", "calendar_days", "policies",
                                  "outbox", "audit_log", "schema_migrations"}) {
            INFO(table);
            CHECK(s.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                           {QString::fromLatin1(table)})
                      .toInt()
                  == 1);
        }
        CHECK(s.count(QStringLiteral("schema_migrations")) == migrations.size());
        for (const Migration &migration : migrations)
            CHECK(MigrationRunner::appliedVersion(db, migration.module) >= migration.version);
        applied = ltctest::tableRows(db, QStringLiteral("schema_migrations"));
        client = clientId(db);
        CHECK(!client.isEmpty());
    }

    s.reopen();
    QSqlDatabase again = s.db();
    // Same rows, same applied_at: nothing ran a second time.
    CHECK(str(ltctest::tableRows(again, QStringLiteral("schema_migrations"))) == str(applied));
    CHECK(s.count(QStringLiteral("schema_migrations")) == migrations.size());
    CHECK(str(clientId(again)) == str(client));  // the sync identity survives re-opening
}

TEST_CASE("store: every table of the local schema declares how it syncs and where its district comes from",
          "[database][store][tables]")
{
    ltctest::TempStore s;
    QSqlDatabase db = s.db();
    QSqlQuery tables = querySql(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                                   "'sqlite_%'"));
    int seen = 0;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        INFO(str(name));
        const TableDecl *declared = s->registry().table(name);
        REQUIRE(declared);
        ++seen;
        // A district that comes from a column or a parent names real columns of this schema.
        if (declared->scope.kind == TableScope::Kind::Column || declared->scope.kind == TableScope::Kind::Parent)
            CHECK(s.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?"),
                           {name, declared->scope.column})
                      .toInt()
                  == 1);
        if (declared->scope.kind == TableScope::Kind::Parent)
            CHECK(s.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ? AND pk > 0"),
                           {declared->scope.parentTable, declared->scope.parentKey})
                      .toInt()
                  == 1);
    }
    CHECK(seen == s->registry().tables().size());  // and nothing is declared that does not exist
    // The rule of districts, in one place: own column, parent's, or shared.
    CHECK(districtOf(db, *s->registry().table(QStringLiteral("persons")), {{QStringLiteral("district"), QStringLiteral("330302")}})
          == QStringLiteral("330302"));
    CHECK(districtOf(db, *s->registry().table(QStringLiteral("policies")), {{QStringLiteral("region"), QStringLiteral("330300")}})
              .isNull());
    CHECK(!districtAllowed(ltctest::handler(QStringLiteral("330302")), QStringLiteral("330303")));
    CHECK(districtAllowed(ltctest::admin(QStringLiteral("330300")), QStringLiteral("330303")));
    CHECK(!districtAllowed(ltctest::handler(QStringLiteral("330302")), QString()));  // a row without a district
    CHECK(sharedChangeAllowed(ltctest::admin(QStringLiteral("330300")), QStringLiteral("330302")));
    CHECK(!sharedChangeAllowed(ltctest::admin(QStringLiteral("330302")), QStringLiteral("330300")));
    CHECK(!sharedChangeAllowed(ltctest::admin(QStringLiteral("330302")), QString()));  // the national calendar
}

TEST_CASE("store: a command writes its change, one outbox row and one audit row", "[database][store]")
{
    ltctest::TempStore s;
    const QString client = s.scalar(QStringLiteral("SELECT value FROM local_meta WHERE key = 'client_id'")).toString();
    REQUIRE(!client.isEmpty());

    const QJsonObject args = personArgs(QStringLiteral("P1"), womanId(QStringLiteral("330302"), 1), QStringLiteral("330302"));
    const CommandOutcome registered = s->commands().execute(ltctest::handler(), QStringLiteral("person.register"), args);
    requireOk(registered);
    REQUIRE(registered.rows.size() == 1);
    CHECK(str(registered.rows.at(0).toObject().value(QStringLiteral("name")).toString()) == "张秀英");

    CHECK(s.count(QStringLiteral("persons")) == 1);
    CHECK(s.count(QStringLiteral("outbox")) == 1);
    CHECK(s.count(QStringLiteral("audit_log")) == 1);
    {
        QSqlDatabase db = s.db();
        QSqlQuery outbox = querySql(db, QStringLiteral("SELECT seq, client_id, command, args, username, status FROM outbox"));
        REQUIRE(outbox.next());
        CHECK(outbox.value(0).toLongLong() == 1);
        CHECK(str(outbox.value(1).toString()) == str(client));
        CHECK(str(outbox.value(2).toString()) == "person.register");
        CHECK(QJsonDocument::fromJson(outbox.value(3).toString().toUtf8()).object() == args);
        CHECK(str(outbox.value(4).toString()) == "handler");
        CHECK(str(outbox.value(5).toString()) == "pending");
        QSqlQuery audit = querySql(db, QStringLiteral("SELECT username, action, changes FROM audit_log"));
        REQUIRE(audit.next());
        CHECK(str(audit.value(0).toString()) == "handler");
        CHECK(str(audit.value(1).toString()) == "person.register");
        const QJsonArray changes = QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).array();
        REQUIRE(changes.size() == 1);
        CHECK(changes.at(0).toObject().value(QStringLiteral("before")).isNull());
        CHECK(str(changes.at(0).toObject().value(QStringLiteral("key")).toString()) == "P1");
    }

    // A refused command in between takes no seq: the outbox stays 1, 2, 3 …
    CHECK(!s->commands().execute(ltctest::handler(), QStringLiteral("person.register"), args).ok());
    requireOk(s->commands().execute(ltctest::handler(), QStringLiteral("person.update_contact"),
                                    {{QStringLiteral("person_no"), QStringLiteral("P1")},
                                     {QStringLiteral("phone"), QStringLiteral("0577-88886666")}}));
    CHECK(str(s.scalar(QStringLiteral("SELECT phone FROM persons WHERE person_no = 'P1'")).toString()) == "0577-88886666");
    requireOk(s->commands().execute(ltctest::handler(), QStringLiteral("person.record_death"),
                                    {{QStringLiteral("person_no"), QStringLiteral("P1")},
                                     {QStringLiteral("died_on"), QStringLiteral("2024-02-29")}}));
    CHECK(str(s.scalar(QStringLiteral("SELECT died_on FROM persons WHERE person_no = 'P1'")).toString()) == "2024-02-29");

    QSqlDatabase db = s.db();
    QSqlQuery seqs = querySql(db, QStringLiteral("SELECT seq, client_id, command FROM outbox ORDER BY seq"));
    QList<qint64> numbers;
    QStringList names;
    while (seqs.next()) {
        numbers << seqs.value(0).toLongLong();
        CHECK(str(seqs.value(1).toString()) == str(client));
        names << seqs.value(2).toString();
    }
    CHECK(numbers == QList<qint64>{1, 2, 3});
    CHECK(str(names) == str(QStringList{QStringLiteral("person.register"), QStringLiteral("person.update_contact"),
                                        QStringLiteral("person.record_death")}));
    CHECK(s.count(QStringLiteral("audit_log")) == 3);
    CHECK(s->commands().pendingCount() == 3);
}

TEST_CASE("store: a refused command leaves no change, no outbox row and no audit row", "[database][store]")
{
    ltctest::TempStore s;
    const QString ownId = womanId(QStringLiteral("330302"), 1);
    const QString otherId = womanId(QStringLiteral("330303"), 2);
    requireOk(s->commands().execute(ltctest::handler(), QStringLiteral("person.register"),
                                    personArgs(QStringLiteral("P1"), ownId, QStringLiteral("330302"))));
    // A city-level admin registers a person of the neighbouring district.
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("person.register"),
                                    personArgs(QStringLiteral("P2"), otherId, QStringLiteral("330303"))));
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("institution.register"),
                                    institutionArgs(QStringLiteral("I1"))));
    const QStringList before = ltctest::dumpAll(s.db());
    REQUIRE(s.count(QStringLiteral("outbox")) == 3);

    const UserIdentity manager =
        ltctest::user(QStringLiteral("manager"), {QStringLiteral("manager")}, QStringLiteral("330302"));
    QJsonObject badId = personArgs(QStringLiteral("P3"), ltctest::withWrongCheckChar(womanId(QStringLiteral("330302"), 3)),
                                   QStringLiteral("330302"));
    QJsonObject sameId = personArgs(QStringLiteral("P3"), ownId, QStringLiteral("330302"));
    QJsonObject wrongSex = personArgs(QStringLiteral("P3"), womanId(QStringLiteral("330302"), 3), QStringLiteral("330302"));
    wrongSex.insert(QStringLiteral("sex"), QStringLiteral("M"));
    struct Case {
        const char *what;
        UserIdentity user;
        QString command;
        QJsonObject args;
        const char *code;
    };
    const QList<Case> cases{
        {"invalid id_number", ltctest::handler(), QStringLiteral("person.register"), badId, "invalid"},
        {"sex not matching the id", ltctest::handler(), QStringLiteral("person.register"), wrongSex, "invalid"},
        {"missing arguments", ltctest::handler(), QStringLiteral("person.update_contact"), {}, "invalid"},
        {"bad phone", ltctest::handler(), QStringLiteral("person.update_contact"),
         {{QStringLiteral("person_no"), QStringLiteral("P1")}, {QStringLiteral("phone"), QStringLiteral("call me")}},
         "invalid"},
        {"death before birth", ltctest::handler(), QStringLiteral("person.record_death"),
         {{QStringLiteral("person_no"), QStringLiteral("P1")}, {QStringLiteral("died_on"), QStringLiteral("1930-01-01")}},
         "invalid"},
        {"WORKDAY on a weekday", ltctest::admin(), QStringLiteral("calendar.set_day"),
         {{QStringLiteral("date"), QStringLiteral("2026-01-05")}, {QStringLiteral("kind"), QStringLiteral("WORKDAY")}},
         "invalid"},
        {"suspension ending before it starts", ltctest::admin(), QStringLiteral("institution.suspend_settlement"),
         {{QStringLiteral("code"), QStringLiteral("I1")},
          {QStringLiteral("suspended_from"), QStringLiteral("2026-03-01")},
          {QStringLiteral("suspended_to"), QStringLiteral("2026-02-01")}},
         "invalid"},
        {"person_no exists", ltctest::handler(), QStringLiteral("person.register"),
         personArgs(QStringLiteral("P1"), womanId(QStringLiteral("330302"), 4), QStringLiteral("330302")), "conflict"},
        {"id_number belongs to another person", ltctest::handler(), QStringLiteral("person.register"), sameId,
         "conflict"},
        {"institution exists", ltctest::admin(), QStringLiteral("institution.register"),
         institutionArgs(QStringLiteral("I1")), "conflict"},
        {"role not allowed", manager, QStringLiteral("person.update_contact"),
         {{QStringLiteral("person_no"), QStringLiteral("P1")}, {QStringLiteral("phone"), QStringLiteral("0577-1234567")}},
         "forbidden"},
        {"handler may not load policies", ltctest::handler(), QStringLiteral("policy.load"), wenzhouJson(), "forbidden"},
        {"another district's person", ltctest::handler(), QStringLiteral("person.update_contact"),
         {{QStringLiteral("person_no"), QStringLiteral("P2")}, {QStringLiteral("phone"), QStringLiteral("0577-1234567")}},
         "forbidden"},
        {"another district's death", ltctest::handler(), QStringLiteral("person.record_death"),
         {{QStringLiteral("person_no"), QStringLiteral("P2")}, {QStringLiteral("died_on"), QStringLiteral("2024-01-01")}},
         "forbidden"},
        {"registering in another district", ltctest::handler(), QStringLiteral("person.register"),
         personArgs(QStringLiteral("P3"), womanId(QStringLiteral("330303"), 5), QStringLiteral("330303")), "forbidden"},
        {"unknown person", ltctest::handler(), QStringLiteral("person.update_contact"),
         {{QStringLiteral("person_no"), QStringLiteral("P404")}}, "not_found"},
        {"unknown command", ltctest::admin(), QStringLiteral("person.teleport"), {}, "unknown_command"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const CommandOutcome outcome = s->commands().execute(c.user, c.command, c.args);
        REQUIRE(!outcome.ok());
        CHECK(str(outcome.error->code) == c.code);
        CHECK(!outcome.error->message.isEmpty());
        CHECK(outcome.rows.isEmpty());
        CHECK(str(ltctest::dumpAll(s.db())) == str(before));
    }
    CHECK(s.count(QStringLiteral("outbox")) == 3);
    CHECK(s.count(QStringLiteral("audit_log")) == 3);

    // And the next good command continues the sequence.
    requireOk(s->commands().execute(ltctest::handler(), QStringLiteral("person.update_contact"),
                                    {{QStringLiteral("person_no"), QStringLiteral("P1")},
                                     {QStringLiteral("address"), QStringLiteral("五马街道1号")}}));
    CHECK(s.scalar(QStringLiteral("SELECT MAX(seq) FROM outbox")).toLongLong() == 4);
}

TEST_CASE("store: the audit chain verifies and finds the tampered entry", "[database][store][audit]")
{
    ltctest::TempStore s;
    requireOk(s->commands().execute(ltctest::handler(), QStringLiteral("person.register"),
                                    personArgs(QStringLiteral("P1"), womanId(QStringLiteral("330302"), 1),
                                               QStringLiteral("330302"))));
    requireOk(s->commands().execute(ltctest::handler(), QStringLiteral("person.register"),
                                    personArgs(QStringLiteral("P2"), womanId(QStringLiteral("330302"), 2),
                                               QStringLiteral("330302"), QStringLiteral("李桂兰"))));
    requireOk(s->commands().execute(ltctest::handler(), QStringLiteral("person.update_contact"),
                                    {{QStringLiteral("person_no"), QStringLiteral("P1")},
                                     {QStringLiteral("phone"), QStringLiteral("13800000000")}}));
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("calendar.set_day"),
                                    {{QStringLiteral("date"), QStringLiteral("2026-10-01")},
                                     {QStringLiteral("kind"), QStringLiteral("HOLIDAY")}}));
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("institution.register"),
                                    institutionArgs(QStringLiteral("I1"))));
    QSqlDatabase db = s.db();
    REQUIRE(s.count(QStringLiteral("audit_log")) == 5);
    CHECK(verifyAuditChain(db) == 0);
    const QString firstPrev = s.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 1")).toString();
    CHECK(firstPrev.isEmpty());
    CHECK(str(s.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 3")).toString())
          == str(s.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = 2")).toString()));

    // Through SQL the trail is append-only.
    QString error;
    CHECK(!execSql(db, QStringLiteral("UPDATE audit_log SET username = 'mallory' WHERE id = 3"), {}, &error));
    CHECK(error.contains(QStringLiteral("append-only")));
    error.clear();
    CHECK(!execSql(db, QStringLiteral("DELETE FROM audit_log WHERE id = 3"), {}, &error));
    CHECK(error.contains(QStringLiteral("append-only")));
    CHECK(str(s.scalar(QStringLiteral("SELECT username FROM audit_log WHERE id = 3")).toString()) == "handler");
    CHECK(verifyAuditChain(db) == 0);

    SECTION("an edited entry is found")
    {
        REQUIRE(execSql(db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(execSql(db, QStringLiteral("UPDATE audit_log SET details = '{\"phone\":\"13900000000\"}' WHERE id = 3")));
        CHECK(verifyAuditChain(db) == 3);
    }
    SECTION("an entry edited together with its own hash is found at the next one")
    {
        // Whoever recomputes the hash of an entry still breaks the next entry's prev_hash.
        REQUIRE(execSql(db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(execSql(db, QStringLiteral("UPDATE audit_log SET username = 'mallory', hash = 'x' WHERE id = 4")));
        CHECK(verifyAuditChain(db) == 4);
    }
    SECTION("a deleted entry is found")
    {
        REQUIRE(execSql(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        REQUIRE(execSql(db, QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        CHECK(verifyAuditChain(db) == 3);
    }
    SECTION("entries cut off the end are found")
    {
        const qint64 last = s.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
        REQUIRE(execSql(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        REQUIRE(execSql(db, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {last}));
        CHECK(verifyAuditChain(db) == last);
    }
}

TEST_CASE("store: local users keep only an Argon2id hash", "[database][store][users]")
{
    ltctest::TempStore s;
    const QString password = QStringLiteral("correct horse 电池");
    QString error;
    REQUIRE(s->users().add(ltctest::user(QStringLiteral("wang"), {QStringLiteral("handler"), QStringLiteral("payer")},
                                         QStringLiteral("330302")),
                           password, &error));
    const QString hash = s.scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'wang'")).toString();
    CHECK(hash != password);
    CHECK(!hash.contains(password));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));

    const std::optional<UserIdentity> wang = s->users().verify(QStringLiteral("wang"), password);
    REQUIRE(wang.has_value());
    CHECK(str(wang->username) == "wang");
    CHECK(str(wang->roles) == str(QStringList{QStringLiteral("handler"), QStringLiteral("payer")}));
    CHECK(str(wang->district) == "330302");
    CHECK(!s->users().verify(QStringLiteral("wang"), QStringLiteral("correct horse")).has_value());
    CHECK(!s->users().verify(QStringLiteral("wang"), QString()).has_value());
    CHECK(!s->users().verify(QStringLiteral("nobody"), password).has_value());
    CHECK(!s->users().find(QStringLiteral("nobody")).has_value());
    CHECK(str(s->users().usernames()) == "wang");

    // A short password, an unknown role or a bad district are refused with a message.
    error.clear();
    CHECK(!s->users().add(ltctest::user(QStringLiteral("li"), {QStringLiteral("handler")}, QStringLiteral("330302")),
                          QStringLiteral("short"), &error));
    CHECK(error.contains(QStringLiteral("password")));
    error.clear();
    CHECK(!s->users().add(ltctest::user(QStringLiteral("li"), {QStringLiteral("king")}, QStringLiteral("33030")),
                          password, &error));
    CHECK(error.contains(QStringLiteral("roles")));
    CHECK(error.contains(QStringLiteral("district")));
    CHECK(s.count(QStringLiteral("users")) == 1);
}

TEST_CASE("store: policy.load refuses overlapping versions", "[database][store][policy]")
{
    ltctest::TempStore s;
    const QJsonObject wenzhou = wenzhouJson();
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("policy.load"), wenzhou));
    // Loading the same version again replaces it.
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("policy.load"), wenzhou));
    CHECK(s.count(QStringLiteral("policies")) == 1);

    QJsonObject overlapping = wenzhou;
    overlapping.insert(QStringLiteral("name"), QStringLiteral("温州 2024 试行"));
    overlapping.insert(QStringLiteral("effective_from"), QStringLiteral("2024-01-01"));
    const QStringList before = ltctest::dumpAll(s.db());
    const CommandOutcome refused = s->commands().execute(ltctest::admin(), QStringLiteral("policy.load"), overlapping);
    REQUIRE(!refused.ok());
    CHECK(str(refused.error->code) == "conflict");
    INFO(str(refused.error->message));
    CHECK(refused.error->message.contains(QStringLiteral("overlaps")));
    CHECK(refused.error->message.contains(QStringLiteral("温州市长期护理保险 2023")));
    CHECK(str(ltctest::dumpAll(s.db())) == str(before));

    // An earlier, closed version of the same region does not overlap; another region never does.
    QJsonObject earlier = wenzhou;
    earlier.insert(QStringLiteral("name"), QStringLiteral("温州 2020"));
    earlier.insert(QStringLiteral("effective_from"), QStringLiteral("2020-01-01"));
    earlier.insert(QStringLiteral("effective_to"), QStringLiteral("2022-12-31"));
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("policy.load"), earlier));
    requireOk(s->commands().execute(ltctest::admin(QStringLiteral("371300")), QStringLiteral("policy.load"), linyiJson()));
    CHECK(s.count(QStringLiteral("policies")) == 3);

    // One day of overlap at the end is enough to refuse.
    QJsonObject touching = earlier;
    touching.insert(QStringLiteral("effective_from"), QStringLiteral("2019-01-01"));
    touching.insert(QStringLiteral("effective_to"), QStringLiteral("2020-01-01"));
    CHECK(str(s->commands().execute(ltctest::admin(), QStringLiteral("policy.load"), touching).error.value().code)
          == "conflict");

    QJsonObject invalid = wenzhou;
    invalid.insert(QStringLiteral("fund_ratio_permille"), 1200);
    const CommandOutcome bad = s->commands().execute(ltctest::admin(), QStringLiteral("policy.load"), invalid);
    REQUIRE(!bad.ok());
    CHECK(str(bad.error->code) == "invalid");
    CHECK(bad.error->message.contains(QStringLiteral("fund_ratio_permille")));
    CHECK(s.count(QStringLiteral("policies")) == 3);
}

TEST_CASE("store: the calendar and policies load back as they were stored", "[database][store]")
{
    ltctest::TempStore s;
    // 2026-01-01 is a Thursday, 2026-01-04 a Sunday.
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("calendar.set_day"),
                                    {{QStringLiteral("date"), QStringLiteral("2026-01-01")},
                                     {QStringLiteral("kind"), QStringLiteral("HOLIDAY")}}));
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("calendar.set_day"),
                                    {{QStringLiteral("date"), QStringLiteral("2026-01-04")},
                                     {QStringLiteral("kind"), QStringLiteral("WORKDAY")}}));
    QSqlDatabase db = s.db();
    WorkCalendar calendar = loadCalendar(db);
    CHECK(calendar.hasDataFor(2026));
    CHECK(!calendar.hasDataFor(2025));
    CHECK(!calendar.isWorkingDay(QDate(2026, 1, 1)));
    CHECK(calendar.isWorkingDay(QDate(2026, 1, 2)));
    CHECK(!calendar.isWorkingDay(QDate(2026, 1, 3)));
    CHECK(calendar.isWorkingDay(QDate(2026, 1, 4)));
    requireOk(s->commands().execute(ltctest::admin(), QStringLiteral("calendar.set_day"),
                                    {{QStringLiteral("date"), QStringLiteral("2026-01-01")},
                                     {QStringLiteral("kind"), QStringLiteral("NORMAL")}}));
    calendar = loadCalendar(db);
    CHECK(calendar.isWorkingDay(QDate(2026, 1, 1)));
    CHECK(s.count(QStringLiteral("calendar_days")) == 1);

    QStringList problems;
    const std::optional<Policy> wenzhou = Policy::fromJson(wenzhouJson(), &problems);
    const std::optional<Policy> linyi = Policy::fromJson(linyiJson(), &problems);
    REQUIRE(wenzhou.has_value());
    REQUIRE(linyi.has_value());
    QString error;
    REQUIRE(savePolicy(db, *wenzhou, &error));
    REQUIRE(savePolicy(db, *linyi, &error));
    QStringList errors;
    const PolicySet set = loadPolicies(db, &errors);
    CHECK(str(errors).empty());
    REQUIRE(set.all().size() == 2);
    const Policy *lanshan = set.policyFor(u"371302", QDate(2019, 5, 1));
    const Policy *lucheng = set.policyFor(u"330302", QDate(2024, 5, 1));
    REQUIRE(lanshan);
    REQUIRE(lucheng);
    CHECK(lanshan->toJson() == linyi->toJson());
    CHECK(lucheng->toJson() == wenzhou->toJson());
    CHECK(lucheng->fundRatioPermille == 800);
    CHECK(lucheng->rateFen(u"HOME_VISIT", 4, 1) == 238400);
    CHECK(set.policyFor(u"330302", QDate(2022, 12, 31)) == nullptr);
}

TEST_CASE("store: the demo district is deterministic and valid", "[database][store][demo]")
{
    auto build = [](ltctest::TempStore &s, quint32 seed) {
        DemoOptions options;
        options.persons = 40;
        options.months = 2;
        options.seed = seed;
        QString error;
        const bool built = buildDemo(*s.store, options, &error);
        INFO(str(error));
        REQUIRE(built);
    };
    ltctest::TempStore first, same, other;
    build(first, 7);
    build(same, 7);
    build(other, 8);

    QSqlDatabase db = first.db();
    QSqlDatabase sameDb = same.db();
    QSqlDatabase otherDb = other.db();
    const QStringList persons = ltctest::tableRows(db, QStringLiteral("persons"));
    CHECK(persons.size() == 40);
    CHECK(str(ltctest::tableRows(sameDb, QStringLiteral("persons"))) == str(persons));
    CHECK(str(ltctest::tableRows(sameDb, QStringLiteral("institutions")))
          == str(ltctest::tableRows(db, QStringLiteral("institutions"))));
    CHECK(str(ltctest::tableRows(otherDb, QStringLiteral("persons"))) != str(persons));

    QSqlQuery people = querySql(db, QStringLiteral("SELECT id_number, sex, birth_date, district, name FROM persons"));
    int checked = 0;
    while (people.next()) {
        const QString id = people.value(0).toString();
        INFO(str(id));
        QString why;
        const std::optional<CitizenIdInfo> info = validateCitizenId(id, &why);
        INFO(str(why));
        REQUIRE(info.has_value());
        CHECK(str(sexCode(info->sex)) == str(people.value(1).toString()));
        CHECK(str(info->birthDate.toString(Qt::ISODate)) == str(people.value(2).toString()));
        CHECK(str(people.value(3).toString()) == "330302");
        CHECK(!people.value(4).toString().isEmpty());
        ++checked;
    }
    CHECK(checked == 40);
    QSqlQuery institutions = querySql(db, QStringLiteral("SELECT code, uscc FROM institutions"));
    int institutionCount = 0;
    while (institutions.next()) {
        INFO(str(institutions.value(0).toString() + QLatin1Char(' ') + institutions.value(1).toString()));
        const CreditCodeCheck check = checkCreditCode(institutions.value(1).toString());
        CHECK(check.status == CreditCodeStatus::Valid);
        ++institutionCount;
    }
    CHECK(institutionCount > 0);
    CHECK(first.count(QStringLiteral("policies")) == 2);
    CHECK(first.count(QStringLiteral("calendar_days")) > 0);
    CHECK(verifyAuditChain(db) == 0);
    for (const QString &name : demoUsernames()) {
        INFO(str(name));
        CHECK(first->users().find(name).has_value());
    }
    const std::optional<UserIdentity> handler = first->users().verify(QStringLiteral("handler"), demoPassword());
    REQUIRE(handler.has_value());
    CHECK(str(handler->roles) == "handler");
    CHECK(first->users().find(QStringLiteral("city_manager"))->canAccessDistrict(u"330303"));
}

TEST_CASE("store: a change whose outbox row cannot be written is not kept either (crash between write and outbox)",
          "[database][store]")
{
    ltctest::TempStore s;
    QSqlDatabase db = s.db();
    // Stands for the process dying between the change and its outbox row: the outbox insert fails
    // inside the same transaction.
    REQUIRE(execSql(db, QStringLiteral("CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, "
                                       "'disk gone'); END")));
    const QStringList before = ltctest::dumpAll(db);
    const CommandOutcome outcome = s->commands().execute(
        ltctest::admin(), QStringLiteral("calendar.set_day"),
        {{QStringLiteral("date"), QStringLiteral("2026-10-09")}, {QStringLiteral("kind"), QStringLiteral("HOLIDAY")}});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error->code == QStringLiteral("storage"));
    CHECK(ltctest::dumpAll(db) == before);  // neither the day, nor an audit entry, nor a seq
    REQUIRE(execSql(db, QStringLiteral("DROP TRIGGER outbox_fails")));
    REQUIRE(s->commands().execute(ltctest::admin(), QStringLiteral("calendar.set_day"),
                                  {{QStringLiteral("date"), QStringLiteral("2026-10-09")}, {QStringLiteral("kind"), QStringLiteral("HOLIDAY")}})
                .ok());
    CHECK(s.scalar(QStringLiteral("SELECT seq FROM outbox")).toInt() == 1);
}

TEST_CASE("store: each thread gets its own connection, removed when the thread ends", "[database][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Database database(dir.filePath(QStringLiteral("threads.sqlite")));
    REQUIRE(database.open());
    const QString mainName = database.connection().connectionName();

    // Two threads one after the other: the OS may give the second the first one's id; it must
    // still get a connection of its own, and the first one's must be gone.
    QStringList workerNames;
    for (int i = 0; i < 2; ++i) {
        QString name;
        bool worked = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            QSqlDatabase db = database.connection();
            name = db.connectionName();
            worked = db.isOpen() && scalarSql(db, QStringLiteral("SELECT 1")).toInt() == 1;
        }));
        thread->start();
        REQUIRE(thread->wait(10000));
        CHECK(worked);
        workerNames << name;
        // Thread-local storage is released just after wait() returns: give it a moment.
        QDeadlineTimer deadline(5000);
        while (QSqlDatabase::connectionNames().contains(name) && !deadline.hasExpired())
            QThread::msleep(5);
        CHECK_FALSE(QSqlDatabase::connectionNames().contains(name));
    }
    CHECK(workerNames.at(0) != workerNames.at(1));
    CHECK_FALSE(workerNames.contains(mainName));
    CHECK(QSqlDatabase::connectionNames().contains(mainName));  // the main thread's stays open
}
