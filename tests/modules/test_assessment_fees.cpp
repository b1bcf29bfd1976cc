// Assessment fees (issue 13 item 7, seed 004 §28, seed 003 三(三)) over a real store: a fee line
// per delivered conclusion at the rate of the policy in force on the delivery day (none for a
// conclusion not yet delivered), each agency's month through the first review (accept, override
// with a reason), the second review by another person (four-eyes) and the payment; a re-compute
// keeps a month past first review as reviewed and an open month's review where nothing changed;
// another district's reviewer sees and changes nothing; a care month of the same period stays
// apart.
#include "assessmentsfixture.h"
#include "database/records/corereads.h"
#include "settlements/domain/assessmentfees.h"
#include "settlements/domain/batchworkflow.h"

using namespace assessfixture;
using namespace ltc::settlement;

namespace {

const QString kSeptember = QStringLiteral("2026-09");
const QString kNovember = QStringLiteral("2026-11");

// Wenzhou's file in two versions: 200 yuan per assessment until October 2026, 350 yuan from
// November (the file itself names no rate; firstFee < 0 leaves the first version without one).
void loadTwoRates(AssessFixture &f, qint64 secondFee = 35000, qint64 firstFee = 20000)
{
    QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject terms{{QStringLiteral("agency_choice"), QStringLiteral("ROTATION")}};
    if (firstFee >= 0)
        terms.insert(QStringLiteral("fee_fen"), firstFee);
    policy.insert(QStringLiteral("assessment"), terms);
    policy.insert(QStringLiteral("effective_to"), QStringLiteral("2026-10-31"));
    f.require(f.admin, QStringLiteral("policy.load"), policy);
    terms.insert(QStringLiteral("fee_fen"), secondFee);
    policy.insert(QStringLiteral("assessment"), terms);
    policy.insert(QStringLiteral("effective_from"), QStringLiteral("2026-11-01"));
    policy.insert(QStringLiteral("effective_to"), QJsonValue());
    f.require(f.admin, QStringLiteral("policy.load"), policy);
}

const AssessFixture::Days kDelivered0924{QStringLiteral("2026-09-01"), QStringLiteral("2026-09-03"),
                                         QStringLiteral("2026-09-07"), QStringLiteral("2026-09-15"),
                                         QStringLiteral("2026-09-24")};

struct FeeFixture : AssessFixture {
    UserIdentity chen = ltctest::user(QStringLiteral("chen"), {QStringLiteral("first_reviewer")}, kDistrict);
    UserIdentity li = ltctest::user(QStringLiteral("li"), {QStringLiteral("first_reviewer"), QStringLiteral("second_reviewer")}, kDistrict);
    UserIdentity wang = ltctest::user(QStringLiteral("wang"), {QStringLiteral("second_reviewer")}, kDistrict);
    UserIdentity payer = ltctest::user(QStringLiteral("zhao"), {QStringLiteral("payer")}, kDistrict);
    QString task;    // a re-assessment delivered on 24 September
    QString agency;  // its agency

    FeeFixture()
    {
        loadCalendar2026();
        loadTwoRates(*this);
        task = acceptedTask(QStringLiteral("REASSESS"));
        conclude(task, severeScores(), kDelivered0924, {QStringLiteral("E1"), QStringLiteral("E4")});
        agency = store.scalar(QStringLiteral("SELECT agency_code FROM assessment_work WHERE task_id = ?"), {task}).toString();
    }
    QJsonObject month(const QString &period = kSeptember) const
    {
        return {{QStringLiteral("period"), period}, {QStringLiteral("institution_code"), agency}};
    }
    QJsonObject month(std::initializer_list<std::pair<QString, QJsonValue>> more) const
    {
        QJsonObject args = month();
        for (const auto &[key, value] : more)
            args.insert(key, value);
        return args;
    }
    QVariant line(const QString &column, const QString &taskId = {})
    {
        return store.scalar(QStringLiteral("SELECT %1 FROM assessment_fee_lines WHERE task_id = ?").arg(column),
                            {taskId.isEmpty() ? task : taskId});
    }
    QString status()
    {
        return store.scalar(QStringLiteral("SELECT status FROM assessment_fee_batches WHERE period = ? AND "
                                           "institution_code = ?"),
                            {kSeptember, agency})
            .toString();
    }
};

} // namespace

