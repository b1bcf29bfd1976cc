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

// Does a level carry benefits under the policy in force; without one, the national standard's
// severe levels (3-5), as the applications module reads them.
bool qualifiesForBenefits(const std::optional<Policy> &policy, int level);

// A dispute is received on or before the window's last day (AssessmentTerms::disputeWorkingDays
// working days after delivery, stored as assessment_work.dispute_until when delivered).
bool withinDisputeWindow(QDate disputeUntil, QDate receivedOn);

// A newer conclusion lowers the level (or ends eligibility): the last day the older one pays.
// NEXT_MONTH: the end of the new conclusion's month; CONCLUSION_DATE: the day before it.
QDate lastDayOfOlderLevel(const QString &downgradeStop, QDate newConcludedOn);
// Does a newer conclusion stop the older one early: its level is lower, or not eligible.
bool isDowngrade(int olderLevel, int newerLevel, bool newerEligible);

// A conclusion's reminder on `asOf`: OVERDUE once expired, EXPIRING within `withinDays`, else empty.
QString expiryMark(QDate validUntil, QDate asOf, int withinDays);

} // namespace ltc::assessments
