// After the conclusion, over a real store: a dispute within the policy's working days after
// delivery on the 2026 holiday calendar (the last day accepted, the next refused; Wenzhou's 10),
// final once decided; a re-assessment on request from the day the conclusion is 6 months old,
// after a spot check at any time; a withdrawn conflict no longer excluding from that day; the
// expiry reminders; a downgrade stopping the old level's benefits from the next month (national)
// or from the new conclusion's own date (Wenzhou), in the month's audit; care dispatch refused
// where the agreements' rule refuses intake, the care plan confirmed; the re-assessment report.
#include "assessmentsfixture.h"
#include "assessments/domain/followuprules.h"
#include "assessments/domain/followupreads.h"
#include "core/assessmentterms.h"
#include "settlements/domain/auditrun.h"

using namespace assessfixture;

namespace {

QJsonObject disputeArgs(const QString &task, const QString &receivedOn)
{
    return {{QStringLiteral("id"), newId()}, {QStringLiteral("task_id"), task}, {QStringLiteral("received_on"), receivedOn}};
}

QJsonObject reassessArgs(const QString &reason, const QString &receivedOn, const QString &note = QStringLiteral("抽查发现"))
{
    return {{QStringLiteral("id"), newId()}, {QStringLiteral("person_no"), QStringLiteral("P1")},
            {QStringLiteral("reason"), reason}, {QStringLiteral("received_on"), receivedOn}, {QStringLiteral("note"), note}};
}

// Delivered on Thursday 24 September 2026: the Mid-Autumn and National Day holidays (25-27
// September, 1-7 October) and the working Saturday 10 October fall in the window.
const AssessFixture::Days kDelivered0924{QStringLiteral("2026-09-01"), QStringLiteral("2026-09-03"),
                                         QStringLiteral("2026-09-07"), QStringLiteral("2026-09-15"),
                                         QStringLiteral("2026-09-24")};

QList<QVariantList> worklistRows(AssessFixture &f, const WorklistSpec &spec, const WorklistFilters &filters)
{
    QSqlDatabase db = f.store.db();
    REQUIRE(spec.check(filters).isEmpty());
    QList<QVariantList> rows;
    QString error;
    REQUIRE(spec.rows(db, filters, [&rows](const QVariantList &row) { rows << row; return true; }, &error));
    return rows;
}

} // namespace

TEST_CASE("the rules after a conclusion, as plain values", "[assessments]")
{
    CHECK(disputeRefusal(QDate(2026, 10, 22), QDate(2026, 10, 22)).isEmpty());
    CHECK(disputeRefusal(QDate(2026, 10, 22), QDate(2026, 10, 23))
          == QStringLiteral("2026-10-23 is after the dispute window, which ended on 2026-10-22"));
    CHECK_FALSE(disputeRefusal(QDate(), QDate(2026, 10, 1)).isEmpty());  // not delivered
    CHECK(reassessmentRefusal(QDate(2025, 6, 10), 6, QDate(2025, 12, 10)).isEmpty());
    CHECK(reassessmentRefusal(QDate(2025, 6, 10), 6, QDate(2025, 12, 9))
          == QStringLiteral("the conclusion of 2025-06-10 may be re-assessed on request from 2025-12-10"));
    CHECK(reassessmentAllowedFrom(QDate(2025, 6, 10), 6) == QDate(2025, 12, 10));
    CHECK(reassessmentAllowedFrom(QDate(2025, 8, 31), 6) == QDate(2026, 2, 28));
    CHECK(lastDayOfOlderLevel(QStringLiteral("NEXT_MONTH"), QDate(2026, 9, 15)) == QDate(2026, 9, 30));
    CHECK(lastDayOfOlderLevel(QStringLiteral("CONCLUSION_DATE"), QDate(2026, 9, 15)) == QDate(2026, 9, 14));
    CHECK(isDowngrade(4, 3, true));
    CHECK(isDowngrade(3, 3, false));
    CHECK_FALSE(isDowngrade(3, 5, true));
    CHECK(expiryMark(QDate(2027, 6, 9), QDate(2027, 4, 10), 60) == QStringLiteral("EXPIRING"));
    CHECK(expiryMark(QDate(2027, 6, 9), QDate(2027, 4, 9), 60).isEmpty());
    CHECK(expiryMark(QDate(2027, 6, 9), QDate(2027, 6, 9), 60) == QStringLiteral("EXPIRING"));
    CHECK(expiryMark(QDate(2027, 6, 9), QDate(2027, 6, 10), 60) == QStringLiteral("OVERDUE"));

    // The policy's parameters: read, refused when unknown, written back.
    QStringList errors;
    const AssessmentTerms terms = AssessmentTerms::fromJson(
        {{QStringLiteral("reassessment_after_months"), 12}, {QStringLiteral("expiry_reminder_days"), 90},
         {QStringLiteral("downgrade_stop"), QStringLiteral("CONCLUSION_DATE")}},
        &errors);
    CHECK(errors.isEmpty());
    CHECK(terms.reassessmentAfterMonths == 12);
    CHECK(terms.expiryReminderDays == 90);
    CHECK(terms.toJson().value(QStringLiteral("downgrade_stop")).toString() == QStringLiteral("CONCLUSION_DATE"));
    AssessmentTerms::fromJson({{QStringLiteral("downgrade_stop"), QStringLiteral("NEVER")}}, &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().startsWith(QStringLiteral("assessment.downgrade_stop")));
    CHECK(AssessmentTerms().downgradeStop == QStringLiteral("NEXT_MONTH"));
}

