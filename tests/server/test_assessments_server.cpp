// The assessments module against the real ltcserver on PostgreSQL: a desktop dispatches a task
// offline and draws its team from a seed; the server re-applies the dispatch with the same seed on
// its own data — where an assessor was suspended meanwhile, unknown to the desktop — so its
// draw excludes that assessor with the reason, and its rows replace the desktop's on the next
// sync. A dispatch from another district, and a second dispatch, are refused there.
// Serials 9001-9099. After the conclusion (serials 9100-9199): a dispute the desktop thought in
// time is refused by the server, which knew the letter was delivered weeks earlier; a care
// dispatch to an institution whose intake only the server knew was suspended is refused there;
// a care plan made offline reaches the district's other desktop and not another district's.
#include "serverharness.h"
#include "assessmentscenario.h"
#include "testdesktop.h"

#include "assessments/domain/assessmentreads.h"
#include "assessments/domain/drawrecord.h"
#include "core/workcalendar.h"
#include "database/records/handovers.h"
#include "localstore.h"
#include "sql.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

#include <memory>

using namespace ltc;
using namespace ltc::test;

namespace {

struct Desktop : TestDesktop {
    QList<assessments::StoredDraw> draws(const QString &task)
    {
        QSqlDatabase db = store->database().connection();
        return assessments::drawsOf(db, task);
    }
};

QString codeOf(const QJsonArray &results, int index)
{
    const QJsonObject result = results.at(index).toObject();
    return result.value(QStringLiteral("status")).toString() == QStringLiteral("applied")
               ? QStringLiteral("applied")
               : result.value(QStringLiteral("code")).toString();
}

QStringList excludedOf(const assessments::StoredDraw &draw)
{
    QStringList lines;
    for (const QJsonValue &e : draw.exclusions) {
        QStringList reasons;
        for (const QJsonValue &r : e.toObject().value(QStringLiteral("reasons")).toArray())
            reasons << r.toString();
        lines << e.toObject().value(QStringLiteral("staff_no")).toString() + QLatin1Char('=') + reasons.join(QLatin1Char('|'));
    }
    return lines;
}

assessments::StoredDraw serverDraw(const QString &task)
{
    QSqlDatabase db = ServerEnv::get().db();
    QSqlQuery q = querySql(db, QStringLiteral("SELECT seed, algorithm, agencies, composition, candidates, exclusions, team "
                                              "FROM assessment_draws WHERE task_id = ? ORDER BY seq"),
                           {task});
    REQUIRE(q.next());
    const auto object = [&q](int i) { return QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object(); };
    const auto array = [&q](int i) { return QJsonDocument::fromJson(q.value(i).toString().toUtf8()).array(); };
    assessments::StoredDraw draw;
    draw.seq = 1;
    draw.seed = q.value(0).toString();
    draw.algorithm = q.value(1).toString();
    draw.agencies = object(2);
    draw.composition = object(3);
    draw.candidates = array(4);
    draw.exclusions = array(5);
    draw.team = array(6);
    return draw;
}

} // namespace

