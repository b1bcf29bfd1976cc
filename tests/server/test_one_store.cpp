// "One store, one truth" (CONTRACT.md) against the real ltcserver on a real PostgreSQL: local
// work — imports included — reaches the server intact, under the name of the user who made it,
// in the right district, and a sync never deletes what the server has not confirmed.
#include "serverharness.h"
#include "testdesktop.h"

#include "localstore.h"
#include "sql.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <memory>

using namespace ltc;
using namespace ltc::test;

namespace {

using Store = TestDesktop;

QString personsCsv(const QStringList &numbers, const QString &district, int firstSerial)
{
    QString csv = QStringLiteral("person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,insured_until,died_on,"
                                 "district\n");
    for (int i = 0; i < numbers.size(); ++i) {
        const QJsonObject p = personArgs(numbers.at(i), district, firstSerial + i);
        csv += QStringList{p.value(QStringLiteral("person_no")).toString(), p.value(QStringLiteral("id_number")).toString(),
                           p.value(QStringLiteral("name")).toString(), QStringLiteral("M"),
                           p.value(QStringLiteral("birth_date")).toString(), QStringLiteral("EMPLOYEE"),
                           QStringLiteral("2020-01-01"), QString(), QString(), district}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    }
    return csv;
}

// An institution without a district column: it takes the importing user's.
QString institutionCsv(const QString &code)
{
    return QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to\n%1,护理院%1,CARE,2,HOME|INST,"
                          "2024-01-01,2027-12-31\n")
        .arg(code);
}

QString conclusionsCsv(const QStringList &numbers)
{
    QString csv = QStringLiteral("person_no,level,concluded_on,valid_until,service_form\n");
    for (const QString &number : numbers)
        csv += QStringLiteral("%1,4,2025-06-10,2027-06-30,HOME\n").arg(number);
    return csv;
}

QString claimsCsv(const QString &claimNo, const QString &institution, const QStringList &numbers)
{
    QString csv = QStringLiteral("claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,"
                                 "days,amount\n");
    for (int i = 0; i < numbers.size(); ++i)
        csv += QStringLiteral("%1,%2,2026-10,%3,%4,HOME,2026-10-01,2026-10-10,10,300.00\n")
                   .arg(claimNo, institution)
                   .arg(i + 1)
                   .arg(numbers.at(i));
    return csv;
}
} // namespace