TEST_CASE("a dispute within 15 working days of delivery on the holiday calendar, final once decided",
          "[assessments][store]")
{
    AssessFixture f;
    f.loadCalendar2026();
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.request_dispute"), disputeArgs(task, QStringLiteral("2026-09-01"))))
          == QStringLiteral("state"));  // nothing concluded yet
    f.conclude(task, severeScores(), kDelivered0924, {QStringLiteral("E1"), QStringLiteral("E4")});
    {
        QSqlDatabase db = f.store.db();
        CHECK(findTask(db, task)->work->disputeUntil == QDate(2026, 10, 22));  // 15 working days, holidays skipped
    }
    const CommandOutcome late = f.run(f.handler, QStringLiteral("assessment.request_dispute"),
                                      disputeArgs(task, QStringLiteral("2026-10-23")));
    CHECK(codeOf(late) == QStringLiteral("invalid"));
    CHECK(messageOf(late).startsWith(QStringLiteral("received_on:")));
    CHECK(messageOf(late).contains(QStringLiteral("2026-10-22")));
    CHECK(codeOf(f.run(ltctest::handler(QStringLiteral("330303")), QStringLiteral("assessment.request_dispute"),
                       disputeArgs(task, QStringLiteral("2026-10-22"))))
          == QStringLiteral("forbidden"));
    const QJsonObject lastDay = disputeArgs(task, QStringLiteral("2026-10-22"));
    f.require(f.handler, QStringLiteral("assessment.request_dispute"), lastDay);
    const QString dispute =
        f.store.scalar(QStringLiteral("SELECT task_id FROM assessment_requests WHERE id = ?"), {lastDay.value(QStringLiteral("id"))})
            .toString();
    CHECK(f.stateOf(dispute) == QStringLiteral("TO_DISPATCH"));
    CHECK(f.store.scalar(QStringLiteral("SELECT kind FROM assessment_tasks WHERE id = ?"), {dispute}).toString()
          == QStringLiteral("DISPUTE"));
    // The same conclusion is not disputed twice.
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.request_dispute"), disputeArgs(task, QStringLiteral("2026-10-21"))))
          == QStringLiteral("conflict"));

    // The dispute's own conclusion is final: the original agency and team excluded, then no
    // dispute of it, even within its window.
    f.conclude(dispute, severeScores(),
               {QStringLiteral("2026-10-26"), QStringLiteral("2026-10-27"), QStringLiteral("2026-10-28"),
                QStringLiteral("2026-11-05"), QStringLiteral("2026-11-06")},
               {QStringLiteral("E4"), QStringLiteral("E5")}, QStringLiteral("00000000000000ff"));
    CHECK(f.draws(dispute).first().agencies.value(QStringLiteral("chosen")).toString() == QStringLiteral("AG2"));
    const CommandOutcome again = f.run(f.handler, QStringLiteral("assessment.request_dispute"),
                                       disputeArgs(dispute, QStringLiteral("2026-11-09")));
    CHECK(codeOf(again) == QStringLiteral("state"));
    CHECK(messageOf(again).contains(QStringLiteral("final")));
}

