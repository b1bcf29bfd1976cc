#pragma once
// What other modules ask about an institution and its staff on a day: is its agreement in force
// and for which service forms, is new intake or settlement suspended, may this staff member work
// or be paid, its grade. Plain values over dates, no SQL: the settlement rules, care dispatch and
// the agreements module all judge a day by these functions, so that each rule is said once.
// The store fills them (database/records/corereads.h: institutionStanding, staffStanding).
#include "policy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc {

// first..last, both days included; a null `last` runs until further notice.
struct DatePeriod {
    QDate first;
    QDate last;
    bool contains(QDate day) const
    {
        return first.isValid() && day >= first && (!last.isValid() || day <= last);
    }
};

// One agreement (服务协议) between the office and an institution: the one an institutions file
// imports, or one signed at the end of a designation.
struct AgreementTerm {
    QString id;                 // "import:<code>" for the imported one
    DatePeriod term;            // agreed from..to
    QDate endedOn;              // terminated (中止/解除) with effect from this day; null: not ended
    QStringList serviceForms;   // service forms it covers
    std::optional<int> depositPermille;  // its own quality-deposit ratio (CONTRACT.md rule 4), if any
    bool inForceOn(QDate day) const { return term.contains(day) && (!endedOn.isValid() || day < endedOn); }
};

enum class SuspensionKind {
    Intake,      // 暂停新增服务对象: no new persons dispatched to it; settlement goes on
    Settlement,  // 暂停结算 (rule R03): its claims for those days are not paid
};

struct Suspension {
    SuspensionKind kind = SuspensionKind::Settlement;
    DatePeriod period;
};

struct InstitutionStanding {
    QString code;
    QString kind;  // ASSESS / CARE
    int grade = 1;
    QString district;
    QList<AgreementTerm> agreements;
    QList<Suspension> suspensions;
    // The registry's profile, for the staffing minimums.
    QStringList registeredForms;  // the service forms it registered with
    bool medicallyQualified = false;
    int capacity = 0;
    bool managementUnit = false;

    // The agreement in force on `day` (the latest-starting one where two overlap), or null.
    const AgreementTerm *agreementOn(QDate day) const;
    bool agreementInForce(QDate day) const { return agreementOn(day) != nullptr; }
    // The service forms its agreement covers on `day` (none when none is in force).
    QStringList serviceFormsOn(QDate day) const;
    bool suspendedOn(SuspensionKind which, QDate day) const;
    bool intakeSuspendedOn(QDate day) const { return suspendedOn(SuspensionKind::Intake, day); }
    bool settlementSuspendedOn(QDate day) const { return suspendedOn(SuspensionKind::Settlement, day); }
    // May a new person be dispatched to it for `form` on `day`: its agreement covers the form
    // and its intake is not suspended (a settlement suspension does not stop intake: R03 is
    // about payment).
    bool mayTakeNewPersonOn(QDate day, const QString &form) const;
    // May its claims for `day` be paid at all (rule R03).
    bool maySettleOn(QDate day) const { return agreementInForce(day) && !settlementSuspendedOn(day); }
};

// Staff roles of CONTRACT.md's staff file.
inline const QStringList kStaffRoles{QStringLiteral("ASSESSOR"), QStringLiteral("EXPERT"), QStringLiteral("DOCTOR"),
                                     QStringLiteral("NURSE"), QStringLiteral("CAREGIVER")};

struct StaffStanding {
    QString staffNo;
    QString institutionCode;
    QString name;
    QString role;
    QString certificateNo;
    DatePeriod employment;            // employed_from..employed_to
    QList<DatePeriod> suspensions;    // suspended from settlement (seed 004 §36: 3-12 months)
    QList<DatePeriod> bars;           // barred from the work (1-3 years)

    bool employedAt(const QString &institution, QDate day) const
    {
        return institution == institutionCode && employment.contains(day);
    }
    bool suspendedOn(QDate day) const;
    bool barredOn(QDate day) const;
    // May work for `institution` on `day`: on its staff and not barred.
    bool mayWorkOn(const QString &institution, QDate day) const
    {
        return employedAt(institution, day) && !barredOn(day);
    }
    // May the fund pay for their work at `institution` on `day` (rule R10).
    bool mayBePaidOn(const QString &institution, QDate day) const
    {
        return mayWorkOn(institution, day) && !suspendedOn(day);
    }
};

// A staffing minimum an institution does not meet on a day: how many it asks for and how many
// of those roles are on the staff (for a management unit: 1 and 0).
struct UnmetStaffing {
    QString code;
    QString name;
    int required = 0;
    int actual = 0;
};

// The policy's minimums that apply to the institution — by the forms its agreement covers on
// `day` (else those it registered with), its medical qualification and capacity — and that its
// staff able to work on `day` do not meet.
QList<UnmetStaffing> unmetStaffing(const QList<StaffingMinimum> &minimums, const InstitutionStanding &institution,
                                   const QList<StaffStanding> &staff, QDate day);

} // namespace ltc