TEST_CASE("one store: imports made offline reach the server and the district's desktops, not another district's; "
          "the first sync loses nothing",
          "[server][onestore]")
{
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    const QStringList people{QStringLiteral("P-OS0001"), QStringLiteral("P-OS0002"), QStringLiteral("P-OS0003")};
    Store a;
    REQUIRE(a.import(admin, QStringLiteral("persons"), personsCsv(people, QStringLiteral("330302"), 6001)).ok());
    REQUIRE(a.import(admin, QStringLiteral("institutions"), institutionCsv(QStringLiteral("I-OS01"))).ok());
    REQUIRE(a.import(admin, QStringLiteral("beneficiaries"), conclusionsCsv(people)).ok());
    REQUIRE(a.import(admin, QStringLiteral("claims"), claimsCsv(QStringLiteral("C-OS01"), QStringLiteral("I-OS01"), people)).ok());
    REQUIRE(a.store->commands().execute(admin, QStringLiteral("settlement.run_audit"),
                                        QJsonObject{{QStringLiteral("period"), QStringLiteral("2026-10")}}).ok());
    const auto localCounts = [&a] {
        return QList<qint64>{a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no LIKE 'P-OS%'")),
                             a.count(QStringLiteral("SELECT COUNT(*) FROM conclusions WHERE person_no LIKE 'P-OS%'")),
                             a.count(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS01'")),
                             a.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS01'"))};
    };
    const QList<qint64> before = localCounts();
    REQUIRE(before == QList<qint64>{3, 3, 3, 3});
    CHECK(a.store->commands().pendingCount() == 5);  // four imports and the audit, in order

    // The first sync of this store: every change pushed as admin, applied by the server with the
    // same import code; the store keeps every row it had.
    const SyncResult first = a.sync(QStringLiteral("admin"));
    REQUIRE(first.ok());
    CHECK(first.pushed == 5);
    CHECK(first.rejected == 0);
    CHECK(first.bootstrapped);
    CHECK(localCounts() == before);
    CHECK(a.store->commands().pendingCount() == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no LIKE 'P-OS%'")) == 3);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS01'")) == 3);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS01'")) == 3);
    // The institution took the importing user's district, on the server as here.
    QSqlDatabase server = ServerEnv::get().db();
    CHECK(scalarSql(server, QStringLiteral("SELECT district FROM institutions WHERE code = 'I-OS01'")).toString()
          == QStringLiteral("330302"));
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code = 'I-OS01' AND district = '330302'")) == 1);
    // The server's audit trail names the importer and the file.
    CHECK(scalarSql(server, QStringLiteral("SELECT username FROM audit_log WHERE action = 'import.claims' ORDER BY id DESC "
                                           "LIMIT 1"))
              .toString()
          == QStringLiteral("admin"));

    // Another desktop of the district gets every row; one of another district none.
    Store b;
    REQUIRE(b.sync(QStringLiteral("handler")).ok());
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no LIKE 'P-OS%'")) == 3);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM conclusions WHERE person_no LIKE 'P-OS%'")) == 3);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS01'")) == 3);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS01'")) == 3);
    Store c;
    REQUIRE(c.sync(QStringLiteral("handler_b")).ok());
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no LIKE 'P-OS%'")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS01'")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code = 'I-OS01'")) == 0);

    // An incremental import on A arrives on B by pull.
    REQUIRE(a.import(admin, QStringLiteral("hospital-stays"),
                     QStringLiteral("person_no,admitted_on,discharged_on\nP-OS0001,2026-10-03,2026-10-05\n"))
                .ok());
    REQUIRE(a.sync(QStringLiteral("admin")).ok());
    REQUIRE(b.sync(QStringLiteral("handler")).ok());
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM hospital_stays WHERE person_no = 'P-OS0001'")) == 1);
}

TEST_CASE("one store: a change is pushed as the user who made it; another's waits, or is adopted and re-checked",
          "[server][onestore]")
{
    Store a;
    // The local batch operator registers a person; a handler of the district one more.
    const UserIdentity operatorUser = identity(QStringLiteral("ltcctl:clerk"), allRoleIds(), kAllDistricts);
    REQUIRE(a.store->commands().execute(operatorUser, QStringLiteral("person.register"),
                                        personArgs(QStringLiteral("P-OS0101"), QStringLiteral("330302"), 6101)).ok());
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")}, QStringLiteral("330302"));
    REQUIRE(a.store->commands().execute(handler, QStringLiteral("person.register"),
                                        personArgs(QStringLiteral("P-OS0102"), QStringLiteral("330302"), 6102)).ok());

    // Signed in as the handler: the operator's change is first in the queue and not the handler's,
    // so nothing behind it goes either; both stay, and the sync says whose are waiting.
    const SyncResult waiting = a.sync(QStringLiteral("handler"));
    REQUIRE(waiting.ok());
    CHECK(waiting.pushed == 0);
    CHECK(waiting.waiting == 1);
    CHECK(waiting.waitingUsers == QStringList{QStringLiteral("ltcctl:clerk")});
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no IN ('P-OS0101', 'P-OS0102')")) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no IN ('P-OS0101', 'P-OS0102')")) == 2);

    // Adopted: pushed as the handler, re-checked against the handler, recorded as adopted.
    const SyncResult adopted = a.sync(QStringLiteral("handler"), true);
    REQUIRE(adopted.ok());
    CHECK(adopted.pushed == 2);
    CHECK(adopted.rejected == 0);
    CHECK(adopted.waiting == 0);
    QSqlDatabase server = ServerEnv::get().db();
    QSqlQuery trail = querySql(server, QStringLiteral("SELECT username, CAST(details AS TEXT) FROM audit_log WHERE action = "
                                                      "'person.register' AND CAST(details AS TEXT) LIKE '%P-OS0101%'"));
    REQUIRE(trail.next());
    CHECK(trail.value(0).toString() == QStringLiteral("handler"));
    const QJsonObject origin =
        QJsonDocument::fromJson(trail.value(1).toString().toUtf8()).object().value(QStringLiteral("origin")).toObject();
    CHECK(origin.value(QStringLiteral("adopted_from")).toString() == QStringLiteral("ltcctl:clerk"));
    CHECK(origin.value(QStringLiteral("seq")).toInt() == 1);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM command_results WHERE username = 'handler' AND command = "
                                     "'person.register' AND status = 'applied' AND rows::text LIKE '%P-OS010%'"))
          == 2);
}

