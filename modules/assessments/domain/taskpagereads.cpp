#include "assessments/domain/taskpagereads.h"

#include "assessments/domain/assessmentreads.h"
#include "database/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <utility>

namespace ltc::assessments {
namespace {

QDate dateOf(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

// The worklist's order is (deadline_order or '0000' before dispatch, created_at, id). It is read
// in three parts, each a walk of an index, merged by `part`: tasks not yet dispatched (by
// creation), the dispatched ones not yet delivered (by due day), the delivered ones (deadline
// 9999-12-31, the bulk of a million). Within a deadline, accepted_on (the office day of
// created_at, written by dispatch) orders like created_at, so the indexes on (…, deadline_order,
// accepted_on) of assessments migration 5 give the order without sorting the bulk.
enum class Part { ToDispatch, Open, Delivered };

const QString kDelivered = QStringLiteral("'9999-12-31'");

// The person's name and district are read for the page's rows only (the outer query).
const QString kPartColumns = QStringLiteral(
    "t.id, t.person_no, t.kind, t.state, w.agency_code, t.created_at, w.accepted_on, w.due_on, w.online, "
    "w.delivered_on, COALESCE(w.deadline_order, '0000') AS k1");

// An assessor on few teams: their tasks are read by the team index and sorted; one on many is
// found by walking the deadline order (the bench: 4,000 tasks either way in a few ms, 16,000
// sorted take a second, walked a tenth of it).
bool fewTasksOf(QSqlDatabase &db, const QString &staffNo)
{
    return scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM assessment_team_members WHERE staff_no = ? "
                                        "LIMIT 3001)"),
                     {staffNo})
               .toInt()
           <= 3000;
}

// The clock of a task not yet dispatched runs from its creation: per district (its policy's
// number of working days), the instant before which a creation is overdue today.
QString toDispatchLateTerm(QSqlDatabase &db, QDate today, QVariantList &params)
{
    const WorkCalendar calendar = loadCalendar(db);
    QStringList byDistrict;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT DISTINCT p.district FROM assessment_tasks t JOIN persons p ON "
                                              "p.person_no = t.person_no WHERE t.state = ?"),
                           {state::ToDispatch});
    while (q.next()) {
        const QString district = q.value(0).toString();
        const QDate last = lastLateAcceptanceDay(calendar, today, termsFor(db, district, today).conclusionWorkingDays);
        byDistrict << QStringLiteral("(p.district = ? AND t.created_at < ?)");
        // Without the zone suffix: every stored form of a later instant sorts after it.
        params << district << officeDayStart(last.addDays(1)).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    return byDistrict.isEmpty() ? QStringLiteral("0") : QStringLiteral("(%1)").arg(byDistrict.join(QStringLiteral(" OR ")));
}