TEST_CASE("assessments on the server: a dispatch's draw is re-made there from the seed, on the server's data",
          "[server][assessments]")
{
    const UserIdentity officer = identity(QStringLiteral("officer"), {QStringLiteral("agreement_officer")});
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")});
    Desktop a;
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    // An agency whose code sorts before any other suite's (rotation takes the first), two experts
    // and three assessors.
    REQUIRE(a.import(officer, QStringLiteral("institutions"),
                     QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to\n"
                                    "0AS01,鹿城评估中心,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31\n")).ok());
    REQUIRE(a.import(officer, QStringLiteral("staff"),
                     QStringLiteral("staff_no,institution_code,name,id_number,role,employed_from\n"
                                    "E-AS01,0AS01,专家甲,%1,EXPERT,2025-01-01\n"
                                    "E-AS02,0AS01,专家乙,%2,EXPERT,2025-01-01\n"
                                    "X-AS01,0AS01,评估员甲,%3,ASSESSOR,2025-01-01\n"
                                    "X-AS02,0AS01,评估员乙,%4,ASSESSOR,2025-01-01\n"
                                    "X-AS03,0AS01,评估员丙,%5,ASSESSOR,2025-01-01\n")
                         .arg(staffId(9001), staffId(9003), staffId(9005), staffId(9007), staffId(9009))).ok());
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    REQUIRE(a.run(handler, QStringLiteral("person.register"), personArgs(QStringLiteral("P-AS0001"), QStringLiteral("330302"), 9011)).ok());
    const QString application = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(a.run(handler, QStringLiteral("application.submit"),
                  {{QStringLiteral("id"), application}, {QStringLiteral("person_no"), QStringLiteral("P-AS0001")},
                   {QStringLiteral("kind"), QStringLiteral("FIRST")}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                   {QStringLiteral("received_on"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}}).ok());
    REQUIRE(a.run(handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), application}}).ok());
    const SyncResult handed = a.sync(QStringLiteral("handler"));
    REQUIRE(handed.ok());
    CHECK(handed.rejected == 0);
    const QString task = assessmentTaskId(application);

    // Meanwhile, on the server only: an assessor is suspended (seed 004 §36).
    const QJsonArray suspension = push(QStringLiteral("officer"), QStringLiteral("assess-officer"),
                                       {command(1, QStringLiteral("staff.suspend_settlement"),
                                                {{QStringLiteral("staff_no"), QStringLiteral("X-AS01")},
                                                 {QStringLiteral("suspended_from"), QDate::currentDate().addDays(-2).toString(Qt::ISODate)},
                                                 {QStringLiteral("months"), 3}})});
    REQUIRE(codeOf(suspension, 0) == QStringLiteral("applied"));

    // The desktop, not knowing, dispatches offline: its draw has nobody excluded.
    const QJsonObject dispatch{{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("9e3779b97f4a7c15")}};
    REQUIRE(a.run(handler, QStringLiteral("assessment.dispatch"), dispatch).ok());
    const assessments::StoredDraw local = a.draws(task).first();
    CHECK(local.exclusions.isEmpty());
    CHECK(local.candidates.size() == 5);

    // The server re-makes the draw from the same seed on its data: the suspended assessor is
    // excluded with the reason, and the team is what the stored record re-runs to.
    const SyncResult pushed = a.sync(QStringLiteral("handler"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 0);
    const assessments::StoredDraw there = serverDraw(task);
    CHECK(there.seed == QStringLiteral("9e3779b97f4a7c15"));
    CHECK(excludedOf(there) == QStringList{QStringLiteral("X-AS01=SUSPENDED")});
    CHECK_FALSE(assessments::teamOf(there).contains(QStringLiteral("X-AS01")));
    const assessments::Replay replay = assessments::replayDraw(
        {there.algorithm, there.seed, there.agencies, there.composition, there.candidates, there.exclusions});
    QStringList replayed;
    for (const assessments::TeamMember &m : replay.team)
        replayed << m.staffNo;
    CHECK(replayed == assessments::teamOf(there));
    // The desktop now holds the server's draw.
    const assessments::StoredDraw after = a.draws(task).first();
    CHECK(excludedOf(after) == QStringList{QStringLiteral("X-AS01=SUSPENDED")});
    CHECK(assessments::teamOf(after) == assessments::teamOf(there));

    // Another district's handler, and a second dispatch: refused by the server.
    const QJsonArray outside = push(QStringLiteral("handler_b"), QStringLiteral("assess-outside"),
                                    {command(1, QStringLiteral("assessment.redraw"),
                                             {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("0000000000000001")},
                                              {QStringLiteral("reason"), QStringLiteral("越权")}})});
    CHECK(codeOf(outside, 0) == QStringLiteral("forbidden"));
    const QJsonArray again = push(QStringLiteral("handler"), QStringLiteral("assess-again"),
                                  {command(1, QStringLiteral("assessment.dispatch"), dispatch)});
    CHECK(codeOf(again, 0) == QStringLiteral("state"));
}

