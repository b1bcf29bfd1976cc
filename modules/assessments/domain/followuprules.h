#pragma once
// The rules after a conclusion, as plain values over dates (no SQL): the dispute window, when a
// re-assessment may be asked for, when a downgraded level's benefits stop, and which conclusions
// are due for a reminder. Seed 004 §8(六)-(七), seed 003 三(三); each number is the policy's.
#include "core/assessmentterms.h"  // reassessmentAllowedFrom
#include "core/policy.h"

#include <QDate>
#include <QString>
#include <optional>

namespace ltc::assessments {

// Does a level carry benefits under the policy in force (none: the national fallback, the one
// core answer of core/policy.h).
inline bool qualifiesForBenefits(const std::optional<Policy> &policy, int level)
{
    return ltc::qualifiesForBenefits(policy ? &*policy : nullptr, level);
}

// The dispute window and the 6 months before a re-assessment on request are core rules
// (core/assessmentterms.h disputeRefusal, reassessmentRefusal): the applications ask them too.

// A newer conclusion lowers the level (or ends eligibility): the last day the older one pays.
// NEXT_MONTH: the end of the new conclusion's month; CONCLUSION_DATE: the day before it.
QDate lastDayOfOlderLevel(const QString &downgradeStop, QDate newConcludedOn);
// Does a newer conclusion stop the older one early: its level is lower, or not eligible.
bool isDowngrade(int olderLevel, int newerLevel, bool newerEligible);

// A conclusion's reminder on `asOf`: OVERDUE once expired, EXPIRING within `withinDays`, else empty.
QString expiryMark(QDate validUntil, QDate asOf, int withinDays);

} // namespace ltc::assessments
