#pragma once
// What the module reads of its own tables, once, for the commands, the worklist and the screens:
// an application, its materials checklist as it stands, its history of decisions, and a person's
// history (earlier applications, conclusions, hospital stays, assessment tasks) for the counter.
// Portable QtSql; nothing here writes.
#include "applications/domain/applicationrules.h"
#include "database/records/corereads.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace ltc::applications {

struct Application {
    QString id;
    QString personNo;
    QString kind;
    QString channel;
    QString status;
    QDate receivedOn;
    QList<MaterialsWait> waits;  // every stop of the review clock, in order
    QDate dueOn;                 // null while materials are awaited
    QString handler;             // the last handler who acted on it (none yet for an online one)
    QString submittedBy;
    QString submittedAt;
    QString decidedBy;
    QString decidedAt;
    QString refusalReason;
    QString refusalText;
    QString applicantKind;  // PERSON, GUARDIAN, AGENT
    QString applicantName;
    QString applicantIdNumber;
};
std::optional<Application> findApplication(QSqlDatabase &db, const QString &id);
// The person's applications, latest received first.
QList<Application> applicationsOf(QSqlDatabase &db, const QString &personNo);
// How many open applications of `kind` the person has, not counting `exceptId`.
int openApplicationsOfKind(QSqlDatabase &db, const QString &personNo, const QString &kind, const QString &exceptId = {});

struct MaterialState {
    QString code;
    QString name;
    bool required = false;
    bool received = false;
    QDate receivedOn;   // when it came in
    QDate requestedOn;  // when it was last asked for (null: never)
    QJsonObject toJson() const;
};
QList<MaterialState> materialsOf(QSqlDatabase &db, const QString &applicationId);  // in checklist order
QJsonArray materialsJson(const QList<MaterialState> &materials);
QStringList missingRequired(const QList<MaterialState> &materials);  // codes

// One decision or step in an application's life: who, when (the deciding side's clock: the
// server's, once synced), what, and the materials as they were after it.
struct ApplicationEvent {
    int seq = 0;
    QString action;  // the command: application.submit, …
    QString status;  // the state after it
    QString username;
    QString at;
    QJsonObject details;
    QJsonArray materials;
};
QList<ApplicationEvent> historyOf(QSqlDatabase &db, const QString &applicationId);  // in order

// A scan attached to an application (PDF or JPEG), kept as a blob named by its SHA-256 and
// synced through the blob channel; `materialCode` is the checklist item it shows, empty for none.
struct ScanRecord {
    QString id;
    QString applicationId;
    QString materialCode;
    QString fileName;
    QString mediaType;  // application/pdf or image/jpeg
    QString blob;       // SHA-256
    qint64 bytes = 0;
    QString attachedBy;
    QString attachedAt;
};
QList<ScanRecord> scansOf(QSqlDatabase &db, const QString &applicationId);  // in the order attached
std::optional<ScanRecord> findScan(QSqlDatabase &db, const QString &scanId);

// The facts the eligibility hints read, from the store; the hints of one application.
EligibilityFacts eligibilityFacts(QSqlDatabase &db, const Application &application);
QList<EligibilityHint> hintsFor(QSqlDatabase &db, const Application &application);

// A person's history for the counter: the person, earlier applications, conclusions, hospital
// stays and the assessment tasks handed over.
struct PersonHistory {
    PersonRecord person;
    QList<Application> applications;
    QList<ConclusionRecord> conclusions;
    QList<HospitalStayRecord> stays;
    QList<AssessmentTaskRecord> tasks;
};
std::optional<PersonHistory> personHistory(QSqlDatabase &db, const QString &personNo);

// The persons a counter search finds (person number or citizen ID number exactly, or part of the
// name), by name, at most `limit`.
QList<PersonRecord> findApplicants(QSqlDatabase &db, const QString &numberIdOrName, int limit);

// Translated warnings where the calendar has no data for a year the application's deadline
// counts through: the due date is then counted on weekends alone and may be wrong.
QStringList deadlineWarnings(QSqlDatabase &db, const Application &application);

// The review terms of an application: those of the policy in force for the person's district
// on the day it was received.
ReviewTerms reviewTermsFor(QSqlDatabase &db, const QString &district, QDate receivedOn);

} // namespace ltc::applications
