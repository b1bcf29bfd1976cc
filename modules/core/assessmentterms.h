#pragma once
// A policy's terms for assessment (the optional "assessment" object of a policy file, an
// extension of CONTRACT.md's policy format): the team drawn for an assessment and for a dispute,
// where assessors are drawn from, how the agency is chosen, the deadlines and the validity of a
// conclusion. Each differs by region (seed 004 §8 against seed 003 三(二)-(三)), so each is data;
// a policy without the object gets the defaults below, which are seed 004's (Heilongjiang).
#include "workcalendar.h"

#include <QJsonObject>
#include <QList>
#include <QDate>
#include <QString>

#include <optional>
#include <QStringList>

namespace ltc {

struct TeamTerms {
    int members = 2;         // drawn members on site
    int expertsAtLeast = 1;  // of them experts
    // Members who are not drawn but named at dispatch, by their function (Wenzhou: a handling
    // officer, a commercial-insurer officer, a community officer).
    QStringList officers;
};

struct ValidityTerm {
    QList<int> levels;
    int months = 24;
};

struct AssessmentTerms {
    TeamTerms team;                      // seed 004 §8: ≥2 on site, ≥1 expert
    TeamTerms disputeTeam{2, 2, {}};     // seed 004 §8(六): ≥2 experts on a dispute re-assessment
    QString pool = QStringLiteral("AGENCY");  // AGENCY: the dispatched agency's staff; ALL_AGENCIES: the city's pool
    QString agencyChoice = QStringLiteral("ROTATION");  // ROTATION or RANDOM
    int conclusionWorkingDays = 30;      // acceptance → conclusion letter delivered (seed 004 §8(四))
    int disputeWorkingDays = 15;         // after delivery (seed 004 §8(六); Wenzhou 10)
    // The publication period (公示) is not given a length by any seed ("在一定范围内公示"): a
    // parameter, 5 working days unless the policy says otherwise.
    int publicationWorkingDays = 5;
    int expertConfirmations = 2;         // seed 004 §8(三)
    // Validity by level; a level not listed is valid 24 months, the most seed 004 §8(三)
    // allows for severe levels (the seeds say nothing of the others).
    QList<ValidityTerm> validity;
    QString instrument = QStringLiteral("NATIONAL-2021");  // the scoring instrument's code
    // A re-assessment on the person's request once the conclusion in force is this many months
    // old (seed 004 §8(六)); an office-initiated one after spot checks at any time.
    int reassessmentAfterMonths = 6;
    // Conclusions expiring within this many days are on the reminder list (seeds: "提前提醒";
    // no number given, 60 is a default).
    int expiryReminderDays = 60;
    // When a newer conclusion has a lower level, or one below the benefit threshold, the old
    // level's benefits stop: NEXT_MONTH (from the month after the new conclusion, seed 004) or
    // CONCLUSION_DATE (from the new conclusion's own date, Wenzhou: 自出具评估结论之日起停止).
    QString downgradeStop = QStringLiteral("NEXT_MONTH");
    // The agency's fee for one completed assessment (conclusion letter delivered), paid by the
    // fund (seed 003 三(三): 评估费用由长护险基金列支) and settled monthly through the same two
    // reviews as care claims (seed 004 §28). The seeds give no figure (标准根据民政、财政部门有关
    // 规定), so there is no default: a region's file sets its "fee_fen", and without it no fee
    // line is computed (assessment_fee.compute refuses, naming the field). One rate for every
    // task kind: no seed prices a dispute or re-assessment differently.
    std::optional<qint64> feeFen;

    int validityMonthsFor(int level) const;
    QJsonObject toJson() const;
    // Reads the "assessment" object; every problem is appended to *errors as
    // "assessment.<field>: message". Absent fields keep their defaults.
    static AssessmentTerms fromJson(const QJsonObject &json, QStringList *errors);
};

// The first day a person may ask for a re-assessment (seed 004 §8(六) "出具满6个月"): the
// conclusion in force is `months` old — the same day of the month, `months` later (Qt clamps
// the 31st to the month's last day). The assessments' command refuses earlier; the applications'
// review hints at it.
QDate reassessmentAllowedFrom(QDate concludedOn, int months);

// The one rule of both ways a dispute or a re-assessment on request arrives — the assessments'
// assessment.request_dispute and request_reassessment, and an application of kind DISPUTE or
// REASSESS (modules/applications): why one received on `receivedOn` may not be taken, as the
// message of its received_on field, or empty.
// A dispute is received on or before the window's last day (`disputeUntil`: the policy's
// disputeWorkingDays working days after delivery; see disputeWindowEnd).
QString disputeRefusal(QDate disputeUntil, QDate receivedOn);
// A re-assessment on request once the conclusion of `concludedOn` is `months` old.
QString reassessmentRefusal(QDate concludedOn, int months, QDate receivedOn);
// The dispute window's last day for a conclusion letter delivered on `deliveredOn`.
QDate disputeWindowEnd(const WorkCalendar &calendar, QDate deliveredOn, int workingDays);

} // namespace ltc
