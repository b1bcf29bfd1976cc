#include "standing.h"

#include <algorithm>

namespace ltc {

const AgreementTerm *InstitutionStanding::agreementOn(QDate day) const
{
    const AgreementTerm *found = nullptr;
    for (const AgreementTerm &agreement : agreements) {
        if (agreement.inForceOn(day) && (!found || agreement.term.first > found->term.first))
            found = &agreement;
    }
    return found;
}

QStringList InstitutionStanding::serviceFormsOn(QDate day) const
{
    const AgreementTerm *agreement = agreementOn(day);
    return agreement ? agreement->serviceForms : QStringList();
}

bool InstitutionStanding::suspendedOn(SuspensionKind which, QDate day) const
{
    return std::any_of(suspensions.cbegin(), suspensions.cend(),
                       [&](const Suspension &s) { return s.kind == which && s.period.contains(day); });
}

bool InstitutionStanding::mayTakeNewPersonOn(QDate day, const QString &form) const
{
    return serviceFormsOn(day).contains(form) && !intakeSuspendedOn(day);
}

namespace {
bool anyContains(const QList<DatePeriod> &periods, QDate day)
{
    return std::any_of(periods.cbegin(), periods.cend(), [day](const DatePeriod &p) { return p.contains(day); });
}
} // namespace

bool StaffStanding::suspendedOn(QDate day) const { return anyContains(suspensions, day); }
bool StaffStanding::barredOn(QDate day) const { return anyContains(bars, day); }

namespace {
bool applies(const StaffingMinimum &minimum, const InstitutionStanding &institution, const QStringList &forms)
{
    const bool offersForm = std::any_of(minimum.serviceForms.cbegin(), minimum.serviceForms.cend(),
                                        [&forms](const QString &form) { return forms.contains(form); });
    return offersForm && (!minimum.medicallyQualifiedOnly || institution.medicallyQualified)
           && institution.capacity >= minimum.capacityAtLeast;
}
} // namespace

QList<UnmetStaffing> unmetStaffing(const QList<StaffingMinimum> &minimums, const InstitutionStanding &institution,
                                   const QList<StaffStanding> &staff, QDate day)
{
    const QStringList agreed = institution.serviceFormsOn(day);
    const QStringList forms = agreed.isEmpty() ? institution.registeredForms : agreed;
    QList<UnmetStaffing> unmet;
    for (const StaffingMinimum &minimum : minimums) {
        if (!applies(minimum, institution, forms))
            continue;
        if (minimum.managementUnit) {
            if (!institution.managementUnit)
                unmet.append({minimum.code, minimum.name, 1, 0});
            continue;
        }
        const auto working = std::count_if(staff.cbegin(), staff.cend(), [&](const StaffStanding &member) {
            return minimum.roles.contains(member.role) && member.mayWorkOn(institution.code, day);
        });
        if (working < minimum.atLeast)
            unmet.append({minimum.code, minimum.name, minimum.atLeast, int(working)});
    }
    return unmet;
}

} // namespace ltc
