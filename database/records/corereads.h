#pragma once
// The core records as every module reads them: persons, institutions (and their staff, once the
// staff file has a table), conclusions, hospital stays, the calendar and the policies. The SQL
// over these tables is here once, so that no module writes its own against tables it does not
// own, and a change of their schema has one reader to follow. Portable QtSql; nothing here writes.
#include "core/money.h"
#include "core/policy.h"
#include "core/records.h"
#include "core/standing.h"
#include "core/workcalendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>

namespace ltc {

// The persons a bulk read covers: those whose numbers a query selects — usually from the
// module's own table ("SELECT DISTINCT person_no FROM claim_lines WHERE period = ?"), so that a
// month's audit reads the facts of its persons and no others — or every person.
struct PersonSelection {
    QString personNosSql;  // selects one column of person numbers; empty: every person
    QVariantList params;
    static PersonSelection all() { return {}; }
};

// ---- persons ------------------------------------------------------------------------------

std::optional<PersonRecord> findPerson(QSqlDatabase &db, const QString &personNo);
// Every selected person, in no particular order.
bool forEachPerson(QSqlDatabase &db, const PersonSelection &selection,
                   const std::function<void(const PersonRecord &)> &visit, QString *error = nullptr);
// Persons whose name contains `part` (taken literally: a typed '%' is a percent sign), as a
// selection for a subquery.
PersonSelection personsNamed(const QString &part);
// Persons a counter search finds by what the applicant gives: the person number or the citizen
// ID number exactly, or a part of the name.
PersonSelection personsFound(const QString &numberIdOrName);
// The same for a worklist over a million rows, each branch through an index: the citizen ID
// number exactly, or a part of the person number or of the name wherever it stands. (Through
// the desktop's search table: on a store that keeps one — not the server's.)
PersonSelection personsMatching(const QString &text);
// Their numbers, at most `limit` of them (ask for one more than you can use to know there are more).
QStringList personNosNamed(QSqlDatabase &db, const QString &part, int limit);

// ---- conclusions and hospital stays -----------------------------------------------------------

QList<ConclusionRecord> conclusionsOf(QSqlDatabase &db, const QString &personNo);  // latest concluded first
bool forEachConclusion(QSqlDatabase &db, const PersonSelection &selection,
                       const std::function<void(const ConclusionRecord &)> &visit, QString *error = nullptr);
QList<HospitalStayRecord> hospitalStaysOf(QSqlDatabase &db, const QString &personNo);  // latest admitted first
bool forEachHospitalStay(QSqlDatabase &db, const PersonSelection &selection,
                         const std::function<void(const HospitalStayRecord &)> &visit, QString *error = nullptr);
// The care assignments (care dispatches) of the selected persons, in no particular order.
bool forEachCareAssignment(QSqlDatabase &db, const PersonSelection &selection,
                           const std::function<void(const CareAssignmentRecord &)> &visit, QString *error = nullptr);

// ---- assessment tasks (the hand-over from application review to assessment) ------------------

struct AssessmentTaskRecord {
    QString id;
    QString applicationId;
    QString personNo;
    QString kind;       // the application's kind
    QString state;      // TO_DISPATCH, …
    QString createdAt;  // UTC, the deciding side's clock
    QString createdBy;
};
QList<AssessmentTaskRecord> assessmentTasksOf(QSqlDatabase &db, const QString &personNo);  // latest first
std::optional<AssessmentTaskRecord> findAssessmentTask(QSqlDatabase &db, const QString &id);

// ---- institutions ---------------------------------------------------------------------------

std::optional<InstitutionRecord> findInstitution(QSqlDatabase &db, const QString &code);
QList<InstitutionRecord> allInstitutions(QSqlDatabase &db, QString *error = nullptr);  // by code
QHash<QString, QString> institutionNames(QSqlDatabase &db);  // code → name

// What every module asks of an institution on a day (core/standing.h): its agreements — the one
// an institutions file imported (the row's agreement_from..agreement_to, id "import:<code>") and
// those signed through designation (institution_agreements) — and its suspensions — the row's
// settlement suspension and those recorded since (institution_suspensions).
std::optional<InstitutionStanding> institutionStanding(QSqlDatabase &db, const QString &code);
QHash<QString, InstitutionStanding> allInstitutionStandings(QSqlDatabase &db, QString *error = nullptr);  // by code

// Liquidated damages of an institution not yet deducted from a payment, oldest first.
struct OutstandingDamages {
    QString violationId;
    Fen outstanding = 0;
};
QList<OutstandingDamages> outstandingDamagesOf(QSqlDatabase &db, const QString &institutionCode);

// The institution's performance score of `year` (the latest scored), if it was scored.
std::optional<int> yearScoreOf(QSqlDatabase &db, const QString &institutionCode, int year);

// The last day a legal representative (by citizen ID) is barred on `day`, or null.
QDate representativeBarredThrough(QSqlDatabase &db, const QString &idNumber, QDate day);

// ---- staff ----------------------------------------------------------------------------------
// One definition of who worked where and when, and who may be paid (rule R10).

std::optional<StaffRecord> findStaff(QSqlDatabase &db, const QString &staffNo);
QList<StaffRecord> staffOf(QSqlDatabase &db, const QString &institutionCode);  // by staff_no
StaffStanding standingOf(const StaffRecord &staff);
QHash<QString, StaffStanding> allStaffStandings(QSqlDatabase &db, QString *error = nullptr);  // by staff_no
// The staffing minimums of the policy in force for the institution's district on `day` that it
// does not meet (seed 004 §14).
QList<UnmetStaffing> unmetStaffingOf(QSqlDatabase &db, const QString &code, QDate day);

// ---- calendar and policies --------------------------------------------------------------------

WorkCalendar loadCalendar(QSqlDatabase &db);
// Every stored policy version; a stored version that no longer loads is reported in `errors`.
PolicySet loadPolicies(QSqlDatabase &db, QStringList *errors = nullptr);
// The version in force on `day` for a person of `district` (the narrowest region covering it).
std::optional<Policy> policyFor(QSqlDatabase &db, const QString &district, QDate day);
// Service form code → its name in the stored policies ("HOME_VISIT" → "上门护理"); the latest
// version's name wins.
QHash<QString, QString> serviceFormNames(QSqlDatabase &db);

} // namespace ltc
