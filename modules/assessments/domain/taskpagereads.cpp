#include "assessments/domain/taskpagereads.h"

#include "assessments/domain/assessmentreads.h"
#include "database/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ltc::assessments {
namespace {

QDate dateOf(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

// LIKE's wildcards taken literally (ESCAPE '\').
QString likeLiteral(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

const QString kFrom = QStringLiteral(" FROM assessment_tasks t JOIN persons p ON p.person_no = t.person_no LEFT JOIN "
                                     "assessment_work w ON w.task_id = t.id");

// The WHERE of a filter with its bindings. The assessor is matched in the latest draw's team as
// stored (drawrecord.h: compact JSON objects with "staff_no"); overdue means a due date passed
// with the letter not delivered, on a task not ended by an objection.
QString whereOf(const TaskFilter &filter, QDate today, QVariantList &params)
{
    QStringList terms{QStringLiteral("1 = 1")};
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
        terms << QStringLiteral("EXISTS (SELECT 1 FROM assessment_draws d WHERE d.task_id = t.id AND d.seq = (SELECT "
                                "MAX(d2.seq) FROM assessment_draws d2 WHERE d2.task_id = t.id) AND d.team LIKE ? "
                                "ESCAPE '\\')");
        params << QStringLiteral("%\"staff_no\":\"%1\"%").arg(likeLiteral(filter.assessor));
    }
    if (filter.overdueOnly) {
        terms << QStringLiteral("w.delivered_on IS NULL AND t.state <> '%1' AND w.due_on < ?").arg(state::Disputed);
        params << today.toString(Qt::ISODate);
    }
    return terms.join(QStringLiteral(" AND "));
}

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
    QVariantList params;
    const QString where = whereOf(filter, today, params);
    params << limit << offset;
    QString failure;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT t.id, t.person_no, p.name, t.kind, t.state, w.agency_code, (SELECT "
                                          "d.team FROM assessment_draws d WHERE d.task_id = t.id ORDER BY d.seq DESC "
                                          "LIMIT 1), t.created_at, w.accepted_on, w.due_on, p.district, w.online, "
                                          "w.delivered_on")
                               + kFrom + QStringLiteral(" WHERE ") + where
                               + QStringLiteral(" ORDER BY COALESCE(w.deadline_order, '0000'), t.created_at, t.id "
                                                "LIMIT ? OFFSET ?"),
                           params, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    const WorkCalendar calendar = loadCalendar(db);
    QHash<QString, int> workingDaysByDistrict;  // the deadline of tasks not yet dispatched
    while (q.next()) {
        TaskRow row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), teamOfJson(q.value(6).toString()),
                    dateOf(q.value(8)), dateOf(q.value(9)), q.value(11).toInt() != 0, dateOf(q.value(12))};
        if (!row.dueOn.isValid()) {
            const QString district = q.value(10).toString();
            if (!workingDaysByDistrict.contains(district))
                workingDaysByDistrict.insert(district, termsFor(db, district, today).conclusionWorkingDays);
            row.acceptedOn = officeDay(QDateTime::fromString(q.value(7).toString(), Qt::ISODate));
            row.dueOn = conclusionDueOn(calendar, row.acceptedOn, workingDaysByDistrict.value(district));
        }
        row.clockRunning = !row.deliveredOn.isValid() && row.state != state::Disputed;
        row.late = row.clockRunning && today > row.dueOn;
        row.workingDaysLeft = row.dueOn >= today ? calendar.workingDaysBetween(today, row.dueOn)
                                                 : -calendar.workingDaysBetween(row.dueOn, today);
        if (!visit(row))
            break;
    }
    return true;
}

qint64 countTaskRows(QSqlDatabase &db, const TaskFilter &filter, QDate today, QString *error)
{
    QVariantList params;
    const QString where = whereOf(filter, today, params);
    QString failure;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT COUNT(*)") + kFrom + QStringLiteral(" WHERE ") + where, params, &failure);
    if (!failure.isEmpty() || !q.next()) {
        if (error)
            *error = failure;
        return -1;
    }
    return q.value(0).toLongLong();
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