TEST_CASE("Wenzhou's dispute window is 10 working days", "[assessments][store]")
{
    AssessFixture f(true);
    f.loadCalendar2026();
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    QJsonObject officers{{QStringLiteral("HANDLING_OFFICER"), QStringLiteral("经办 王")},
                         {QStringLiteral("INSURER_OFFICER"), QStringLiteral("商保 李")},
                         {QStringLiteral("COMMUNITY_OFFICER"), QStringLiteral("社区 赵")}};
    f.require(f.handler, QStringLiteral("assessment.dispatch"),
              {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000004d2")},
               {QStringLiteral("officers"), officers}});
    f.require(f.handler, QStringLiteral("assessment.agency_accept"),
              {{QStringLiteral("id"), task}, {QStringLiteral("accepted_on"), QStringLiteral("2026-09-01")}});
    f.require(f.handler, QStringLiteral("assessment.record_result"),
              {{QStringLiteral("id"), task}, {QStringLiteral("assessed_on"), QStringLiteral("2026-09-03")},
               {QStringLiteral("scores"), severeScores()}});
    for (const char *expert : {"E1", "E4"})
        f.require(f.handler, QStringLiteral("assessment.confirm"),
                  {{QStringLiteral("id"), task}, {QStringLiteral("staff_no"), QString::fromLatin1(expert)},
                   {QStringLiteral("confirmed_on"), QStringLiteral("2026-09-07")}});
    f.require(f.handler, QStringLiteral("assessment.conclude"),
              {{QStringLiteral("id"), task}, {QStringLiteral("concluded_on"), QStringLiteral("2026-09-15")},
               {QStringLiteral("service_form"), QStringLiteral("HOME_VISIT")}});
    f.require(f.handler, QStringLiteral("assessment.deliver"),
              {{QStringLiteral("id"), task}, {QStringLiteral("delivered_on"), QStringLiteral("2026-09-24")}});
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.request_dispute"), disputeArgs(task, QStringLiteral("2026-10-16"))))
          == QStringLiteral("invalid"));
    f.require(f.handler, QStringLiteral("assessment.request_dispute"), disputeArgs(task, QStringLiteral("2026-10-15")));
}

TEST_CASE("a re-assessment on request once the conclusion is 6 months old; after a spot check at any time",
          "[assessments][store]")
{
    AssessFixture f;  // P1's conclusion of 2025-06-10
    SECTION("on request: refused the day before, accepted on the day")
    {
        const CommandOutcome early =
            f.run(f.handler, QStringLiteral("assessment.request_reassessment"), reassessArgs(QStringLiteral("REQUEST"), QStringLiteral("2025-12-09")));
        CHECK(codeOf(early) == QStringLiteral("invalid"));
        CHECK(messageOf(early).startsWith(QStringLiteral("received_on:")));
        CHECK(messageOf(early).contains(QStringLiteral("2025-12-10")));
        const QJsonObject onTheDay = reassessArgs(QStringLiteral("REQUEST"), QStringLiteral("2025-12-10"));
        f.require(f.handler, QStringLiteral("assessment.request_reassessment"), onTheDay);
        const QString task =
            f.store.scalar(QStringLiteral("SELECT task_id FROM assessment_requests WHERE id = ?"), {onTheDay.value(QStringLiteral("id"))})
                .toString();
        CHECK(f.stateOf(task) == QStringLiteral("TO_DISPATCH"));
        CHECK(f.store.scalar(QStringLiteral("SELECT kind FROM assessment_tasks WHERE id = ?"), {task}).toString()
              == QStringLiteral("REASSESS"));
        // One open task at a time.
        CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.request_reassessment"),
                           reassessArgs(QStringLiteral("SPOT_CHECK"), QStringLiteral("2025-12-11"))))
              == QStringLiteral("conflict"));
    }
    SECTION("the months are the policy's")
    {
        f.loadPolicyTerms({{QStringLiteral("agency_choice"), QStringLiteral("ROTATION")},
                           {QStringLiteral("reassessment_after_months"), 12}});
        CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.request_reassessment"),
                           reassessArgs(QStringLiteral("REQUEST"), QStringLiteral("2026-06-09"))))
              == QStringLiteral("invalid"));
        f.require(f.handler, QStringLiteral("assessment.request_reassessment"),
                  reassessArgs(QStringLiteral("REQUEST"), QStringLiteral("2026-06-10")));
    }
    SECTION("the office after a spot check: any time, with what the check found")
    {
        CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.request_reassessment"),
                           reassessArgs(QStringLiteral("SPOT_CHECK"), QStringLiteral("2025-07-01"), QString())))
              == QStringLiteral("invalid"));
        f.require(f.handler, QStringLiteral("assessment.request_reassessment"),
                  reassessArgs(QStringLiteral("SPOT_CHECK"), QStringLiteral("2025-07-01")));
        CHECK(f.store.scalar(QStringLiteral("SELECT reason FROM assessment_requests")).toString() == QStringLiteral("SPOT_CHECK"));
    }
    SECTION("a person without a conclusion has nothing to re-assess")
    {
        CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.request_reassessment"),
                           reassessArgs(QStringLiteral("REQUEST"), QStringLiteral("2025-06-09"))))
              == QStringLiteral("state"));
    }
}

