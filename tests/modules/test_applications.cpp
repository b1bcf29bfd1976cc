// The applications module: the review deadline on the holiday calendar (make-up days, a request
// for materials and its arrival in both clock modes), the commands over a real store (the
// one-open-application rule, disallowed transitions, the six refusal reasons, the assessment
// task handed over, the history), the eligibility hints and the worklist.
#include <catch2/catch.hpp>

#include "applications/domain/applicationreads.h"
#include "applications/domain/applicationrules.h"
#include "applications/domain/applicationsworklist.h"
#include "database/dbtestsupport.h"
#include "modules/applicationsfixture.h"
#include "sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace ltc;
using namespace ltc::applications;
using ltctest::str;

namespace {

QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// 2025's National Day week as the State Council published it: 1-8 October off, Sunday
// 28 September and Saturday 11 October worked instead (调休).
WorkCalendar nationalDay2025()
{
    WorkCalendar calendar;
    for (int day = 1; day <= 8; ++day)
        calendar.setDay(QDate(2025, 10, day), DayKind::Holiday);
    calendar.setDay(d("2025-09-28"), DayKind::Workday);
    calendar.setDay(d("2025-10-11"), DayKind::Workday);
    return calendar;
}

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

TEST_CASE("the review deadline is the N-th working day after the day, across holidays and make-up days",
          "[applications][deadline]")
{
    const WorkCalendar calendar = nationalDay2025();
    const ReviewTerms five;
    // Friday 26 September: Sunday 28 (make-up), Monday 29, Tuesday 30, then Thursday 9 and
    // Friday 10 October after the holiday week.
    CHECK(reviewDueOn(calendar, five, d("2025-09-26"), {}) == d("2025-10-10"));
    // Received on a holiday: the count starts the day after, still skipping the holidays.
    CHECK(reviewDueOn(calendar, five, d("2025-10-03"), {}) == d("2025-10-14"));  // 9, 10, 11 (Sat, make-up), 13, 14
    // A plain week: Monday → next Monday (the day itself is not counted).
    CHECK(reviewDueOn(calendar, five, d("2025-03-03"), {}) == d("2025-03-10"));
    // Another number of days from the policy.
    CHECK(reviewDueOn(calendar, ReviewTerms{3, ReviewClock::Restart}, d("2025-09-26"), {}) == d("2025-09-30"));

    SECTION("where a deadline stands: working days left, due today, overdue (a make-up Saturday counts)")
    {
        const DeadlineStanding before = deadlineStanding(calendar, d("2025-10-10"), d("2025-09-30"));
        CHECK(before.workingDaysLeft == 2);  // 9 and 10 October
        CHECK_FALSE(before.dueToday);
        CHECK_FALSE(before.overdue);
        const DeadlineStanding today = deadlineStanding(calendar, d("2025-10-10"), d("2025-10-10"));
        CHECK(today.dueToday);
        CHECK(today.workingDaysLeft == 0);
        const DeadlineStanding late = deadlineStanding(calendar, d("2025-10-10"), d("2025-10-13"));
        CHECK(late.overdue);
        CHECK(late.workingDaysLeft == -2);  // Saturday 11 (make-up) and Monday 13
    }
}

TEST_CASE("a request for materials stops the clock; their arrival restarts it, or resumes it with the days used",
          "[applications][deadline]")
{
    const WorkCalendar calendar = nationalDay2025();
    // Received Monday 3 March, materials asked for on Wednesday 5 (Tuesday and Wednesday used),
    // in on Monday 10 March.
    const QList<MaterialsWait> awaiting{{d("2025-03-05"), {}}};
    CHECK_FALSE(reviewDueOn(calendar, ReviewTerms{}, d("2025-03-03"), awaiting).isValid());
    const QList<MaterialsWait> arrived{{d("2025-03-05"), d("2025-03-10")}};
    CHECK(reviewDueOn(calendar, ReviewTerms{5, ReviewClock::Restart}, d("2025-03-03"), arrived) == d("2025-03-17"));
    CHECK(reviewDueOn(calendar, ReviewTerms{5, ReviewClock::Resume}, d("2025-03-03"), arrived) == d("2025-03-13"));
    // Across the holidays: received Friday 26 September, asked Sunday 28 (a make-up day: one
    // used), in on Thursday 9 October; then 10, 11 (make-up Saturday), 13, 14, 15.
    const QList<MaterialsWait> autumn{{d("2025-09-28"), d("2025-10-09")}};
    CHECK(reviewDueOn(calendar, ReviewTerms{5, ReviewClock::Restart}, d("2025-09-26"), autumn) == d("2025-10-15"));
    CHECK(reviewDueOn(calendar, ReviewTerms{5, ReviewClock::Resume}, d("2025-09-26"), autumn) == d("2025-10-14"));
    // Two stops in resume mode add up; once none remain the decision is due on the arrival day.
    const QList<MaterialsWait> twice{{d("2025-03-05"), d("2025-03-10")}, {d("2025-03-12"), d("2025-03-14")}};
    CHECK(reviewDueOn(calendar, ReviewTerms{5, ReviewClock::Resume}, d("2025-03-03"), twice) == d("2025-03-17"));
    CHECK(reviewDueOn(calendar, ReviewTerms{3, ReviewClock::Resume}, d("2025-03-03"), twice) == d("2025-03-14"));
}

TEST_CASE("the six refusal reasons are seed 004 §6's, in its order, each with its text", "[applications]")
{
    CHECK(refusalReasons() == QStringList{QStringLiteral("NOT_INSURED"), QStringLiteral("SHORT_INSURANCE"),
                                          QStringLiteral("NOT_ELIGIBLE"), QStringLiteral("OUT_OF_SCOPE"),
                                          QStringLiteral("MATERIALS"), QStringLiteral("OTHER")});
    QStringList titles;
    for (const QString &reason : refusalReasons())
        titles << refusalReasonTitle(reason);
    CHECK(titles.removeDuplicates() == 0);
    CHECK_FALSE(titles.contains(QString()));
    CHECK(refusalReasonTitle(QStringLiteral("SHORT_INSURANCE")).contains(QStringLiteral("6 months")));
    CHECK(refusalReasonTitle(QStringLiteral("BORED")).isEmpty());
}

TEST_CASE("eligibility hints come from the person's data", "[applications][hints]")
{
    EligibilityFacts facts;
    facts.kind = QStringLiteral("FIRST");
    facts.receivedOn = d("2025-06-16");
    facts.person.enrolledOn = d("2010-01-01");
    const auto codes = [&facts] {
        QStringList list;
        for (const EligibilityHint &hint : eligibilityHints(facts)) {
            CHECK_FALSE(hint.text.isEmpty());
            list << hint.code;
        }
        return list;
    };
    CHECK(codes().isEmpty());

    SECTION("not insured on the day: insurance ended, or death")
    {
        facts.person.insuredUntil = d("2025-05-31");
        CHECK(codes() == QStringList{QStringLiteral("NOT_INSURED")});
        CHECK(eligibilityHints(facts).first().refusalReason == QStringLiteral("NOT_INSURED"));
        facts.person.insuredUntil = {};
        facts.person.diedOn = d("2025-06-01");
        CHECK(codes() == QStringList{QStringLiteral("NOT_INSURED")});
    }
    SECTION("insured under 6 months and treated under 6 months; a long hospital treatment lifts it")
    {
        facts.person.enrolledOn = d("2025-02-01");
        CHECK(codes() == QStringList{QStringLiteral("SHORT_INSURANCE")});
        facts.stays.append({QString(), d("2025-03-01"), d("2025-03-20")});
        CHECK(codes() == QStringList{QStringLiteral("SHORT_INSURANCE")});  // treated since March: under 6 months
        facts.stays.append({QString(), d("2024-11-02"), d("2024-12-01")});
        CHECK(codes().isEmpty());
        facts.person.enrolledOn = d("2024-12-16");  // exactly 6 months: not short
        facts.stays.clear();
        CHECK(codes().isEmpty());
    }
    SECTION("a first application while a qualifying conclusion is still valid")
    {
        facts.conclusions.append({QString(), 2, d("2024-09-01"), d("2026-08-31"), QStringLiteral("HOME"), {}, {}});
        facts.eligibleLevels = {3, 4, 5};
        CHECK(codes().isEmpty());  // level 2 does not qualify
        facts.conclusions.append({QString(), 4, d("2025-01-10"), d("2027-01-09"), QStringLiteral("HOME"), {}, {}});
        CHECK(codes() == QStringList{QStringLiteral("QUALIFYING_CONCLUSION")});
        facts.conclusions.last().validUntil = d("2025-06-15");  // expired the day before
        CHECK(codes().isEmpty());
    }
    SECTION("a re-assessment asked for before the conclusion is 6 months old; an open one of the kind")
    {
        facts.kind = QStringLiteral("REASSESS");
        facts.conclusions.append({QString(), 4, d("2025-01-10"), d("2027-01-09"), QStringLiteral("HOME"), {}, {}});
        CHECK(codes() == QStringList{QStringLiteral("EARLY_REASSESSMENT")});
        facts.conclusions.last().concludedOn = d("2024-12-16");
        CHECK(codes().isEmpty());
        facts.reassessmentAfterMonths = 12;  // the policy's months, as the assessments' command reads them
        CHECK(codes() == QStringList{QStringLiteral("EARLY_REASSESSMENT")});
        facts.reassessmentAfterMonths = 6;
        facts.otherOpenOfKind = 1;
        CHECK(codes() == QStringList{QStringLiteral("OPEN_SAME_KIND")});
    }
}


TEST_CASE("a DISPUTE application within the latest conclusion's window, a REASSESS one once it is old enough; one "
          "fallback for the qualifying levels",
          "[applications][hints]")
{
    const auto d = [](const char *text) { return QDate::fromString(QString::fromLatin1(text), Qt::ISODate); };
    QList<ConclusionRecord> conclusions{{QString(), 3, d("2025-01-10"), d("2027-01-09"), QStringLiteral("HOME"), {}, {}}};
    AssessmentTerms terms;
    // An imported conclusion (no recorded window) is not refused as a dispute; a first never is.
    CHECK(followUpRefusal(QStringLiteral("DISPUTE"), d("2026-05-01"), conclusions, terms).isEmpty());
    CHECK(followUpRefusal(QStringLiteral("FIRST"), d("2025-02-01"), conclusions, terms).isEmpty());
    conclusions.first().disputeUntil = d("2025-02-05");
    CHECK(followUpRefusal(QStringLiteral("DISPUTE"), d("2025-02-05"), conclusions, terms).isEmpty());
    CHECK(followUpRefusal(QStringLiteral("DISPUTE"), d("2025-02-06"), conclusions, terms)
          == QStringLiteral("2025-02-06 is after the dispute window, which ended on 2025-02-05"));
    CHECK(followUpRefusal(QStringLiteral("REASSESS"), d("2025-07-09"), conclusions, terms)
          == QStringLiteral("the conclusion of 2025-01-10 may be re-assessed on request from 2025-07-10"));
    CHECK(followUpRefusal(QStringLiteral("REASSESS"), d("2025-07-10"), conclusions, terms).isEmpty());
    terms.reassessmentAfterMonths = 12;  // the policy's months
    CHECK_FALSE(followUpRefusal(QStringLiteral("REASSESS"), d("2025-07-10"), conclusions, terms).isEmpty());
    // A conclusion issued after the day received is not the one asked about.
    CHECK(followUpRefusal(QStringLiteral("REASSESS"), d("2025-01-09"), conclusions, terms).isEmpty());

    // Without a policy, the national standard's severe levels qualify; with one, its own.
    CHECK(benefitLevels(nullptr) == QList<int>{3, 4, 5});
    Policy policy;
    policy.eligibleLevels = {2, 3};
    CHECK(qualifiesForBenefits(&policy, 2));
    CHECK_FALSE(qualifiesForBenefits(&policy, 4));
    CHECK(qualifiesForBenefits(nullptr, 4));
    CHECK(EligibilityFacts().eligibleLevels == QList<int>{3, 4, 5});
}

TEST_CASE("an application is received, accepted, and hands an assessment task over; every step is in its history",
          "[applications][store]")
{
    ApplicationsFixture f;
    const QString id = newId();
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(id, QStringLiteral("A1")));
    Application a = f.application(id);
    CHECK(a.status == status::Received);
    CHECK(a.dueOn == d("2025-10-10"));  // across the National Day week, on the stored calendar
    CHECK(a.handler == QStringLiteral("handler"));
    QSqlDatabase db = f.store.db();
    CHECK(deadlineWarnings(db, a).isEmpty());  // 2025's calendar is stored
    Application nextYear = a;
    nextYear.receivedOn = d("2025-12-29");
    nextYear.dueOn = d("2026-01-05");
    CHECK(deadlineWarnings(db, nextYear).size() == 1);  // 2026's is not
    CHECK(missingRequired(materialsOf(db, id)).isEmpty());
    CHECK(materialsOf(db, id).size() == 3);

