#include "assessments/domain/followupreads.h"

#include "assessments/domain/assessmentreads.h"
#include "assessments/domain/followuprules.h"
#include "core/workcalendar.h"
#include "database/sql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace ltc::assessments {
namespace {

QDate dayOf(const QString &text) { return QDate::fromString(text, Qt::ISODate); }

QStringList checkConclusionFilters(const WorklistFilters &filters)
{
    QStringList problems;
    const QString asOf = filters.value(QStringLiteral("as-of"));
    if (!asOf.isEmpty() && !dayOf(asOf).isValid())
        problems << QStringLiteral("--as-of: '%1' is not a date YYYY-MM-DD").arg(asOf);
    if (filters.contains(QStringLiteral("expiring-within"))) {
        bool ok = false;
        const int days = filters.value(QStringLiteral("expiring-within")).toInt(&ok);
        if (!ok || days < 0 || days > 3660)
            problems << QStringLiteral("--expiring-within: must be a number of days 0-3660");
    }
    return problems;
}

// Each person's latest conclusion that ends by the horizon; the reminder by the given number of
// days, else by the policy in force in the person's district.
bool listConclusions(QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &sink, QString *error)
{
    const QDate asOf = filters.contains(QStringLiteral("as-of")) ? dayOf(filters.value(QStringLiteral("as-of"))) : officeDate();
    const bool given = filters.contains(QStringLiteral("expiring-within"));
    const int givenDays = filters.value(QStringLiteral("expiring-within")).toInt();
    const QDate horizon = asOf.addDays(given ? givenDays : 366);  // no policy's reminder is longer
    QString failure;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT c.person_no, p.name, p.district, c.level, c.concluded_on, c.valid_until, "
                                          "c.institution_code, (SELECT COUNT(*) FROM assessment_tasks t WHERE "
                                          "t.person_no = c.person_no AND t.state NOT IN ('%1', '%2')) FROM conclusions c "
                                          "JOIN persons p ON p.person_no = c.person_no WHERE c.valid_until <= ? AND NOT "
                                          "EXISTS (SELECT 1 FROM conclusions n WHERE n.person_no = c.person_no AND "
                                          "n.concluded_on > c.concluded_on) ORDER BY c.valid_until, c.person_no")
                               .arg(state::Concluded, state::Disputed),
                           {horizon.toString(Qt::ISODate)}, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    QHash<QString, int> daysByDistrict;
    while (q.next()) {
        const QString district = q.value(2).toString();
        if (!given && !daysByDistrict.contains(district))
            daysByDistrict.insert(district, termsFor(db, district, asOf).expiryReminderDays);
        const QDate validUntil = dayOf(q.value(5).toString());
        const QString mark = expiryMark(validUntil, asOf, given ? givenDays : daysByDistrict.value(district));
        if (mark.isEmpty())
            continue;
        const QVariantList row{q.value(0), q.value(1), district, q.value(3).toInt(), q.value(4), q.value(5),
                               int(asOf.daysTo(validUntil)), mark, q.value(6),
                               q.value(7).toInt() > 0 ? QStringLiteral("open") : QVariant()};
        if (!sink(row))
            return true;
    }
    return true;
}

// The care institutions serving the person in [from, to]: named by a conclusion in force then,
// or chosen at a care dispatch by `to`.
QStringList servingInstitutions(QSqlDatabase &db, const QString &personNo, QDate from, QDate to)
{
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT institution_code FROM conclusions WHERE person_no = ? AND "
                                          "institution_code IS NOT NULL AND institution_code <> '' AND concluded_on <= ? "
                                          "AND valid_until >= ? UNION SELECT institution_code FROM care_dispatches WHERE "
                                          "person_no = ? AND dispatched_on <= ? ORDER BY 1"),
                           {personNo, to.toString(Qt::ISODate), from.toString(Qt::ISODate), personNo, to.toString(Qt::ISODate)});
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

} // namespace

WorklistSpec conclusionsWorklist()
{
    WorklistSpec spec;
    spec.name = QStringLiteral("conclusions");
    spec.summary = QStringLiteral("conclusions expiring soon or expired: each person's latest, by its last valid day");
    spec.columns = QStringList{QStringLiteral("person_no"),   QStringLiteral("name"),         QStringLiteral("district"),
                               QStringLiteral("level"),       QStringLiteral("concluded_on"), QStringLiteral("valid_until"),
                               QStringLiteral("days_left"),   QStringLiteral("reminder"),     QStringLiteral("institution"),
                               QStringLiteral("reassessment")};
    spec.filters = {
        {QStringLiteral("expiring-within"), QStringLiteral("DAYS"),
         QStringLiteral("expiring within this many days (default: the policy's expiry_reminder_days, 60)"), false},
        {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("count days from this day (default: today)"), false},
    };
    spec.check = checkConclusionFilters;
    spec.rows = listConclusions;
    return spec;
}

ReassessmentReport reassessmentReport(QSqlDatabase &db, QDate from, QDate to)
{
    QHash<QString, ReassessmentRank> byPerson;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT t.person_no, p.name, p.district, t.created_at FROM assessment_tasks "
                                              "t JOIN persons p ON p.person_no = t.person_no WHERE t.kind IN "
                                              "('REASSESS', 'DISPUTE')"));
    while (q.next()) {
        // created_at is an instant; the period is in office days.
        const QDate day = officeDate(QDateTime::fromString(q.value(3).toString(), Qt::ISODate));
        if (day < from || day > to)
            continue;
        ReassessmentRank &rank = byPerson[q.value(0).toString()];
        rank.personNo = q.value(0).toString();
        rank.name = q.value(1).toString();
        rank.district = q.value(2).toString();
        ++rank.requests;
    }
    ReassessmentReport report;
    QHash<QString, InstitutionRank> byInstitution;
    for (ReassessmentRank &rank : byPerson) {
        rank.institutions = servingInstitutions(db, rank.personNo, from, to);
        for (const QString &code : rank.institutions) {
            InstitutionRank &institution = byInstitution[code];
            institution.code = code;
            institution.persons += 1;
            institution.requests += rank.requests;
        }
        report.persons << rank;
    }
    for (InstitutionRank &institution : byInstitution) {
        institution.name = scalarSql(db, QStringLiteral("SELECT name FROM institutions WHERE code = ?"), {institution.code}).toString();
        report.institutions << institution;
    }
    std::sort(report.persons.begin(), report.persons.end(), [](const ReassessmentRank &a, const ReassessmentRank &b) {
        return a.requests != b.requests ? a.requests > b.requests : a.personNo < b.personNo;
    });
    std::sort(report.institutions.begin(), report.institutions.end(), [](const InstitutionRank &a, const InstitutionRank &b) {
        return a.requests != b.requests ? a.requests > b.requests : a.code < b.code;
    });
    return report;
}

} // namespace ltc::assessments
