// The agreements module against the real ltcserver on PostgreSQL: the server applies each
// command again with the same domain code (a wrong role or district is refused there, whatever
// the desktop let through), and the agreement officer's offline work reaches the district's
// other desktops and no other district's.
#include "serverharness.h"
#include "testdesktop.h"

#include "localstore.h"
#include "sql.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <memory>

using namespace ltc;
using namespace ltc::test;

namespace {

using Desktop = TestDesktop;

QString codeOf(const QJsonArray &results, int index)
{
    const QJsonObject result = results.at(index).toObject();
    return result.value(QStringLiteral("status")).toString() == QStringLiteral("applied")
               ? QStringLiteral("applied")
               : result.value(QStringLiteral("code")).toString();
}

QString staffId(int serial)
{
    return citizenId(QStringLiteral("33030219800101") + QStringLiteral("%1").arg(serial % 1000, 3, 10, QLatin1Char('0')));
}

} // namespace

TEST_CASE("agreements on the server: a command the user's role or district does not allow is refused there",
          "[server][agreements]")
{
    ServerEnv &env = ServerEnv::get();
    QSqlDatabase db = env.db();
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO institutions (code, name, kind, grade, service_forms, agreement_from, "
                                       "agreement_to, district) VALUES ('I-AG01', '鹿城护理院', 'CARE', 2, 'HOME', "
                                       "'2026-01-01', '2026-12-31', '330302'), ('I-AG02', '龙湾护理院', 'CARE', 1, 'HOME', "
                                       "'2026-01-01', '2026-12-31', '330303')")));
    const auto suspension = [](const QString &id, const QString &institution) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("institution_code"), institution},
                           {QStringLiteral("kind"), QStringLiteral("INTAKE")},
                           {QStringLiteral("suspended_from"), QStringLiteral("2026-04-01")},
                           {QStringLiteral("suspended_to"), QStringLiteral("2026-06-30")},
                           {QStringLiteral("reason"), QStringLiteral("诱导重新评估")}};
    };
    // A handler has no agreement role; officer is 330302's and I-AG02 is 330303's.
    const QJsonArray byHandler = push(QStringLiteral("handler"), QStringLiteral("agreements-role"),
                                      {command(1, QStringLiteral("institution.suspend"), suspension(QStringLiteral("SU-AG1"), QStringLiteral("I-AG01")))});
    CHECK(codeOf(byHandler, 0) == QStringLiteral("forbidden"));
    const QJsonArray byOfficer = push(QStringLiteral("officer"), QStringLiteral("agreements-district"),
                                      {command(1, QStringLiteral("institution.suspend"), suspension(QStringLiteral("SU-AG2"), QStringLiteral("I-AG02"))),
                                       command(2, QStringLiteral("institution.suspend"), suspension(QStringLiteral("SU-AG3"), QStringLiteral("I-AG01")))});
    CHECK(codeOf(byOfficer, 0) == QStringLiteral("forbidden"));
    CHECK(codeOf(byOfficer, 1) == QStringLiteral("applied"));
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM institution_suspensions WHERE id LIKE 'SU-AG%'")) == 1);
    // The panel rule is the server's too: a designation's review by 4 is refused.
    const QJsonArray designation = push(
        QStringLiteral("officer"), QStringLiteral("agreements-panel"),
        {command(1, QStringLiteral("designation.apply"),
                 {{QStringLiteral("id"), QStringLiteral("D-AG1")}, {QStringLiteral("institution_code"), QStringLiteral("I-AG01")},
                  {QStringLiteral("applied_on"), QStringLiteral("2026-06-01")}}),
         command(2, QStringLiteral("designation.pass_formal_check"), {{QStringLiteral("id"), QStringLiteral("D-AG1")}}),
         command(3, QStringLiteral("designation.review"),
                 {{QStringLiteral("id"), QStringLiteral("D-AG1")}, {QStringLiteral("reviewed_on"), QStringLiteral("2026-07-01")},
                  {QStringLiteral("result"), QStringLiteral("PASS")},
                  {QStringLiteral("panel"), QJsonArray{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙"), QStringLiteral("丁")}}})});
    CHECK(codeOf(designation, 0) == QStringLiteral("applied"));
    CHECK(codeOf(designation, 1) == QStringLiteral("applied"));
    CHECK(codeOf(designation, 2) == QStringLiteral("invalid"));
    QSqlDatabase check = env.db();
    CHECK(scalarSql(check, QStringLiteral("SELECT status FROM designations WHERE id = 'D-AG1'")).toString()
          == QStringLiteral("REVIEWING"));
}

TEST_CASE("agreements on the server: an officer's offline work reaches the district's second desktop, not another "
          "district's",
          "[server][agreements]")
{
    const UserIdentity officer = identity(QStringLiteral("officer"), {QStringLiteral("agreement_officer")},
                                          QStringLiteral("330302"));
    Desktop a;
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    // Offline: an institution and its staff imported, a renewal with its own deposit ratio, an
    // intake suspension, a caregiver suspended from settlement, a new applicant.
    REQUIRE(a.import(officer, QStringLiteral("institutions"),
                     QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to\n"
                                    "I-AG03,瓯海颐康护理院,CARE,2,HOME_VISIT,2026-01-01,2026-12-31\n")).ok());
    REQUIRE(a.import(officer, QStringLiteral("staff"),
                     QStringLiteral("staff_no,institution_code,name,id_number,role,employed_from\n"
                                    "S-AG03,I-AG03,李护理,%1,CAREGIVER,2026-01-01\n")
                         .arg(staffId(8001))).ok());
    REQUIRE(a.run(officer, QStringLiteral("agreement.sign"),
                  {{QStringLiteral("id"), QStringLiteral("AG-AG03")}, {QStringLiteral("institution_code"), QStringLiteral("I-AG03")},
                   {QStringLiteral("valid_from"), QStringLiteral("2027-01-01")}, {QStringLiteral("valid_to"), QStringLiteral("2029-12-31")},
                   {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT|FAMILY")}, {QStringLiteral("deposit_permille"), 80},
                   {QStringLiteral("signed_on"), QStringLiteral("2026-11-20")}})
                .ok());
    REQUIRE(a.run(officer, QStringLiteral("institution.suspend"),
                  {{QStringLiteral("id"), QStringLiteral("SU-AG03")}, {QStringLiteral("institution_code"), QStringLiteral("I-AG03")},
                   {QStringLiteral("kind"), QStringLiteral("INTAKE")}, {QStringLiteral("suspended_from"), QStringLiteral("2026-05-01")},
                   {QStringLiteral("suspended_to"), QStringLiteral("2026-07-31")}, {QStringLiteral("reason"), QStringLiteral("投诉核实")}})
                .ok());
    REQUIRE(a.run(officer, QStringLiteral("staff.suspend_settlement"),
                  {{QStringLiteral("staff_no"), QStringLiteral("S-AG03")}, {QStringLiteral("suspended_from"), QStringLiteral("2026-03-01")},
                   {QStringLiteral("months"), 3}})
                .ok());
    REQUIRE(a.run(officer, QStringLiteral("designation.apply"),
                  {{QStringLiteral("id"), QStringLiteral("D-AG04")}, {QStringLiteral("institution_code"), QStringLiteral("N-AG04")},
                   {QStringLiteral("applied_on"), QStringLiteral("2026-06-01")}, {QStringLiteral("name"), QStringLiteral("新申请护理站")},
                   {QStringLiteral("kind"), QStringLiteral("CARE")}, {QStringLiteral("grade"), 1},
                   {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT")}})
                .ok());
    const SyncResult pushed = a.sync(QStringLiteral("officer"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM institution_agreements WHERE id = 'AG-AG03' AND "
                                     "deposit_permille = 80")) == 1);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM staff WHERE staff_no = 'S-AG03' AND suspended_to = '2026-05-31'")) == 1);

    Desktop b;
    REQUIRE(b.sync(QStringLiteral("officer")).ok());
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM institution_agreements WHERE id = 'AG-AG03'")) == 1);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM institution_suspensions WHERE id = 'SU-AG03'")) == 1);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM staff WHERE staff_no = 'S-AG03' AND suspended_to = '2026-05-31'")) == 1);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM designations WHERE id = 'D-AG04'")) == 1);
    // The staff member's history as the server kept it: the import's version and the suspension's.
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM staff_history WHERE staff_no = 'S-AG03'")) == 2);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM staff_history WHERE staff_no = 'S-AG03'")) == 2);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM staff_history WHERE staff_no = 'S-AG03' AND version = 2 AND "
                                 "suspended_from = '2026-03-01' AND suspended_to = '2026-05-31'")) == 1);

    Desktop c;
    REQUIRE(c.sync(QStringLiteral("officer_b")).ok());
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM institutions WHERE code IN ('I-AG03', 'N-AG04')")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM institution_agreements")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM staff")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM designations")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM staff_history")) == 0);
}

