#pragma once
// The rules of dispatching a task: which designated agencies may take it and which one does
// (rotation or a draw, policy data), the task's states and the deadline of its conclusion.
// Plain values, no SQL (assessmentreads.h gathers the facts).
#include "assessments/domain/draw.h"
#include "core/workcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ltc::assessments {

// The task's states (issue 13 item 1). TO_DISPATCH is the hand-over's (database/records/handovers.h).
namespace state {
inline const QString ToDispatch = QStringLiteral("TO_DISPATCH");
inline const QString Dispatched = QStringLiteral("DISPATCHED");
inline const QString Accepted = QStringLiteral("ACCEPTED");              // by the agency
inline const QString Assessed = QStringLiteral("ASSESSED");              // result recorded
inline const QString AwaitingConfirmation = QStringLiteral("AWAITING_CONFIRMATION");  // some, not all, experts
inline const QString Confirmed = QStringLiteral("CONFIRMED");            // not a qualifying level: no publication
inline const QString InPublication = QStringLiteral("IN_PUBLICATION");   // a qualifying level, 公示
inline const QString Concluded = QStringLiteral("CONCLUDED");
// A third party's objection during publication was substantiated (seed 004 §8(六)): no
// conclusion from this task; a re-assessment task (kind DISPUTE) replaces it.
inline const QString Disputed = QStringLiteral("DISPUTED");
} // namespace state
QStringList allStates();
// States in which the task occupies its agency (counted against its capacity).
QStringList openStates();

// Why an agency may not take the task.
namespace agency_refusal {
inline const QString NoAgreement = QStringLiteral("NO_AGREEMENT");
inline const QString IntakeSuspended = QStringLiteral("INTAKE_SUSPENDED");
inline const QString AtCapacity = QStringLiteral("AT_CAPACITY");
inline const QString OriginalAgency = QStringLiteral("ORIGINAL_AGENCY");
} // namespace agency_refusal

struct AgencyFacts {
    QString code;
    bool agreementInForce = false;  // on the dispatch day
    bool intakeSuspended = false;
    int capacity = 0;               // open tasks it may hold at once; 0: not limited
    int openTasks = 0;
};

struct AgencyRefusal {
    QString code;
    QString reason;
};

struct AgencyChoice {
    QString mode;              // ROTATION or RANDOM
    QStringList eligible;      // by code
    QList<AgencyRefusal> refused;
    QString previous;          // ROTATION: the agency the district's last dispatch went to
    QString chosen;            // empty: none may take it
};

// ROTATION: the first eligible agency after `previous` in code order, wrapping round (the first
// one when there is no previous dispatch). RANDOM: eligible[rng.uniformIndex(eligible.size())],
// the first number the draw's generator gives (draw.h point 4).
AgencyChoice chooseAgency(QList<AgencyFacts> agencies, const QString &originalAgency, const QString &mode,
                          const QString &previous, SplitMix64 &rng);

// The conclusion letter is due the N-th working day after acceptance (seed 004 §8(四): 30).
QDate conclusionDueOn(const WorkCalendar &calendar, QDate acceptedOn, int workingDays);

// The office's date of a UTC instant (the offices keep China Standard Time, UTC+8).
QDate officeDay(const QDateTime &utc);
// The UTC instant `day` starts at the office (officeDay(officeDayStart(d)) == d).
QDateTime officeDayStart(QDate day);

// The conclusion clock (seed 004 §8(四), DOMAIN.md §B): it runs from the acceptance of the
// application (the task's creation, so also while the task waits to be dispatched) until the
// letter is delivered; a task ended by a substantiated objection has none.
bool conclusionClockRuns(const QString &taskState, bool delivered);
// Overdue: the clock runs and the due day has passed. The worklist's red and its overdue filter
// both follow this (the filter in SQL through lastLateAcceptanceDay for tasks not dispatched).
bool conclusionLate(bool clockRunning, QDate dueOn, QDate today);
// The last acceptance day whose letter is late on `today` (due days grow with acceptance days):
// a running clock accepted on or before it is overdue.
QDate lastLateAcceptanceDay(const WorkCalendar &calendar, QDate today, int workingDays);

} // namespace ltc::assessments