    f.require(f.handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), id}});
    a = f.application(id);
    CHECK(a.status == status::Accepted);
    CHECK(a.decidedBy == QStringLiteral("handler"));
    const QList<AssessmentTaskRecord> tasks = assessmentTasksOf(db, QStringLiteral("A1"));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.first().applicationId == id);
    CHECK(tasks.first().state == QStringLiteral("TO_DISPATCH"));
    CHECK(tasks.first().kind == QStringLiteral("FIRST"));

    const QList<ApplicationEvent> history = historyOf(db, id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).action == QStringLiteral("application.submit"));
    CHECK(history.at(0).status == status::Received);
    CHECK(history.at(1).action == QStringLiteral("application.accept"));
    CHECK(history.at(1).username == QStringLiteral("handler"));
    CHECK_FALSE(history.at(1).at.isEmpty());
    CHECK(history.at(1).materials.size() == 3);
    // The counter finds the person by number, ID number or name; their history shows the
    // application, the task, conclusions and hospital stays.
    f.importText(QStringLiteral("beneficiaries"), "person_no,level,concluded_on,valid_until,service_form\n"
                                                  "A1,2,2023-03-01,2025-02-28,HOME_VISIT\n");
    f.importText(QStringLiteral("hospital-stays"), "person_no,admitted_on,discharged_on\nA1,2025-08-01,2025-08-20\n");
    const QString idNumber = scalarSql(db, QStringLiteral("SELECT id_number FROM persons WHERE person_no = 'A1'")).toString();
    for (const QString &search : {QStringLiteral("A1"), idNumber, idNumber.toLower(), QStringLiteral("三")}) {
        const QList<PersonRecord> found = findApplicants(db, search, 10);
        REQUIRE(found.size() == 1);
        CHECK(found.first().personNo == QStringLiteral("A1"));
    }
    CHECK(findApplicants(db, QStringLiteral("%"), 10).isEmpty());  // taken literally
    const std::optional<PersonHistory> person = personHistory(db, QStringLiteral("A1"));
    REQUIRE(person.has_value());
    CHECK(person->applications.size() == 1);
    CHECK(person->tasks.size() == 1);
    CHECK(person->conclusions.size() == 1);
    CHECK(person->stays.size() == 1);
    CHECK(person->person.name == QStringLiteral("张三"));
    CHECK_FALSE(personHistory(db, QStringLiteral("NOBODY")).has_value());
}