TEST_CASE("one store: a change the user's roles forbid is rejected on its own and the queue moves on",
          "[server][onestore]")
{
    Store a;
    // This desktop's handler account once held the payer role too; the server's no longer does.
    const UserIdentity wider = identity(QStringLiteral("handler"), {QStringLiteral("handler"), QStringLiteral("admin")},
                                        QStringLiteral("330302"));
    REQUIRE(a.store->commands().execute(wider, QStringLiteral("institution.register"),
                                        QJsonObject{{QStringLiteral("code"), QStringLiteral("I-OS02")},
                                                    {QStringLiteral("name"), QStringLiteral("越权机构")},
                                                    {QStringLiteral("kind"), QStringLiteral("CARE")},
                                                    {QStringLiteral("grade"), 1},
                                                    {QStringLiteral("service_forms"), QStringLiteral("HOME")},
                                                    {QStringLiteral("agreement_from"), QStringLiteral("2025-01-01")},
                                                    {QStringLiteral("agreement_to"), QStringLiteral("2026-12-31")}})
                .ok());
    REQUIRE(a.store->commands().execute(wider, QStringLiteral("person.register"),
                                        personArgs(QStringLiteral("P-OS0201"), QStringLiteral("330302"), 6201)).ok());
    const SyncResult result = a.sync(QStringLiteral("handler"));
    REQUIRE(result.ok());
    CHECK(result.pushed == 2);
    CHECK(result.rejected == 1);
    CHECK(a.store->commands().pendingCount() == 0);
    const QList<RejectedCommand> refused = rejectedCommands(*a.store);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().command == QStringLiteral("institution.register"));
    CHECK(refused.first().errorCode == QStringLiteral("forbidden"));
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code = 'I-OS02'")) == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0201'")) == 1);
    // The refused change's optimistic row is gone from the store: the server's state wins.
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code = 'I-OS02'")) == 0);
}

TEST_CASE("one store: an import the server refuses names the row; its rows leave the store, the rest stay",
          "[server][onestore]")
{
    Store a;
    // The batch operator imports an institution of another district; adopted by a 330302 admin,
    // the server re-checks the file as that admin and refuses it, naming the line and column.
    const UserIdentity operatorUser = identity(QStringLiteral("ltcctl:clerk"), allRoleIds(), kAllDistricts);
    REQUIRE(a.import(operatorUser, QStringLiteral("institutions"),
                     QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                                    "I-OS03,别区机构,CARE,1,HOME,2025-01-01,2026-12-31,330303\n"))
                .ok());
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    REQUIRE(a.store->commands().execute(admin, QStringLiteral("person.register"),
                                        personArgs(QStringLiteral("P-OS0301"), QStringLiteral("330302"), 6301)).ok());
    const SyncResult result = a.sync(QStringLiteral("admin"), true);
    REQUIRE(result.ok());
    CHECK(result.rejected == 1);
    const QList<RejectedCommand> refused = rejectedCommands(*a.store);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().command == QStringLiteral("import.institutions"));
    CHECK(refused.first().errorCode == QStringLiteral("invalid"));
    CHECK(refused.first().message.contains(QStringLiteral("institutions.csv:2: district:")));
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code = 'I-OS03'")) == 0);
    // The table the refused import wrote was downloaded again: its row is gone here, the
    // person registered after it stays.
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code = 'I-OS03'")) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0301'")) == 1);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0301'")) == 1);
}