TEST_CASE("assessment fees: a line per delivered conclusion at the rate in force on the delivery day",
          "[settlements][fees]")
{
    FeeFixture f;
    {
        QSqlDatabase db = f.store.db();
        const PolicySet policies = loadPolicies(db);
        QString label;
        CHECK(assessmentFee(policies, kDistrict, QDate(2026, 10, 31), &label) == 20000);
        CHECK(label == QStringLiteral("330300/2023-01-01"));
        CHECK(assessmentFee(policies, kDistrict, QDate(2026, 11, 1), &label) == 35000);
        CHECK(label == QStringLiteral("330300/2026-11-01"));
        CHECK(assessmentFee(policies, kDistrict, QDate(2022, 12, 31), &label) == 0);  // no policy yet
        CHECK(label.isEmpty());
    }
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_lines")).toInt() == 1);
    CHECK(f.line(QStringLiteral("institution_code")).toString() == f.agency);
    CHECK(f.line(QStringLiteral("kind")).toString() == QStringLiteral("REASSESS"));
    CHECK(f.line(QStringLiteral("person_no")).toString() == QStringLiteral("P1"));
    CHECK(f.line(QStringLiteral("delivered_on")).toString() == QStringLiteral("2026-09-24"));
    CHECK(f.line(QStringLiteral("fee_fen")).toLongLong() == 20000);
    CHECK(f.line(QStringLiteral("decision")).isNull());

    // A dispute concluded in November but not yet delivered gives no line; once delivered it is
    // priced by November's version.
    const QJsonObject dispute{{QStringLiteral("id"), newId()}, {QStringLiteral("task_id"), f.task},
                              {QStringLiteral("received_on"), QStringLiteral("2026-10-22")}};
    f.require(f.handler, QStringLiteral("assessment.request_dispute"), dispute);
    const QString disputeTask =
        f.store.scalar(QStringLiteral("SELECT task_id FROM assessment_requests WHERE id = ?"), {dispute.value(QStringLiteral("id"))})
            .toString();
    f.conclude(disputeTask, severeScores(),
               {QStringLiteral("2026-10-26"), QStringLiteral("2026-10-27"), QStringLiteral("2026-10-28"),
                QStringLiteral("2026-11-05"), QString()},
               {QStringLiteral("E4"), QStringLiteral("E5")}, QStringLiteral("00000000000000ff"));
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kNovember}});
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_lines WHERE period = ?"), {kNovember}).toInt() == 0);
    f.require(f.handler, QStringLiteral("assessment.deliver"),
              {{QStringLiteral("id"), disputeTask}, {QStringLiteral("delivered_on"), QStringLiteral("2026-11-06")}});
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kNovember}});
    CHECK(f.line(QStringLiteral("kind"), disputeTask).toString() == QStringLiteral("DISPUTE"));
    CHECK(f.line(QStringLiteral("fee_fen"), disputeTask).toLongLong() == 35000);
    CHECK(f.line(QStringLiteral("policy"), disputeTask).toString() == QStringLiteral("330300/2026-11-01"));
    CHECK(f.line(QStringLiteral("period"), disputeTask).toString() == kNovember);

    // The worklist as ltcctl lists it, and the agency's month.
    QSqlDatabase db = f.store.db();
    const WorklistSpec spec = assessmentFeesWorklist();
    CHECK_FALSE(spec.check({{QStringLiteral("period"), QStringLiteral("2026-13")}}).isEmpty());
    QList<QVariantList> rows;
    QString error;
    REQUIRE(spec.rows(db, {{QStringLiteral("period"), kNovember}}, [&rows](const QVariantList &row) {
        rows << row;
        return true;
    }, &error));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().at(0).toString() == disputeTask);
    CHECK(rows.first().at(5).toString() == QStringLiteral("DISPUTE"));
    CHECK(rows.first().at(7).toString() == QStringLiteral("350.00"));
    CHECK(rows.first().at(12).toString() == QStringLiteral("open"));
    const QList<FeeMonth> months = feeMonths(db, kSeptember);
    REQUIRE(months.size() == 1);
    CHECK(months.first().lines == 1);
    CHECK(months.first().fee == 20000);
    CHECK(months.first().reviewedLines == 0);
    // The agency's fee month is not a care month: the care batches know nothing of it.
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_batches")).toInt() == 0);

    // Bad input names its field; another district's reviewer computes nothing of this one.
    const CommandOutcome bad = f.run(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), QStringLiteral("2026-9")}});
    CHECK(codeOf(bad) == QStringLiteral("invalid"));
    CHECK(messageOf(bad).startsWith(QStringLiteral("period:")));
    REQUIRE(execSql(db, QStringLiteral("DELETE FROM assessment_fee_lines WHERE period = ?"), {kSeptember}));
    const UserIdentity elsewhere = ltctest::user(QStringLiteral("sun"), {QStringLiteral("first_reviewer")}, QStringLiteral("330303"));
    f.require(elsewhere, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_lines WHERE period = ?"), {kSeptember}).toInt() == 0);
}