TEST_CASE("missing materials are requested all at once; the clock stops and restarts on their arrival",
          "[applications][store]")
{
    const QString clock = GENERATE(QStringLiteral("restart"), QStringLiteral("resume"));
    ApplicationsFixture f(clock);
    const QString id = newId();
    // Received Monday 3 March with only the pledge.
    f.require(f.handler, QStringLiteral("application.submit"),
              f.submission(id, QStringLiteral("A1"), QStringLiteral("FIRST"), QStringLiteral("2025-03-03"),
                           {QStringLiteral("PLEDGE")}));
    CHECK(f.application(id).dueOn == d("2025-03-10"));
    // Not acceptable with required items missing; the message names the items.
    const CommandOutcome early = f.run(f.handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), id}});
    CHECK(codeOf(early) == QStringLiteral("state"));
    CHECK(messageOf(early).contains(QStringLiteral("DISCHARGE")));
    // A request that leaves out a missing required item is refused (一次性告知).
    const CommandOutcome partial =
        f.run(f.handler, QStringLiteral("application.request_materials"),
              {{QStringLiteral("id"), id}, {QStringLiteral("items"), QJsonArray{QStringLiteral("DISCHARGE")}},
               {QStringLiteral("requested_on"), QStringLiteral("2025-03-05")}});
    CHECK(codeOf(partial) == QStringLiteral("invalid"));
    CHECK(messageOf(partial).contains(QStringLiteral("SELF_ASSESS")));
    const CommandOutcome unknown =
        f.run(f.handler, QStringLiteral("application.request_materials"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("items"), QJsonArray{QStringLiteral("DISCHARGE"), QStringLiteral("SELF_ASSESS"), QStringLiteral("PHOTO")}}});
    CHECK(codeOf(unknown) == QStringLiteral("invalid"));
    CHECK(messageOf(unknown).contains(QStringLiteral("items[2]")));

    f.require(f.handler, QStringLiteral("application.request_materials"),
              {{QStringLiteral("id"), id},
               {QStringLiteral("items"), QJsonArray{QStringLiteral("DISCHARGE"), QStringLiteral("SELF_ASSESS")}},
               {QStringLiteral("note"), QStringLiteral("请补交出院小结和自评表")},
               {QStringLiteral("requested_on"), QStringLiteral("2025-03-05")}});
    Application a = f.application(id);
    CHECK(a.status == status::AwaitingMaterials);
    CHECK_FALSE(a.dueOn.isValid());  // the clock is stopped
    // A second request while waiting, and a decision to accept, are not allowed now.
    const CommandOutcome again = f.run(f.handler, QStringLiteral("application.request_materials"),
                                       {{QStringLiteral("id"), id}, {QStringLiteral("items"), QJsonArray{QStringLiteral("PLEDGE")}}});
    CHECK(codeOf(again) == QStringLiteral("state"));
    CHECK(messageOf(again).contains(QStringLiteral("status")));
    CHECK(codeOf(f.run(f.handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), id}})) == QStringLiteral("state"));
    // Materials cannot arrive before they were asked for.
    CHECK(codeOf(f.run(f.handler, QStringLiteral("application.receive_materials"),
                       {{QStringLiteral("id"), id}, {QStringLiteral("received_on"), QStringLiteral("2025-03-04")}}))
          == QStringLiteral("invalid"));

    f.require(f.handler, QStringLiteral("application.receive_materials"),
              {{QStringLiteral("id"), id}, {QStringLiteral("received_on"), QStringLiteral("2025-03-10")}});
    a = f.application(id);
    CHECK(a.status == status::Received);
    CHECK(a.dueOn == (clock == QStringLiteral("restart") ? d("2025-03-17") : d("2025-03-13")));
    QSqlDatabase db = f.store.db();
    CHECK(missingRequired(materialsOf(db, id)).isEmpty());
    f.require(f.handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), id}});
    // The history keeps the materials as they were at each step.
    const QList<ApplicationEvent> history = historyOf(db, id);
    REQUIRE(history.size() == 4);
    CHECK(history.at(1).action == QStringLiteral("application.request_materials"));
    CHECK(history.at(1).details.value(QStringLiteral("note")).toString() == QStringLiteral("请补交出院小结和自评表"));
    int receivedAtRequest = 0;
    for (const QJsonValue &item : history.at(1).materials)
        receivedAtRequest += item.toObject().value(QStringLiteral("received")).toBool() ? 1 : 0;
    CHECK(receivedAtRequest == 1);
    CHECK(history.at(2).details.value(QStringLiteral("items")).toArray().size() == 2);
}