TEST_CASE("one store: a file over the server's limit is refused finally and the queue moves on", "[server][onestore]")
{
    ServerEnv &env = ServerEnv::get();
    QString error;
    REQUIRE(env.prepareDatabase(QStringLiteral("small_files"), &error));
    ServerProcess small(QStringLiteral("small-files"), env.cluster().url(QStringLiteral("small_files")), env.cluster().folder(),
                        QJsonObject{{QStringLiteral("max_blob_bytes"), 150}, {QStringLiteral("max_body_bytes"), 100000}});
    INFO(error.toStdString());
    REQUIRE(small.start(&error));
    Store a(small.baseUrl());
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    const QStringList people{QStringLiteral("P-OS0401"), QStringLiteral("P-OS0402"), QStringLiteral("P-OS0403")};
    REQUIRE(a.import(admin, QStringLiteral("persons"), personsCsv(people, QStringLiteral("330302"), 6401)).ok());
    REQUIRE(a.store->commands().execute(admin, QStringLiteral("person.register"),
                                        personArgs(QStringLiteral("P-OS0404"), QStringLiteral("330302"), 6404)).ok());
    const SyncResult result = a.sync(QStringLiteral("admin"));
    REQUIRE(result.ok());
    CHECK(result.rejected == 1);
    CHECK(a.store->commands().pendingCount() == 0);
    const QList<RejectedCommand> refused = rejectedCommands(*a.store);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().command == QStringLiteral("import.persons"));
    CHECK(refused.first().message.contains(QStringLiteral("150")));
    QSqlDatabase db = env.cluster().connect(QStringLiteral("small_files"));
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM persons")).toInt() == 1);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM blobs")).toInt() == 0);
    // Its rows left this store with it (the table was downloaded again); the person sent after it stays.
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no IN ('P-OS0401', 'P-OS0402', 'P-OS0403')")) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0404'")) == 1);
    small.stop();
}

TEST_CASE("one store: a person who moves district takes their conclusions and stays along", "[server][onestore]")
{
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    const QStringList mover{QStringLiteral("P-OS0501")};
    Store a;
    REQUIRE(a.import(admin, QStringLiteral("persons"), personsCsv(mover, QStringLiteral("330302"), 6501)).ok());
    REQUIRE(a.import(admin, QStringLiteral("beneficiaries"), conclusionsCsv(mover)).ok());
    REQUIRE(a.import(admin, QStringLiteral("hospital-stays"),
                     QStringLiteral("person_no,admitted_on,discharged_on\nP-OS0501,2026-09-01,2026-09-03\n"))
                .ok());
    REQUIRE(a.sync(QStringLiteral("admin")).ok());
    Store old;
    REQUIRE(old.sync(QStringLiteral("handler")).ok());
    REQUIRE(old.count(QStringLiteral("SELECT COUNT(*) FROM conclusions WHERE person_no = 'P-OS0501'")) == 1);
    Store next;
    REQUIRE(next.sync(QStringLiteral("handler_b")).ok());
    REQUIRE(next.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0501'")) == 0);

    // The city's administrator re-imports the person with the new district.
    Store city;
    const UserIdentity cityAdmin = identity(QStringLiteral("city_admin"), {QStringLiteral("admin")}, QStringLiteral("330300"));
    REQUIRE(city.sync(QStringLiteral("city_admin")).ok());
    REQUIRE(city.import(cityAdmin, QStringLiteral("persons"), personsCsv(mover, QStringLiteral("330303"), 6501)).ok());
    const SyncResult moved = city.sync(QStringLiteral("city_admin"));
    REQUIRE(moved.ok());
    REQUIRE(moved.rejected == 0);

    REQUIRE(old.sync(QStringLiteral("handler")).ok());
    CHECK(old.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0501'")) == 0);
    CHECK(old.count(QStringLiteral("SELECT COUNT(*) FROM conclusions WHERE person_no = 'P-OS0501'")) == 0);
    CHECK(old.count(QStringLiteral("SELECT COUNT(*) FROM hospital_stays WHERE person_no = 'P-OS0501'")) == 0);
    REQUIRE(next.sync(QStringLiteral("handler_b")).ok());
    CHECK(next.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0501' AND district = '330303'")) == 1);
    CHECK(next.count(QStringLiteral("SELECT COUNT(*) FROM conclusions WHERE person_no = 'P-OS0501'")) == 1);
    CHECK(next.count(QStringLiteral("SELECT COUNT(*) FROM hospital_stays WHERE person_no = 'P-OS0501'")) == 1);
}

TEST_CASE("one store: signing in as a user of another district starts the store afresh, not before its changes are "
          "sent",
          "[server][onestore]")
{
    Store a;
    REQUIRE(a.sync(QStringLiteral("handler")).ok());
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")}, QStringLiteral("330302"));
    REQUIRE(a.store->commands().execute(handler, QStringLiteral("person.register"),
                                        personArgs(QStringLiteral("P-OS0601"), QStringLiteral("330302"), 6601)).ok());
    // Another district's user while a change is unsent: refused, nothing touched.
    const SyncResult refused = a.sync(QStringLiteral("handler_b"));
    CHECK(refused.state == SyncResult::State::Forbidden);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0601'")) == 1);
    CHECK(a.store->commands().pendingCount() == 1);
    // Sent as its maker; then the other district's user gets a store of their own scope only.
    REQUIRE(a.sync(QStringLiteral("handler")).ok());
    REQUIRE(a.sync(QStringLiteral("handler_b")).ok());
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE district = '330302'")) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE district = '330303'")) > 0);
}

