#include "handovers.h"

#include "database/sql.h"

#include <QSqlQuery>
#include <QUuid>

namespace ltc {

QString assessmentTaskId(const QString &applicationId)
{
    // A fixed namespace: the same application always gives the same task id.
    static const QUuid kTasks(QStringLiteral("{6f1c2a53-3d7e-4b8e-9a41-2c5d0e7b9f10}"));
    return QUuid::createUuidV5(kTasks, applicationId).toString(QUuid::WithoutBraces);
}

bool createAssessmentTask(CommandContext &ctx, const QString &applicationId, const QString &personNo,
                          const QString &kind)
{
    const QString id = assessmentTaskId(applicationId);
    if (!ctx.exec(QStringLiteral("INSERT INTO assessment_tasks (id, application_id, person_no, kind, state, created_at, "
                                 "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {id, applicationId, personNo, kind, assessment_task::ToDispatch, ctx.now().toString(Qt::ISODate),
                   ctx.user().username}))
        return false;
    ctx.recordChange(QStringLiteral("assessment_tasks"), id, std::nullopt,
                     ctx.fetch(QStringLiteral("assessment_tasks"), QStringLiteral("id"), id));
    return true;
}

bool issueConclusion(CommandContext &ctx, const ConclusionRecord &conclusion, const QString &taskId)
{
    const QString concludedOn = conclusion.concludedOn.toString(Qt::ISODate);
    if (!ctx.exec(QStringLiteral("INSERT INTO conclusions (person_no, level, concluded_on, valid_until, service_form, "
                                 "institution_code, source) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {conclusion.personNo, conclusion.level, concludedOn, conclusion.validUntil.toString(Qt::ISODate),
                   // A level without benefits names no service form: stored as '' (the column is NOT NULL).
                   conclusion.serviceForm.isNull() ? QVariant(QStringLiteral("")) : QVariant(conclusion.serviceForm),
                   conclusion.institutionCode.isEmpty() ? QVariant() : QVariant(conclusion.institutionCode),
                   QStringLiteral("assessment:") + taskId}))
        return false;
    QSqlQuery q(ctx.db());
    q.prepare(QStringLiteral("SELECT * FROM conclusions WHERE person_no = ? AND concluded_on = ?"));
    q.addBindValue(conclusion.personNo);
    q.addBindValue(concludedOn);
    const bool found = q.exec() && q.next();
    ctx.recordChange(QStringLiteral("conclusions"), conclusion.personNo + QLatin1Char('/') + concludedOn, std::nullopt,
                     found ? std::optional<QJsonObject>(rowToJson(q)) : std::nullopt);
    return true;
}

bool moveAssessmentTask(CommandContext &ctx, const QString &taskId, const QString &state)
{
    const std::optional<QJsonObject> before = ctx.fetch(QStringLiteral("assessment_tasks"), QStringLiteral("id"), taskId);
    if (!ctx.exec(QStringLiteral("UPDATE assessment_tasks SET state = ?, row_version = row_version + 1 WHERE id = ?"),
                  {state, taskId}))
        return false;
    ctx.recordChange(QStringLiteral("assessment_tasks"), taskId, before,
                     ctx.fetch(QStringLiteral("assessment_tasks"), QStringLiteral("id"), taskId));
    return true;
}

namespace {
// Sets one column of a conclusion, recorded for the audit and sync.
bool updateConclusion(CommandContext &ctx, const QString &personNo, QDate concludedOn, const QString &column, QDate value)
{
    const QString day = concludedOn.toString(Qt::ISODate);
    const auto fetchRow = [&]() -> std::optional<QJsonObject> {
        QSqlQuery q = querySql(ctx.db(), QStringLiteral("SELECT * FROM conclusions WHERE person_no = ? AND concluded_on = ?"),
                               {personNo, day});
        return q.next() ? std::optional<QJsonObject>(rowToJson(q)) : std::nullopt;
    };
    const std::optional<QJsonObject> before = fetchRow();
    if (!ctx.exec(QStringLiteral("UPDATE conclusions SET %1 = ? WHERE person_no = ? AND concluded_on = ?").arg(column),
                  {value.toString(Qt::ISODate), personNo, day}))
        return false;
    ctx.recordChange(QStringLiteral("conclusions"), personNo + QLatin1Char('/') + day, before, fetchRow());
    return true;
}
} // namespace

bool endConclusionOn(CommandContext &ctx, const QString &personNo, QDate concludedOn, QDate lastDay)
{
    return updateConclusion(ctx, personNo, concludedOn, QStringLiteral("valid_until"), lastDay);
}

bool setDisputeWindow(CommandContext &ctx, const QString &personNo, QDate concludedOn, QDate disputeUntil)
{
    return updateConclusion(ctx, personNo, concludedOn, QStringLiteral("dispute_until"), disputeUntil);
}

bool assignCare(CommandContext &ctx, const CareAssignmentRecord &assignment)
{
    if (!ctx.exec(QStringLiteral("INSERT INTO care_assignments (id, person_no, conclusion_on, service_form, "
                                 "institution_code, assigned_from, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {assignment.id, assignment.personNo, assignment.conclusionOn.toString(Qt::ISODate),
                   assignment.serviceForm, assignment.institutionCode, assignment.assignedFrom.toString(Qt::ISODate),
                   assignment.recordedAt}))
        return false;
    ctx.recordChange(QStringLiteral("care_assignments"), assignment.id, std::nullopt,
                     ctx.fetch(QStringLiteral("care_assignments"), QStringLiteral("id"), assignment.id));
    return true;
}

} // namespace ltc