TEST_CASE("refusal takes one of the six reasons with a text; decided applications allow nothing more",
          "[applications][store]")
{
    ApplicationsFixture f;
    const QString id = newId();
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(id, QStringLiteral("A2")));
    const CommandOutcome noReason = f.run(f.handler, QStringLiteral("application.refuse"),
                                          {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("BORED")},
                                           {QStringLiteral("text"), QStringLiteral("x")}});
    CHECK(codeOf(noReason) == QStringLiteral("invalid"));
    CHECK(messageOf(noReason).contains(QStringLiteral("reason")));
    const CommandOutcome noText = f.run(f.handler, QStringLiteral("application.refuse"),
                                        {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("NOT_INSURED")}});
    CHECK(codeOf(noText) == QStringLiteral("invalid"));
    CHECK(messageOf(noText).contains(QStringLiteral("text")));
    f.require(f.handler, QStringLiteral("application.refuse"),
              {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("NOT_INSURED")},
               {QStringLiteral("text"), QStringLiteral("2024年12月31日起已停保")}});
    const Application a = f.application(id);
    CHECK(a.status == status::Refused);
    CHECK(a.refusalReason == QStringLiteral("NOT_INSURED"));
    CHECK(a.refusalText == QStringLiteral("2024年12月31日起已停保"));

    for (const QString &name : {QStringLiteral("application.accept"), QStringLiteral("application.refuse"),
                                QStringLiteral("application.request_materials"), QStringLiteral("application.receive_materials")}) {
        const CommandOutcome outcome =
            f.run(f.handler, name, {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("OTHER")},
                                    {QStringLiteral("text"), QStringLiteral("x")},
                                    {QStringLiteral("items"), QJsonArray{QStringLiteral("PLEDGE")}},
                                    {QStringLiteral("received_on"), QStringLiteral("2025-09-29")}});
        INFO(str(name));
        CHECK(codeOf(outcome) == QStringLiteral("state"));
        CHECK(messageOf(outcome).startsWith(QStringLiteral("status: ")));
        CHECK(messageOf(outcome).contains(QStringLiteral("REFUSED")));
    }
    // Refused, the person may apply again.
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(newId(), QStringLiteral("A2")));
}