TEST_CASE("agreements on the server: a renewal signed offline by a score the server's later score contradicts is "
          "refused finally",
          "[server][agreements]")
{
    const UserIdentity officer = identity(QStringLiteral("officer"), {QStringLiteral("agreement_officer")},
                                          QStringLiteral("330302"));
    // Wenzhou's renewal_terms (90 → 3 years, 75 → 2, 60 → 1) for 330302 from 2040 only, so that
    // no other suite's days meet this policy.
    QFile file(QStringLiteral(":/policies/wenzhou-2023.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
    policy.insert(QStringLiteral("region"), QStringLiteral("330302"));
    policy.insert(QStringLiteral("effective_from"), QStringLiteral("2040-01-01"));
    policy.insert(QStringLiteral("name"), QStringLiteral("agreements server test 2040"));
    const QJsonArray loaded = push(QStringLiteral("admin"), QStringLiteral("agreements-policy-2040"),
                                   {command(1, QStringLiteral("policy.load"), policy)});
    REQUIRE(codeOf(loaded, 0) == QStringLiteral("applied"));
    const auto score = [](const char *id, const char *scoredOn, int points) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                           {QStringLiteral("institution_code"), QStringLiteral("I-AG05")},
                           {QStringLiteral("year"), 2039},
                           {QStringLiteral("criteria_set"), QStringLiteral("CHANGNING_STARS")},
                           {QStringLiteral("scored_on"), QLatin1String(scoredOn)},
                           {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("服务质量")},
                                                                            {QStringLiteral("max"), 100},
                                                                            {QStringLiteral("points"), points}}}}};
    };

    // Desktop a: the institution (its agreement runs out at the end of 2039) and a score of 95.
    Desktop a;
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    REQUIRE(a.import(officer, QStringLiteral("institutions"),
                     QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to\n"
                                    "I-AG05,鹿城康宁护理院,CARE,2,HOME_VISIT,2039-01-01,2039-12-31\n")).ok());
    REQUIRE(a.run(officer, QStringLiteral("performance.record_score"), score("PS-AG05-A", "2039-11-01", 95)).ok());
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    // Desktop b scores the year again, lower, later, and sends it first.
    Desktop b;
    REQUIRE(b.sync(QStringLiteral("officer")).ok());
    REQUIRE(b.run(officer, QStringLiteral("performance.record_score"), score("PS-AG05-B", "2039-11-20", 70)).ok());
    REQUIRE(b.sync(QStringLiteral("officer")).ok());
    // Desktop a, offline, still knows only the 95: it lets a 3-year renewal through.
    const QJsonObject renewal{{QStringLiteral("id"), QStringLiteral("AG-AG05")},
                              {QStringLiteral("institution_code"), QStringLiteral("I-AG05")},
                              {QStringLiteral("valid_from"), QStringLiteral("2040-01-01")},
                              {QStringLiteral("valid_to"), QStringLiteral("2042-12-31")},
                              {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT")},
                              {QStringLiteral("signed_on"), QStringLiteral("2039-12-01")}};
    REQUIRE(a.run(officer, QStringLiteral("agreement.sign"), renewal).ok());
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM institution_agreements WHERE id = 'AG-AG05'")) == 1);

    // The server decides by the latest score it holds, 70: a year at most. Refused, and final.
    const SyncResult pushed = a.sync(QStringLiteral("officer"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 1);
    const QList<RejectedCommand> rejected = rejectedCommands(*a.store);
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().command == QStringLiteral("agreement.sign"));
    CHECK(rejected.first().errorCode == QStringLiteral("invalid"));
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM institution_agreements WHERE id = 'AG-AG05'")) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM institution_agreements WHERE id = 'AG-AG05'")) == 0);
    REQUIRE(a.sync(QStringLiteral("officer")).ok());  // not sent again
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM institution_agreements WHERE id = 'AG-AG05'")) == 0);

    // The renewal the score allows, a year, is applied there.
    QJsonObject oneYear = renewal;
    oneYear.insert(QStringLiteral("id"), QStringLiteral("AG-AG05-1"));
    oneYear.insert(QStringLiteral("valid_to"), QStringLiteral("2040-12-31"));
    REQUIRE(a.run(officer, QStringLiteral("agreement.sign"), oneYear).ok());
    const SyncResult allowed = a.sync(QStringLiteral("officer"));
    REQUIRE(allowed.ok());
    CHECK(allowed.rejected == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM institution_agreements WHERE id = 'AG-AG05-1'")) == 1);
}