namespace {
CtlRun ltcctl(const QStringList &arguments) { return runLtcctl(arguments); }
} // namespace

TEST_CASE("one store: ltcctl imports and audits a month, then syncs: nothing is lost, the operator's work waits "
          "until adopted",
          "[server][onestore][ltcctl]")
{
    Store a;  // only its folder: ltcctl works on the file
    const QString db = a.folder.filePath(QStringLiteral("ctl.sqlite"));
    const auto file = [&a](const QString &name, const QString &text) {
        const QString path = a.folder.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        return path;
    };
    const QStringList people{QStringLiteral("P-OS0701"), QStringLiteral("P-OS0702")};
    const QList<QPair<QString, QString>> imports{
        {QStringLiteral("persons"), file(QStringLiteral("p.csv"), personsCsv(people, QStringLiteral("330302"), 6701))},
        {QStringLiteral("institutions"), file(QStringLiteral("i.csv"), institutionCsv(QStringLiteral("I-OS07")))},
        {QStringLiteral("beneficiaries"), file(QStringLiteral("b.csv"), conclusionsCsv(people))},
        {QStringLiteral("claims"), file(QStringLiteral("c.csv"), claimsCsv(QStringLiteral("C-OS07"), QStringLiteral("I-OS07"), people))}};
    for (const auto &[kind, path] : imports) {
        const CtlRun imported = ltcctl({QStringLiteral("import"), kind, path, QStringLiteral("--db"), db});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    const CtlRun audited = ltcctl({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"),
                                QStringLiteral("2026-10"), QStringLiteral("--db"), db});
    INFO(audited.err.toStdString());
    REQUIRE(audited.exitCode == 0);
    const QStringList counts{QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no LIKE 'P-OS07%'"),
                             QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS07'"),
                             QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS07'")};
    const auto local = [&db, &counts] {
        QList<qint64> values;
        LocalStore store(db);
        REQUIRE(store.open());
        QSqlDatabase connection = store.database().connection();
        for (const QString &sql : counts)
            values << scalarSql(connection, sql).toLongLong();
        return values;
    };
    REQUIRE(local() == QList<qint64>{2, 2, 2});

    // The month's work was the operator's (ltcctl:clerk): a sync as admin sends none of it,
    // says so, exits 3, and keeps every row.
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--server"), ServerEnv::get().server().baseUrl(),
                           QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), db};
    const CtlRun waiting = ltcctl(sync);
    INFO(waiting.out.toStdString() << waiting.err.toStdString());
    CHECK(waiting.exitCode == 3);
    CHECK(waiting.err.contains(QStringLiteral("5 change(s) made by ltcctl:clerk are waiting")));
    CHECK(local() == QList<qint64>{2, 2, 2});
    CHECK(serverCount(counts.at(1)) == 0);

    // Adopted: every change goes as admin's, the store keeps every row, the server has them all.
    const CtlRun adopted = ltcctl(sync + QStringList{QStringLiteral("--adopt")});
    INFO(adopted.out.toStdString() << adopted.err.toStdString());
    CHECK(adopted.exitCode == 0);
    CHECK(adopted.out.contains(QStringLiteral("pushed 5 (rejected 0)")));
    CHECK(local() == QList<qint64>{2, 2, 2});
    CHECK(serverCount(counts.at(0)) == 2);
    CHECK(serverCount(counts.at(1)) == 2);
    CHECK(serverCount(counts.at(2)) == 2);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE username = 'admin' AND CAST(details AS TEXT) "
                                     "LIKE '%\"adopted_from\":\"ltcctl:clerk\"%'"))
          == 5);
    // From now on the store acts as admin without --as.
    const CtlRun again = ltcctl({QStringLiteral("import"), QStringLiteral("hospital-stays"),
                              file(QStringLiteral("s.csv"), QStringLiteral("person_no,admitted_on,discharged_on\nP-OS0701,"
                                                                            "2026-10-02,2026-10-04\n")),
                              QStringLiteral("--db"), db});
    CHECK(again.exitCode == 0);
    const CtlRun own = ltcctl(sync);
    INFO(own.err.toStdString());
    CHECK(own.exitCode == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM hospital_stays WHERE person_no = 'P-OS0701'")) == 1);
}

