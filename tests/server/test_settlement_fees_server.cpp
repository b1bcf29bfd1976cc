// Assessment fees against the real ltcserver on PostgreSQL (issue 13 item 7): a desktop computes
// an agency's fee month offline from a delivered conclusion and takes its first review; pushed,
// the server computes the month again from its own data at its policy's rate and applies the
// review; the same user's second review is refused there (four-eyes, re-checked by the server),
// another reviewer's is applied from the district's second desktop, which received the month; a
// desktop of another district receives none of it. Serials 9201-9299. (This file sorts after the
// assessments suites: their rotation of agencies is not disturbed by this suite's dispatch.)
#include "serverharness.h"
#include "assessmentscenario.h"
#include "testdesktop.h"

#include "core/workcalendar.h"
#include "database/records/handovers.h"
#include "localstore.h"
#include "sql.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace ltc;
using namespace ltc::test;

namespace {

QString codeOf(const QJsonArray &results, int index)
{
    const QJsonObject result = results.at(index).toObject();
    return result.value(QStringLiteral("status")).toString() == QStringLiteral("applied")
               ? QStringLiteral("applied")
               : result.value(QStringLiteral("code")).toString();
}

} // namespace

TEST_CASE("assessment fees on the server: computed and first-reviewed offline, four-eyes re-checked there, "
          "seen in the district only",
          "[server][fees]")
{
    const UserIdentity officer = identity(QStringLiteral("officer"), {QStringLiteral("agreement_officer")});
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")});
    const UserIdentity reviewer1 = identity(QStringLiteral("reviewer1"), {QStringLiteral("first_reviewer"), QStringLiteral("second_reviewer")});
    const UserIdentity reviewer2 = identity(QStringLiteral("reviewer2"), {QStringLiteral("second_reviewer")});
    const QString today = officeDate().toString(Qt::ISODate);
    const QString period = today.left(7);

    // The server's policy for 330302 for this one day: 260 yuan per assessment. No other suite's
    // day meets it but today's, and none of them settles today.
    QFile file(QStringLiteral(":/policies/wenzhou-2023.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
    policy.insert(QStringLiteral("region"), QStringLiteral("330302"));
    policy.insert(QStringLiteral("name"), QStringLiteral("fees server test"));
    policy.insert(QStringLiteral("effective_from"), today);
    policy.insert(QStringLiteral("effective_to"), today);
    // Seed 004's assessment terms (no named officers), with the fee.
    policy.insert(QStringLiteral("assessment"), QJsonObject{{QStringLiteral("fee_fen"), 26000}});
    REQUIRE(codeOf(push(QStringLiteral("city_admin"), QStringLiteral("fees-policy"), {command(1, QStringLiteral("policy.load"), policy)}), 0)
            == QStringLiteral("applied"));

    TestDesktop a;
    addAgency(a, officer, QStringLiteral("0AZ01,鹿城收费评估所,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31\n"),
              QStringLiteral("E-AZ01,0AZ01,专家戊,%1,EXPERT,2025-01-01\n"
                             "E-AZ02,0AZ01,专家己,%2,EXPERT,2025-01-01\n"
                             "X-AZ01,0AZ01,评估员戊,%3,ASSESSOR,2025-01-01\n")
                  .arg(staffId(9201), staffId(9203), staffId(9205)));

    // A first assessment taken to its delivered conclusion letter, today.
    const QString task = acceptedFirstTask(a, handler, QStringLiteral("P-AF0001"), 9211, 40);
    concludeTask(a, handler, task, QStringLiteral("9e3779b97f4a7c17"), {QStringLiteral("E-AZ01"), QStringLiteral("E-AZ02")},
                 {30, 25, 20, 10});
    REQUIRE(a.run(handler, QStringLiteral("assessment.deliver"), {{QStringLiteral("id"), task}}).ok());
    const SyncResult delivered = a.sync(QStringLiteral("handler"));
    REQUIRE(delivered.ok());
    REQUIRE(delivered.rejected == 0);
    const QString agency =
        serverValue(QStringLiteral("SELECT agency_code FROM assessment_work WHERE task_id = ?"), {task}).toString();
    REQUIRE_FALSE(agency.isEmpty());
    const QJsonObject month{{QStringLiteral("period"), period}, {QStringLiteral("institution_code"), agency}};

    // Offline on desktop a: reviewer1 computes the month's fees and takes the first review.
    REQUIRE(a.run(reviewer1, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), period}}).ok());
    REQUIRE(a.count(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_lines WHERE task_id = ?"), {task}) == 1);
    CHECK(a.count(QStringLiteral("SELECT fee_fen FROM assessment_fee_lines WHERE task_id = ?"), {task}) == 26000);
    REQUIRE(a.run(reviewer1, QStringLiteral("assessment_fee.accept_all"), month).ok());
    REQUIRE(a.run(reviewer1, QStringLiteral("assessment_fee.first_review"), month).ok());
    const SyncResult reviewed = a.sync(QStringLiteral("reviewer1"));
    REQUIRE(reviewed.ok());
    CHECK(reviewed.rejected == 0);
    CHECK(serverValue(QStringLiteral("SELECT fee_fen FROM assessment_fee_lines WHERE task_id = ?"), {task}).toLongLong() == 26000);
    CHECK(serverValue(QStringLiteral("SELECT policy FROM assessment_fee_lines WHERE task_id = ?"), {task}).toString()
          == QStringLiteral("330302/") + today);
    CHECK(serverValue(QStringLiteral("SELECT status FROM assessment_fee_batches WHERE period = ? AND institution_code = ?"),
                      {period, agency}).toString() == QStringLiteral("first_reviewed"));

    // The same user's second review, sent straight to the server: refused there.
    QJsonObject approve = month;
    approve.insert(QStringLiteral("decision"), QStringLiteral("approve"));
    const QJsonArray own = push(QStringLiteral("reviewer1"), QStringLiteral("fees-own-second"),
                                {command(1, QStringLiteral("assessment_fee.second_review"), approve)});
    CHECK(codeOf(own, 0) == QStringLiteral("forbidden"));
    CHECK(serverValue(QStringLiteral("SELECT status FROM assessment_fee_batches WHERE period = ? AND institution_code = ?"),
                      {period, agency}).toString() == QStringLiteral("first_reviewed"));

    // The district's second desktop receives the month and reviewer2 approves it there.
    TestDesktop b;
    REQUIRE(b.sync(QStringLiteral("reviewer2")).ok());
    CHECK(b.count(QStringLiteral("SELECT fee_fen FROM assessment_fee_lines WHERE task_id = ?"), {task}) == 26000);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_takers WHERE period = ? AND institution_code = ? AND "
                                 "username = 'reviewer1'"), {period, agency}) == 1);
    REQUIRE(b.run(reviewer2, QStringLiteral("assessment_fee.second_review"), approve).ok());
    const SyncResult approved = b.sync(QStringLiteral("reviewer2"));
    REQUIRE(approved.ok());
    CHECK(approved.rejected == 0);
    CHECK(serverValue(QStringLiteral("SELECT status FROM assessment_fee_batches WHERE period = ? AND institution_code = ?"),
                      {period, agency}).toString() == QStringLiteral("second_reviewed"));
    CHECK(codeOf(push(QStringLiteral("payer"), QStringLiteral("fees-paid"), {command(1, QStringLiteral("assessment_fee.mark_paid"), month)}), 0)
          == QStringLiteral("applied"));
    CHECK(serverValue(QStringLiteral("SELECT paid_fen FROM assessment_fee_batches WHERE period = ? AND institution_code = ?"),
                      {period, agency}).toLongLong() == 26000);

    // Another district's desktop receives none of it.
    TestDesktop c;
    REQUIRE(c.sync(QStringLiteral("handler_b")).ok());
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_lines")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_batches")) == 0);
}