TEST_CASE("agreements on the server: a violation's liquidated damages recorded offline are deducted from the "
          "institution's next payment there",
          "[server][agreements]")
{
    const UserIdentity officer = identity(QStringLiteral("officer"), {QStringLiteral("agreement_officer")},
                                          QStringLiteral("330302"));
    // An institution's audited month on the server: 720.00 yuan from the fund, 36.00 withheld.
    Desktop a;
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    REQUIRE(a.import(officer, QStringLiteral("institutions"),
                     QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to\n"
                                    "I-AG06,鹿城颐和护理院,CARE,2,HOME_VISIT,2025-01-01,2026-12-31\n")).ok());
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    QSqlDatabase db = ServerEnv::get().db();
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO settlement_results (period, claim_no, line_no, person_no, "
                                       "institution_code, claimed_fen, allowed_fen, deducted_fen, fund_fen, personal_fen, "
                                       "deposit_fen, declared_days, paid_days, reasons, run_id) VALUES ('2025-02', "
                                       "'C-AG06', 1, 'P-A0001', 'I-AG06', 90000, 90000, 0, 72000, 18000, 3600, 30, 30, "
                                       "'', 1)")));
    // Offline: a violation with 500.00 yuan of damages, sent with the next sync.
    REQUIRE(a.run(officer, QStringLiteral("violation.record"),
                  {{QStringLiteral("id"), QStringLiteral("V-AG06")}, {QStringLiteral("institution_code"), QStringLiteral("I-AG06")},
                   {QStringLiteral("found_on"), QStringLiteral("2025-02-20")},
                   {QStringLiteral("description"), QStringLiteral("虚记服务时长")}, {QStringLiteral("damages_fen"), 50000}})
                .ok());
    const SyncResult pushed = a.sync(QStringLiteral("officer"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 0);

    const QJsonObject batch{{QStringLiteral("period"), QStringLiteral("2025-02")},
                            {QStringLiteral("institution_code"), QStringLiteral("I-AG06")}};
    QJsonObject approve = batch;
    approve.insert(QStringLiteral("decision"), QStringLiteral("approve"));
    const QJsonArray first = push(QStringLiteral("reviewer1"), QStringLiteral("agreements-damages-1"),
                                  {command(1, QStringLiteral("claim.accept_clean"), batch),
                                   command(2, QStringLiteral("claim.first_review"), batch)});
    REQUIRE(codeOf(first, 1) == QStringLiteral("applied"));
    REQUIRE(codeOf(push(QStringLiteral("reviewer2"), QStringLiteral("agreements-damages-2"),
                        {command(1, QStringLiteral("claim.second_review"), approve)}),
                   0)
            == QStringLiteral("applied"));
    REQUIRE(codeOf(push(QStringLiteral("payer"), QStringLiteral("agreements-damages-3"),
                        {command(1, QStringLiteral("claim.mark_paid"), batch)}),
                   0)
            == QStringLiteral("applied"));
    // 720.00 − 36.00 withheld = 684.00 payable; the 500.00 come off it: 184.00 paid.
    CHECK(serverValue(QStringLiteral("SELECT paid_fen || '/' || withheld_fen || '/' || damages_fen FROM "
                                     "settlement_batches WHERE period = '2025-02' AND institution_code = 'I-AG06'"))
              .toString()
          == QStringLiteral("18400/3600/50000"));
    CHECK(serverValue(QStringLiteral("SELECT deducted_fen || '/' || deducted_period FROM agreement_violations WHERE "
                                     "id = 'V-AG06'"))
              .toString()
          == QStringLiteral("50000/2025-02"));
    // The officer's desktop learns what its violation took, from the server.
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    CHECK(a.count(QStringLiteral("SELECT deducted_fen FROM agreement_violations WHERE id = 'V-AG06'")) == 50000);
}