TEST_CASE("a person has at most one open application of a kind", "[applications][store]")
{
    ApplicationsFixture f;
    const QString first = newId();
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(first, QStringLiteral("A1")));
    const CommandOutcome second = f.run(f.handler, QStringLiteral("application.submit"), f.submission(newId(), QStringLiteral("A1")));
    CHECK(codeOf(second) == QStringLiteral("conflict"));
    CHECK(messageOf(second).startsWith(QStringLiteral("kind: ")));
    // Another kind is fine, and an online one of the same kind is refused the same way.
    f.require(f.handler, QStringLiteral("application.submit"),
              f.submission(newId(), QStringLiteral("A1"), QStringLiteral("REASSESS")));
    QJsonObject online = f.submission(newId(), QStringLiteral("A1"));
    online.insert(QStringLiteral("channel"), QStringLiteral("ONLINE"));
    CHECK(codeOf(f.run(f.channel, QStringLiteral("application.submit"), online)) == QStringLiteral("conflict"));
    // The same id twice is a conflict too, not a second application.
    CHECK(codeOf(f.run(f.handler, QStringLiteral("application.submit"),
                       f.submission(first, QStringLiteral("A1"), QStringLiteral("DISPUTE"))))
          == QStringLiteral("conflict"));
    // Once decided, a new one of the kind may come.
    f.require(f.handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), first}});
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(newId(), QStringLiteral("A1")));
}