TEST_CASE("assessments on the server: a dispute after the window the server knows is refused there",
          "[server][assessments]")
{
    const UserIdentity officer = identity(QStringLiteral("officer"), {QStringLiteral("agreement_officer")});
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")});
    Desktop a;
    addAgency(a, officer, QStringLiteral("0AS02,鹿城第二评估中心,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31\n"),
              QStringLiteral("E-AS20,0AS02,专家丙,%1,EXPERT,2025-01-01\n"
                             "E-AS21,0AS02,专家丁,%2,EXPERT,2025-01-01\n"
                             "X-AS20,0AS02,评估员丁,%3,ASSESSOR,2025-01-01\n")
                  .arg(staffId(9101), staffId(9103), staffId(9105)));
    const QString task = acceptedFirstTask(a, handler, QStringLiteral("P-AS0101"), 9111, 70);
    concludeTask(a, handler, task, QStringLiteral("9e3779b97f4a7c16"), {QStringLiteral("E-AS20"), QStringLiteral("E-AS21")},
                 {60, 55, 50, 45});
    const SyncResult concluded = a.sync(QStringLiteral("handler"));
    REQUIRE(concluded.ok());
    REQUIRE(concluded.rejected == 0);
    REQUIRE(serverValue(QStringLiteral("SELECT state FROM assessment_tasks WHERE id = ?"), {task}).toString()
            == QStringLiteral("CONCLUDED"));

    // On the server only: the letter was delivered 40 days ago (another desktop recorded it).
    const QJsonArray delivered = push(QStringLiteral("handler"), QStringLiteral("assess-delivered"),
                                      {command(1, QStringLiteral("assessment.deliver"),
                                               {{QStringLiteral("id"), task}, {QStringLiteral("delivered_on"), daysAgo(40)}})});
    REQUIRE(codeOf(delivered, 0) == QStringLiteral("applied"));

    // The desktop, not knowing, delivers it today and takes a dispute today: in time, as it sees it.
    REQUIRE(a.run(handler, QStringLiteral("assessment.deliver"), {{QStringLiteral("id"), task}}).ok());
    const QString dispute = newUuid();
    REQUIRE(a.run(handler, QStringLiteral("assessment.request_dispute"),
                  {{QStringLiteral("id"), dispute}, {QStringLiteral("task_id"), task}}).ok());
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM assessment_requests WHERE id = ?"), {dispute}) == 1);

    // The server decides on its own data: delivered 40 days ago, the window long over.
    const SyncResult pushed = a.sync(QStringLiteral("handler"));
    CHECK(pushed.rejected == 2);  // the second delivery, and the dispute
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM assessment_requests WHERE id = ?"), {dispute}) == 0);
    CHECK(serverValue(QStringLiteral("SELECT delivered_on FROM assessment_work WHERE task_id = ?"), {task}).toString() == daysAgo(40));
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM assessment_requests WHERE id = ?"), {dispute}) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM assessment_tasks WHERE kind = 'DISPUTE' AND person_no = 'P-AS0101'")) == 0);
}