TEST_CASE("assessment fees: first review, second review by another person, payment; a re-compute keeps the reviewed month",
          "[settlements][fees]")
{
    FeeFixture f;
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});

    // An override needs its amount (at most the fee) and a reason.
    const CommandOutcome noReason = f.run(f.li, QStringLiteral("assessment_fee.review_line"),
                                          {{QStringLiteral("task_id"), f.task}, {QStringLiteral("decision"), QStringLiteral("override")},
                                           {QStringLiteral("allowed"), QStringLiteral("150")}});
    CHECK(codeOf(noReason) == QStringLiteral("invalid"));
    CHECK(messageOf(noReason).contains(QStringLiteral("reason")));
    CHECK(codeOf(f.run(f.li, QStringLiteral("assessment_fee.review_line"),
                       {{QStringLiteral("task_id"), f.task}, {QStringLiteral("decision"), QStringLiteral("override")},
                        {QStringLiteral("allowed"), QStringLiteral("250")}, {QStringLiteral("reason"), QStringLiteral("超标准")}}))
          == QStringLiteral("invalid"));
    CHECK(codeOf(f.run(f.li, QStringLiteral("assessment_fee.first_review"), f.month())) == QStringLiteral("state"));  // not reviewed
    CHECK(codeOf(f.run(f.li, QStringLiteral("assessment_fee.second_review"), f.month({{QStringLiteral("decision"), QStringLiteral("approve")}})))
          == QStringLiteral("state"));  // not first-reviewed yet
    f.require(f.li, QStringLiteral("assessment_fee.review_line"),
              {{QStringLiteral("task_id"), f.task}, {QStringLiteral("decision"), QStringLiteral("override")},
               {QStringLiteral("allowed"), QStringLiteral("150")}, {QStringLiteral("reason"), QStringLiteral("评估报告缺专家签字")}});
    CHECK(f.line(QStringLiteral("allowed_fen")).toLongLong() == 15000);

    // An open month's re-compute keeps the review where nothing changed, drops it where the
    // fee did.
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});
    CHECK(f.line(QStringLiteral("decision")).toString() == QStringLiteral("override"));
    loadTwoRates(f, 35000, 22000);
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});
    CHECK(f.line(QStringLiteral("fee_fen")).toLongLong() == 22000);
    CHECK(f.line(QStringLiteral("decision")).isNull());
    f.require(f.li, QStringLiteral("assessment_fee.accept_all"), f.month());
    CHECK(f.line(QStringLiteral("allowed_fen")).toLongLong() == 22000);
    f.require(f.chen, QStringLiteral("assessment_fee.first_review"), f.month());
    CHECK(f.status() == QStringLiteral("first_reviewed"));

    // Four-eyes: li decided a line, chen completed; neither may do the second review.
    for (const UserIdentity &tookPart : {f.li, ltctest::user(QStringLiteral("chen"), {QStringLiteral("second_reviewer")}, kDistrict)}) {
        const CommandOutcome refused = f.run(tookPart, QStringLiteral("assessment_fee.second_review"),
                                             f.month({{QStringLiteral("decision"), QStringLiteral("approve")}}));
        CHECK(codeOf(refused) == QStringLiteral("forbidden"));
    }
    CHECK(f.status() == QStringLiteral("first_reviewed"));
    {
        QSqlDatabase db = f.store.db();
        QStringList takers = reviewTakers(db, feeBatches(), kSeptember).value(f.agency);
        takers.sort();
        CHECK(takers == QStringList{QStringLiteral("chen"), QStringLiteral("li")});
        CHECK(reviewTakers(db, careBatches(), kSeptember).isEmpty());  // the care months know nothing of it
    }

    // Past first review the month is frozen: a re-compute at another rate changes nothing.
    loadTwoRates(f, 35000, 30000);
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});
    CHECK(f.line(QStringLiteral("fee_fen")).toLongLong() == 22000);
    CHECK(f.line(QStringLiteral("decision")).toString() == QStringLiteral("accept"));
    CHECK(codeOf(f.run(f.chen, QStringLiteral("assessment_fee.review_line"),
                       {{QStringLiteral("task_id"), f.task}, {QStringLiteral("decision"), QStringLiteral("accept")}}))
          == QStringLiteral("state"));

    CHECK(codeOf(f.run(f.payer, QStringLiteral("assessment_fee.mark_paid"), f.month())) == QStringLiteral("state"));
    f.require(f.wang, QStringLiteral("assessment_fee.second_review"), f.month({{QStringLiteral("decision"), QStringLiteral("approve")}}));
    CHECK(f.status() == QStringLiteral("second_reviewed"));
    CHECK(codeOf(f.run(f.wang, QStringLiteral("assessment_fee.mark_paid"), f.month())) == QStringLiteral("forbidden"));  // roles
    f.require(f.payer, QStringLiteral("assessment_fee.mark_paid"), f.month());
    CHECK(f.status() == QStringLiteral("paid"));
    CHECK(f.store.scalar(QStringLiteral("SELECT paid_fen FROM assessment_fee_batches")).toLongLong() == 22000);
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_batches")).toInt() == 0);

    // Another district's reviewer may not touch this agency's month.
    CHECK(codeOf(f.run(ltctest::user(QStringLiteral("sun"), {QStringLiteral("first_reviewer")}, QStringLiteral("330303")),
                       QStringLiteral("assessment_fee.return"), f.month({{QStringLiteral("reason"), QStringLiteral("x")}})))
          == QStringLiteral("forbidden"));
}

