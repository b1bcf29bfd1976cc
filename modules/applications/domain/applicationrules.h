#pragma once
// The rules of application review (DOMAIN.md §A, seed 004 §6-7, CONTRACT.md "Workflow commands
// that scripts rely on"): the states and kinds, the six refusal reasons, the review deadline on
// the working calendar and the eligibility hints. Pure QtCore: the commands, the worklist, ltcctl
// and later the notices and dashboards all ask these functions, never a day count of their own.
#include "core/policy.h"
#include "core/records.h"
#include "core/workcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ltc::applications {

// Application states, as stored and as `ltcctl list applications` prints them.
namespace status {
inline const QString Received = QStringLiteral("RECEIVED");
inline const QString AwaitingMaterials = QStringLiteral("AWAITING_MATERIALS");
inline const QString Accepted = QStringLiteral("ACCEPTED");
inline const QString Refused = QStringLiteral("REFUSED");
}
QStringList allStatuses();
bool isOpen(const QString &status);  // not decided yet: received or awaiting materials
QString statusTitle(const QString &status);  // translated

// Kinds: first assessment (首次评估), dispute re-assessment (复评), scheduled re-assessment (重新评估).
QStringList allKinds();
QString kindTitle(const QString &kind);  // translated
QStringList allChannels();               // COUNTER, ONLINE
QString channelTitle(const QString &channel);  // translated

// The six reasons of seed 004 §6, in its order.
QStringList refusalReasons();
QString refusalReasonTitle(const QString &reason);  // translated; empty for an unknown code

// ---- the review deadline (CONTRACT.md "The review deadline") ------------------------------

// What the policy in force says about the clock.
struct ReviewTerms {
    int workingDays = 5;
    ReviewClock afterMaterials = ReviewClock::Restart;
    static ReviewTerms of(const Policy *policy);  // the defaults when no policy is in force
};

// One stop of the clock: missing materials requested on a day, arrived on another (null: still
// awaited).
struct MaterialsWait {
    QDate requestedOn;
    QDate arrivedOn;
};
QJsonArray waitsToJson(const QList<MaterialsWait> &waits);
QList<MaterialsWait> waitsFromJson(const QJsonArray &json);

// THE deadline: the N-th working day after the day the materials were complete — `receivedOn`
// when nothing was asked for, else the day the last missing items arrived; the day itself is not
// counted. With ReviewClock::Resume the working days used before each request (those after the
// clock's start up to and including the request day) are kept, so fewer remain after the
// arrival; when none remain the decision is due on the arrival day. Null while materials are
// awaited.
QDate reviewDueOn(const WorkCalendar &calendar, const ReviewTerms &terms, QDate receivedOn,
                  const QList<MaterialsWait> &waits);

// Where a deadline stands on `today`: working days left (negative: working days overdue), due
// today, overdue. Every screen, list and notice reads a deadline through this.
struct DeadlineStanding {
    int workingDaysLeft = 0;
    bool dueToday = false;
    bool overdue = false;
};
DeadlineStanding deadlineStanding(const WorkCalendar &calendar, QDate dueOn, QDate today);

// ---- eligibility hints (issue 12 item 4): shown before the decision, never deciding ---------

struct EligibilityFacts {
    QString kind;
    QDate receivedOn;
    PersonRecord person;
    QList<ConclusionRecord> conclusions;   // any order
    QList<HospitalStayRecord> stays;       // any order
    // Of the policy in force, or without one the national fallback (core/policy.h benefitLevels).
    QList<int> eligibleLevels = benefitLevels(nullptr);
    int otherOpenOfKind = 0;               // open applications of the same kind besides this one
    int reassessmentAfterMonths = 6;       // the policy's assessment terms (core/assessmentterms.h)
};

struct EligibilityHint {
    QString code;           // NOT_INSURED, SHORT_INSURANCE, QUALIFYING_CONCLUSION, EARLY_REASSESSMENT, OPEN_SAME_KIND
    QString text;           // translated
    QString refusalReason;  // the seed 004 §6 reason it points to, if any
};
QList<EligibilityHint> eligibilityHints(const EligibilityFacts &facts);

// Why an application of `kind` received on `receivedOn` may not be taken, as its received_on
// field's message, or empty — the rule the assessments' own requests ask (core/assessmentterms.h):
// a DISPUTE after the dispute window of the latest conclusion (one whose window is recorded:
// delivered through assessment); a REASSESS before the latest conclusion is the policy's months old.
QString followUpRefusal(const QString &kind, QDate receivedOn, const QList<ConclusionRecord> &conclusions,
                        const AssessmentTerms &terms);

} // namespace ltc::applications