TEST_CASE("a withdrawn conflict of interest no longer excludes the staff member from that day", "[assessments][store]")
{
    AssessFixture f;
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    const QString conflict = newId();
    f.require(f.handler, QStringLiteral("assessment.declare_conflict"),
              {{QStringLiteral("id"), conflict}, {QStringLiteral("staff_no"), QStringLiteral("X5")},
               {QStringLiteral("person_no"), QStringLiteral("P1")}, {QStringLiteral("kind"), QStringLiteral("INTEREST")},
               {QStringLiteral("note"), QStringLiteral("曾为其亲属服务")}, {QStringLiteral("declared_on"), QStringLiteral("2026-01-05")}});
    const QJsonObject withdraw{{QStringLiteral("id"), conflict}, {QStringLiteral("withdrawn_on"), QStringLiteral("2026-03-02")}};
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.withdraw_conflict"),
                       {{QStringLiteral("id"), conflict}, {QStringLiteral("withdrawn_on"), QStringLiteral("2026-01-04")}}))
          == QStringLiteral("invalid"));  // before the declaration
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.withdraw_conflict"), {{QStringLiteral("id"), newId()}}))
          == QStringLiteral("not_found"));
    f.require(f.handler, QStringLiteral("assessment.withdraw_conflict"), withdraw);
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.withdraw_conflict"), withdraw)) == QStringLiteral("state"));
    QSqlDatabase db = f.store.db();
    const std::optional<Task> loaded = findTask(db, task);
    CHECK(drawFactsFor(db, *loaded, QDate(2026, 3, 1)).conflictStaff.contains(QStringLiteral("X5")));
    CHECK_FALSE(drawFactsFor(db, *loaded, QDate(2026, 3, 2)).conflictStaff.contains(QStringLiteral("X5")));
    f.require(f.handler, QStringLiteral("assessment.dispatch"),
              {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000004d2")}});
    CHECK_FALSE(exclusionLines(f.draws(task).first()).join(QLatin1Char(',')).contains(QStringLiteral("X5")));
}

TEST_CASE("conclusions expiring within the reminder days, and expired ones, on `ltcctl list conclusions`",
          "[assessments][store]")
{
    AssessFixture f;  // P1's conclusion is valid until 2027-06-09
    const WorklistSpec spec = conclusionsWorklist();
    CHECK(worklistRows(f, spec, {{QStringLiteral("as-of"), QStringLiteral("2027-04-09")}}).isEmpty());  // 61 days left
    const QList<QVariantList> sixty = worklistRows(f, spec, {{QStringLiteral("as-of"), QStringLiteral("2027-04-10")}});
    REQUIRE(sixty.size() == 1);
    CHECK(sixty.first().at(0).toString() == QStringLiteral("P1"));
    CHECK(sixty.first().at(6).toInt() == 60);
    CHECK(sixty.first().at(7).toString() == QStringLiteral("EXPIRING"));
    CHECK(sixty.first().at(8).toString() == QStringLiteral("CARE1"));
    CHECK(worklistRows(f, spec, {{QStringLiteral("as-of"), QStringLiteral("2027-04-09")},
                                 {QStringLiteral("expiring-within"), QStringLiteral("61")}})
              .size()
          == 1);
    const QList<QVariantList> late = worklistRows(f, spec, {{QStringLiteral("as-of"), QStringLiteral("2027-06-10")}});
    REQUIRE(late.size() == 1);
    CHECK(late.first().at(7).toString() == QStringLiteral("OVERDUE"));
    CHECK(late.first().at(6).toInt() == -1);
    CHECK(late.first().at(9).isNull());
    f.acceptedTask(QStringLiteral("REASSESS"));  // a re-assessment under way is shown
    CHECK(worklistRows(f, spec, {{QStringLiteral("as-of"), QStringLiteral("2027-06-10")}}).first().at(9).toString()
          == QStringLiteral("open"));
    CHECK_FALSE(spec.check({{QStringLiteral("expiring-within"), QStringLiteral("soon")}}).isEmpty());
    // The number of days is the policy's.
    f.loadPolicyTerms({{QStringLiteral("expiry_reminder_days"), 90}});
    CHECK(worklistRows(f, spec, {{QStringLiteral("as-of"), QStringLiteral("2027-03-11")}}).size() == 1);
}

TEST_CASE("a downgrade stops the old level's benefits from the next month, or from its own date in Wenzhou",
          "[assessments][store]")
{
    const bool wenzhou = GENERATE(false, true);
    AssessFixture f;
    if (wenzhou)
        f.loadPolicyTerms({{QStringLiteral("agency_choice"), QStringLiteral("ROTATION")},
                           {QStringLiteral("downgrade_stop"), QStringLiteral("CONCLUSION_DATE")}});
    f.importText(QStringLiteral("claims"),
                 "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                 "K1,CARE1,2026-10,1,P1,HOME_VISIT,2026-10-01,2026-10-31,31,2980\n"
                 "K2,CARE1,2026-09,1,P1,HOME_VISIT,2026-09-01,2026-09-30,30,2980\n");
    const auto allowed = [&f](const char *period) {
        QSqlDatabase db = f.store.db();
        QString error;
        const std::optional<settlement::AuditRun> run = settlement::previewAudit(db, QString::fromLatin1(period), &error);
        INFO(str(error));
        REQUIRE(run.has_value());
        REQUIRE(run->results.size() == 1);
        return run->results.first().allowed;
    };
    CHECK(allowed("2026-09") == 178800);  // level 3, the imported conclusion
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    f.conclude(task, fitScores(),
               {QStringLiteral("2026-08-20"), QStringLiteral("2026-08-25"), QStringLiteral("2026-09-01"),
                QStringLiteral("2026-09-15"), QString()},
               {QStringLiteral("E1"), QStringLiteral("E4")});
    CHECK(f.stateOf(task) == QStringLiteral("CONCLUDED"));  // level 0: concluded without publication
    const QString oldEnd =
        f.store.scalar(QStringLiteral("SELECT valid_until FROM conclusions WHERE concluded_on = '2025-06-10'")).toString();
    CHECK(allowed("2026-10") == 0);  // level 0 pays nothing from the month after
    if (wenzhou) {
        CHECK(oldEnd == QStringLiteral("2026-09-14"));  // 自出具评估结论之日起停止
        const qint64 september = allowed("2026-09");
        CHECK(september > 0);
        CHECK(september < 178800);  // 1-14 September only
    } else {
        CHECK(oldEnd == QStringLiteral("2026-09-30"));
        CHECK(allowed("2026-09") == 178800);  // the whole month of the conclusion still at level 3
    }
}

TEST_CASE("care dispatch to the institution the person chose, refused where the agreements refuse intake; the care plan",
          "[assessments][store]")
{
    AssessFixture f;
    f.importText(QStringLiteral("institutions"),
                 "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                 "CARE2,旧护理站,CARE,1,HOME_VISIT,2020-01-01,2024-12-31,330302\n");
    const auto dispatchArgs = [](const QString &institution, const QString &form) {
        return QJsonObject{{QStringLiteral("id"), newId()}, {QStringLiteral("person_no"), QStringLiteral("P1")},
                           {QStringLiteral("service_form"), form}, {QStringLiteral("institution_code"), institution},
                           {QStringLiteral("dispatched_on"), QStringLiteral("2026-03-02")}};
    };
    const auto refusal = [&f](const QJsonObject &args) {
        const CommandOutcome outcome = f.run(f.handler, QStringLiteral("care.dispatch"), args);
        return codeOf(outcome) + QLatin1Char(' ') + messageOf(outcome);
    };
    CHECK(refusal(dispatchArgs(QStringLiteral("AG1"), QStringLiteral("HOME_VISIT"))).contains(QStringLiteral("institution_code: AG1 is not a designated care")));
    CHECK(refusal(dispatchArgs(QStringLiteral("CARE2"), QStringLiteral("HOME_VISIT"))).contains(QStringLiteral("no agreement in force")));
    CHECK(refusal(dispatchArgs(QStringLiteral("CARE1"), QStringLiteral("FAMILY"))).contains(QStringLiteral("does not cover FAMILY")));
    CHECK(refusal(dispatchArgs(QStringLiteral("CARE1"), QStringLiteral("NONE"))).startsWith(QStringLiteral("invalid service_form")));
    QJsonObject beforeConclusion = dispatchArgs(QStringLiteral("CARE1"), QStringLiteral("HOME_VISIT"));
    beforeConclusion.insert(QStringLiteral("dispatched_on"), QStringLiteral("2025-06-09"));
    CHECK(refusal(beforeConclusion).startsWith(QStringLiteral("state person_no")));
    f.require(f.admin, QStringLiteral("institution.suspend"),
              {{QStringLiteral("id"), newId()}, {QStringLiteral("institution_code"), QStringLiteral("CARE1")},
               {QStringLiteral("kind"), QStringLiteral("INTAKE")}, {QStringLiteral("suspended_from"), QStringLiteral("2026-02-01")},
               {QStringLiteral("suspended_to"), QStringLiteral("2026-02-28")}, {QStringLiteral("reason"), QStringLiteral("违规引导复评")}});
    QJsonObject suspended = dispatchArgs(QStringLiteral("CARE1"), QStringLiteral("HOME_VISIT"));
    suspended.insert(QStringLiteral("dispatched_on"), QStringLiteral("2026-02-27"));
    CHECK(refusal(suspended).contains(QStringLiteral("institution_code: CARE1's new intake is suspended on 2026-02-27")));
    const QJsonObject dispatch = dispatchArgs(QStringLiteral("CARE1"), QStringLiteral("HOME_VISIT"));  // 2 March: intake again
    f.require(f.handler, QStringLiteral("care.dispatch"), dispatch);
    CHECK(f.store.scalar(QStringLiteral("SELECT conclusion_on || '/' || level FROM care_dispatches")).toString()
          == QStringLiteral("2025-06-10/3"));

    QJsonObject plan{{QStringLiteral("id"), newId()},
                     {QStringLiteral("dispatch_id"), dispatch.value(QStringLiteral("id"))},
                     {QStringLiteral("items"),
                      QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("助浴")}, {QStringLiteral("times"), 2},
                                             {QStringLiteral("per"), QStringLiteral("WEEK")}, {QStringLiteral("minutes"), 60}},
                                 QJsonObject{{QStringLiteral("service"), QStringLiteral("压疮护理")}, {QStringLiteral("times"), 1},
                                             {QStringLiteral("per"), QStringLiteral("DAY")}, {QStringLiteral("minutes"), 30}}}},
                     {QStringLiteral("plan_from"), QStringLiteral("2026-03-02")},
                     {QStringLiteral("plan_to"), QStringLiteral("2027-06-10")},
                     {QStringLiteral("confirmed_by"), QStringLiteral("张小三")},
                     {QStringLiteral("confirmer"), QStringLiteral("GUARDIAN")},
                     {QStringLiteral("confirmed_on"), QStringLiteral("2026-03-03")}};
    const CommandOutcome tooLong = f.run(f.handler, QStringLiteral("care.plan"), plan);
    CHECK(messageOf(tooLong).contains(QStringLiteral("plan_to: is after the conclusion's validity, 2027-06-09")));
    plan.insert(QStringLiteral("plan_to"), QStringLiteral("2027-06-09"));
    QJsonObject noItems = plan;
    noItems.insert(QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("助浴")},
                                                                     {QStringLiteral("times"), 0},
                                                                     {QStringLiteral("per"), QStringLiteral("YEAR")},
                                                                     {QStringLiteral("minutes"), 60}}});
    const CommandOutcome badItems = f.run(f.handler, QStringLiteral("care.plan"), noItems);
    CHECK(messageOf(badItems).contains(QStringLiteral("items[0].times")));
    CHECK(messageOf(badItems).contains(QStringLiteral("items[0].per")));
    f.require(f.handler, QStringLiteral("care.plan"), plan);
    CHECK(f.store.scalar(QStringLiteral("SELECT confirmed_by || '/' || confirmer || '/' || confirmed_on FROM care_plans")).toString()
          == QStringLiteral("张小三/GUARDIAN/2026-03-03"));
    CHECK(codeOf(f.run(f.handler, QStringLiteral("care.plan"), plan)) == QStringLiteral("invalid"));  // the id is used
}