TEST_CASE("submission is validated: person, kind, channel, dates, applicant; roles and district are checked",
          "[applications][store]")
{
    ApplicationsFixture f;
    QJsonObject bad = f.submission(QStringLiteral("not-a-uuid"), QStringLiteral("NOBODY"), QStringLiteral("SECOND"),
                                   QStringLiteral("2025-02-30"));
    bad.insert(QStringLiteral("channel"), QStringLiteral("FAX"));
    const CommandOutcome invalid = f.run(f.handler, QStringLiteral("application.submit"), bad);
    CHECK(codeOf(invalid) == QStringLiteral("invalid"));
    for (const char *field : {"id:", "person_no:", "kind:", "channel:", "received_on:"})
        CHECK(messageOf(invalid).contains(QString::fromLatin1(field)));
    const CommandOutcome future = f.run(f.handler, QStringLiteral("application.submit"),
                                        f.submission(newId(), QStringLiteral("A1"), QStringLiteral("FIRST"),
                                                     QDate::currentDate().addDays(3).toString(Qt::ISODate)));
    CHECK(messageOf(future).contains(QStringLiteral("received_on")));
    QJsonObject agent = f.submission(newId(), QStringLiteral("A1"));
    agent.insert(QStringLiteral("applicant_kind"), QStringLiteral("AGENT"));
    agent.insert(QStringLiteral("applicant_name"), QStringLiteral("张小三"));
    agent.insert(QStringLiteral("applicant_id_number"), ltctest::withWrongCheckChar(ltctest::citizenId(kDistrict, QDate(1970, 1, 1), 15)));
    CHECK(messageOf(f.run(f.handler, QStringLiteral("application.submit"), agent)).contains(QStringLiteral("applicant_id_number")));
    agent.insert(QStringLiteral("applicant_id_number"), ltctest::citizenId(kDistrict, QDate(1970, 1, 1), 15));
    f.require(f.handler, QStringLiteral("application.submit"), agent);

    // Another district's handler may not take the application of a person of 330302, nor decide it.
    const QString id = newId();
    CHECK(codeOf(f.run(f.otherHandler, QStringLiteral("application.submit"), f.submission(id, QStringLiteral("A2"))))
          == QStringLiteral("forbidden"));
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(id, QStringLiteral("A2")));
    CHECK(codeOf(f.run(f.otherHandler, QStringLiteral("application.accept"), {{QStringLiteral("id"), id}}))
          == QStringLiteral("forbidden"));
    // A manager has no such command; an online channel submits ONLINE only and decides nothing.
    CHECK(codeOf(f.run(f.manager, QStringLiteral("application.accept"), {{QStringLiteral("id"), id}})) == QStringLiteral("forbidden"));
    const CommandOutcome counter =
        f.run(f.channel, QStringLiteral("application.submit"), f.submission(newId(), QStringLiteral("A1"), QStringLiteral("DISPUTE")));
    CHECK(codeOf(counter) == QStringLiteral("forbidden"));
    CHECK(messageOf(counter).startsWith(QStringLiteral("channel: ")));
    CHECK(codeOf(f.run(f.channel, QStringLiteral("application.accept"), {{QStringLiteral("id"), id}})) == QStringLiteral("forbidden"));
    QJsonObject online = f.submission(newId(), QStringLiteral("A1"), QStringLiteral("DISPUTE"));
    online.insert(QStringLiteral("channel"), QStringLiteral("ONLINE"));
    f.require(f.channel, QStringLiteral("application.submit"), online);
    CHECK(f.application(online.value(QStringLiteral("id")).toString()).handler.isEmpty());  // no handler yet
}

