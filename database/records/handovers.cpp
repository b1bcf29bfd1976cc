#include "handovers.h"

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

} // namespace ltc
