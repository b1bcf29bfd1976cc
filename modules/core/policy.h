#pragma once
// A policy version of one region (CONTRACT.md "Policy file"): eligible levels, benefit start,
// fund and deposit ratios, and rates per service form by level and institution grade.
// Everything that differs by region is here, as data.
#include "assessmentterms.h"
#include "money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc {

enum class RateBasis { PerDay, PerMonth };

struct Rate {
    std::optional<int> level;  // 0-5; absent: any level
    std::optional<int> grade;  // institution grade 1-3; absent: any grade
    Fen fen = 0;
    int specificity() const { return (level ? 1 : 0) + (grade ? 1 : 0); }
};

struct ServiceFormRates {
    QString code;  // e.g. HOME, INST, SPECIAL, ROUNDS
    QString name;
    RateBasis basis = RateBasis::PerDay;
    QList<Rate> rates;
};

// One item of the application materials checklist (CONTRACT.md "application_materials"): which
// application kinds (FIRST, DISPUTE, REASSESS) require it.
struct MaterialItem {
    QString code;
    QString name;
    QStringList requiredFor;
};

// What the review clock does when missing materials arrive (CONTRACT.md "The review deadline").
enum class ReviewClock { Restart, Resume };
// A staffing minimum (seed 004 §14), checked per institution: it applies to an institution that
// offers one of `serviceForms` — and, where set, only to a medically qualified one, or one of at
// least `capacityAtLeast` places — and asks for at least `atLeast` staff in `roles`, or for a
// dedicated LTC management unit. Which forms and numbers apply is the region's policy.
struct StaffingMinimum {
    QString code;
    QString name;
    QStringList serviceForms;
    bool medicallyQualifiedOnly = false;
    int capacityAtLeast = 0;
    QStringList roles;
    int atLeast = 0;
    bool managementUnit = false;
};

// One row of the year-end release of the quality deposit (seed 003 四(四)): an institution whose
// year's performance score is at least `scoreAtLeast` gets `releasePermille` of what was withheld.
struct DepositReleaseStep {
    int scoreAtLeast = 0;
    int releasePermille = 0;
};

// One row of the renewal table (seed 004 §20(三)): an institution whose latest performance score is
// at least `scoreAtLeast` may renew its agreement for up to `maxYears`.
struct RenewalTerm {
    int scoreAtLeast = 0;
    int maxYears = 0;
};

struct Policy {
    QString region;
    QString name;
    QDate effectiveFrom;
    QDate effectiveTo;  // null: open-ended
    QList<int> eligibleLevels;
    QString benefitStart = QStringLiteral("next_month");  // only "next_month" so far
    int fundRatioPermille = 1000;
    int qualityDepositPermille = 0;
    QList<ServiceFormRates> serviceForms;
    // Application review (seed 004 §7): the decision is due this many working days after the
    // materials were complete; the checklist of materials (empty: the policy lists none).
    int reviewWorkingDays = 5;
    ReviewClock reviewClockAfterMaterials = ReviewClock::Restart;
    QList<MaterialItem> applicationMaterials;
    QList<StaffingMinimum> staffingMinimums;  // optional "staffing_minimums"
    QList<DepositReleaseStep> depositRelease;  // optional "deposit_release", by score
    AssessmentTerms assessment;  // optional "assessment" (core/assessmentterms.h)
    QList<RenewalTerm> renewalTerms;  // optional "renewal_terms", by score (empty: no table)

    bool inForceOn(QDate day) const;
    bool isEligibleLevel(int level) const;
    const ServiceFormRates *serviceForm(QStringView code) const;
    // The most specific rate matching level and grade; 0 when none matches.
    Fen rateFen(QStringView formCode, int level, int grade) const;
    // The share of the withheld deposit released for a year's score: the row of the highest
    // threshold the score reaches; none reached (or no table) releases nothing.
    int releasePermilleFor(int score) const;
    // The longest renewal in years for a performance score: the row of the highest threshold the
    // score reaches; none reached (or no table) gives nothing — the renewal is not allowed.
    std::optional<int> renewalYearsFor(int score) const;
    // First day benefits may be paid for a conclusion issued on `concludedOn`.
    QDate benefitStartFor(QDate concludedOn) const;
    // The checklist items an application of `kind` requires.
    QList<MaterialItem> materialsRequiredFor(QStringView kind) const;

    QJsonObject toJson() const;
    // Parses and validates; on failure returns nothing and appends one translated message per
    // problem to *errors, each naming the field path, e.g. "service_forms[2].rates[0].fen: ...".
    // Two equally specific rates that match the same level and grade are an error.
    static std::optional<Policy> fromJson(const QJsonObject &json, QStringList *errors);
};

// The levels that carry benefits: the eligible_levels of the policy in force, or, where no
// policy is in force (null), the national standard's severe levels (3-5). The one fallback every
// module asks (assessments' publication and dispatch, the applications' hints).
QList<int> benefitLevels(const Policy *policy);
bool qualifiesForBenefits(const Policy *policy, int level);

// All loaded versions of all regions.
class PolicySet {
public:
    // Adds a version, replacing one of the same region and effective_from. Refused (with a
    // translated message) if it overlaps another version of the same region.
    bool add(const Policy &policy, QString *error = nullptr);
    const QList<Policy> &all() const { return m_policies; }
    // The version in force on `day` of the narrowest region covering `district`.
    const Policy *policyFor(QStringView district, QDate day) const;

private:
    QList<Policy> m_policies;
};

} // namespace ltc
