// The assessments module's commands over a real store: an accepted application's task
// dispatched to an agency by rotation with its team drawn (every exclusion from stored data, the
// stored record re-running to the same team), a redraw that needs a reason, the result on the
// national instrument, two different experts confirming, publication, and the conclusion
// written as the conclusions row the settlement reads (the next month's audit pays by it); a
// dispute excluding the original agency; Wenzhou's team with its named officers; the worklist.
#include "assessmentsfixture.h"
#include "assessments/domain/tasksworklist.h"
#include "settlements/domain/auditrun.h"

using namespace assessfixture;

TEST_CASE("a task is dispatched by rotation and its team drawn from stored data, every exclusion with its reason",
          "[assessments][store]")
{
    AssessFixture f;
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    REQUIRE(f.stateOf(task) == QStringLiteral("TO_DISPATCH"));
    f.require(f.handler, QStringLiteral("assessment.declare_conflict"),
              {{QStringLiteral("id"), newId()}, {QStringLiteral("staff_no"), QStringLiteral("X5")},
               {QStringLiteral("person_no"), QStringLiteral("P1")}, {QStringLiteral("kind"), QStringLiteral("RELATIVE")},
               {QStringLiteral("note"), QStringLiteral("侄子")}});
    const QJsonObject dispatch{{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000004d2")}};
    const UserIdentity neighbour = ltctest::handler(QStringLiteral("330303"));
    CHECK(codeOf(f.run(neighbour, QStringLiteral("assessment.dispatch"), dispatch)) == QStringLiteral("forbidden"));
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.dispatch"), {{QStringLiteral("id"), task},
                                                                          {QStringLiteral("seed"), QStringLiteral("42")}}))
          == QStringLiteral("invalid"));
    f.require(f.handler, QStringLiteral("assessment.dispatch"), dispatch);
    CHECK(f.stateOf(task) == QStringLiteral("DISPATCHED"));
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.dispatch"), dispatch)) == QStringLiteral("state"));

    QList<StoredDraw> draws = f.draws(task);
    REQUIRE(draws.size() == 1);
    const StoredDraw &first = draws.first();
    CHECK(first.seed == QStringLiteral("00000000000004d2"));
    CHECK(first.agencies.value(QStringLiteral("chosen")).toString() == QStringLiteral("AG1"));  // rotation, first in order
    CHECK(first.candidates.size() == 8);  // AG1's assessors and experts on the day, by staff_no
    CHECK(first.candidates.first().toObject().value(QStringLiteral("staff_no")).toString() == QStringLiteral("E1"));
    CHECK(exclusionLines(first) == QStringList{QStringLiteral("E3=SUSPENDED"), QStringLiteral("X3=BARRED"),
                                               QStringLiteral("X4=CARE_INSTITUTION"), QStringLiteral("X5=CONFLICT")});
    const QStringList team = teamOf(first);
    REQUIRE(team.size() == 2);
    CHECK(QStringList({QStringLiteral("E1"), QStringLiteral("E2")}).contains(team.first()));
    CHECK(QStringList({QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("X1"), QStringLiteral("X2")})
              .contains(team.last()));
    const Replay replay = replayOf(first);  // anyone can re-run it from the row alone
    CHECK(replay.problem.isEmpty());
    QStringList replayed;
    for (const TeamMember &m : replay.team)
        replayed << m.staffNo;
    CHECK(replayed == team);
    {
        QSqlDatabase db = f.store.db();
        const std::optional<Task> loaded = findTask(db, task);
        REQUIRE(loaded->work.has_value());
        CHECK(loaded->work->dueOn == loadCalendar(db).addWorkingDays(today(), 30));  // 30 working days from acceptance
        // `ltcctl list tasks`: the task with its agency, team and working days left.
        QList<QVariantList> rows;
        QString error;
        REQUIRE(tasksWorklist().rows(db, {{QStringLiteral("state"), QStringLiteral("DISPATCHED")}},
                                     [&rows](const QVariantList &row) {
                                         rows << row;
                                         return true;
                                     },
                                     &error));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().at(4).toString() == QStringLiteral("AG1"));
        CHECK(rows.first().at(5).toString() == team.join(QLatin1Char('|')));
        CHECK(rows.first().at(8).toInt() == 30);
        CHECK(rows.first().at(9).isNull());  // not overdue
        const WorklistFilters late{{QStringLiteral("as-of"), iso(loaded->work->dueOn.addDays(1))}};
        rows.clear();
        REQUIRE(tasksWorklist().rows(db, late, [&rows](const QVariantList &row) { rows << row; return true; }, &error));
        CHECK(rows.first().at(9).toString() == QStringLiteral("overdue"));
    }

    SECTION("a redraw needs a reason, keeps the agency and is recorded beside the first draw")
    {
        const QJsonObject again{{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000004d3")}};
        CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.redraw"), again)) == QStringLiteral("invalid"));
        QJsonObject withReason = again;
        withReason.insert(QStringLiteral("reason"), QStringLiteral("评估员因病无法上门"));
        f.require(f.handler, QStringLiteral("assessment.redraw"), withReason);
        draws = f.draws(task);
        REQUIRE(draws.size() == 2);
        CHECK(draws.at(1).reason == QStringLiteral("评估员因病无法上门"));
        CHECK(draws.at(1).agencies.value(QStringLiteral("chosen")).toString() == QStringLiteral("AG1"));
        CHECK(draws.at(0).seed == QStringLiteral("00000000000004d2"));  // the first stays as it was
    }
}

TEST_CASE("a result on the national instrument, two different experts, publication, then the conclusion row",
          "[assessments][store]")
{
    AssessFixture f;
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    f.require(f.handler, QStringLiteral("assessment.dispatch"),
              {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("0123456789abcdef")}});
    const QJsonObject withId{{QStringLiteral("id"), task}};
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.record_result"), withId)) == QStringLiteral("state"));
    QJsonObject accept = withId;
    accept.insert(QStringLiteral("accepted_on"), iso(today().addDays(-30)));
    f.require(f.handler, QStringLiteral("assessment.agency_accept"), accept);

    QJsonObject result = withId;
    result.insert(QStringLiteral("assessed_on"), iso(today().addDays(-25)));
    QJsonObject wrong = severeScores();
    QJsonObject adl = wrong.value(QStringLiteral("ADL")).toObject();
    adl.insert(QStringLiteral("FACE_MOUTH"), 10);  // face and mouth allow 0/5 only
    wrong.insert(QStringLiteral("ADL"), adl);
    result.insert(QStringLiteral("scores"), wrong);
    const CommandOutcome refused = f.run(f.handler, QStringLiteral("assessment.record_result"), result);
    CHECK(codeOf(refused) == QStringLiteral("invalid"));
    CHECK(messageOf(refused).contains(QStringLiteral("scores.ADL.FACE_MOUTH")));
    result.insert(QStringLiteral("scores"), severeScores());
    f.require(f.handler, QStringLiteral("assessment.record_result"), result);
    CHECK(f.stateOf(task) == QStringLiteral("ASSESSED"));
    CHECK(f.store.scalar(QStringLiteral("SELECT level FROM assessment_results WHERE task_id = ?"), {task}).toInt() == 5);
    CHECK(f.store.scalar(QStringLiteral("SELECT instrument_code || ':' || instrument_version FROM assessment_results"))
              .toString()
          == QStringLiteral("NATIONAL-2021:1"));

    const auto confirm = [&](const char *staffNo) {
        QJsonObject args = withId;
        args.insert(QStringLiteral("staff_no"), QString::fromLatin1(staffNo));
        args.insert(QStringLiteral("confirmed_on"), iso(today().addDays(-20)));
        return f.run(f.handler, QStringLiteral("assessment.confirm"), args);
    };
    CHECK(codeOf(confirm("X1")) == QStringLiteral("invalid"));  // an assessor, not an expert
    CHECK(messageOf(confirm("E3")).contains(QStringLiteral("SUSPENDED")));
    REQUIRE(confirm("E1").ok());
    CHECK(f.stateOf(task) == QStringLiteral("AWAITING_CONFIRMATION"));
    CHECK(codeOf(confirm("E1")) == QStringLiteral("conflict"));  // the same expert twice counts once
    REQUIRE(confirm("E4").ok());
    CHECK(f.stateOf(task) == QStringLiteral("IN_PUBLICATION"));  // level 5 qualifies: published first

    QJsonObject conclude = withId;
    conclude.insert(QStringLiteral("concluded_on"), iso(today().addDays(-19)));
    conclude.insert(QStringLiteral("service_form"), QStringLiteral("HOME_VISIT"));
    conclude.insert(QStringLiteral("institution_code"), QStringLiteral("CARE1"));
    CHECK(messageOf(f.run(f.handler, QStringLiteral("assessment.conclude"), conclude)).contains(QStringLiteral("publication")));
    conclude.insert(QStringLiteral("concluded_on"), iso(today()));
    conclude.insert(QStringLiteral("institution_code"), QStringLiteral("AG1"));
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.conclude"), conclude)) == QStringLiteral("invalid"));
    conclude.insert(QStringLiteral("institution_code"), QStringLiteral("CARE1"));
    f.require(f.handler, QStringLiteral("assessment.conclude"), conclude);
    CHECK(f.stateOf(task) == QStringLiteral("CONCLUDED"));
    QSqlDatabase db = f.store.db();
    const QList<ConclusionRecord> conclusions = conclusionsOf(db, QStringLiteral("P1"));
    REQUIRE(conclusions.size() == 2);
    CHECK(conclusions.first().level == 5);
    CHECK(conclusions.first().concludedOn == today());
    CHECK(conclusions.first().validUntil == today().addMonths(24).addDays(-1));
    CHECK(conclusions.first().institutionCode == QStringLiteral("CARE1"));
    CHECK(f.store.scalar(QStringLiteral("SELECT source FROM conclusions WHERE concluded_on = ?"), {iso(today())}).toString()
          == QStringLiteral("assessment:") + task);
    // The letter delivered: the deadline is kept, the dispute window opens (15 working days).
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.deliver"),
                       {{QStringLiteral("id"), task}, {QStringLiteral("delivered_on"), iso(today().addDays(-1))}}))
          == QStringLiteral("invalid"));  // before the conclusion
    f.require(f.handler, QStringLiteral("assessment.deliver"), withId);
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.deliver"), withId)) == QStringLiteral("state"));
    {
        QSqlDatabase work = f.store.db();
        const std::optional<Task> delivered = findTask(work, task);
        CHECK(delivered->work->deliveredOn == today());
        CHECK(delivered->work->disputeUntil == loadCalendar(work).addWorkingDays(today(), 15));
        QList<QVariantList> rows;
        QString error;
        REQUIRE(tasksWorklist().rows(work, {{QStringLiteral("state"), QStringLiteral("CONCLUDED")}},
                                     [&rows](const QVariantList &row) { rows << row; return true; }, &error));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().at(8).isNull());  // no clock once delivered
        CHECK(rows.first().at(12).toString() == iso(delivered->work->disputeUntil));
    }

    SECTION("a dispute goes to another agency; the original agency is refused with its reason")
    {
        const QString dispute = f.acceptedTask(QStringLiteral("DISPUTE"));
        f.require(f.handler, QStringLiteral("assessment.dispatch"),
                  {{QStringLiteral("id"), dispute}, {QStringLiteral("seed"), QStringLiteral("00000000000000ff")}});
        const StoredDraw draw = f.draws(dispute).first();
        CHECK(draw.agencies.value(QStringLiteral("chosen")).toString() == QStringLiteral("AG2"));
        const QJsonArray refusedAgencies = draw.agencies.value(QStringLiteral("refused")).toArray();
        REQUIRE(refusedAgencies.size() == 1);
        CHECK(refusedAgencies.first().toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("ORIGINAL_AGENCY"));
        CHECK(draw.composition.value(QStringLiteral("experts_at_least")).toInt() == 2);  // seed 004 §8(六)
        QStringList team = teamOf(draw);
        team.sort();
        CHECK(team == QStringList{QStringLiteral("E4"), QStringLiteral("E5")});
    }
    SECTION("with a city pool, a dispute's draw excludes the original assessors and agency's staff, each with its reason")
    {
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
        policy.insert(QStringLiteral("assessment"), QJsonObject{{QStringLiteral("pool"), QStringLiteral("ALL_AGENCIES")}});
        f.require(f.admin, QStringLiteral("policy.load"), policy);  // replaces the version
        const QStringList original = teamOf(f.draws(task).first());
        const QString dispute = f.acceptedTask(QStringLiteral("DISPUTE"));
        f.require(f.handler, QStringLiteral("assessment.dispatch"),
                  {{QStringLiteral("id"), dispute}, {QStringLiteral("seed"), QStringLiteral("00000000000000ff")}});
        const StoredDraw draw = f.draws(dispute).first();
        CHECK(draw.candidates.size() == 11);
        const QStringList excluded = exclusionLines(draw);
        for (const QString &member : original)
            CHECK(excluded.contains(member + QStringLiteral("=ORIGINAL_ASSESSOR|ORIGINAL_AGENCY")));
        CHECK(excluded.size() == 8);  // every one of AG1's staff, the original agency
        for (const QString &line : excluded)
            CHECK(line.endsWith(QStringLiteral("ORIGINAL_AGENCY")));
        CHECK(excluded.contains(QStringLiteral("X4=CARE_INSTITUTION|ORIGINAL_AGENCY")));
        QStringList team = teamOf(draw);
        team.sort();
        CHECK(team == QStringList{QStringLiteral("E4"), QStringLiteral("E5")});
    }
}

