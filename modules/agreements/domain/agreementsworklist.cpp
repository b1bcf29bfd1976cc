#include "agreements/domain/agreementsworklist.h"

#include "agreements/domain/designationrules.h"
#include "core/csvimport.h"
#include "core/standing.h"
#include "core/workcalendar.h"
#include "database/records/corereads.h"

#include <algorithm>

namespace ltc::agreements {
namespace {

const QStringList kStatuses{QStringLiteral("IN_FORCE"), QStringLiteral("EXPIRING"), QStringLiteral("OVERDUE"),
                            QStringLiteral("RENEWED"),  QStringLiteral("ENDED"),    QStringLiteral("NOT_STARTED")};

// An agreement's state on `day`: a later agreement starting by the day after it ends renews it;
// without one, it is expiring from 60 days before its last day and overdue once it has run out.
QString statusOn(const AgreementTerm &agreement, const QList<AgreementTerm> &all, QDate day)
{
    if (agreement.endedOn.isValid() && agreement.endedOn <= day)
        return QStringLiteral("ENDED");
    if (day < agreement.term.first)
        return QStringLiteral("NOT_STARTED");
    const QDate last = agreement.term.last;
    const bool renewed = std::any_of(all.cbegin(), all.cend(), [&](const AgreementTerm &other) {
        return other.id != agreement.id && other.term.first > agreement.term.first
               && other.term.first <= last.addDays(1) && !other.endedOn.isValid();
    });
    if (renewed && day.daysTo(last) <= kRenewalReminderDays)
        return QStringLiteral("RENEWED");
    if (day > last)
        return QStringLiteral("OVERDUE");
    return day.daysTo(last) <= kRenewalReminderDays ? QStringLiteral("EXPIRING") : QStringLiteral("IN_FORCE");
}

QStringList checkFilters(const WorklistFilters &filters)
{
    QStringList problems;
    const QString on = filters.value(QStringLiteral("on"));
    if (!on.isEmpty() && !parseIsoDate(on).isValid())
        problems << QStringLiteral("--on: '%1' is not a date YYYY-MM-DD").arg(on);
    const QString status = filters.value(QStringLiteral("status"));
    if (!status.isEmpty() && !kStatuses.contains(status))
        problems << QStringLiteral("--status: '%1' is not one of %2").arg(status, kStatuses.join(QStringLiteral(", ")));
    return problems;
}

bool rows(QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &sink, QString *error)
{
    const QString on = filters.value(QStringLiteral("on"));
    const QDate day = on.isEmpty() ? officeDate() : parseIsoDate(on);
    const QString wanted = filters.value(QStringLiteral("status"));
    const QHash<QString, InstitutionStanding> standings = allInstitutionStandings(db, error);
    const QHash<QString, QString> names = institutionNames(db);
    QStringList codes = standings.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString &code : std::as_const(codes)) {
        const InstitutionStanding &standing = standings[code];
        for (const AgreementTerm &agreement : standing.agreements) {
            const QString status = statusOn(agreement, standing.agreements, day);
            if (!wanted.isEmpty() && status != wanted)
                continue;
            const QDate last = agreement.term.last;
            if (!sink({code, names.value(code), agreement.id, agreement.term.first.toString(Qt::ISODate),
                       last.toString(Qt::ISODate),
                       agreement.endedOn.isValid() ? QVariant(agreement.endedOn.toString(Qt::ISODate)) : QVariant(),
                       agreement.serviceForms.join(QLatin1Char('|')), status, day.daysTo(last)}))
                return false;
        }
    }
    return error == nullptr || error->isEmpty();
}

QStringList checkDay(const WorklistFilters &filters)
{
    const QString on = filters.value(QStringLiteral("on"));
    if (!on.isEmpty() && !parseIsoDate(on).isValid())
        return {QStringLiteral("--on: '%1' is not a date YYYY-MM-DD").arg(on)};
    return {};
}

bool staffingRows(QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &sink, QString *error)
{
    const QString on = filters.value(QStringLiteral("on"));
    const QDate day = on.isEmpty() ? officeDate() : parseIsoDate(on);
    for (const InstitutionRecord &institution : allInstitutions(db, error)) {
        for (const UnmetStaffing &unmet : unmetStaffingOf(db, institution.code, day)) {
            if (!sink({institution.code, institution.name, unmet.code, unmet.name, unmet.required, unmet.actual}))
                return false;
        }
    }
    return error == nullptr || error->isEmpty();
}

} // namespace

WorklistSpec staffingWorklist()
{
    WorklistSpec spec;
    spec.name = QStringLiteral("staffing");
    spec.summary = QStringLiteral("each institution's unmet staffing minimums (the policy's staffing_minimums) on a day");
    spec.columns = {QStringLiteral("institution_code"), QStringLiteral("institution_name"), QStringLiteral("requirement"),
                    QStringLiteral("requirement_name"), QStringLiteral("required"), QStringLiteral("actual")};
    spec.filters = {{QStringLiteral("on"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the day the staff is counted on (default: today)")}};
    spec.check = checkDay;
    spec.rows = staffingRows;
    return spec;
}

WorklistSpec agreementsWorklist()
{
    WorklistSpec spec;
    spec.name = QStringLiteral("agreements");
    spec.summary = QStringLiteral("every institution's agreements with their renewal state (expiring within 60 days, "
                                  "overdue, renewed, ended)");
    spec.columns = {QStringLiteral("institution_code"), QStringLiteral("institution_name"), QStringLiteral("agreement_id"),
                    QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("ended_on"),
                    QStringLiteral("service_forms"), QStringLiteral("status"), QStringLiteral("days_left")};
    spec.filters = {{QStringLiteral("on"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the day the states are for (default: today)")},
                    {QStringLiteral("status"), QStringLiteral("STATUS"),
                     QStringLiteral("IN_FORCE, EXPIRING, OVERDUE, RENEWED, ENDED or NOT_STARTED")}};
    spec.check = checkFilters;
    spec.rows = rows;
    return spec;
}

} // namespace ltc::agreements
