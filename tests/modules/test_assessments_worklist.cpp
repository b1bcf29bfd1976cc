// The assessments page's worklist read (taskpagereads.h) over a store of tasks in every state:
// each filter's rows, page by page, are the rows of the worklist's order (not yet dispatched
// first, then by due day, delivered last; by creation within) that a plain query over the whole
// table selects; the overdue filter selects exactly the rows marked overdue, dispatched or not;
// the latest team kept by assessments migration 5's triggers follows every draw; and the last
// acceptance day that is late agrees with the deadline rule day by day.
#include "assessmentsfixture.h"
#include "assessments/domain/taskpagereads.h"

using namespace assessfixture;

namespace {

const QStringList kStaff{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("X1"), QStringLiteral("X2"),
                         QStringLiteral("E4"), QStringLiteral("Y1")};

QString teamJson(const QString &expert, const QString &assessor)
{
    return QStringLiteral("[{\"slot\":\"EXPERT\",\"staff_no\":\"%1\"},{\"slot\":\"ASSESSOR\",\"staff_no\":\"%2\"}]")
        .arg(expert, assessor);
}

// 72 tasks written straight into the tables, as a sync would bring them: pairs created at the
// same instant (ties broken by id), due days shared, some past; undispatched ones among them.
void writeTasks(QSqlDatabase &db)
{
    const QStringList states{state::Dispatched, state::Accepted, state::Assessed, state::AwaitingConfirmation,
                             state::InPublication, state::Confirmed, state::Concluded, state::Disputed};
    const WorkCalendar calendar = loadCalendar(db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-150);
    for (int i = 0; i < 72; ++i) {
        const QString id = QStringLiteral("t-%1").arg((i * 37) % 72, 3, 10, QLatin1Char('0'));  // ids not in creation order
        const QDateTime created = start.addDays((i / 2) * 4);
        const bool dispatched = i % 6 != 0;
        const QString taskState = dispatched ? states.at(i % states.size()) : state::ToDispatch;
        const QString kind = i % 5 == 0 ? QStringLiteral("REASSESS") : i % 7 == 0 ? QStringLiteral("DISPUTE") : QStringLiteral("FIRST");
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO assessment_tasks (id, application_id, person_no, kind, state, "
                                           "created_at, created_by) VALUES (?, ?, 'P1', ?, ?, ?, 'handler')"),
                        {id, QStringLiteral("app-") + id, kind, taskState, created.toString(Qt::ISODate)}));
        if (!dispatched)
            continue;
        const QDate accepted = officeDay(created);
        const QDate due = conclusionDueOn(calendar, accepted, 30);
        const bool delivered = taskState == state::Concluded && i % 3 != 0;
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO assessment_work (task_id, person_no, agency_code, accepted_on, "
                                           "due_on, deadline_order, officers, dispatched_by, dispatched_at, delivered_on) "
                                           "VALUES (?, 'P1', ?, ?, ?, ?, '{}', 'handler', ?, ?)"),
                        {id, i % 2 ? QStringLiteral("AG1") : QStringLiteral("AG2"), iso(accepted), iso(due),
                         delivered ? QStringLiteral("9999-12-31") : iso(due), created.toString(Qt::ISODate),
                         delivered ? QVariant(iso(due.addDays(-3))) : QVariant(QMetaType(QMetaType::QString))}));
        const auto draw = [&](int seq, const QString &team) {
            REQUIRE(execSql(db, QStringLiteral("INSERT INTO assessment_draws (task_id, seq, person_no, algorithm, seed, "
                                               "draw_day, agencies, composition, candidates, exclusions, team, drawn_by, "
                                               "drawn_at) VALUES (?, ?, 'P1', 'SPLITMIX64-1', '1', ?, '{}', '{}', '[]', "
                                               "'[]', ?, 'handler', ?)"),
                            {id, seq, iso(accepted), team, created.toString(Qt::ISODate)}));
        };
        draw(1, teamJson(kStaff.at(i % 2), kStaff.at(2 + i % 4)));
        if (i % 4 == 1)  // redrawn: only the second team counts
            draw(2, teamJson(kStaff.at(4), kStaff.at(5)));
    }
}