TEST_CASE("a conclusion changes the next month's settlement: the same record the audit reads", "[assessments][store]")
{
    AssessFixture f;
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
    CHECK(allowed("2026-10") == 178800);  // level 3 (the imported conclusion): capped at 1788.00
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    f.require(f.handler, QStringLiteral("assessment.dispatch"),
              {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("0123456789abcdef")}});
    f.require(f.handler, QStringLiteral("assessment.agency_accept"),
              {{QStringLiteral("id"), task}, {QStringLiteral("accepted_on"), QStringLiteral("2026-08-20")}});
    f.require(f.handler, QStringLiteral("assessment.record_result"),
              {{QStringLiteral("id"), task}, {QStringLiteral("assessed_on"), QStringLiteral("2026-08-25")},
               {QStringLiteral("scores"), severeScores()}});
    for (const char *expert : {"E1", "E4"})
        f.require(f.handler, QStringLiteral("assessment.confirm"),
                  {{QStringLiteral("id"), task}, {QStringLiteral("staff_no"), QString::fromLatin1(expert)},
                   {QStringLiteral("confirmed_on"), QStringLiteral("2026-09-01")}});
    f.require(f.handler, QStringLiteral("assessment.conclude"),
              {{QStringLiteral("id"), task}, {QStringLiteral("concluded_on"), QStringLiteral("2026-09-15")},
               {QStringLiteral("service_form"), QStringLiteral("HOME_VISIT")},
               {QStringLiteral("institution_code"), QStringLiteral("CARE1")}});
    CHECK(allowed("2026-10") == 298000);  // level 5 from the month after the conclusion
    CHECK(allowed("2026-09") == 178800);  // the month of the conclusion itself is still level 3
}

