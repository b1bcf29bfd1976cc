#pragma once
// What the assessments screens say: the titles of states, kinds and exclusion reasons, a task's
// panel (its clock, draws, result, confirmations, objections, conclusion), every draw of a task
// as a record anyone can check, and the conclusion letter (HTML for sdk/htmldocument.h, A4).
#include "assessments/domain/assessmentreads.h"
#include "assessments/domain/taskpagereads.h"

#include <QString>
#include <QStringList>

namespace ltc::assessments::ui {

QString stateTitle(const QString &state);
QString kindTitle(const QString &kind);
QString reasonTitle(const QString &reason);  // an exclusion's or an agency refusal's reason
QString officerTitle(const QString &function);  // an officer the policy names beside the team
// The states the worklist's state filter offers, in the task's order, then re-assessments.
QStringList stateFilterCodes();

struct TaskPanel {
    Task task;
    QString agencyName;
    QList<StoredDraw> draws;
    std::optional<ResultDetail> result;
    std::optional<Instrument> instrument;  // the result's version, for the items' names
    QList<ConfirmationRow> confirmations;
    int confirmationsNeeded = 2;
    QList<ObjectionRow> objections;
    QList<EvidenceRow> evidence;
    bool evidenceRemovable = false;  // each item offers a remove link (remove-evidence:<id>)
    QHash<QString, QString> staffNames;  // staff_no → name, for the teams
};
QString taskHtml(const TaskPanel &panel);
// Every draw of the task, the first and each redraw with its reason: the seed and algorithm,
// the agencies considered, the ordered candidates, each exclusion with its reasons, the team.
QString drawsHtml(const TaskPanel &panel);

struct LetterData {
    QString office;
    QString personName;
    QString personNo;
    QString maskedIdNumber;
    int level = 0;
    QList<IndicatorResult> grades;
    QString instrumentName;
    QString instrumentCode;
    int instrumentVersion = 0;
    QDate concludedOn;
    QDate validUntil;
    QDate deliveredOn;   // invalid while not yet delivered
    int disputeWorkingDays = 15;
    QDate disputeUntil;  // once delivered
    QString agencyName;
    QStringList indicatorNames;  // parallel to grades
};
QString letterTitle();
// 长期护理保险失能等级评估结论书: the person, the level, each indicator's total and grade, the
// instrument and its version, the validity, and how and until when to dispute it.
QString letterHtml(const LetterData &letter);

} // namespace ltc::assessments::ui
