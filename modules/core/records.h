#pragma once
// The core records that every module shares, and how each is read from its CSV row
// (CONTRACT.md "Input files"). Cross-field rules live here, once, for imports and commands alike.
#include "citizenid.h"
#include "csvimport.h"
#include "workcalendar.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc {

struct PersonRecord {
    QString personNo;
    QString idNumber;
    QString name;
    Sex sex = Sex::Male;
    QDate birthDate;
    QString insuranceType;  // EMPLOYEE / RESIDENT
    QDate enrolledOn;
    QDate insuredUntil;     // null: still insured
    QDate diedOn;           // null: alive
    QString district;

    static const ImportColumns &columns();
    static std::optional<PersonRecord> read(CsvRowReader &row);
    // Cross-field checks shared by the import and the person commands; calls report(column, message).
    template <typename Report> void validate(Report report) const;
    QStringList validationErrors() const;  // "column: message" per problem
    QJsonObject toJson() const;
    static PersonRecord fromJson(const QJsonObject &json);
    // Insured on `day`: enrolled by then, not past insured_until, not dead (CONTRACT.md R02).
    bool insuredOn(QDate day) const;
};

struct InstitutionRecord {
    QString code;
    QString name;
    QString kind;          // ASSESS / CARE
    QString uscc;          // may be empty
    int grade = 1;         // 1-3
    QStringList serviceForms;
    QDate agreementFrom;
    QDate agreementTo;
    QDate suspendedFrom;   // settlement suspended from…
    QDate suspendedTo;     // …to (null: until further notice)
    QString district;      // optional extension of CONTRACT.md: the supervising district

    static const ImportColumns &columns();
    static std::optional<InstitutionRecord> read(CsvRowReader &row);
    QStringList validationErrors() const;
    QJsonObject toJson() const;
    static InstitutionRecord fromJson(const QJsonObject &json);
};

// A member of an institution's staff (CONTRACT.md "staff"): who may work, and be paid for, a day
// (rule R10) is asked of core/standing.h's StaffStanding, which the store builds from this row.
struct StaffRecord {
    QString staffNo;
    QString institutionCode;
    QString name;
    QString idNumber;
    QString role;           // ASSESSOR / EXPERT / DOCTOR / NURSE / CAREGIVER
    QString certificateNo;  // may be empty
    QDate employedFrom;
    QDate employedTo;       // null: still employed
    QDate suspendedFrom;    // suspended from settlement from…
    QDate suspendedTo;      // …to (null: until further notice)
    QDate barredFrom;       // barred from the work from…
    QDate barredTo;         // …to (null: indefinitely)

    static const ImportColumns &columns();
    static std::optional<StaffRecord> read(CsvRowReader &row);
    QStringList validationErrors() const;  // "column: message" per problem
    QJsonObject toJson() const;
    static StaffRecord fromJson(const QJsonObject &json);
};

// A disability conclusion already issued (CONTRACT.md "beneficiaries"): the entitlement the
// settlement audit checks claims against.
struct ConclusionRecord {
    QString personNo;
    int level = 0;
    QDate concludedOn;
    QDate validUntil;
    QString serviceForm;
    QString institutionCode;  // empty: any institution
    // The last day a dispute is received (core/assessmentterms.h disputeRefusal): set when the
    // assessments deliver the letter; null when not delivered or imported (not known here).
    QDate disputeUntil;

    static const ImportColumns &columns();
    static std::optional<ConclusionRecord> read(CsvRowReader &row);
};

// The service form and designated institution a person was dispatched to (派单, seed 004 §15)
// under one of their conclusions, from a day on: from then the settlement rules pay that form at
// that institution instead of the conclusion's own (until a later assignment under the same
// conclusion). The assessments' care.dispatch writes it (database/records/handovers.h), so that
// the settlement module reads it without knowing that module.
struct CareAssignmentRecord {
    QString id;              // the dispatch's
    QString personNo;
    QDate conclusionOn;      // the concluded_on of the conclusion it was made under
    QString serviceForm;
    QString institutionCode;
    QDate assignedFrom;
    QString recordedAt;      // UTC: of two assignments on one day, the later recorded applies
};

// A hospital stay from the core medical-insurance system (LTC benefits do not overlap it).
struct HospitalStayRecord {
    QString personNo;
    QDate admittedOn;
    QDate dischargedOn;  // null: still in hospital

    static const ImportColumns &columns();
    static std::optional<HospitalStayRecord> read(CsvRowReader &row);
};

struct CalendarEntry {
    QDate date;
    DayKind kind = DayKind::Holiday;

    static const ImportColumns &columns();
    static std::optional<CalendarEntry> read(CsvRowReader &row);
    static QString kindCode(DayKind kind);  // HOLIDAY / WORKDAY
};

} // namespace ltc
