// The assessment task worklist at scale (issue 13, item 1): a store of N tasks (a million by
// default) of N/4 persons, in the mix an office sees after a few years — almost all concluded
// and delivered, a few thousand open across the states, some overdue — and for each question
// the page asks (open it, each state of the state box, an agency, an assessor on the latest
// draw's team, overdue only) the first page of 200 rows (TasksModel's page) in deadline order
// and the count, best and median of 5. The page offers no column sort (deadline order only).
// Baseline in the same run: `sqlite3` counting the tasks table (a floor for any pass over it).
// Not a test: run by scripts/bench.sh, never by ctest. Rows are written straight into the tables
// (the commands' checks are the tests' business; here only the reading is measured).
#include "benchsupport.h"

#include "assessments/domain/dispatchrules.h"
#include "assessments/domain/taskpagereads.h"
#include "localstore.h"
#include "sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryDir>

using namespace ltc;
using namespace ltc::assessments;
using namespace ltc::bench;

namespace {

const QString kDistrict = QStringLiteral("330302");
const QDate kToday(2026, 11, 30);
constexpr int kAgencies = 6;
constexpr int kAssessors = 300;  // Wenzhou's pool (seed 003 三(二))
constexpr int kPageRows = 200;   // TasksModel's page (SqlPageModelBase)

QString agencyCode(int i) { return QStringLiteral("AG%1").arg(i + 1); }
QString staffNo(int i) { return QStringLiteral("S%1").arg(i, 4, 10, QLatin1Char('0')); }
QString personNo(int i) { return QStringLiteral("P0302%1").arg(i, 7, 10, QLatin1Char('0')); }

bool fillRegistry(QSqlDatabase &db, int persons)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO persons (person_no, id_number, name, sex, birth_date, insurance_type, "
                                  "enrolled_on, district) VALUES (?, ?, ?, 'F', '1940-01-01', 'EMPLOYEE', '2010-01-01', ?)"));
    for (int i = 0; i < persons; ++i) {
        insert.addBindValue(personNo(i));
        insert.addBindValue(QStringLiteral("ID%1").arg(i));
        insert.addBindValue(QStringLiteral("张某%1").arg(i % 100));
        insert.addBindValue(kDistrict);
        if (!insert.exec())
            return false;
    }
    for (int i = 0; i < kAgencies; ++i) {
        if (!execSql(db, QStringLiteral("INSERT INTO institutions (code, name, kind, grade, service_forms, agreement_from, "
                                        "agreement_to, district) VALUES (?, ?, 'ASSESS', 1, 'HOME_VISIT', '2020-01-01', "
                                        "'2030-12-31', ?)"),
                     {agencyCode(i), QStringLiteral("第%1评估所").arg(i + 1), kDistrict}))
            return false;
    }
    for (int i = 0; i < kAssessors; ++i) {
        if (!execSql(db, QStringLiteral("INSERT INTO staff (staff_no, institution_code, name, id_number, role, employed_from) "
                                        "VALUES (?, ?, ?, ?, ?, '2020-01-01')"),
                     {staffNo(i), agencyCode(i % kAgencies), QStringLiteral("评估员%1").arg(i), QStringLiteral("SID%1").arg(i),
                      i % 5 == 0 ? QStringLiteral("EXPERT") : QStringLiteral("ASSESSOR")}))
            return false;
    }
    return true;
}

// The state of task i of n: the oldest ones concluded and delivered, the newest few thousand
// open (0.3 % to dispatch, then dispatched, accepted, …), a few disputed among the old ones.
QString stateOf(int i, int n, QRandomGenerator &random, bool *delivered)
{
    *delivered = false;
    const int fromNewest = n - 1 - i;
    const int open = std::max(40, n / 250);  // 0.4 % open
    if (fromNewest < open) {
        static const QStringList openStates{state::ToDispatch, state::ToDispatch, state::Dispatched, state::Accepted,
                                            state::Accepted, state::Assessed, state::AwaitingConfirmation,
                                            state::InPublication, state::Confirmed, state::Concluded};
        return openStates.at(fromNewest * openStates.size() / open);
    }
    if (random.bounded(1000) == 0)
        return state::Disputed;
    *delivered = true;
    return state::Concluded;
}

