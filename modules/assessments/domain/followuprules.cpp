#include "assessments/domain/followuprules.h"

namespace ltc::assessments {

QDate lastDayOfOlderLevel(const QString &downgradeStop, QDate newConcludedOn)
{
    if (downgradeStop == QLatin1String("CONCLUSION_DATE"))
        return newConcludedOn.addDays(-1);
    return QDate(newConcludedOn.year(), newConcludedOn.month(), newConcludedOn.daysInMonth());
}

bool isDowngrade(int olderLevel, int newerLevel, bool newerEligible)
{
    return newerLevel < olderLevel || !newerEligible;
}

QString expiryMark(QDate validUntil, QDate asOf, int withinDays)
{
    if (validUntil < asOf)
        return QStringLiteral("OVERDUE");
    if (validUntil <= asOf.addDays(withinDays))
        return QStringLiteral("EXPIRING");
    return {};
}

} // namespace ltc::assessments
