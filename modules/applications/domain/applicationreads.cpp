#include "applications/domain/applicationreads.h"

#include "database/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ltc::applications {
namespace {

const QString kApplicationColumns = QStringLiteral(
    "id, person_no, kind, channel, status, received_on, clock_waits, due_on, handler, submitted_by, submitted_at, "
    "decided_by, decided_at, refusal_reason, refusal_text, applicant_kind, applicant_name, applicant_id_number");

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Application readApplication(const QSqlQuery &q)
{
    Application a;
    a.id = q.value(0).toString();
    a.personNo = q.value(1).toString();
    a.kind = q.value(2).toString();
    a.channel = q.value(3).toString();
    a.status = q.value(4).toString();
    a.receivedOn = dateOf(q.value(5));
    a.waits = waitsFromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array());
    a.dueOn = dateOf(q.value(7));
    a.handler = q.value(8).toString();
    a.submittedBy = q.value(9).toString();
    a.submittedAt = q.value(10).toString();
    a.decidedBy = q.value(11).toString();
    a.decidedAt = q.value(12).toString();
    a.refusalReason = q.value(13).toString();
    a.refusalText = q.value(14).toString();
    a.applicantKind = q.value(15).toString();
    a.applicantName = q.value(16).toString();
    a.applicantIdNumber = q.value(17).toString();
    return a;
}

QJsonValue dateJson(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

std::optional<Application> findApplication(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT %1 FROM applications WHERE id = ?").arg(kApplicationColumns), {id});
    return q.next() ? std::optional<Application>(readApplication(q)) : std::nullopt;
}

QList<Application> applicationsOf(QSqlDatabase &db, const QString &personNo)
{
    QList<Application> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT %1 FROM applications WHERE person_no = ? ORDER BY received_on DESC, "
                                          "submitted_at DESC, id")
                               .arg(kApplicationColumns),
                           {personNo});
    while (q.next())
        list.append(readApplication(q));
    return list;
}

int openApplicationsOfKind(QSqlDatabase &db, const QString &personNo, const QString &kind, const QString &exceptId)
{
    // COALESCE: a null id to leave out must not make the comparison unknown and count nothing.
    return scalarSql(db,
                     QStringLiteral("SELECT COUNT(*) FROM applications WHERE person_no = ? AND kind = ? AND status IN "
                                    "(?, ?) AND id <> COALESCE(?, '')"),
                     {personNo, kind, status::Received, status::AwaitingMaterials, sqlText(exceptId)})
        .toInt();
}

QJsonObject MaterialState::toJson() const
{
    return {{QStringLiteral("code"), code},         {QStringLiteral("name"), name},
            {QStringLiteral("required"), required}, {QStringLiteral("received"), received},
            {QStringLiteral("received_on"), dateJson(receivedOn)}, {QStringLiteral("requested_on"), dateJson(requestedOn)}};
}

QList<MaterialState> materialsOf(QSqlDatabase &db, const QString &applicationId)
{
    QList<MaterialState> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT code, name, required, received, received_on, requested_on FROM "
                                          "application_materials WHERE application_id = ? ORDER BY position, code"),
                           {applicationId});
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0, q.value(3).toInt() != 0,
                     dateOf(q.value(4)), dateOf(q.value(5))});
    return list;
}

namespace {
const char *const kScanColumns = "id, application_id, material_code, file_name, media_type, blob, bytes, attached_by, "
                                 "attached_at";

ScanRecord readScan(const QSqlQuery &q)
{
    return ScanRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toString()};
}
} // namespace

QList<ScanRecord> scansOf(QSqlDatabase &db, const QString &applicationId)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT %1 FROM application_scans WHERE application_id = ? ORDER BY "
                                              "seq").arg(QLatin1String(kScanColumns)),
                           {applicationId});
    QList<ScanRecord> scans;
    while (q.next())
        scans.append(readScan(q));
    return scans;
}

std::optional<ScanRecord> findScan(QSqlDatabase &db, const QString &scanId)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT %1 FROM application_scans WHERE id = ?").arg(QLatin1String(kScanColumns)),
                           {scanId});
    return q.next() ? std::optional<ScanRecord>(readScan(q)) : std::nullopt;
}

QJsonArray materialsJson(const QList<MaterialState> &materials)
{
    QJsonArray json;
    for (const MaterialState &item : materials)
        json.append(item.toJson());
    return json;
}

QStringList missingRequired(const QList<MaterialState> &materials)
{
    QStringList codes;
    for (const MaterialState &item : materials) {
        if (item.required && !item.received)
            codes << item.code;
    }
    return codes;
}

QList<ApplicationEvent> historyOf(QSqlDatabase &db, const QString &applicationId)
{
    QList<ApplicationEvent> events;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT seq, action, status, username, at, details, materials FROM "
                                          "application_events WHERE application_id = ? ORDER BY seq"),
                           {applicationId});
    while (q.next())
        events.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                       QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array()});
    return events;
}

QList<PersonRecord> findApplicants(QSqlDatabase &db, const QString &numberIdOrName, int limit)
{
    QList<PersonRecord> found;
    PersonSelection selection = personsFound(numberIdOrName.trimmed());
    selection.personNosSql += QStringLiteral(" ORDER BY name, person_no LIMIT %1").arg(qMax(0, limit));
    forEachPerson(db, selection, [&found](const PersonRecord &person) { found.append(person); });
    std::sort(found.begin(), found.end(), [](const PersonRecord &a, const PersonRecord &b) {
        return a.name == b.name ? a.personNo < b.personNo : a.name < b.name;
    });
    return found;
}

QStringList deadlineWarnings(QSqlDatabase &db, const Application &application)
{
    const QDate last = application.dueOn.isValid() ? application.dueOn : application.receivedOn;
    return loadCalendar(db).missingDataWarnings(application.receivedOn, last);
}

ReviewTerms reviewTermsFor(QSqlDatabase &db, const QString &district, QDate receivedOn)
{
    const std::optional<Policy> policy = policyFor(db, district, receivedOn);
    return ReviewTerms::of(policy ? &*policy : nullptr);
}

EligibilityFacts eligibilityFacts(QSqlDatabase &db, const Application &application)
{
    EligibilityFacts facts;
    facts.kind = application.kind;
    facts.receivedOn = application.receivedOn;
    if (const std::optional<PersonRecord> person = findPerson(db, application.personNo)) {
        facts.person = *person;
        const std::optional<Policy> policy = policyFor(db, person->district, application.receivedOn);
        facts.eligibleLevels = benefitLevels(policy ? &*policy : nullptr);
        if (policy)
            facts.reassessmentAfterMonths = policy->assessment.reassessmentAfterMonths;
    }
    facts.conclusions = conclusionsOf(db, application.personNo);
    facts.stays = hospitalStaysOf(db, application.personNo);
    facts.otherOpenOfKind = openApplicationsOfKind(db, application.personNo, application.kind, application.id);
    return facts;
}

QList<EligibilityHint> hintsFor(QSqlDatabase &db, const Application &application)
{
    return eligibilityHints(eligibilityFacts(db, application));
}

std::optional<PersonHistory> personHistory(QSqlDatabase &db, const QString &personNo)
{
    const std::optional<PersonRecord> person = findPerson(db, personNo);
    if (!person)
        return std::nullopt;
    return PersonHistory{*person, applicationsOf(db, personNo), conclusionsOf(db, personNo), hospitalStaysOf(db, personNo),
                         assessmentTasksOf(db, personNo)};
}

} // namespace ltc::applications
