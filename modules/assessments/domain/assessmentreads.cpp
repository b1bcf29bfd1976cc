#include "assessments/domain/assessmentreads.h"

#include "core/region.h"
#include "database/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ltc::assessments {
namespace {

QDate dateOf(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }
QJsonObject objectOf(const QVariant &value) { return QJsonDocument::fromJson(value.toString().toUtf8()).object(); }
QJsonArray arrayOf(const QVariant &value) { return QJsonDocument::fromJson(value.toString().toUtf8()).array(); }

std::optional<Work> workOf(QSqlDatabase &db, const QString &taskId)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT agency_code, accepted_on, due_on, online, officers, "
                                              "agency_accepted_on, publication_until, concluded_on, valid_until, "
                                              "delivered_on, dispute_until FROM "
                                              "assessment_work WHERE task_id = ?"),
                           {taskId});
    if (!q.next())
        return std::nullopt;
    return Work{q.value(0).toString(), dateOf(q.value(1)), dateOf(q.value(2)), q.value(3).toInt() != 0,
                objectOf(q.value(4)),  dateOf(q.value(5)), dateOf(q.value(6)), dateOf(q.value(7)),
                dateOf(q.value(8)),    dateOf(q.value(9)), dateOf(q.value(10))};
}

// The care institutions serving the person on `day`: those the conclusions in force name.
QStringList careInstitutionsOf(QSqlDatabase &db, const QString &personNo, QDate day)
{
    QStringList codes;
    for (const ConclusionRecord &c : conclusionsOf(db, personNo)) {
        if (!c.institutionCode.isEmpty() && c.concludedOn <= day && day <= c.validUntil && !codes.contains(c.institutionCode))
            codes << c.institutionCode;
    }
    return codes;
}

// The assessment a dispute is about: the person's latest task but this one that was concluded,
// or whose publication was objected to.
std::optional<AssessmentTaskRecord> disputedTask(QSqlDatabase &db, const Task &task)
{
    for (const AssessmentTaskRecord &other : assessmentTasksOf(db, task.record.personNo)) {
        if (other.id != task.record.id && (other.state == state::Concluded || other.state == state::Disputed))
            return other;
    }
    return std::nullopt;
}

} // namespace

std::optional<Task> findTask(QSqlDatabase &db, const QString &id)
{
    const std::optional<AssessmentTaskRecord> record = findAssessmentTask(db, id);
    if (!record)
        return std::nullopt;
    const std::optional<PersonRecord> person = findPerson(db, record->personNo);
    if (!person)
        return std::nullopt;
    return Task{*record, *person, workOf(db, id)};
}

AssessmentTerms termsFor(QSqlDatabase &db, const QString &district, QDate day)
{
    const std::optional<Policy> policy = policyFor(db, district, day);
    return policy ? policy->assessment : AssessmentTerms();
}

QList<AgencyFacts> agencyFacts(QSqlDatabase &db, const QString &district, QDate day)
{
    QList<AgencyFacts> facts;
    const QHash<QString, InstitutionStanding> standings = allInstitutionStandings(db);
    for (const InstitutionStanding &s : standings) {
        if (s.kind != QLatin1String("ASSESS") || !(s.district.isEmpty() || regionCovers(s.district, district)))
            continue;
        const int open = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM assessment_work w JOIN assessment_tasks t "
                                                      "ON t.id = w.task_id WHERE w.agency_code = ? AND t.state IN "
                                                      "('%1')")
                                           .arg(openStates().join(QStringLiteral("', '"))),
                                   {s.code})
                             .toInt();
        facts.append({s.code, s.agreementInForce(day), s.intakeSuspendedOn(day), s.capacity, open});
    }
    return facts;
}

QString previousAgency(QSqlDatabase &db, const QString &district)
{
    return scalarSql(db, QStringLiteral("SELECT w.agency_code FROM assessment_work w JOIN persons p ON p.person_no = "
                                        "w.person_no WHERE p.district = ? ORDER BY w.dispatched_at DESC, w.task_id "
                                        "DESC LIMIT 1"),
                     {district})
        .toString();
}

