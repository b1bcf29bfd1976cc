#pragma once
// What the agreements screens read, in one place (QtCore + QtSql, no widgets): the institution
// list filtered and paged by SQL, an institution's page (profile, agreements, staff, scores,
// violations, suspensions, history), the designations with their deadlines. The screens hold no
// SQL; `ltcctl list agreements` keeps its own worklist (agreementsworklist.h).
#include "core/money.h"
#include "core/workcalendar.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc::agreements {

// ---- the institution list -------------------------------------------------------------------

// An institution's agreement state on a day: in force (expiring when its last agreement ends
// within 60 days), overdue (the last one ran out with no successor), ended (terminated), not
// started yet, or none (an applicant).
namespace listed {
inline const QString InForce = QStringLiteral("IN_FORCE");
inline const QString Expiring = QStringLiteral("EXPIRING");
inline const QString Overdue = QStringLiteral("OVERDUE");
inline const QString Ended = QStringLiteral("ENDED");
inline const QString NotStarted = QStringLiteral("NOT_STARTED");
inline const QString None = QStringLiteral("NONE");
} // namespace listed
QStringList institutionStatuses();

struct InstitutionFilter {
    QString kind;      // ASSESS / CARE; empty: both
    QString status;    // one of institutionStatuses(); empty: any
    QString district;  // empty: any
    bool expiring = false;  // only those whose last agreement ends within 60 days or has run out
    QString text;      // a part of the name, the code or the credit code
};

struct InstitutionRow {
    QString code;
    QString name;
    QString kind;
    QString uscc;
    int grade = 1;
    QStringList serviceForms;
    QString district;
    QString address;
    QString phone;
    QDate lastAgreementDay;  // the last day its agreements run to (ended ones left out); null: none
    QString status;          // listed::…
    QString endKind;         // of its latest ended agreement: SUSPEND, TERMINATE (or empty: TERMINATE)
    bool suspended = false;  // intake or settlement suspended on the day
    QString designation;     // the state of its latest designation, if any
};

// What the list is ordered by, either way; the code breaks ties so that pages never overlap.
// Default: by code, or soonest end first when only the expiring are asked for. Names are in the
// store's BINARY collation (Unicode code points: institutions keep no pinyin key as persons do);
// the agreement's last day puts institutions without one last in both directions; the state
// follows institutionStatuses().
enum class InstitutionOrder { Default, Code, Name, Kind, Grade, District, Status, LastDay, Suspended, Designation, Phone };
struct InstitutionSort {
    InstitutionOrder by = InstitutionOrder::Default;
    bool descending = false;
};

bool listInstitutions(QSqlDatabase &db, const InstitutionFilter &filter, QDate today, int limit, int offset,
                      QList<InstitutionRow> &rows, QString *error = nullptr, const InstitutionSort &sort = {});
qint64 countInstitutions(QSqlDatabase &db, const InstitutionFilter &filter, QDate today);
QStringList institutionDistricts(QSqlDatabase &db);

// ---- an institution's page --------------------------------------------------------------------

struct InstitutionProfile {
    InstitutionRow listed;
    QString legalRepresentative;
    QString legalRepresentativeId;
    QString contactPerson;
    std::optional<int> capacity;
    bool medicallyQualified = false;
    bool managementUnit = false;
};
std::optional<InstitutionProfile> institutionProfile(QSqlDatabase &db, const QString &code, QDate today);

struct AgreementEntry {
    QString id;  // "import:<code>" for the period an institutions file recorded
    QDate from;
    QDate to;
    QStringList serviceForms;
    std::optional<int> depositPermille;
    bool renewal = false;
    QDate signedOn;
    QDate endedOn;
    QString endReason;
    QString endKind;  // SUSPEND (中止) or TERMINATE (解除); empty before it ended
    QDate filedOn;    // its filing (报备, seed 004 §37); invalid until filed
    QString filedRef;
};
QList<AgreementEntry> agreementsOf(QSqlDatabase &db, const QString &code);  // latest first

struct SuspensionEntry {
    QString id;
    QString kind;  // INTAKE / SETTLEMENT
    QDate from;
    QDate to;      // null: until further notice
    QString reason;
};
QList<SuspensionEntry> suspensionsOf(QSqlDatabase &db, const QString &code);  // latest first

