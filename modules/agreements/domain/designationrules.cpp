#include "agreements/domain/designationrules.h"
#include "core/tr.h"

#include <QSet>

namespace ltc::agreements {

QDate materialsDueOn(const WorkCalendar &calendar, QDate requestedOn)
{
    return calendar.addWorkingDays(requestedOn, kMaterialsWorkingDays);
}

QDate reviewDueOn(QDate acceptedOn, int daysWaitingForMaterials)
{
    return acceptedOn.addMonths(3).addDays(daysWaitingForMaterials);
}

QString panelProblem(const QStringList &members)
{
    QSet<QString> distinct;
    for (const QString &member : members) {
        if (member.trimmed().isEmpty())
            return Tr::tr("a panel member has no name");
        if (distinct.contains(member.trimmed()))
            return Tr::tr("%1 is named twice on the panel").arg(member.trimmed());
        distinct.insert(member.trimmed());
    }
    if (members.size() < kMinimumPanel)
        return Tr::tr("the panel needs at least %1 members, not %2").arg(kMinimumPanel).arg(members.size());
    if (members.size() % 2 == 0)
        return Tr::tr("the panel needs an odd number of members, not %1").arg(members.size());
    return {};
}

QDate secondReviewDeadline(QDate failedOn) { return failedOn.addMonths(3); }

QDate reapplicationBarredUntil(QDate failedAgainOn) { return failedAgainOn.addYears(1).addDays(-1); }

bool publicationIsLongEnough(const WorkCalendar &calendar, QDate first, QDate last)
{
    // Working days in [first, last]: (first - 1, last].
    return first.isValid() && last >= first
           && calendar.workingDaysBetween(first.addDays(-1), last) >= kPublicationWorkingDays;
}

QDate longestTermEnd(QDate from, bool renewal) { return lastDayOfYears(from, renewal ? kMaxRenewalYears : 1); }

QDate lastDayOfMonths(QDate first, int months) { return first.addMonths(months).addDays(-1); }
QDate lastDayOfYears(QDate first, int years) { return first.addYears(years).addDays(-1); }

} // namespace ltc::agreements