QList<Candidate> candidatesOf(QSqlDatabase &db, const QStringList &institutions, QDate day)
{
    QList<Candidate> candidates;
    for (const QString &code : institutions) {
        for (const StaffRecord &staff : staffOf(db, code)) {
            const StaffStanding standing = standingOf(staff);
            if ((staff.role != QLatin1String("ASSESSOR") && staff.role != QLatin1String("EXPERT"))
                || !standing.employedAt(code, day))
                continue;
            candidates.append({staff.staffNo, code, staff.role, staff.idNumber, standing.suspendedOn(day),
                               standing.barredOn(day)});
        }
    }
    return orderedCandidates(candidates);
}

DrawFacts drawFactsFor(QSqlDatabase &db, const Task &task, QDate day)
{
    DrawFacts facts;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT staff_no FROM assessment_conflicts WHERE person_no = ? AND "
                                              "declared_on <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)"),
                           {task.record.personNo, day.toString(Qt::ISODate), day.toString(Qt::ISODate)});
    while (q.next())
        facts.conflictStaff.insert(q.value(0).toString());
    for (const QString &code : careInstitutionsOf(db, task.record.personNo, day)) {
        for (const StaffRecord &staff : staffOf(db, code))
            facts.careInstitutionIdNumbers.insert(staff.idNumber);
    }
    if (task.isDispute()) {
        if (const std::optional<AssessmentTaskRecord> original = disputedTask(db, task)) {
            const QList<StoredDraw> draws = drawsOf(db, original->id);
            if (!draws.isEmpty()) {
                for (const QString &staffNo : teamOf(draws.last()))
                    facts.originalAssessors.insert(staffNo);
            }
            if (const std::optional<Work> work = workOf(db, original->id))
                facts.originalAgency = work->agencyCode;
        }
    }
    return facts;
}

QList<StoredDraw> drawsOf(QSqlDatabase &db, const QString &taskId)
{
    QList<StoredDraw> draws;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT seq, seed, algorithm, draw_day, agencies, composition, "
                                              "candidates, exclusions, team, reason FROM assessment_draws WHERE "
                                              "task_id = ? ORDER BY seq"),
                           {taskId});
    while (q.next())
        draws.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), dateOf(q.value(3)),
                      objectOf(q.value(4)), objectOf(q.value(5)), arrayOf(q.value(6)), arrayOf(q.value(7)),
                      arrayOf(q.value(8)), q.value(9).toString()});
    return draws;
}

QStringList teamOf(const StoredDraw &draw)
{
    QStringList team;
    for (const QJsonValue &member : draw.team)
        team << member.toObject().value(QStringLiteral("staff_no")).toString();
    return team;
}

std::optional<StoredResult> resultOf(QSqlDatabase &db, const QString &taskId)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT instrument_code, instrument_version, level, assessed_on FROM "
                                              "assessment_results WHERE task_id = ?"),
                           {taskId});
    if (!q.next())
        return std::nullopt;
    return StoredResult{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), dateOf(q.value(3))};
}

QStringList confirmingExperts(QSqlDatabase &db, const QString &taskId)
{
    QStringList experts;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT staff_no FROM assessment_confirmations WHERE task_id = ? ORDER BY "
                                              "staff_no"),
                           {taskId});
    while (q.next())
        experts << q.value(0).toString();
    return experts;
}

std::optional<Instrument> instrumentFor(QSqlDatabase &db, const QString &code, int version)
{
    QSqlQuery q = version > 0
                      ? querySql(db, QStringLiteral("SELECT body FROM assessment_instruments WHERE code = ? AND version = ?"),
                                 {code, version})
                      : querySql(db, QStringLiteral("SELECT body FROM assessment_instruments WHERE code = ? ORDER BY "
                                                    "version DESC LIMIT 1"),
                                 {code});
    if (q.next()) {
        QStringList errors;
        return Instrument::fromJson(objectOf(q.value(0)), &errors);
    }
    for (const Instrument &builtin : builtinInstruments()) {
        if (code == builtin.code && (version == 0 || version == builtin.version))
            return builtin;
    }
    return std::nullopt;
}

} // namespace ltc::assessments