// The rows of a filter by a plain query in the worklist's order (the assessor in the latest
// draw's stored team); overdue is left to the rows' own mark.
QStringList expectedIds(QSqlDatabase &db, const TaskFilter &filter)
{
    QStringList terms{QStringLiteral("1 = 1")};
    QVariantList params;
    if (filter.state == kReassessmentFilter) {
        terms << QStringLiteral("t.kind <> 'FIRST'");
    } else if (!filter.state.isEmpty()) {
        terms << QStringLiteral("t.state = ?");
        params << filter.state;
    }
    if (!filter.agency.isEmpty()) {
        terms << QStringLiteral("w.agency_code = ?");
        params << filter.agency;
    }
    if (!filter.assessor.isEmpty()) {
        terms << QStringLiteral("EXISTS (SELECT 1 FROM assessment_draws d, json_each(d.team) j WHERE d.task_id = t.id "
                                "AND d.seq = (SELECT MAX(seq) FROM assessment_draws x WHERE x.task_id = t.id) AND "
                                "json_extract(j.value, '$.staff_no') = ?)");
        params << filter.assessor;
    }
    QSqlQuery q = querySql(db, QStringLiteral("SELECT t.id FROM assessment_tasks t LEFT JOIN assessment_work w ON w.task_id "
                                              "= t.id WHERE %1 ORDER BY COALESCE(w.deadline_order, '0000'), t.created_at, "
                                              "t.id")
                                   .arg(terms.join(QStringLiteral(" AND "))),
                           params);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QList<TaskRow> rowsOf(QSqlDatabase &db, const TaskFilter &filter, int limit, int offset)
{
    QList<TaskRow> rows;
    QString error;
    REQUIRE(listTaskRows(db, filter, today(), limit, offset, [&rows](const TaskRow &row) {
        rows << row;
        return true;
    }, &error));
    INFO(str(error));
    return rows;
}

QStringList idsOf(const QList<TaskRow> &rows)
{
    QStringList ids;
    for (const TaskRow &row : rows)
        ids << row.id;
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("the task worklist: each filter's pages are the rows of the worklist's order", "[assessments][store][worklist]")
{
    AssessFixture f;
    QSqlDatabase db = f.store.db();
    writeTasks(db);
    const auto with = [](auto set) {
        TaskFilter filter;
        set(filter);
        return filter;
    };
    QList<TaskFilter> filters{{}};
    for (const QString &s : allStates())
        filters << with([&s](TaskFilter &t) { t.state = s; });
    filters << with([](TaskFilter &t) { t.state = kReassessmentFilter; });
    filters << with([](TaskFilter &t) { t.agency = QStringLiteral("AG1"); });
    filters << with([](TaskFilter &t) { t.agency = QStringLiteral("AG2"); t.state = state::Concluded; });
    for (const QString &staffNo : kStaff)
        filters << with([&staffNo](TaskFilter &t) { t.assessor = staffNo; });
    filters << with([](TaskFilter &t) { t.assessor = QStringLiteral("Y1"); t.agency = QStringLiteral("AG1"); });
    filters << with([](TaskFilter &t) { t.state = kReassessmentFilter; t.assessor = QStringLiteral("E4"); });

    const QStringList all = expectedIds(db, {});
    REQUIRE(all.size() == 72);
    for (const TaskFilter &filter : filters) {
        INFO("state " << str(filter.state) << ", agency " << str(filter.agency) << ", assessor " << str(filter.assessor));
        const QStringList expected = expectedIds(db, filter);
        CHECK(idsOf(rowsOf(db, filter, 1000, 0)) == expected);
        QStringList paged;
        for (int offset = 0; offset < expected.size() + 5; offset += 5)
            paged += idsOf(rowsOf(db, filter, 5, offset));
        CHECK(paged == expected);
        CHECK(countTaskRows(db, filter, today()) == expected.size());
    }

    // An assessor on many teams is found by walking the deadline order instead (the team rows of
    // tasks this store does not hold stand in for the many).
    for (int i = 0; i < 3001; ++i)
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO assessment_team_members (staff_no, task_id) VALUES ('E1', ?)"),
                        {QStringLiteral("elsewhere-%1").arg(i)}));
    for (const TaskFilter &filter : {with([](TaskFilter &t) { t.assessor = QStringLiteral("E1"); }),
                                     with([](TaskFilter &t) { t.assessor = QStringLiteral("E1"); t.state = state::Concluded; })}) {
        const QStringList expected = expectedIds(db, filter);
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(idsOf(rowsOf(db, filter, 1000, 0)) == expected);
        QStringList paged;
        for (int offset = 0; offset < expected.size() + 3; offset += 3)
            paged += idsOf(rowsOf(db, filter, 3, offset));
        CHECK(paged == expected);
        CHECK(countTaskRows(db, filter, today()) == expected.size());
    }
}

