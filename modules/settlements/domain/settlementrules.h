#pragma once
// The settlement audit rules of CONTRACT.md ("Settlement rules"), as one pure function over
// plain facts: no database, no widgets. ltcctl, the desktop and the server all call this, so a
// claim line is judged the same everywhere. Money is integer fen; every division rounds half up
// once, at the end of its step.
#include "core/money.h"
#include "core/policy.h"
#include "core/standing.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ltc::settlement {

struct ClaimLine {
    QString claimNo;
    int lineNo = 0;
    QString institutionCode;
    int periodYear = 0;
    int periodMonth = 0;
    QString personNo;
    QString serviceForm;
    QDate serviceFrom;
    QDate serviceTo;
    int days = 0;
    Fen amount = 0;
    QString caregiverNo;  // the staff_no of who served; empty: not checked (R10)
};

// A disability conclusion (or an imported beneficiary row).
struct Conclusion {
    int level = 0;
    QDate concludedOn;
    QDate validUntil;
    QString serviceForm;
    QString institutionCode;  // empty: any institution
};

// A care dispatch (派单) under a conclusion: from `from` on, the form and institution paid
// instead of the conclusion's own (core/records.h CareAssignmentRecord).
struct CareAssignment {
    QDate conclusionOn;
    QDate from;
    QString serviceForm;
    QString institutionCode;
    QString recordedAt;  // of two on one day, the later recorded applies
};

struct HospitalStay {
    QDate admittedOn;
    QDate dischargedOn;  // null: still in hospital
};

struct PersonFacts {
    QString district;
    QDate enrolledOn;
    QDate insuredUntil;  // null: still insured
    QDate diedOn;        // null: alive
    QList<Conclusion> conclusions;
    QList<CareAssignment> assignments;  // none: the conclusions' own forms and institutions
    QList<HospitalStay> stays;
};

// An institution as the rules ask about it (core/standing.h): its grade, its agreements (in
// force on a day, for which forms, with which deposit ratio), its settlement suspensions.
using InstitutionFacts = InstitutionStanding;

struct Facts {
    PolicySet policies;
    QHash<QString, PersonFacts> persons;            // by person_no
    QHash<QString, InstitutionFacts> institutions;  // by code
    QHash<QString, StaffStanding> staff;            // by staff_no: the caregivers lines name (R10)
};

struct LineResult {
    QString claimNo;
    int lineNo = 0;
    QString personNo;
    QString institutionCode;
    Fen claimed = 0;
    Fen allowed = 0;
    Fen deducted = 0;
    Fen fund = 0;
    Fen personal = 0;
    Fen deposit = 0;       // quality deposit withheld from the fund share
    int declaredDays = 0;
    int paidDays = 0;
    QStringList reasons;   // distinct codes, sorted: R01 … R10
    QString policy;        // "region/effective_from" of the policy that set the shares
};

// Reason codes, as CONTRACT.md numbers them.
namespace reason {
inline const QString NoEntitlement = QStringLiteral("R01");
inline const QString NotInsured = QStringLiteral("R02");
inline const QString NoAgreement = QStringLiteral("R03");
inline const QString InHospital = QStringLiteral("R04");
inline const QString AlreadyPaid = QStringLiteral("R05");
inline const QString AboveStandard = QStringLiteral("R06");
inline const QString WrongServiceForm = QStringLiteral("R07");
inline const QString BadDeclaration = QStringLiteral("R08");
inline const QString LevelNotEligible = QStringLiteral("R09");
inline const QString CaregiverNotAllowed = QStringLiteral("R10");
}

// Rule 4 of CONTRACT.md: the fund and personal shares of an allowed amount and the quality
// deposit withheld from the fund share, by one policy version — and the deposit ratio of the
// institution's agreement where it sets one (seed 003 四(四)). The audit applies it to each line;
// a first-review override applies it again to the amount the reviewer allows.
struct Shares {
    Fen fund = 0;
    Fen personal = 0;
    Fen deposit = 0;
};
Shares sharesOf(Fen allowed, const Policy &policy, std::optional<int> agreementDepositPermille = std::nullopt);
// The deposit ratio the line's agreement sets (the one in force on `lastDay`), if any.
std::optional<int> agreementDepositPermille(const InstitutionFacts *institution, QDate lastDay);

// The label a result names its policy version by ("region/effective_from"), and the version a
// label names among `policies` (null when it is not there).
QString policyLabel(const Policy &policy);
const Policy *policyByLabel(const PolicySet &policies, const QString &label);

// Audits one month's lines. The lines may come in any order: they are judged in the order of
// claim_no (as text) then line_no, which decides which of two claims for the same day is paid.
// Results come back in that order.
QList<LineResult> auditLines(QList<ClaimLine> lines, const Facts &facts);

// The same rules a person at a time, for a month read from the store person by person and let
// go after each (a million lines and their results are never all in memory). The results are
// those auditLines gives: beyond the line itself, what a result depends on (the days already
// paid, R05) is the person's own, and a person's lines are judged in the same order. Every line
// of a person in the month must come in one call.
class PersonAuditor {
public:
    // `persons`: how many persons will come, to size the table of paid days once.
    explicit PersonAuditor(const Facts &facts, qsizetype persons = 0);
    ~PersonAuditor();
    PersonAuditor(const PersonAuditor &) = delete;
    PersonAuditor &operator=(const PersonAuditor &) = delete;
    // One person's lines, in any order: sorted into the rules' order (claim_no as text, then
    // line_no), and `results` filled in that order, one per line.
    void audit(QList<ClaimLine> &lines, QList<LineResult> &results);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The level of the conclusion that applies to the person on `day` (rule 2: the latest one whose
// benefit has started), whatever its validity or form; nothing when none has started. For
// grouping lines by level (review samples), not for deciding what is paid.
std::optional<int> applicableLevel(const PersonFacts &person, QDate day);

} // namespace ltc::settlement