// One part's FROM … WHERE with its bindings; empty when the filter leaves the part no row. The
// joins are CROSS JOINs so SQLite walks the first table's index in the part's order. `counting`:
// only the tables a term needs (every task has its person, every work row its task).
QString partFrom(QSqlDatabase &db, Part part, const TaskFilter &filter, QDate today, QVariantList &params,
                 bool counting = false)
{
    if (counting && part == Part::Delivered && filter.state.isEmpty() && filter.assessor.isEmpty() && !filter.overdueOnly) {
        QString from = QStringLiteral(" FROM assessment_work w WHERE w.deadline_order = ") + kDelivered;
        if (!filter.agency.isEmpty()) {
            from += QStringLiteral(" AND w.agency_code = ?");
            params << filter.agency;
        }
        return from;
    }
    QStringList terms;
    QString from;
    const bool byAssessor = !filter.assessor.isEmpty();
    switch (part) {
    case Part::ToDispatch:
        // No agency and no draw yet: an agency or assessor filter leaves none.
        if (!filter.agency.isEmpty() || byAssessor
            || (!filter.state.isEmpty() && filter.state != state::ToDispatch && filter.state != kReassessmentFilter))
            return {};
        from = QStringLiteral("assessment_tasks t CROSS JOIN persons p ON p.person_no = t.person_no LEFT JOIN "
                              "assessment_work w ON w.task_id = t.id");
        terms << QStringLiteral("t.state = ? AND w.task_id IS NULL");
        params << state::ToDispatch;
        break;
    case Part::Open:
        // The open tasks are a few thousand: walked by due day, an assessor's among them too.
        from = QStringLiteral("assessment_work w CROSS JOIN assessment_tasks t ON t.id = w.task_id");
        terms << QStringLiteral("w.deadline_order < ") + kDelivered;
        break;
    case Part::Delivered:
        if (filter.overdueOnly)
            return {};  // the clock stopped at delivery
        // Walked by the assessor's few tasks, by the state's tasks in creation order, or by the
        // deadline index (of the agency) in acceptance order (an assessor of many tasks: until
        // a page of theirs is found).
        if (byAssessor && fewTasksOf(db, filter.assessor))
            from = QStringLiteral("assessment_team_members m CROSS JOIN assessment_tasks t ON t.id = m.task_id CROSS "
                                  "JOIN assessment_work w ON w.task_id = t.id");
        else if (!byAssessor && !filter.state.isEmpty() && filter.state != kReassessmentFilter)
            from = QStringLiteral("assessment_tasks t CROSS JOIN assessment_work w ON w.task_id = t.id");
        else
            from = QStringLiteral("assessment_work w CROSS JOIN assessment_tasks t ON t.id = w.task_id");
        terms << QStringLiteral("w.deadline_order = ") + kDelivered;
        break;
    }
    if (filter.state == kReassessmentFilter) {
        terms << QStringLiteral("t.kind <> 'FIRST'");
    } else if (!filter.state.isEmpty() && part != Part::ToDispatch) {
        terms << QStringLiteral("t.state = ?");
        params << filter.state;
    }
    if (!filter.agency.isEmpty()) {
        terms << QStringLiteral("w.agency_code = ?");
        params << filter.agency;
    }
    // The latest draw's team, as migration 5's triggers keep it.
    if (byAssessor && from.startsWith(QStringLiteral("assessment_team_members m"))) {
        terms << QStringLiteral("m.staff_no = ?");
        params << filter.assessor;
    } else if (byAssessor) {
        // A page walks the index and picks the assessor's tasks (unary + keeps SQLite from
        // looking each of them up instead); a count looks them up.
        terms << QStringLiteral("%1w.task_id IN (SELECT task_id FROM assessment_team_members WHERE staff_no = ?)")
                     .arg(counting ? QString() : QStringLiteral("+"));
        params << filter.assessor;
    }
    if (filter.overdueOnly) {
        if (part == Part::ToDispatch) {
            terms << toDispatchLateTerm(db, today, params);
        } else {
            terms << QStringLiteral("w.delivered_on IS NULL AND t.state <> ? AND w.due_on < ?");
            params << state::Disputed << today.toString(Qt::ISODate);
        }
    }
    if (counting && !filter.overdueOnly)
        from.remove(QStringLiteral(" CROSS JOIN persons p ON p.person_no = t.person_no"));
    return QStringLiteral(" FROM %1 WHERE %2").arg(from, terms.join(QStringLiteral(" AND ")));
}

QString partOrder(Part part, const QString &from)
{
    switch (part) {
    case Part::ToDispatch: return QStringLiteral("t.created_at, t.id");
    case Part::Open: return QStringLiteral("w.deadline_order, w.accepted_on, t.created_at, t.id");
    case Part::Delivered:
        if (from.startsWith(QStringLiteral(" FROM assessment_tasks t")))
            return QStringLiteral("t.created_at, t.id");
        return QStringLiteral("w.accepted_on, t.created_at, t.id");
    }
    return {};
}

constexpr Part kParts[] = {Part::ToDispatch, Part::Open, Part::Delivered};

QStringList teamOfJson(const QString &json)
{
    QStringList staff;
    for (const QJsonValue &m : QJsonDocument::fromJson(json.toUtf8()).array())
        staff << m.toObject().value(QStringLiteral("staff_no")).toString();
    return staff;
}