bool fillTasks(QSqlDatabase &db, int tasks, int persons, QRandomGenerator &random)
{
    QSqlQuery task(db);
    task.prepare(QStringLiteral("INSERT INTO assessment_tasks (id, application_id, person_no, kind, state, created_at, "
                                "created_by) VALUES (?, ?, ?, ?, ?, ?, 'handler')"));
    QSqlQuery work(db);
    work.prepare(QStringLiteral("INSERT INTO assessment_work (task_id, person_no, agency_code, accepted_on, due_on, "
                                "deadline_order, online, officers, dispatched_by, dispatched_at, delivered_on, "
                                "dispute_until) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', 'handler', ?, ?, ?)"));
    QSqlQuery draw(db);
    draw.prepare(QStringLiteral("INSERT INTO assessment_draws (task_id, seq, person_no, algorithm, seed, draw_day, agencies, "
                                "composition, candidates, exclusions, team, drawn_by, drawn_at) VALUES (?, 1, ?, "
                                "'SPLITMIX64-1', '1', ?, '{}', '{}', '[]', '[]', ?, 'handler', ?)"));
    const WorkCalendar calendar;  // weekends only: the bench's deadlines need no holidays
    const int days = 4 * 365;
    for (int i = 0; i < tasks; ++i) {
        bool delivered = false;
        const QString taskState = stateOf(i, tasks, random, &delivered);
        const QString id = QStringLiteral("task-%1").arg(i, 8, 10, QLatin1Char('0'));
        const QString person = personNo(random.bounded(persons));
        // Created evenly over four years, the newest (the open ones) in the last weeks.
        const QDate accepted = kToday.addDays(-days + qint64(i) * days / tasks);
        const QDateTime created = accepted.startOfDay(Qt::UTC).addSecs(3600 + random.bounded(28800));
        const int kindRoll = random.bounded(100);
        task.addBindValue(id);
        task.addBindValue(QStringLiteral("app-%1").arg(i));
        task.addBindValue(person);
        task.addBindValue(kindRoll < 85 ? QStringLiteral("FIRST") : kindRoll < 97 ? QStringLiteral("REASSESS") : QStringLiteral("DISPUTE"));
        task.addBindValue(taskState);
        task.addBindValue(created.toString(Qt::ISODate));
        if (!task.exec())
            return false;
        if (taskState == state::ToDispatch)
            continue;
        const QDate due = conclusionDueOn(calendar, accepted, 30);
        const QDate deliveredOn = delivered ? std::min(due, accepted.addDays(20)) : QDate();
        const QString none;
        work.addBindValue(id);
        work.addBindValue(person);
        work.addBindValue(agencyCode(random.bounded(kAgencies)));
        work.addBindValue(accepted.toString(Qt::ISODate));
        work.addBindValue(due.toString(Qt::ISODate));
        work.addBindValue(delivered ? QStringLiteral("9999-12-31") : due.toString(Qt::ISODate));
        work.addBindValue(random.bounded(20) == 0 ? 1 : 0);
        work.addBindValue(created.toString(Qt::ISODate));
        work.addBindValue(delivered ? QVariant(deliveredOn.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
        work.addBindValue(delivered ? QVariant(deliveredOn.addDays(21).toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
        if (!work.exec())
            return false;
        // Two assessors on site, one of them an expert (seed 004 §8), as drawrecord.h stores them.
        const int expert = 5 * random.bounded(kAssessors / 5);
        const int assessor = 1 + 5 * random.bounded(kAssessors / 5) + random.bounded(4);
        draw.addBindValue(id);
        draw.addBindValue(person);
        draw.addBindValue(accepted.toString(Qt::ISODate));
        draw.addBindValue(QStringLiteral("[{\"slot\":\"EXPERT\",\"staff_no\":\"%1\"},{\"slot\":\"ASSESSOR\",\"staff_no\":\"%2\"}]")
                              .arg(staffNo(expert), staffNo(assessor)));
        draw.addBindValue(created.toString(Qt::ISODate));
        if (!draw.exec())
            return false;
    }
    return true;
}

struct Step {
    QString name;
    TaskFilter filter;
};

// Best and median ms of the first page and of the count for one question.
void measure(QSqlDatabase &db, const Step &step, int runs, double *worstPage)
{
    int rows = 0;
    qint64 matched = 0;
    const QList<double> page = timed(runs, [&] {
        rows = 0;
        listTaskRows(db, step.filter, kToday, kPageRows, 0, [&rows](const TaskRow &) {
            ++rows;
            return true;
        });
    });
    const QList<double> count = timed(runs, [&] { matched = countTaskRows(db, step.filter, kToday); });
    *worstPage = std::max(*worstPage, median(page));
    out() << QStringLiteral("  %1  first page %2 / %3 ms (%4 rows)  count %5 / %6 ms (%7)")
                 .arg(step.name, -30).arg(best(page), 6, 'f', 1).arg(median(page), 6, 'f', 1).arg(rows, 3)
                 .arg(best(count), 6, 'f', 1).arg(median(count), 6, 'f', 1).arg(matched)
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tasks"), QStringLiteral("How many tasks (default 1000000)."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each question (default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("store"), QStringLiteral("Write the store to this file (kept) instead of a temporary one."),
                      QStringLiteral("PATH")});
    parser.process(app);
    const int tasks = std::max(1000, parser.value(QStringLiteral("tasks")).toInt());
    const int persons = std::max(1, tasks / 4);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir folder;
    const QString path = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                               : folder.filePath(QStringLiteral("assessments.sqlite"));
    LocalStore store(path);
    QString error;
    if (!store.open(&error)) {
        out() << "cannot open the store: " << error << Qt::endl;
        return 1;
    }
    QSqlDatabase db = store.database().connection();
    QRandomGenerator random(13);
    QElapsedTimer clock;
    clock.start();
    if (!db.transaction() || !fillRegistry(db, persons) || !fillTasks(db, tasks, persons, random) || !db.commit()) {
        out() << "cannot write the rows: " << db.lastError().text() << Qt::endl;
        return 1;
    }
    execSql(db, QStringLiteral("ANALYZE"));
    execSql(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));  // as a cache between syncs
    out() << "assessment task worklist: " << tasks << " tasks of " << persons << " persons (written in "
          << QString::number(double(clock.elapsed()) / 1000, 'f', 1) << " s); best / median of " << runs << Qt::endl;
    const QList<double> shell = sqliteCount(path, QStringLiteral("assessment_tasks"), runs);
    const QList<double> same = timed(runs, [&db] { scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM assessment_tasks")); });
    out() << QStringLiteral("  baseline: sqlite3 COUNT(*) of the tasks  %1 / %2 ms; the same on this connection %3 / %4 ms")
                 .arg(best(shell), 0, 'f', 1).arg(median(shell), 0, 'f', 1).arg(best(same), 0, 'f', 1).arg(median(same), 0, 'f', 1)
          << Qt::endl;

    const auto with = [](auto set) {
        TaskFilter filter;
        set(filter);
        return filter;
    };
    QList<Step> steps{{QStringLiteral("open the worklist"), {}}};
    for (const QString &s : allStates())
        steps.append({QStringLiteral("state ") + s, with([&s](TaskFilter &f) { f.state = s; })});
    steps.append({QStringLiteral("re-assessments and disputes"), with([](TaskFilter &f) { f.state = kReassessmentFilter; })});
    steps.append({QStringLiteral("agency AG3"), with([](TaskFilter &f) { f.agency = agencyCode(2); })});
    steps.append({QStringLiteral("assessor S0042"), with([](TaskFilter &f) { f.assessor = staffNo(42); })});
    steps.append({QStringLiteral("expert S0040"), with([](TaskFilter &f) { f.assessor = staffNo(40); })});
    steps.append({QStringLiteral("an assessor on no team"), with([](TaskFilter &f) { f.assessor = QStringLiteral("S9999"); })});
    steps.append({QStringLiteral("overdue"), with([](TaskFilter &f) { f.overdueOnly = true; })});
    steps.append({QStringLiteral("overdue at AG3"), with([](TaskFilter &f) {
                      f.overdueOnly = true;
                      f.agency = agencyCode(2);
                  })});
    steps.append({QStringLiteral("ACCEPTED at AG3, S0042"), with([](TaskFilter &f) {
                      f.state = state::Accepted;
                      f.agency = agencyCode(2);
                      f.assessor = staffNo(42);
                  })});
    double worst = 0;
    for (const Step &step : steps)
        measure(db, step, runs, &worst);
    out() << QStringLiteral("  slowest first page (median): %1 ms (target < 100 ms)").arg(worst, 0, 'f', 1) << Qt::endl;
    return 0;
}