TEST_CASE("assessment fees: a month returned by the second review is in first review again", "[settlements][fees]")
{
    FeeFixture f;
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});
    f.require(f.chen, QStringLiteral("assessment_fee.accept_all"), f.month());
    f.require(f.chen, QStringLiteral("assessment_fee.first_review"), f.month());
    const CommandOutcome noReason = f.run(f.wang, QStringLiteral("assessment_fee.second_review"),
                                          f.month({{QStringLiteral("decision"), QStringLiteral("return")}}));
    CHECK(codeOf(noReason) == QStringLiteral("invalid"));
    f.require(f.wang, QStringLiteral("assessment_fee.second_review"),
              f.month({{QStringLiteral("decision"), QStringLiteral("return")}, {QStringLiteral("reason"), QStringLiteral("清单未盖章")}}));
    CHECK(f.status() == QStringLiteral("returned"));
    // In first review again: a re-compute may change it, the lines may be decided anew.
    loadTwoRates(f, 35000, 21000);
    f.require(f.chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});
    CHECK(f.line(QStringLiteral("fee_fen")).toLongLong() == 21000);
    f.require(f.chen, QStringLiteral("assessment_fee.review_line"),
              {{QStringLiteral("task_id"), f.task}, {QStringLiteral("decision"), QStringLiteral("accept")}});
    f.require(f.chen, QStringLiteral("assessment_fee.first_review"), f.month());
    CHECK(f.status() == QStringLiteral("first_reviewed"));
}

TEST_CASE("assessment fees: a policy that names no fee rate computes no line; the command says which field is missing",
          "[settlements][fees]")
{
    AssessFixture f;
    f.loadCalendar2026();
    loadTwoRates(f, 35000, -1);  // the version in force in September names no rate
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    f.conclude(task, severeScores(), kDelivered0924, {QStringLiteral("E1"), QStringLiteral("E4")});
    const UserIdentity chen = ltctest::user(QStringLiteral("chen"), {QStringLiteral("first_reviewer")}, kDistrict);
    const CommandOutcome refused =
        f.run(chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), kSeptember}});
    CHECK(codeOf(refused) == QStringLiteral("invalid"));
    CHECK(messageOf(refused).startsWith(QStringLiteral("period:")));
    CHECK(messageOf(refused).contains(QStringLiteral("assessment.fee_fen")));
    CHECK(messageOf(refused).contains(task));
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_lines")).toInt() == 0);
    {
        QSqlDatabase db = f.store.db();
        QString label = QStringLiteral("unchanged");
        CHECK(assessmentFee(loadPolicies(db), kDistrict, QDate(2026, 9, 24), &label) == 0);
        CHECK(label.isEmpty());
    }
    // A month with nothing delivered still computes: there is nothing to price.
    CHECK(f.run(chen, QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), QStringLiteral("2026-08")}}).ok());
}