QList<NamedCode> namedCodes(QSqlDatabase &db, const QString &sql, const QVariantList &params = {})
{
    QList<NamedCode> list;
    QSqlQuery q = querySql(db, sql, params);
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

const QString kEvidenceColumns = QStringLiteral("SELECT id, seq, kind, file_name, blob, bytes, note, attached_by FROM "
                                               "assessment_evidence ");

EvidenceRow evidenceRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toInt(),       q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()};
}

} // namespace

bool listTaskRows(QSqlDatabase &db, const TaskFilter &filter, QDate today, int limit, int offset,
                  const std::function<bool(const TaskRow &)> &visit, QString *error)
{
    // Each part gives at most offset + limit rows of its own order; the page is taken from their
    // union in the worklist's order.
    QVariantList params;
    QStringList parts;
    for (const Part part : kParts) {
        const QString from = partFrom(db, part, filter, today, params);
        if (from.isEmpty())
            continue;
        parts << QStringLiteral("SELECT * FROM (SELECT %1 AS part, %2%3 ORDER BY %4 LIMIT %5)")
                     .arg(int(part)).arg(kPartColumns, from, partOrder(part, from)).arg(qint64(offset) + limit);
    }
    if (parts.isEmpty())
        return true;
    QString failure;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT x.id, x.person_no, p.name, x.kind, x.state, x.agency_code, (SELECT "
                                          "d.team FROM assessment_draws d WHERE d.task_id = x.id ORDER BY d.seq DESC "
                                          "LIMIT 1), x.created_at, x.accepted_on, x.due_on, p.district, x.online, "
                                          "x.delivered_on, (SELECT i.name FROM institutions i WHERE i.code = "
                                          "x.agency_code) FROM (")
                               + parts.join(QStringLiteral(" UNION ALL "))
                               + QStringLiteral(") x CROSS JOIN persons p ON p.person_no = x.person_no ORDER BY x.part, "
                                                "x.k1, x.created_at, x.id LIMIT ? OFFSET ?"),
                           params + QVariantList{limit, offset}, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    const WorkCalendar calendar = loadCalendar(db);
    QHash<QString, int> workingDaysByDistrict;  // the deadline of tasks not yet dispatched
    QHash<QString, QString> names;              // staff_no → name, for the page's teams
    while (q.next()) {
        TaskRow row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), teamOfJson(q.value(6).toString()),
                    dateOf(q.value(8)), dateOf(q.value(9)), q.value(11).toInt() != 0, dateOf(q.value(12))};
        row.agencyName = q.value(13).toString();
        for (const QString &staffNo : std::as_const(row.team)) {
            if (!names.contains(staffNo))
                names.insert(staffNo, staffName(db, staffNo));
            row.teamNames << names.value(staffNo);
        }
        if (!row.dueOn.isValid()) {
            const QString district = q.value(10).toString();
            if (!workingDaysByDistrict.contains(district))
                workingDaysByDistrict.insert(district, termsFor(db, district, today).conclusionWorkingDays);
            row.acceptedOn = officeDay(QDateTime::fromString(q.value(7).toString(), Qt::ISODate));
            row.dueOn = conclusionDueOn(calendar, row.acceptedOn, workingDaysByDistrict.value(district));
        }
        row.clockRunning = conclusionClockRuns(row.state, row.deliveredOn.isValid());
        row.late = conclusionLate(row.clockRunning, row.dueOn, today);
        row.workingDaysLeft = row.dueOn >= today ? calendar.workingDaysBetween(today, row.dueOn)
                                                 : -calendar.workingDaysBetween(row.dueOn, today);
        if (!visit(row))
            break;
    }
    return true;
}

qint64 countTaskRows(QSqlDatabase &db, const TaskFilter &filter, QDate today, QString *error)
{
    qint64 total = 0;
    for (const Part part : kParts) {
        QVariantList params;
        const QString from = partFrom(db, part, filter, today, params, true);
        if (from.isEmpty())
            continue;
        QString failure;
        QSqlQuery q = querySql(db, QStringLiteral("SELECT COUNT(*)") + from, params, &failure);
        if (!failure.isEmpty() || !q.next()) {
            if (error)
                *error = failure;
            return -1;
        }
        total += q.value(0).toLongLong();
    }
    return total;
}