TEST_CASE("assessments on the server: care dispatch re-checks intake there; a care plan reaches the district only",
          "[server][assessments]")
{
    const UserIdentity officer = identity(QStringLiteral("officer"), {QStringLiteral("agreement_officer")});
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")});
    const UserIdentity admin = identity(QStringLiteral("admin"), {QStringLiteral("admin")});
    Desktop a;
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    REQUIRE(a.import(officer, QStringLiteral("institutions"),
                     QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to\n"
                                    "C-AS01,鹿城护理站甲,CARE,1,HOME_VISIT,2025-01-01,2030-12-31\n"
                                    "C-AS02,鹿城护理站乙,CARE,1,HOME_VISIT,2025-01-01,2030-12-31\n")).ok());
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    REQUIRE(a.run(handler, QStringLiteral("person.register"), personArgs(QStringLiteral("P-AS0121"), QStringLiteral("330302"), 9121)).ok());
    REQUIRE(a.sync(QStringLiteral("handler")).ok());
    REQUIRE(a.import(admin, QStringLiteral("beneficiaries"),
                     QStringLiteral("person_no,level,concluded_on,valid_until,service_form,institution_code\n"
                                    "P-AS0121,4,%1,%2,HOME_VISIT,\n")
                         .arg(daysAgo(100), officeDate().addDays(600).toString(Qt::ISODate))).ok());
    const SyncResult imported = a.sync(QStringLiteral("admin"));
    REQUIRE(imported.ok());
    REQUIRE(imported.rejected == 0);

    // On the server only: C-AS01's new intake is suspended from yesterday.
    const QJsonArray suspension = push(QStringLiteral("officer"), QStringLiteral("assess-intake"),
                                       {command(1, QStringLiteral("institution.suspend"),
                                                {{QStringLiteral("id"), newUuid()}, {QStringLiteral("institution_code"), QStringLiteral("C-AS01")},
                                                 {QStringLiteral("kind"), QStringLiteral("INTAKE")},
                                                 {QStringLiteral("suspended_from"), daysAgo(1)},
                                                 {QStringLiteral("reason"), QStringLiteral("引导参保人反复申请复评")}})});
    REQUIRE(codeOf(suspension, 0) == QStringLiteral("applied"));

    // Offline, the desktop dispatches to C-AS01 (it does not know) and to C-AS02 with a plan.
    const QJsonObject toSuspended{{QStringLiteral("id"), newUuid()}, {QStringLiteral("person_no"), QStringLiteral("P-AS0121")},
                                  {QStringLiteral("service_form"), QStringLiteral("HOME_VISIT")},
                                  {QStringLiteral("institution_code"), QStringLiteral("C-AS01")}};
    REQUIRE(a.run(handler, QStringLiteral("care.dispatch"), toSuspended).ok());
    QJsonObject toOpen = toSuspended;
    toOpen.insert(QStringLiteral("id"), newUuid());
    toOpen.insert(QStringLiteral("institution_code"), QStringLiteral("C-AS02"));
    REQUIRE(a.run(handler, QStringLiteral("care.dispatch"), toOpen).ok());
    const QString plan = newUuid();
    REQUIRE(a.run(handler, QStringLiteral("care.plan"),
                  {{QStringLiteral("id"), plan}, {QStringLiteral("dispatch_id"), toOpen.value(QStringLiteral("id"))},
                   {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("助浴")},
                                                                  {QStringLiteral("times"), 2},
                                                                  {QStringLiteral("per"), QStringLiteral("WEEK")},
                                                                  {QStringLiteral("minutes"), 60}}}},
                   {QStringLiteral("plan_from"), officeDate().toString(Qt::ISODate)},
                   {QStringLiteral("plan_to"), officeDate().addDays(180).toString(Qt::ISODate)},
                   {QStringLiteral("confirmed_by"), QStringLiteral("王五（监护人）")},
                   {QStringLiteral("confirmer"), QStringLiteral("GUARDIAN")}}).ok());
    const SyncResult pushed = a.sync(QStringLiteral("handler"));
    CHECK(pushed.rejected == 1);  // the dispatch to the suspended institution
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM care_dispatches WHERE id = ?"), {toSuspended.value(QStringLiteral("id")).toString()}) == 0);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM care_dispatches WHERE id = ?"), {toOpen.value(QStringLiteral("id")).toString()}) == 1);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM care_dispatches WHERE id = ?"), {toSuspended.value(QStringLiteral("id")).toString()}) == 0);
    CHECK(serverValue(QStringLiteral("SELECT confirmed_by FROM care_plans WHERE id = ?"), {plan}).toString() == QStringLiteral("王五（监护人）"));
    // The care assignment settlement reads (core) went with the dispatch, and only with the accepted one.
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM care_assignments WHERE id = ?"), {toOpen.value(QStringLiteral("id")).toString()}) == 1);
    CHECK(serverCount(QStringLiteral("SELECT COUNT(*) FROM care_assignments WHERE id = ?"), {toSuspended.value(QStringLiteral("id")).toString()}) == 0);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM care_assignments WHERE id = ?"), {toSuspended.value(QStringLiteral("id")).toString()}) == 0);

    // The district's other desktop receives the plan; another district's does not.
    Desktop b;
    REQUIRE(b.sync(QStringLiteral("handler")).ok());
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM care_plans WHERE id = ?"), {plan}) == 1);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM care_dispatches WHERE id = ?"), {toOpen.value(QStringLiteral("id")).toString()}) == 1);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM care_assignments WHERE id = ?"), {toOpen.value(QStringLiteral("id")).toString()}) == 1);
    Desktop c;
    REQUIRE(c.sync(QStringLiteral("handler_b")).ok());
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM care_plans WHERE id = ?"), {plan}) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM care_dispatches")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM care_assignments")) == 0);
}