TEST_CASE("one store: an institution that moves district takes its claims, results and batches along",
          "[server][onestore]")
{
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    const QStringList people{QStringLiteral("P-OS0801")};
    Store a;
    REQUIRE(a.import(admin, QStringLiteral("persons"), personsCsv(people, QStringLiteral("330302"), 6801)).ok());
    REQUIRE(a.import(admin, QStringLiteral("institutions"), institutionCsv(QStringLiteral("I-OS08"))).ok());
    REQUIRE(a.import(admin, QStringLiteral("claims"), claimsCsv(QStringLiteral("C-OS08"), QStringLiteral("I-OS08"), people)).ok());
    REQUIRE(a.store->commands().execute(admin, QStringLiteral("settlement.run_audit"),
                                        QJsonObject{{QStringLiteral("period"), QStringLiteral("2026-10")}}).ok());
    REQUIRE(a.sync(QStringLiteral("admin")).ok());
    Store old;
    REQUIRE(old.sync(QStringLiteral("handler")).ok());
    REQUIRE(old.count(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS08'")) == 1);
    REQUIRE(old.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS08'")) == 1);
    Store next;
    REQUIRE(next.sync(QStringLiteral("handler_b")).ok());
    REQUIRE(next.count(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS08'")) == 0);

    Store city;
    const UserIdentity cityAdmin = identity(QStringLiteral("city_admin"), {QStringLiteral("admin")}, QStringLiteral("330300"));
    REQUIRE(city.sync(QStringLiteral("city_admin")).ok());
    REQUIRE(city.import(cityAdmin, QStringLiteral("institutions"),
                        QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                                       "I-OS08,护理院I-OS08,CARE,2,HOME|INST,2024-01-01,2027-12-31,330303\n"))
                .ok());
    REQUIRE(city.sync(QStringLiteral("city_admin")).ok());

    REQUIRE(old.sync(QStringLiteral("handler")).ok());
    CHECK(old.count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code = 'I-OS08'")) == 0);
    CHECK(old.count(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS08'")) == 0);
    CHECK(old.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS08'")) == 0);
    REQUIRE(next.sync(QStringLiteral("handler_b")).ok());
    CHECK(next.count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code = 'I-OS08' AND district = '330303'")) == 1);
    CHECK(next.count(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE claim_no = 'C-OS08'")) == 1);
    CHECK(next.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS08'")) == 1);
}

TEST_CASE("one store: an import cannot take another district's row by its key", "[server][onestore]")
{
    // A person of 330303, which a desktop of 330302 never sees.
    Store b;
    const UserIdentity handlerB = identity(QStringLiteral("handler_b"), {QStringLiteral("handler")}, QStringLiteral("330303"));
    REQUIRE(b.store->commands().execute(handlerB, QStringLiteral("person.register"),
                                        personArgs(QStringLiteral("P-OS0901"), QStringLiteral("330303"), 6901)).ok());
    REQUIRE(b.sync(QStringLiteral("handler_b")).ok());

    // 330302's file names the same person number with its own district: fine here (the desktop
    // does not know the row), refused by the server, naming the line; the person stays in 330303.
    Store a;
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    REQUIRE(a.import(admin, QStringLiteral("persons"), personsCsv({QStringLiteral("P-OS0901")}, QStringLiteral("330302"), 6902)).ok());
    const SyncResult result = a.sync(QStringLiteral("admin"));
    REQUIRE(result.ok());
    CHECK(result.rejected == 1);
    const QList<RejectedCommand> refused = rejectedCommands(*a.store);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().message.contains(QStringLiteral("persons.csv:2: person_no:")));
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0901' AND district = '330303'")) == 1);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0901'")) == 0);
    REQUIRE(b.sync(QStringLiteral("handler_b")).ok());
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS0901'")) == 1);
}

TEST_CASE("one store: the result of a line no longer declared leaves the district's desktops by the server's own audit, "
          "and another district never hears of it",
          "[server][onestore]")
{
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    const QStringList people{QStringLiteral("P-OS1001"), QStringLiteral("P-OS1002")};
    Store a;
    REQUIRE(a.import(admin, QStringLiteral("persons"), personsCsv(people, QStringLiteral("330302"), 6951)).ok());
    REQUIRE(a.import(admin, QStringLiteral("institutions"), institutionCsv(QStringLiteral("I-OS10"))).ok());
    REQUIRE(a.import(admin, QStringLiteral("beneficiaries"), conclusionsCsv(people)).ok());
    REQUIRE(a.import(admin, QStringLiteral("claims"), claimsCsv(QStringLiteral("C-OS10"), QStringLiteral("I-OS10"), people)).ok());
    const QJsonObject month{{QStringLiteral("period"), QStringLiteral("2026-10")}};
    REQUIRE(a.store->commands().execute(admin, QStringLiteral("settlement.run_audit"), month).ok());
    REQUIRE(a.sync(QStringLiteral("admin")).ok());
    Store b;
    REQUIRE(b.sync(QStringLiteral("handler")).ok());
    REQUIRE(b.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS10'")) == 2);
    Store c;
    REQUIRE(c.sync(QStringLiteral("handler_b")).ok());

    // The second line is withdrawn on the server (no command removes a declared line: an
    // operator's correction). The next audit, made on A and applied again by the server, finds
    // its result without a line and deletes it, logged with the institution's district.
    QSqlDatabase server = ServerEnv::get().db();
    REQUIRE(execSql(server, QStringLiteral("DELETE FROM claim_lines WHERE claim_no = 'C-OS10' AND line_no = 2")));
    const qint64 before = serverCount(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM change_log"));
    REQUIRE(a.store->commands().execute(admin, QStringLiteral("settlement.run_audit"), month).ok());
    const SyncResult pushed = a.sync(QStringLiteral("admin"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS10'")) == 1);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE version > ? AND table_name = "
                                     "'settlement_results' AND op = 'delete' AND row_key = 'C-OS10/2' AND district = "
                                     "'330302'"),
                      {before})
          == 1);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS10' AND line_no = 2")) == 0);

    // The district's second desktop loses the result and keeps the other line's.
    REQUIRE(b.sync(QStringLiteral("handler")).ok());
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS10' AND line_no = 2")) == 0);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS10' AND line_no = 1")) == 1);

    // Another district's pull of the same versions holds no entry of it, not even the delete.
    const auto deletesSeenBy = [before](const QString &username) {
        ServerEnv &env = ServerEnv::get();
        const test::HttpReply reply =
            env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(before), env.login(username));
        REQUIRE(reply.status == 200);
        int seen = 0;
        for (const QJsonValue &change : reply.json.value(QStringLiteral("changes")).toArray())
            seen += change.toObject().value(QStringLiteral("key")).toString() == QStringLiteral("C-OS10/2");
        return seen;
    };
    CHECK(deletesSeenBy(QStringLiteral("handler")) == 1);
    CHECK(deletesSeenBy(QStringLiteral("handler_b")) == 0);
    REQUIRE(c.sync(QStringLiteral("handler_b")).ok());
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE claim_no = 'C-OS10'")) == 0);
}

TEST_CASE("one store: a file that gives a person a new ID and another person the old one is applied alike on the server",
          "[server][onestore]")
{
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    Store a;
    REQUIRE(a.import(admin, QStringLiteral("persons"), personsCsv({QStringLiteral("P-OS1101")}, QStringLiteral("330302"), 6961)).ok());
    REQUIRE(a.sync(QStringLiteral("admin")).ok());
    // Line 2 corrects P-OS1101's ID; line 3 gives its old one to P-OS1102. The server copies rows a
    // part at a time, so its check must not read the old ID from the table as still taken.
    const QString oldId = personArgs(QStringLiteral("P-OS1101"), QStringLiteral("330302"), 6961).value(QStringLiteral("id_number")).toString();
    const QString newId = personArgs(QStringLiteral("P-OS1101"), QStringLiteral("330302"), 6962).value(QStringLiteral("id_number")).toString();
    QString csv = personsCsv({QStringLiteral("P-OS1101"), QStringLiteral("P-OS1102")}, QStringLiteral("330302"), 6961);
    csv.replace(oldId, QStringLiteral("#OLD#")).replace(newId, oldId).replace(QStringLiteral("#OLD#"), newId);
    REQUIRE(csv.indexOf(newId) < csv.indexOf(oldId));
    REQUIRE(a.import(admin, QStringLiteral("persons"), csv).ok());
    const SyncResult pushed = a.sync(QStringLiteral("admin"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 0);
    CHECK(serverValue(QStringLiteral("SELECT person_no FROM persons WHERE id_number = ?"), {oldId}).toString()
          == QStringLiteral("P-OS1102"));
    CHECK(serverValue(QStringLiteral("SELECT person_no FROM persons WHERE id_number = ?"), {newId}).toString()
          == QStringLiteral("P-OS1101"));
}

TEST_CASE("one store: a refused file that swapped two persons' IDs leaves the server's rows, not a failed sync",
          "[server][onestore]")
{
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302"));
    const auto idOf = [](int serial) {
        return personArgs(QStringLiteral("-"), QStringLiteral("330302"), serial).value(QStringLiteral("id_number")).toString();
    };
    Store a;
    Store b;
    REQUIRE(a.import(admin, QStringLiteral("persons"), personsCsv({QStringLiteral("P-OS1201")}, QStringLiteral("330302"), 6971)).ok());
    REQUIRE(a.sync(QStringLiteral("admin")).ok());
    // Offline on A: P-OS1201 gets a new ID and P-OS1202 its old one. Meanwhile B gives that new
    // ID to P-OS1203 and syncs first, so the server refuses A's file.
    QString csv = personsCsv({QStringLiteral("P-OS1201"), QStringLiteral("P-OS1202")}, QStringLiteral("330302"), 6971);
    csv.replace(idOf(6971), QStringLiteral("#OLD#")).replace(idOf(6972), idOf(6971)).replace(QStringLiteral("#OLD#"), idOf(6972));
    REQUIRE(a.import(admin, QStringLiteral("persons"), csv).ok());
    REQUIRE(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS1202' AND id_number = '%1'")
                        .arg(idOf(6971)))
            == 1);
    REQUIRE(b.store->commands()
                .execute(admin, QStringLiteral("person.register"), personArgs(QStringLiteral("P-OS1203"), QStringLiteral("330302"), 6972))
                .ok());
    REQUIRE(b.sync(QStringLiteral("admin")).ok());
    // The server's rows come back over A's: P-OS1201 holds its old ID again while A's store still
    // gives it to P-OS1202 — the sync clears the way instead of failing on the unique ID.
    const SyncResult pushed = a.sync(QStringLiteral("admin"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 1);
    CHECK(rejectedCommands(*a.store).first().command == QStringLiteral("import.persons"));
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS1201' AND id_number = '%1'")
                      .arg(idOf(6971)))
          == 1);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS1203' AND id_number = '%1'")
                      .arg(idOf(6972)))
          == 1);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS1202'")) == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'P-OS1202'")) == 0);
}