TEST_CASE("the persons who ask for re-assessment most often, and the institutions serving them", "[assessments][store]")
{
    AssessFixture f;
    f.importText(QStringLiteral("persons"),
                 "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n"
                 "P2," + ltctest::citizenId(kDistrict, QDate(1938, 2, 3), 22).toUtf8() + ",李四,F,1938-02-03,EMPLOYEE,2010-01-01,330302\n");
    f.importText(QStringLiteral("beneficiaries"),
                 "person_no,level,concluded_on,valid_until,service_form,institution_code\n"
                 "P2,4,2025-03-01,2027-02-28,INST,CARE1\n");
    f.acceptedTask(QStringLiteral("REASSESS"));
    f.acceptedTask(QStringLiteral("DISPUTE"));  // P1 twice
    f.require(f.handler, QStringLiteral("assessment.request_reassessment"),
              {{QStringLiteral("id"), newId()}, {QStringLiteral("person_no"), QStringLiteral("P2")},
               {QStringLiteral("reason"), QStringLiteral("REQUEST")}});
    QSqlDatabase db = f.store.db();
    const ReassessmentReport report = reassessmentReport(db, today().addDays(-1), today());
    REQUIRE(report.persons.size() == 2);
    CHECK(report.persons.at(0).personNo == QStringLiteral("P1"));
    CHECK(report.persons.at(0).requests == 2);
    CHECK(report.persons.at(0).institutions == QStringList{QStringLiteral("CARE1")});
    CHECK(report.persons.at(1).personNo == QStringLiteral("P2"));
    CHECK(report.persons.at(1).requests == 1);
    REQUIRE(report.institutions.size() == 1);
    CHECK(report.institutions.first().code == QStringLiteral("CARE1"));
    CHECK(report.institutions.first().persons == 2);
    CHECK(report.institutions.first().requests == 3);
    CHECK(reassessmentReport(db, today().addDays(1), today().addDays(30)).persons.isEmpty());
}