QList<NamedCode> assessmentAgencies(QSqlDatabase &db)
{
    return namedCodes(db, QStringLiteral("SELECT code, name FROM institutions WHERE kind = 'ASSESS' ORDER BY code"));
}

QList<NamedCode> careInstitutions(QSqlDatabase &db)
{
    return namedCodes(db, QStringLiteral("SELECT code, name FROM institutions WHERE kind = 'CARE' ORDER BY code"));
}

QList<NamedCode> assessmentStaff(QSqlDatabase &db, bool expertsOnly)
{
    return namedCodes(db, QStringLiteral("SELECT s.staff_no, s.name || ' (' || s.institution_code || ')' FROM staff s "
                                         "JOIN institutions i ON i.code = s.institution_code WHERE i.kind = 'ASSESS' "
                                         "AND s.role IN (%1) ORDER BY s.staff_no")
                              .arg(expertsOnly ? QStringLiteral("'EXPERT'") : QStringLiteral("'ASSESSOR', 'EXPERT'")));
}

QString staffName(QSqlDatabase &db, const QString &staffNo)
{
    return scalarSql(db, QStringLiteral("SELECT name FROM staff WHERE staff_no = ?"), {staffNo}).toString();
}

std::optional<ResultDetail> resultDetailOf(QSqlDatabase &db, const QString &taskId)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT instrument_code, instrument_version, scores, totals, level, "
                                              "assessed_on, advice FROM assessment_results WHERE task_id = ?"),
                           {taskId});
    if (!q.next())
        return std::nullopt;
    ResultDetail detail{q.value(0).toString(), q.value(1).toInt(), {}, {}, q.value(4).toInt(), dateOf(q.value(5)),
                        q.value(6).toString()};
    QStringList ignored;
    detail.scores = itemScoresFromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), &ignored);
    for (const QJsonValue &t : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()) {
        const QJsonObject total = t.toObject();
        detail.totals.append({total.value(QStringLiteral("indicator")).toString(), total.value(QStringLiteral("total")).toInt(),
                              total.value(QStringLiteral("grade")).toInt()});
    }
    return detail;
}

QList<ConfirmationRow> confirmationsOf(QSqlDatabase &db, const QString &taskId)
{
    QList<ConfirmationRow> rows;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT c.staff_no, s.name, c.confirmed_on FROM assessment_confirmations c "
                                              "LEFT JOIN staff s ON s.staff_no = c.staff_no WHERE c.task_id = ? ORDER "
                                              "BY c.confirmed_on, c.staff_no"),
                           {taskId});
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2))});
    return rows;
}

QList<ObjectionRow> objectionsOf(QSqlDatabase &db, const QString &taskId)
{
    QList<ObjectionRow> rows;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT seq, objector, text, received_on, substantiated, reassessment_task "
                                              "FROM assessment_objections WHERE task_id = ? ORDER BY seq"),
                           {taskId});
    while (q.next())
        rows.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), dateOf(q.value(3)),
                     q.value(4).toInt() != 0, q.value(5).toString()});
    return rows;
}

QList<EvidenceRow> evidenceOf(QSqlDatabase &db, const QString &taskId)
{
    QList<EvidenceRow> rows;
    QSqlQuery q = querySql(db, kEvidenceColumns + QStringLiteral("WHERE task_id = ? ORDER BY seq"), {taskId});
    while (q.next())
        rows.append(evidenceRow(q));
    return rows;
}

std::optional<EvidenceRow> findEvidence(QSqlDatabase &db, const QString &evidenceId)
{
    QSqlQuery q = querySql(db, kEvidenceColumns + QStringLiteral("WHERE id = ?"), {evidenceId});
    return q.next() ? std::optional<EvidenceRow>(evidenceRow(q)) : std::nullopt;
}

} // namespace ltc::assessments