TEST_CASE("a substantiated objection during publication orders a re-assessment without the original agency",
          "[assessments][store]")
{
    AssessFixture f;
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    f.require(f.handler, QStringLiteral("assessment.dispatch"),
              {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("0123456789abcdef")}});
    f.require(f.handler, QStringLiteral("assessment.agency_accept"), {{QStringLiteral("id"), task}});
    f.require(f.handler, QStringLiteral("assessment.record_result"),
              {{QStringLiteral("id"), task}, {QStringLiteral("scores"), severeScores()}});
    const QJsonObject objection{{QStringLiteral("id"), task}, {QStringLiteral("objector"), QStringLiteral("邻居 陈某")},
                                {QStringLiteral("text"), QStringLiteral("本人每日外出散步")}};
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.record_objection"), objection)) == QStringLiteral("state"));
    for (const char *expert : {"E1", "E2"})
        f.require(f.handler, QStringLiteral("assessment.confirm"),
                  {{QStringLiteral("id"), task}, {QStringLiteral("staff_no"), QString::fromLatin1(expert)}});
    REQUIRE(f.stateOf(task) == QStringLiteral("IN_PUBLICATION"));
    f.require(f.handler, QStringLiteral("assessment.record_objection"), objection);  // not (yet) substantiated
    CHECK(f.stateOf(task) == QStringLiteral("IN_PUBLICATION"));
    QJsonObject substantiated = objection;
    substantiated.insert(QStringLiteral("substantiated"), true);
    f.require(f.handler, QStringLiteral("assessment.record_objection"), substantiated);
    CHECK(f.stateOf(task) == QStringLiteral("DISPUTED"));
    const QString reassessment =
        f.store.scalar(QStringLiteral("SELECT reassessment_task FROM assessment_objections WHERE task_id = ? AND seq = 2"), {task})
            .toString();
    CHECK(f.stateOf(reassessment) == QStringLiteral("TO_DISPATCH"));
    CHECK(f.store.scalar(QStringLiteral("SELECT kind FROM assessment_tasks WHERE id = ?"), {reassessment}).toString()
          == QStringLiteral("DISPUTE"));
    f.require(f.handler, QStringLiteral("assessment.dispatch"),
              {{QStringLiteral("id"), reassessment}, {QStringLiteral("seed"), QStringLiteral("00000000000000ff")}});
    const StoredDraw draw = f.draws(reassessment).first();
    CHECK(draw.agencies.value(QStringLiteral("chosen")).toString() == QStringLiteral("AG2"));
    CHECK(draw.composition.value(QStringLiteral("experts_at_least")).toInt() == 2);
    CHECK(f.store.count(QStringLiteral("conclusions")) == 1);  // the objected task concluded nothing
}