TEST_CASE("a care dispatch changes what the next audit pays: the dispatched form and institution from its day, not "
          "the old ones after it",
          "[assessments][store][settlement]")
{
    AssessFixture f;  // P1: level 3 from 2025-06-10, HOME_VISIT at CARE1
    f.importText(QStringLiteral("institutions"),
                 "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                 "CARE2,第二护理站,CARE,1,HOME_VISIT,2025-01-01,2030-12-31,330302\n");
    f.importText(QStringLiteral("claims"),
                 "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                 "K1,CARE1,2026-10,1,P1,INST,2026-10-01,2026-10-15,15,500.00\n"
                 "K1,CARE1,2026-10,2,P1,INST,2026-10-16,2026-10-31,16,500.00\n"
                 "K2,CARE2,2026-10,1,P1,HOME_VISIT,2026-10-16,2026-10-31,16,500.00\n");
    const auto outcome = [&f](int claim, int line) {
        QSqlDatabase db = f.store.db();
        QString error;
        const std::optional<settlement::AuditRun> run = settlement::previewAudit(db, QStringLiteral("2026-10"), &error);
        INFO(str(error));
        REQUIRE(run.has_value());
        REQUIRE(run->results.size() == 3);
        const settlement::LineResult &r = run->results.at(claim == 1 ? line - 1 : 2);
        return QStringLiteral("%1/%2").arg(r.allowed).arg(r.reasons.join(QLatin1Char('|')));
    };
    const auto dispatch = [&f](const char *institution, const char *form, const char *day) {
        f.require(f.handler, QStringLiteral("care.dispatch"),
                  {{QStringLiteral("id"), newId()}, {QStringLiteral("person_no"), QStringLiteral("P1")},
                   {QStringLiteral("service_form"), QString::fromLatin1(form)},
                   {QStringLiteral("institution_code"), QString::fromLatin1(institution)},
                   {QStringLiteral("dispatched_on"), QString::fromLatin1(day)}});
    };
    // The conclusion's own terms: home visits at CARE1 only.
    CHECK(outcome(1, 1) == QStringLiteral("0/R07"));
    CHECK(outcome(2, 1) == QStringLiteral("0/R07"));
    // Dispatched to CARE1's institutional care (派单) from September: CARE1's INST lines are paid.
    dispatch("CARE1", "INST", "2026-09-20");
    CHECK(f.store.scalar(QStringLiteral("SELECT institution_code || '/' || service_form || '/' || assigned_from FROM "
                                        "care_assignments")).toString()
          == QStringLiteral("CARE1/INST/2026-09-20"));
    CHECK(outcome(1, 1) == QStringLiteral("50000/"));
    CHECK(outcome(1, 2) == QStringLiteral("50000/"));
    CHECK(outcome(2, 1) == QStringLiteral("0/R07"));
    // A later dispatch to CARE2's home visits from the 16th: CARE1's days after the 15th are not
    // the dispatch's institution and form (R07); CARE2's are paid.
    dispatch("CARE2", "HOME_VISIT", "2026-10-16");
    CHECK(outcome(1, 1) == QStringLiteral("50000/"));
    CHECK(outcome(1, 2) == QStringLiteral("0/R07"));
    CHECK(outcome(2, 1) == QStringLiteral("50000/"));
}

TEST_CASE("an application of kind DISPUTE or REASSESS asks the assessments' own rule: the dispute window, the 6 months",
          "[assessments][store][applications]")
{
    AssessFixture f;
    f.loadCalendar2026();
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    f.conclude(task, severeScores(), kDelivered0924, {QStringLiteral("E1"), QStringLiteral("E4")});
    // The delivery put the window on the conclusion, where application review reads it.
    CHECK(f.store.scalar(QStringLiteral("SELECT dispute_until FROM conclusions WHERE concluded_on = '2026-09-15'")).toString()
          == QStringLiteral("2026-10-22"));
    const auto submit = [&f](const QString &kind, const QString &receivedOn) {
        return f.run(f.handler, QStringLiteral("application.submit"),
                     {{QStringLiteral("id"), newId()}, {QStringLiteral("person_no"), QStringLiteral("P1")},
                      {QStringLiteral("kind"), kind}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                      {QStringLiteral("received_on"), receivedOn}});
    };
    // A dispute the day after the window: refused by both paths with the same message.
    const CommandOutcome lateApplication = submit(QStringLiteral("DISPUTE"), QStringLiteral("2026-10-23"));
    CHECK(codeOf(lateApplication) == QStringLiteral("invalid"));
    CHECK(messageOf(lateApplication).contains(
        QStringLiteral("received_on: 2026-10-23 is after the dispute window, which ended on 2026-10-22")));
    CHECK(messageOf(f.run(f.handler, QStringLiteral("assessment.request_dispute"), disputeArgs(task, QStringLiteral("2026-10-23"))))
          == QStringLiteral("received_on: 2026-10-23 is after the dispute window, which ended on 2026-10-22"));
    // A re-assessment on request before the conclusion of 15 September is 6 months old.
    const CommandOutcome early = submit(QStringLiteral("REASSESS"), QStringLiteral("2026-11-02"));
    CHECK(codeOf(early) == QStringLiteral("invalid"));
    CHECK(messageOf(early).contains(
        QStringLiteral("received_on: the conclusion of 2026-09-15 may be re-assessed on request from 2027-03-15")));
    CHECK(messageOf(f.run(f.handler, QStringLiteral("assessment.request_reassessment"),
                          {{QStringLiteral("id"), newId()}, {QStringLiteral("person_no"), QStringLiteral("P1")},
                           {QStringLiteral("reason"), QStringLiteral("REQUEST")}, {QStringLiteral("received_on"), QStringLiteral("2026-11-02")}}))
          == QStringLiteral("received_on: the conclusion of 2026-09-15 may be re-assessed on request from 2027-03-15"));
    // The window's last day: the dispute application is taken and becomes a task.
    const CommandOutcome inTime = submit(QStringLiteral("DISPUTE"), QStringLiteral("2026-10-22"));
    INFO(str(messageOf(inTime)));
    CHECK(inTime.ok());
}
