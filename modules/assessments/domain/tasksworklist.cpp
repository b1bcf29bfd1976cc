#include "assessments/domain/tasksworklist.h"

#include "assessments/domain/assessmentreads.h"
#include "database/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <utility>

namespace ltc::assessments {
namespace {

QStringList checkFilters(const WorklistFilters &filters)
{
    QStringList problems;
    const QString wanted = filters.value(QStringLiteral("state"));
    if (!wanted.isEmpty() && !allStates().contains(wanted))
        problems << QStringLiteral("--state: '%1' is not one of %2").arg(wanted, allStates().join(QStringLiteral(", ")));
    const QString asOf = filters.value(QStringLiteral("as-of"));
    if (!asOf.isEmpty() && !QDate::fromString(asOf, Qt::ISODate).isValid())
        problems << QStringLiteral("--as-of: '%1' is not a date YYYY-MM-DD").arg(asOf);
    return problems;
}

QString teamText(const QString &teamJson)
{
    QStringList staff;
    for (const QJsonValue &m : QJsonDocument::fromJson(teamJson.toUtf8()).array())
        staff << m.toObject().value(QStringLiteral("staff_no")).toString();
    return staff.join(QLatin1Char('|'));
}

// Working days from today to the deadline; negative once it has passed.
int workingDaysLeft(const WorkCalendar &calendar, QDate today, QDate due)
{
    return due >= today ? calendar.workingDaysBetween(today, due) : -calendar.workingDaysBetween(due, today);
}

bool listTasks(QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &sink, QString *error)
{
    const QDate asOf = QDate::fromString(filters.value(QStringLiteral("as-of")), Qt::ISODate);
    const QDate today = asOf.isValid() ? asOf : officeDay(QDateTime::currentDateTimeUtc());
    const WorkCalendar calendar = loadCalendar(db);
    QString where = QStringLiteral("1 = 1");
    QVariantList params;
    for (const auto &[filter, column] : {std::pair{QStringLiteral("state"), QStringLiteral("t.state")},
                                         std::pair{QStringLiteral("agency"), QStringLiteral("w.agency_code")}}) {
        if (filters.contains(filter)) {
            where += QStringLiteral(" AND %1 = ?").arg(column);
            params << filters.value(filter);
        }
    }
    QString failure;
    // Tasks not yet dispatched first (their clock already runs), then by the stored deadline.
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT t.id, t.person_no, t.kind, t.state, w.agency_code, (SELECT d.team FROM "
                                          "assessment_draws d WHERE d.task_id = t.id ORDER BY d.seq DESC LIMIT 1), "
                                          "t.created_at, w.accepted_on, w.due_on, p.district, w.online, w.delivered_on, "
                                          "w.dispute_until FROM assessment_tasks "
                                          "t JOIN persons p ON p.person_no = t.person_no LEFT JOIN assessment_work w ON "
                                          "w.task_id = t.id WHERE %1 ORDER BY COALESCE(w.deadline_order, '0000'), "
                                          "t.created_at, t.id")
                               .arg(where),
                           params, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    QHash<QString, AssessmentTerms> termsByDistrict;  // for the deadline of tasks not yet dispatched
    while (q.next()) {
        const QString taskState = q.value(3).toString();
        QDate acceptedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        QDate due = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        if (!due.isValid()) {
            const QString district = q.value(9).toString();
            if (!termsByDistrict.contains(district))
                termsByDistrict.insert(district, termsFor(db, district, today));
            acceptedOn = officeDay(QDateTime::fromString(q.value(6).toString(), Qt::ISODate));
            due = conclusionDueOn(calendar, acceptedOn, termsByDistrict.value(district).conclusionWorkingDays);
        }
        const bool open = conclusionClockRuns(taskState, !q.value(11).isNull());
        const int left = workingDaysLeft(calendar, today, due);
        const QVariantList row{q.value(0), q.value(1), q.value(2), taskState, q.value(4), teamText(q.value(5).toString()),
                               acceptedOn.toString(Qt::ISODate), due.toString(Qt::ISODate),
                               open ? QVariant(left) : QVariant(), conclusionLate(open, due, today) ? QStringLiteral("overdue") : QVariant(),
                               q.value(10).toInt() != 0 ? QStringLiteral("online") : QVariant(), q.value(11), q.value(12)};
        if (!sink(row))
            return true;
    }
    return true;
}

} // namespace

WorklistSpec tasksWorklist()
{
    WorklistSpec spec;
    spec.name = QStringLiteral("tasks");
    spec.summary = QStringLiteral("assessment tasks in conclusion-deadline order, with working days left");
    spec.columns = QStringList{QStringLiteral("id"),          QStringLiteral("person_no"), QStringLiteral("kind"),
                               QStringLiteral("state"),       QStringLiteral("agency"),    QStringLiteral("team"),
                               QStringLiteral("accepted_on"), QStringLiteral("due_on"),    QStringLiteral("working_days_left"),
                               QStringLiteral("deadline"),    QStringLiteral("mode"),      QStringLiteral("delivered_on"),
                               QStringLiteral("dispute_until")};
    spec.filters = {
        {QStringLiteral("state"), QStringLiteral("S"), QStringLiteral("TO_DISPATCH, DISPATCHED, ACCEPTED, ASSESSED, …"), false},
        {QStringLiteral("agency"), QStringLiteral("CODE"), QStringLiteral("the agency dispatched to"), false},
        {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("count working days left from this day (default: today)"), false},
    };
    spec.check = checkFilters;
    spec.rows = listTasks;
    return spec;
}

} // namespace ltc::assessments
