#pragma once
// The deadlines and limits of designation (定点) and agreements, seed 004 §11 (assessment
// agencies) and §20 (care institutions), §36 (sanctions): one function per rule, over dates and
// the working-day calendar, so that the commands, the worklists and the screens count alike.
#include "core/workcalendar.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ltc::agreements {

// Missing materials, asked for all at once, are to be supplied within 10 working days (§20(二)).
constexpr int kMaterialsWorkingDays = 10;
// The passed list is published for at least 5 working days (§11(二), §20(二)).
constexpr int kPublicationWorkingDays = 5;
// The review panel: at least 5 members, an odd number (§20(二)).
constexpr int kMinimumPanel = 5;

// The last day to supply the missing materials asked for on `requestedOn` (that day not counted).
QDate materialsDueOn(const WorkCalendar &calendar, QDate requestedOn);

// The last day of the comprehensive review: 3 months from acceptance of the application, the
// days spent waiting for its materials not counted (§20(二)).
QDate reviewDueOn(QDate acceptedOn, int daysWaitingForMaterials);

// What is wrong with a review panel of these members (empty: nothing): fewer than 5, an even
// number, a member named twice.
QString panelProblem(const QStringList &members);

// After a first failure the institution may ask for a second review once it has put things
// right, within 3 months of being told (§20(二)); this is the last day.
QDate secondReviewDeadline(QDate failedOn);
// After a second failure it may not apply again for a year: the last day it is barred.
QDate reapplicationBarredUntil(QDate failedAgainOn);

// Whether a publication from `first` to `last` lasts at least 5 working days.
bool publicationIsLongEnough(const WorkCalendar &calendar, QDate first, QDate last);

// The last day an agreement starting on `from` may run: the first one a year, a renewal up to
// three years (§20(三)); a policy's renewal_terms may allow less by the performance score.
constexpr int kMaxRenewalYears = 3;
QDate longestTermEnd(QDate from, bool renewal);

// Staff sanctions (§36): suspended from settlement 3-12 months, barred from the work 1-3 years,
// the legal representative barred 5 years. The last day of a sanction of `count` months/years.
constexpr int kMinSuspensionMonths = 3;
constexpr int kMaxSuspensionMonths = 12;
constexpr int kMinBarYears = 1;
constexpr int kMaxBarYears = 3;
constexpr int kLegalRepresentativeBarYears = 5;
QDate lastDayOfMonths(QDate first, int months);
QDate lastDayOfYears(QDate first, int years);

// Renewal reminders: an agreement ending within 60 days is "expiring".
constexpr int kRenewalReminderDays = 60;

} // namespace ltc::agreements
