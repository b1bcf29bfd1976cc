#pragma once
// What the assessments page reads (issue 13 items 1-4): the worklist in pages with its filters
// done by SQL (state, agency, assessor of the latest draw, overdue), the count for the worker
// thread, the choices of the filter bar and of the step dialogs, and a task's result,
// confirmations and objections for its panel. Reads only; the widgets hold no SQL.
#include "assessments/domain/scoring.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace ltc::assessments {

// A filter value of the state box that is not a state: every task of a dispute or a
// re-assessment (its kind), whatever its state.
inline const QString kReassessmentFilter = QStringLiteral("REASSESSMENT");

struct TaskFilter {
    QString state;     // a state (dispatchrules.h), kReassessmentFilter, or empty
    QString agency;    // the agency dispatched to
    QString assessor;  // a staff_no on the latest draw's team
    bool overdueOnly = false;
};

struct TaskRow {
    QString id;
    QString personNo;
    QString personName;
    QString kind;   // FIRST / DISPUTE / REASSESS
    QString state;
    QString agency;
    QStringList team;  // staff_no of the latest draw, in draw order
    QDate acceptedOn;
    QDate dueOn;       // 30 working days (the policy's number) from acceptance
    bool online = false;
    QDate deliveredOn;
    int workingDaysLeft = 0;  // negative once overdue
    bool clockRunning = false;  // until the letter is delivered; none on a task ended by an objection
    bool late = false;          // conclusionLate (dispatchrules.h), as the overdue filter selects
    QString agencyName{};       // from the institutions registry
    QStringList teamNames{};    // parallel to team, from the staff registry (empty where unknown)
    bool overdue() const { return late; }
};

// Rows in deadline order (not yet dispatched first, then by due date, delivered last), from
// `offset`, at most `limit`; `today` is the office's day the days left are counted from.
bool listTaskRows(QSqlDatabase &db, const TaskFilter &filter, QDate today, int limit, int offset,
                  const std::function<bool(const TaskRow &)> &visit, QString *error = nullptr);
qint64 countTaskRows(QSqlDatabase &db, const TaskFilter &filter, QDate today, QString *error = nullptr);

struct NamedCode {
    QString code;
    QString name;
};
QList<NamedCode> assessmentAgencies(QSqlDatabase &db);  // ASSESS institutions, by code
QList<NamedCode> careInstitutions(QSqlDatabase &db);    // CARE institutions, by code
// Assessors and experts of the assessment agencies (role ASSESSOR or EXPERT; `expertsOnly`:
// EXPERT), by staff_no, the name with the agency's code.
QList<NamedCode> assessmentStaff(QSqlDatabase &db, bool expertsOnly);
QString staffName(QSqlDatabase &db, const QString &staffNo);

struct ResultDetail {
    QString instrumentCode;
    int instrumentVersion = 0;
    ItemScores scores;
    QList<IndicatorResult> totals;
    int level = 0;
    QDate assessedOn;
    QString advice;
};
std::optional<ResultDetail> resultDetailOf(QSqlDatabase &db, const QString &taskId);

struct ConfirmationRow {
    QString staffNo;
    QString name;
    QDate confirmedOn;
};
QList<ConfirmationRow> confirmationsOf(QSqlDatabase &db, const QString &taskId);

struct ObjectionRow {
    int seq = 0;
    QString objector;
    QString text;
    QDate receivedOn;
    bool substantiated = false;
    QString reassessmentTask;
};
QList<ObjectionRow> objectionsOf(QSqlDatabase &db, const QString &taskId);

struct EvidenceRow {
    QString id;
    int seq = 0;
    QString kind;  // PHOTO / VIDEO / NOTE
    QString fileName;
    QString blob;  // empty for a note
    qint64 bytes = 0;
    QString note;
    QString attachedBy;
};
QList<EvidenceRow> evidenceOf(QSqlDatabase &db, const QString &taskId);  // in the order attached
std::optional<EvidenceRow> findEvidence(QSqlDatabase &db, const QString &evidenceId);

} // namespace ltc::assessments
