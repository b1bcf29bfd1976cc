// After a conclusion: withdrawing a declared conflict, a dispute within its window (final once
// decided), and a re-assessment on request (once the conclusion is old enough) or by the office
// after spot checks. Each request hands over a task like an accepted application's.
#include "assessments/domain/assessmentcommands.h"
#include "assessments/domain/commandsupport.h"
#include "assessments/domain/followuprules.h"
#include "core/tr.h"
#include "database/records/handovers.h"
#include "database/sql.h"

#include <QSqlQuery>

namespace ltc::assessments {
namespace {

// ---- withdrawing a conflict of interest ---------------------------------------------------------

// The staff member may be drawn for the person again from the day of withdrawal on (the draw
// reads declared_on <= day < withdrawn_on).
CommandOutcome withdrawConflict(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate withdrawnOn = stepDay(ctx, read, QStringLiteral("withdrawn_on"));
    if (!read.ok())
        return read.failure();
    QSqlQuery q = querySql(ctx.db(), QStringLiteral("SELECT c.declared_on, c.withdrawn_on, p.district FROM "
                                                    "assessment_conflicts c JOIN persons p ON p.person_no = "
                                                    "c.person_no WHERE c.id = ?"),
                           {id});
    if (!q.next())
        return CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("id: there is no declared conflict %1").arg(id));
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(q.value(2).toString()))
        return *outside;
    if (!q.value(1).isNull() && !q.value(1).toString().isEmpty())
        return CommandOutcome::failure(QStringLiteral("state"),
                                       Tr::tr("id: conflict %1 was withdrawn on %2").arg(id, q.value(1).toString()));
    const QDate declaredOn = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    if (withdrawnOn < declaredOn)
        return CommandOutcome::failure(QStringLiteral("invalid"),
                                       Tr::tr("withdrawn_on: is before the declaration of %1").arg(q.value(0).toString()));
    if (!writeRow(ctx, QStringLiteral("assessment_conflicts"), id, QStringLiteral("id = ?"), {id},
                  QStringLiteral("UPDATE assessment_conflicts SET withdrawn_on = ?, row_version = row_version + 1 "
                                 "WHERE id = ?"),
                  {withdrawnOn.toString(Qt::ISODate), id}))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// ---- disputes and re-assessments ------------------------------------------------------------

struct Request {
    QString id;
    QString personNo;
    QString kind;    // DISPUTE / REASSESS
    QString reason;  // DISPUTE / REQUEST / SPOT_CHECK
    QString aboutTask;
    QDate receivedOn;
    QString note;
};

// An open task of the person (not concluded, not ended by an objection) refuses a new one.
std::optional<CommandOutcome> openTaskRefusal(CommandContext &ctx, const QString &personNo)
{
    for (const AssessmentTaskRecord &task : assessmentTasksOf(ctx.db(), personNo)) {
        if (task.state != state::Concluded && task.state != state::Disputed)
            return CommandOutcome::failure(QStringLiteral("conflict"),
                                           Tr::tr("person_no: %1 has an open assessment task %2 (%3)")
                                               .arg(personNo, task.id, task.state));
    }
    return std::nullopt;
}

// Records the request and hands over its task (the id derived from the request's, so that the
// desktop and the server create the same one).
CommandOutcome saveRequest(CommandContext &ctx, const Request &request)
{
    const QString handover = QStringLiteral("request:") + request.id;
    if (!createAssessmentTask(ctx, handover, request.personNo, request.kind)
        || !writeRow(ctx, QStringLiteral("assessment_requests"), request.id, QStringLiteral("id = ?"), {request.id},
                     QStringLiteral("INSERT INTO assessment_requests (id, person_no, kind, reason, about_task, "
                                    "received_on, note, task_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?)"),
                     {request.id, request.personNo, request.kind, request.reason,
                      request.aboutTask.isEmpty() ? QVariant() : QVariant(request.aboutTask),
                      request.receivedOn.toString(Qt::ISODate), request.note.isEmpty() ? QVariant() : QVariant(request.note),
                      assessmentTaskId(handover), ctx.user().username, ctx.now().toString(Qt::ISODate)}))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// A dispute (复评) about a delivered conclusion, received within the policy's working days after
// delivery (seed 004 §8(六): 15; Wenzhou 10). A dispute's conclusion is final: neither it nor a
// conclusion already disputed may be disputed again. The dispute task's draw excludes the
// original agency and assessors (drawFactsFor).
CommandOutcome requestDispute(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    Request request;
    request.id = readNewId(ctx, read, QStringLiteral("assessment_requests"));
    request.kind = request.reason = QStringLiteral("DISPUTE");
    request.aboutTask = read.text(QStringLiteral("task_id"));
    request.receivedOn = stepDay(ctx, read, QStringLiteral("received_on"));
    request.note = read.text(QStringLiteral("note"), false);
    if (!read.ok())
        return read.failure();
    const std::optional<Task> about = findTask(ctx.db(), request.aboutTask);
    if (!about)
        return CommandOutcome::failure(QStringLiteral("not_found"),
                                       Tr::tr("task_id: there is no assessment task %1").arg(request.aboutTask));
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(about->person.district))
        return *outside;
    request.personNo = about->record.personNo;
    if (about->record.state != state::Concluded || !about->work || !about->work->deliveredOn.isValid())
        return CommandOutcome::failure(QStringLiteral("state"),
                                       Tr::tr("task_id: the conclusion of task %1 has not been delivered").arg(about->record.id));
    if (about->isDispute())
        return CommandOutcome::failure(QStringLiteral("state"),
                                       Tr::tr("task_id: task %1 was a dispute; its conclusion is final").arg(about->record.id));
    if (scalarSql(ctx.db(), QStringLiteral("SELECT COUNT(*) FROM assessment_requests WHERE about_task = ? AND kind = "
                                           "'DISPUTE'"),
                  {about->record.id})
            .toInt()
        > 0)
        return CommandOutcome::failure(QStringLiteral("conflict"),
                                       Tr::tr("task_id: the conclusion of task %1 is already disputed").arg(about->record.id));
    if (const QString late = disputeRefusal(about->work->disputeUntil, request.receivedOn); !late.isEmpty())
        return CommandOutcome::failure(QStringLiteral("invalid"), QStringLiteral("received_on: ") + late);
    if (const std::optional<CommandOutcome> open = openTaskRefusal(ctx, request.personNo))
        return *open;
    return saveRequest(ctx, request);
}

// A re-assessment (重新评估, seed 004 §8(七)): on the person's request once the conclusion in
// force is the policy's months old (6); by the office after spot checks at any time.
CommandOutcome requestReassessment(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    Request request;
    request.id = readNewId(ctx, read, QStringLiteral("assessment_requests"));
    request.kind = QStringLiteral("REASSESS");
    request.personNo = read.text(QStringLiteral("person_no"));
    request.reason = read.text(QStringLiteral("reason"));
    if (!request.reason.isEmpty() && request.reason != QLatin1String("REQUEST") && request.reason != QLatin1String("SPOT_CHECK"))
        read.error(QStringLiteral("reason"), Tr::tr("must be REQUEST or SPOT_CHECK"));
    request.receivedOn = stepDay(ctx, read, QStringLiteral("received_on"));
    request.note = read.text(QStringLiteral("note"), request.reason == QLatin1String("SPOT_CHECK"));  // what the check found
    const std::optional<PersonRecord> person =
        request.personNo.isEmpty() ? std::nullopt : findPerson(ctx.db(), request.personNo);
    if (!request.personNo.isEmpty() && !person)
        read.error(QStringLiteral("person_no"), Tr::tr("there is no insured person %1").arg(request.personNo));
    if (!read.ok())
        return read.failure();
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(person->district))
        return *outside;
    std::optional<ConclusionRecord> current;
    for (const ConclusionRecord &c : conclusionsOf(ctx.db(), request.personNo)) {
        if (c.concludedOn <= request.receivedOn) {
            current = c;
            break;
        }
    }
    if (!current)
        return CommandOutcome::failure(QStringLiteral("state"),
                                       Tr::tr("person_no: %1 has no conclusion to re-assess").arg(request.personNo));
    const AssessmentTerms terms = termsFor(ctx.db(), person->district, request.receivedOn);
    const QString early = request.reason == QLatin1String("REQUEST")
                              ? reassessmentRefusal(current->concludedOn, terms.reassessmentAfterMonths, request.receivedOn)
                              : QString();
    if (!early.isEmpty())
        return CommandOutcome::failure(QStringLiteral("invalid"), QStringLiteral("received_on: ") + early);
    if (const std::optional<CommandOutcome> open = openTaskRefusal(ctx, request.personNo))
        return *open;
    return saveRequest(ctx, request);
}

} // namespace

QList<CommandSpec> followUpCommands()
{
    const QString module = QStringLiteral("assessments");
    const QStringList staff = roleIds({Role::Handler, Role::Admin});
    return {
        {QStringLiteral("assessment.withdraw_conflict"), module, roleIds({Role::Handler, Role::AgreementOfficer, Role::Admin}),
         QStringLiteral("Withdraw a declared conflict of interest: the staff member may be drawn again from that day"),
         {QStringLiteral("id, [withdrawn_on]")}, withdrawConflict},
        {QStringLiteral("assessment.request_dispute"), module, staff,
         QStringLiteral("A dispute of a delivered conclusion, within the policy's working days; the dispute's conclusion is final"),
         {QStringLiteral("id (UUID), task_id (the concluded task), [received_on], [note]")}, requestDispute},
        {QStringLiteral("assessment.request_reassessment"), module, staff,
         QStringLiteral("A re-assessment: on request once the conclusion is old enough, or after a spot check at any time"),
         {QStringLiteral("id (UUID), person_no, reason (REQUEST/SPOT_CHECK), [received_on], note (for SPOT_CHECK)")},
         requestReassessment},
    };
}

} // namespace ltc::assessments