TEST_CASE("the hints of a stored application read the person's insurance, conclusions and applications",
          "[applications][hints][store]")
{
    ApplicationsFixture f;
    f.importText(QStringLiteral("beneficiaries"), "person_no,level,concluded_on,valid_until,service_form\n"
                                                  "A1,4,2025-06-10,2027-06-09,HOME_VISIT\n");
    const QString first = newId();
    const QString refused = newId();
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(first, QStringLiteral("A1")));
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(refused, QStringLiteral("A2")));
    QSqlDatabase db = f.store.db();
    const auto codes = [&db, &f](const QString &id) {
        QStringList list;
        for (const EligibilityHint &hint : hintsFor(db, f.application(id)))
            list << hint.code;
        return list;
    };
    CHECK(codes(first) == QStringList{QStringLiteral("QUALIFYING_CONCLUSION")});  // level 4 qualifies in Wenzhou
    CHECK(codes(refused) == QStringList{QStringLiteral("NOT_INSURED")});  // insured until 2024-12-31
}

TEST_CASE("the applications worklist: deadline order, filters, working days left, overdue and due today",
          "[applications][worklist]")
{
    ApplicationsFixture f;
    const QString early = newId();
    const QString late = newId();
    const QString waiting = newId();
    f.require(f.handler, QStringLiteral("application.submit"),
              f.submission(late, QStringLiteral("A1"), QStringLiteral("FIRST"), QStringLiteral("2025-09-26")));  // due 10-10
    f.require(f.handler, QStringLiteral("application.submit"),
              f.submission(early, QStringLiteral("A2"), QStringLiteral("FIRST"), QStringLiteral("2025-09-22")));  // due Sunday 09-28, a make-up day
    f.require(f.handler, QStringLiteral("application.submit"),
              f.submission(waiting, QStringLiteral("A1"), QStringLiteral("REASSESS"), QStringLiteral("2025-09-15"), {}));
    f.require(f.handler, QStringLiteral("application.request_materials"),
              {{QStringLiteral("id"), waiting},
               {QStringLiteral("items"), QJsonArray{QStringLiteral("DISCHARGE"), QStringLiteral("PLEDGE")}},
               {QStringLiteral("requested_on"), QStringLiteral("2025-09-16")}});
    const WorklistSpec spec = applicationsWorklist();
    QSqlDatabase db = f.store.db();
    const auto list = [&](WorklistFilters filters) {
        QList<QVariantList> rows;
        QString error;
        REQUIRE(spec.check(filters).isEmpty());
        REQUIRE(spec.rows(db, filters, [&rows](const QVariantList &row) { rows << row; return true; }, &error));
        return rows;
    };
    const auto column = [&spec](const QVariantList &row, const char *name) {
        return row.value(int(spec.columns.indexOf(QString::fromLatin1(name))));
    };
    const QList<QVariantList> all = list({{QStringLiteral("as-of"), QStringLiteral("2025-09-28")}});
    REQUIRE(all.size() == 3);
    CHECK(column(all.at(0), "id").toString() == early);
    CHECK(column(all.at(0), "deadline").toString() == QStringLiteral("due_today"));
    CHECK(column(all.at(0), "working_days_left").toInt() == 0);
    CHECK(column(all.at(1), "id").toString() == late);
    CHECK(column(all.at(1), "due_on").toString() == QStringLiteral("2025-10-10"));
    CHECK(column(all.at(1), "working_days_left").toInt() == 4);  // 29 and 30 Sept, 9 and 10 Oct
    CHECK(column(all.at(2), "id").toString() == waiting);
    CHECK(column(all.at(2), "due_on").isNull());
    CHECK(column(all.at(2), "working_days_left").isNull());
    CHECK(column(all.at(2), "status").toString() == status::AwaitingMaterials);

    const QList<QVariantList> later = list({{QStringLiteral("as-of"), QStringLiteral("2025-10-09")}});
    CHECK(column(later.at(0), "deadline").toString() == QStringLiteral("overdue"));
    CHECK(column(later.at(0), "working_days_left").toInt() == -3);  // 29 and 30 Sept, 9 Oct

    // A day the calendar gains after the submission moves the deadline shown: 9 October off too.
    f.require(f.admin, QStringLiteral("calendar.set_day"),
              {{QStringLiteral("date"), QStringLiteral("2025-10-09")}, {QStringLiteral("kind"), QStringLiteral("HOLIDAY")}});
    const QList<QVariantList> moved = list({{QStringLiteral("as-of"), QStringLiteral("2025-09-28")}});
    CHECK(column(moved.at(1), "due_on").toString() == QStringLiteral("2025-10-11"));  // the make-up Saturday
    CHECK(column(moved.at(1), "working_days_left").toInt() == 4);

    CHECK(list({{QStringLiteral("status"), status::AwaitingMaterials}}).size() == 1);
    CHECK(list({{QStringLiteral("kind"), QStringLiteral("REASSESS")}}).size() == 1);
    CHECK(list({{QStringLiteral("person"), QStringLiteral("张")}}).size() == 2);  // 张三's two
    CHECK(list({{QStringLiteral("person"), QStringLiteral("A2")}}).size() == 1);
    QSqlDatabase idDb = f.store.db();
    const QString idNumber = scalarSql(idDb, QStringLiteral("SELECT id_number FROM persons WHERE person_no = 'A2'")).toString();
    CHECK(list({{QStringLiteral("person"), idNumber}}).size() == 1);
    CHECK(list({{QStringLiteral("received-from"), QStringLiteral("2025-09-20")}, {QStringLiteral("received-to"), QStringLiteral("2025-09-25")}}).size() == 1);
    CHECK(list({{QStringLiteral("handler"), QStringLiteral("handler")}}).size() == 3);
    CHECK(list({{QStringLiteral("channel"), QStringLiteral("ONLINE")}}).isEmpty());
    CHECK(spec.check({{QStringLiteral("status"), QStringLiteral("OPEN")}}).size() == 1);
    CHECK(spec.check({{QStringLiteral("received-from"), QStringLiteral("yesterday")}}).size() == 1);
}