TEST_CASE("the task worklist: overdue selects the rows marked overdue, dispatched or not", "[assessments][store][worklist]")
{
    AssessFixture f;
    QSqlDatabase db = f.store.db();
    writeTasks(db);
    QStringList marked;
    bool undispatchedLate = false;
    for (const TaskRow &row : rowsOf(db, {}, 1000, 0)) {
        if (row.overdue()) {
            marked << row.id;
            undispatchedLate = undispatchedLate || row.state == state::ToDispatch;
        }
    }
    REQUIRE(undispatchedLate);  // the clock runs from acceptance, before dispatch too
    TaskFilter overdue;
    overdue.overdueOnly = true;
    const QList<TaskRow> rows = rowsOf(db, overdue, 1000, 0);
    CHECK(idsOf(rows) == marked);
    CHECK(countTaskRows(db, overdue, today()) == marked.size());
    for (const QString &s : allStates()) {
        INFO(str(s));
        overdue.state = s;
        QStringList ofState;
        for (const TaskRow &row : rowsOf(db, {}, 1000, 0)) {
            if (row.overdue() && row.state == s)
                ofState << row.id;
        }
        CHECK(idsOf(rowsOf(db, overdue, 1000, 0)) == ofState);
    }
}

TEST_CASE("the latest team by staff member follows every draw of a task", "[assessments][store][worklist]")
{
    AssessFixture f;
    const QString task = f.acceptedTask(QStringLiteral("FIRST"));
    f.require(f.handler, QStringLiteral("assessment.dispatch"), {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000004d2")}});
    const auto members = [&f, &task] {
        QSqlDatabase db = f.store.db();
        QStringList staff;
        QSqlQuery q = querySql(db, QStringLiteral("SELECT staff_no FROM assessment_team_members WHERE task_id = ?"), {task});
        while (q.next())
            staff << q.value(0).toString();
        return sorted(staff);
    };
    REQUIRE(f.draws(task).size() == 1);
    CHECK(members() == sorted(teamOf(f.draws(task).last())));
    f.require(f.handler, QStringLiteral("assessment.redraw"),
              {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000010e1")},
               {QStringLiteral("reason"), QStringLiteral("评估员生病")}});
    REQUIRE(f.draws(task).size() == 2);
    CHECK(members() == sorted(teamOf(f.draws(task).last())));
    // A draw taken away (as a sync's undo may): the team before it again.
    {
        QSqlDatabase db = f.store.db();
        REQUIRE(execSql(db, QStringLiteral("DELETE FROM assessment_draws WHERE task_id = ? AND seq = 2"), {task}));
    }
    CHECK(members() == sorted(teamOf(f.draws(task).first())));
}

TEST_CASE("the last late acceptance day agrees with the deadline rule", "[assessments][worklist]")
{
    AssessFixture f;
    f.loadCalendar2026();
    QSqlDatabase db = f.store.db();
    const WorkCalendar calendar = loadCalendar(db);
    for (QDate day(2026, 1, 1); day < QDate(2026, 12, 1); day = day.addDays(9)) {
        const QDate last = lastLateAcceptanceDay(calendar, day, 30);
        INFO(str(day.toString(Qt::ISODate)) << " " << str(last.toString(Qt::ISODate)));
        CHECK(conclusionLate(true, conclusionDueOn(calendar, last, 30), day));
        CHECK_FALSE(conclusionLate(true, conclusionDueOn(calendar, last.addDays(1), 30), day));
        CHECK(officeDay(officeDayStart(last)) == last);
        CHECK(officeDay(officeDayStart(last).addSecs(-1)) == last.addDays(-1));
    }
    CHECK_FALSE(conclusionLate(false, QDate(2026, 1, 1), QDate(2026, 6, 1)));  // a stopped clock is never late
}