TEST_CASE("Wenzhou's team: two drawn from the city's pool, three officers named beside them", "[assessments][store]")
{
    AssessFixture f(true);
    const QString task = f.acceptedTask(QStringLiteral("REASSESS"));
    QJsonObject dispatch{{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000004d2")}};
    const CommandOutcome noOfficers = f.run(f.handler, QStringLiteral("assessment.dispatch"), dispatch);
    CHECK(messageOf(noOfficers).contains(QStringLiteral("officers.HANDLING_OFFICER")));
    CHECK(messageOf(noOfficers).contains(QStringLiteral("officers.COMMUNITY_OFFICER")));
    dispatch.insert(QStringLiteral("officers"), QJsonObject{{QStringLiteral("HANDLING_OFFICER"), QStringLiteral("经办 王")},
                                                             {QStringLiteral("INSURER_OFFICER"), QStringLiteral("商保 李")},
                                                             {QStringLiteral("COMMUNITY_OFFICER"), QStringLiteral("社区 赵")}});
    f.require(f.handler, QStringLiteral("assessment.dispatch"), dispatch);
    const StoredDraw draw = f.draws(task).first();
    CHECK(draw.composition.value(QStringLiteral("pool")).toString() == QStringLiteral("ALL_AGENCIES"));
    CHECK(draw.composition.value(QStringLiteral("pool_institutions")).toArray().size() == 2);
    CHECK(draw.candidates.size() == 11);  // both agencies' assessors and experts
    CHECK(draw.composition.value(QStringLiteral("experts_at_least")).toInt() == 0);
    CHECK(teamOf(draw).size() == 2);
    CHECK(f.store.scalar(QStringLiteral("SELECT officers FROM assessment_work WHERE task_id = ?"), {task}).toString()
              .contains(QStringLiteral("社区 赵")));
}

TEST_CASE("an instrument version is loaded by a city-level administrator and never replaced", "[assessments][store]")
{
    AssessFixture f;
    QJsonObject v2 = nationalInstrument2021Json();
    v2.insert(QStringLiteral("version"), 2);
    const QJsonObject args{{QStringLiteral("instrument"), v2}};
    CHECK(codeOf(f.run(f.handler, QStringLiteral("assessment.instrument_load"), args)) == QStringLiteral("forbidden"));
    f.require(f.admin, QStringLiteral("assessment.instrument_load"), args);
    CHECK(codeOf(f.run(f.admin, QStringLiteral("assessment.instrument_load"), args)) == QStringLiteral("conflict"));
    CHECK(codeOf(f.run(f.admin, QStringLiteral("assessment.instrument_load"), {{QStringLiteral("instrument"), nationalInstrument2021Json()}}))
          == QStringLiteral("conflict"));  // version 1 is built in
    QSqlDatabase db = f.store.db();
    CHECK(instrumentFor(db, QStringLiteral("NATIONAL-2021"))->version == 2);
    CHECK(instrumentFor(db, QStringLiteral("NATIONAL-2021"), 1)->version == 1);
}