TEST_CASE("a running review clock's due date follows a change of the calendar or of the policy", "[applications][deadline][store]")
{
    ApplicationsFixture f;
    const QString running = newId();
    const QString waiting = newId();
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(running, QStringLiteral("A1")));
    f.require(f.handler, QStringLiteral("application.submit"), f.submission(waiting, QStringLiteral("A2")));
    f.require(f.handler, QStringLiteral("application.request_materials"),
              {{QStringLiteral("id"), waiting}, {QStringLiteral("items"), QJsonArray{QStringLiteral("PLEDGE")}},
               {QStringLiteral("requested_on"), QStringLiteral("2025-09-29")}});
    REQUIRE(f.application(running).dueOn == d("2025-10-10"));

    // The State Council moves a day: Thursday 9 October becomes a holiday too.
    f.importText(QStringLiteral("calendar"), "date,kind\n2025-10-09,HOLIDAY\n");
    CHECK(f.application(running).dueOn == d("2025-10-11"));  // the make-up Saturday is the 5th working day
    CHECK_FALSE(f.application(waiting).dueOn.isValid());     // its clock stands still
    QSqlDatabase db = f.store.db();
    CHECK(scalarSql(db, QStringLiteral("SELECT deadline_order FROM applications WHERE id = ?"), {running}).toString()
          == QStringLiteral("2025-10-11"));

    // The district's policy gives 3 working days instead of 5.
    QJsonObject policy = ApplicationsFixture::wenzhou();
    policy.insert(QStringLiteral("region"), kDistrict);
    policy.insert(QStringLiteral("name"), QStringLiteral("鹿城区 2025 修订"));
    policy.insert(QStringLiteral("effective_from"), QStringLiteral("2025-01-01"));
    policy.insert(QStringLiteral("effective_to"), QStringLiteral("2025-12-31"));
    policy.insert(QStringLiteral("review_working_days"), 3);
    f.require(f.admin, QStringLiteral("policy.load"), policy);
    CHECK(f.application(running).dueOn == d("2025-09-30"));  // 28 (make-up Sunday), 29, 30
    // A decided application keeps what it had.
    f.require(f.handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), running}});
    f.importText(QStringLiteral("calendar"), "date,kind\n2025-09-30,HOLIDAY\n");
    CHECK(f.application(running).dueOn == d("2025-09-30"));
}