struct ViolationEntry {
    QString id;
    QDate foundOn;
    QString description;
    Fen damages = 0;
    Fen deducted = 0;
    QString deductedPeriod;
};
QList<ViolationEntry> violationsOf(QSqlDatabase &db, const QString &code);  // latest first

struct ScoreEntry {
    QString id;
    int year = 0;
    QString criteriaSet;
    int score = 0;
    QDate scoredOn;
    QJsonArray items;  // [{criterion, max, points}]
};
QList<ScoreEntry> scoresOf(QSqlDatabase &db, const QString &code);  // latest year first

// One change of the audit trail that touched the institution or one of its records.
struct HistoryEntry {
    QString at;  // UTC, as the trail keeps it
    QString username;
    QString action;  // the command's name
    QStringList tables;  // the tables it changed for this institution
};
QList<HistoryEntry> historyOf(QSqlDatabase &db, const QString &code, int limit = 200);  // latest first

// ---- a staff member's history ----------------------------------------------------------------

// One version of a staff member's record as a staff file or a sanction left it (staff_history).
struct StaffVersion {
    int version = 0;
    QString recordedAt;  // UTC; empty for the record as it stood when the history began
    QString institutionCode;
    QString name;
    QString role;
    QString certificateNo;
    QDate employedFrom;
    QDate employedTo;
    QDate suspendedFrom;  // from settlement (3-12 months)
    QDate suspendedTo;
    QDate barredFrom;     // from the work (1-3 years)
    QDate barredTo;
    QStringList changed;  // the columns (staffHistoryColumns()) that differ from the version before
};

// A bar on managing a designated institution (5 years, §36) of the staff member as the
// institution's legal representative, found by citizen ID.
struct RepresentativeBar {
    QString id;
    QString institutionCode;
    QDate from;
    QDate to;
    QString reason;
};

struct StaffHistory {
    QString staffNo;
    QString name;
    QString idNumber;
    QList<StaffVersion> versions;  // oldest first
    QList<RepresentativeBar> representativeBars;  // latest first
};
std::optional<StaffHistory> staffHistory(QSqlDatabase &db, const QString &staffNo);

// ---- designations ---------------------------------------------------------------------------

struct Designation {
    QString id;
    QString institutionCode;
    QString institutionName;
    QString status;
    int attempt = 0;
    QDate appliedOn;
    QStringList materials;
    QDate materialsRequestedOn;
    QDate materialsDueOn;
    QDate materialsReceivedOn;
    int waitedDays = 0;
    QDate reviewDueOn;
    QDate reviewedOn;
    QStringList panel;
    QString reasons;
    QString suggestions;
    QDate secondReviewBy;
    QDate barredUntil;
    QDate publishedFrom;
    QDate publishedTo;
    QDate negotiationFrom;
    QString agreementId;
    QString refusalReason;

    // The deadline its state runs against (materials, review, second review, publication's end)
    // and whether working days count it; null when its state has none.
    QDate deadline() const;
    bool isOpen() const;  // still under way (a failed one while its second review may be asked)
};

// Where a deadline stands on a day: working days left, negative when overdue.
struct DeadlineLeft {
    int workingDays = 0;
    bool overdue = false;
    bool dueToday = false;
};
DeadlineLeft deadlineLeft(const WorkCalendar &calendar, QDate deadline, QDate today);

std::optional<Designation> findDesignation(QSqlDatabase &db, const QString &id);
// Open ones first by deadline, then the closed ones, latest applied first; `openOnly` drops them.
QList<Designation> listDesignations(QSqlDatabase &db, bool openOnly);
QList<Designation> designationsOf(QSqlDatabase &db, const QString &code);  // latest first

struct Objection {
    QString id;
    QDate receivedOn;
    QString text;
};
QList<Objection> objectionsOf(QSqlDatabase &db, const QString &designationId);

// The institutions whose latest designation is published (the passed list) or who hold an
// agreement in force on `day` (the designated list), by code.
QList<InstitutionRow> publishedInstitutions(QSqlDatabase &db, QDate day);
QList<InstitutionRow> designatedInstitutions(QSqlDatabase &db, QDate day);

} // namespace ltc::agreements
