#pragma once
// What the assessments module reads from the store: a task with what dispatch added to it, the
// facts a draw is made on (agencies, candidates, exclusions), its draws, result and
// confirmations, and the instrument versions. Reads only; portable QtSql.
#include "assessments/domain/dispatchrules.h"
#include "assessments/domain/draw.h"
#include "assessments/domain/scoring.h"
#include "core/assessmentterms.h"
#include "database/records/corereads.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace ltc::assessments {

struct Work {
    QString agencyCode;
    QDate acceptedOn;
    QDate dueOn;
    bool online = false;
    QJsonObject officers;
    QDate agencyAcceptedOn;
    QDate publicationUntil;
    QDate concludedOn;
    QDate validUntil;
    QDate deliveredOn;   // the conclusion letter reached the applicant
    QDate disputeUntil;  // the last day to ask for a dispute re-assessment
};

struct Task {
    AssessmentTaskRecord record;
    PersonRecord person;
    std::optional<Work> work;  // after dispatch
    bool isDispute() const { return record.kind == QLatin1String("DISPUTE"); }
};

std::optional<Task> findTask(QSqlDatabase &db, const QString &id);

// The assessment terms of the policy in force for the person on `day` (defaults without one).
AssessmentTerms termsFor(QSqlDatabase &db, const QString &district, QDate day);

// The assessment agencies serving `district` (their district covers it, or they name none),
// as chooseAgency sees them on `day`.
QList<AgencyFacts> agencyFacts(QSqlDatabase &db, const QString &district, QDate day);
// The agency the district's latest dispatch went to (for rotation), or empty.
QString previousAgency(QSqlDatabase &db, const QString &district);

// The candidates of the pool on `day`: ASSESSOR and EXPERT staff of `institutions` employed
// there that day, with their standing (draw.h point 3; orderedCandidates sorts them).
QList<Candidate> candidatesOf(QSqlDatabase &db, const QStringList &institutions, QDate day);
// What excludes candidates from a draw for `task` on `day`.
DrawFacts drawFactsFor(QSqlDatabase &db, const Task &task, QDate day);

struct StoredDraw {
    int seq = 0;
    QString seed;
    QString algorithm;
    QDate drawDay;
    QJsonObject agencies;
    QJsonObject composition;
    QJsonArray candidates;
    QJsonArray exclusions;
    QJsonArray team;
    QString reason;
};
QList<StoredDraw> drawsOf(QSqlDatabase &db, const QString &taskId);  // by seq
QStringList teamOf(const StoredDraw &draw);                          // staff_no in draw order

struct StoredResult {
    QString instrumentCode;
    int instrumentVersion = 0;
    int level = 0;
    QDate assessedOn;
};
std::optional<StoredResult> resultOf(QSqlDatabase &db, const QString &taskId);
QStringList confirmingExperts(QSqlDatabase &db, const QString &taskId);

// The latest version of an instrument (a loaded one, else the built-in), or a given version.
std::optional<Instrument> instrumentFor(QSqlDatabase &db, const QString &code, int version = 0);

} // namespace ltc::assessments
