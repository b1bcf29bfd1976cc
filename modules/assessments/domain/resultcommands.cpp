// The result, the experts' confirmations, the conclusion, and the instrument versions.
#include "assessments/domain/assessmentcommands.h"
#include "assessments/domain/commandsupport.h"
#include "assessments/domain/followuprules.h"
#include "core/tr.h"
#include "database/records/handovers.h"
#include "database/sql.h"
#include "database/tables.h"

#include <QJsonArray>

namespace ltc::assessments {
namespace {

QJsonArray totalsJson(const ScoreResult &result)
{
    QJsonArray totals;
    for (const IndicatorResult &r : result.indicators)
        totals.append(QJsonObject{{QStringLiteral("indicator"), r.code},
                                  {QStringLiteral("total"), r.total},
                                  {QStringLiteral("grade"), r.grade}});
    return totals;
}

// The scores on the instrument the policy in force names, at its latest version; that version is
// stored with the result and nothing later changes it.
CommandOutcome recordResult(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (task->record.state != state::Accepted)
        return notAllowed(*task, QStringLiteral("record_result"), {state::Accepted});
    const QDate assessedOn = stepDay(ctx, read, QStringLiteral("assessed_on"));
    if (task->work && assessedOn.isValid() && assessedOn < task->work->agencyAcceptedOn)
        read.error(QStringLiteral("assessed_on"), Tr::tr("is before the agency accepted the task"));
    const QString advice = read.text(QStringLiteral("advice"), false);  // care-service advice (seed 004 §8(五))
    const AssessmentTerms terms = termsFor(ctx.db(), task->person.district, assessedOn);
    const std::optional<Instrument> instrument = instrumentFor(ctx.db(), terms.instrument);
    if (!instrument)
        read.error(QStringLiteral("scores"), Tr::tr("the policy's instrument %1 is not loaded").arg(terms.instrument));
    QStringList problems;
    const ItemScores scores = itemScoresFromJson(args.value(QStringLiteral("scores")).toObject(), &problems);
    const std::optional<ScoreResult> result =
        instrument && problems.isEmpty() ? scoreAssessment(*instrument, scores, &problems) : std::nullopt;
    for (const QString &problem : problems)
        read.error(problem.section(QStringLiteral(": "), 0, 0), problem.section(QStringLiteral(": "), 1));
    if (!read.ok() || !result)
        return read.failure();
    if (!writeRow(ctx, QStringLiteral("assessment_results"), task->record.id, QStringLiteral("task_id = ?"),
                  {task->record.id},
                  QStringLiteral("INSERT INTO assessment_results (task_id, person_no, instrument_code, "
                                 "instrument_version, scores, totals, level, assessed_on, advice, recorded_by, "
                                 "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {task->record.id, task->record.personNo, instrument->code, instrument->version,
                   compactJson(itemScoresToJson(scores)), compactJson(totalsJson(*result)), result->level,
                   assessedOn.toString(Qt::ISODate), advice.isEmpty() ? QVariant() : QVariant(advice),
                   ctx.user().username, ctx.now().toString(Qt::ISODate)})
        || !moveAssessmentTask(ctx, task->record.id, state::Assessed))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// An expert who may confirm: an EXPERT on the staff of an assessment agency on the day, neither
// suspended nor barred, with no declared conflict with the person and not on the staff of their
// care institution (the draw's exclusions, said once in draw.h).
QString expertProblem(CommandContext &ctx, const Task &task, const QString &staffNo, QDate day)
{
    const std::optional<StaffRecord> staff = findStaff(ctx.db(), staffNo);
    if (!staff || staff->role != QLatin1String("EXPERT"))
        return Tr::tr("%1 is not an assessment expert").arg(staffNo);
    const StaffStanding standing = standingOf(*staff);
    if (!standing.employedAt(staff->institutionCode, day))
        return Tr::tr("%1 is not employed on %2").arg(staffNo, day.toString(Qt::ISODate));
    const Candidate candidate{staff->staffNo, staff->institutionCode, staff->role, staff->idNumber,
                              standing.suspendedOn(day), standing.barredOn(day)};
    const QList<Exclusion> excluded = exclusionsOf({candidate}, drawFactsFor(ctx.db(), task, day));
    if (!excluded.isEmpty())
        return Tr::tr("%1 may not confirm this assessment: %2").arg(staffNo, excluded.first().reasons.join(QStringLiteral(", ")));
    return {};
}

CommandOutcome confirm(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (task->record.state != state::Assessed && task->record.state != state::AwaitingConfirmation)
        return notAllowed(*task, QStringLiteral("confirm"), {state::Assessed, state::AwaitingConfirmation});
    const QString staffNo = read.text(QStringLiteral("staff_no"));
    const QDate confirmedOn = stepDay(ctx, read, QStringLiteral("confirmed_on"));
    if (!read.ok())
        return read.failure();
    if (const QString problem = expertProblem(ctx, *task, staffNo, confirmedOn); !problem.isEmpty())
        return CommandOutcome::failure(QStringLiteral("invalid"), QStringLiteral("staff_no: ") + problem);
    QStringList experts = confirmingExperts(ctx.db(), task->record.id);
    if (experts.contains(staffNo))  // at least two different experts: one cannot count twice
        return CommandOutcome::failure(QStringLiteral("conflict"),
                                       Tr::tr("staff_no: %1 has already confirmed this assessment").arg(staffNo));
    experts << staffNo;
    const AssessmentTerms terms = termsFor(ctx.db(), task->person.district, confirmedOn);
    const std::optional<Policy> policy = policyFor(ctx.db(), task->person.district, confirmedOn);
    const int level = resultOf(ctx.db(), task->record.id)->level;
    QString next = state::AwaitingConfirmation;
    QDate publicationUntil;
    if (experts.size() >= terms.expertConfirmations) {
        // A qualifying level is published first (seed 004 §8(四)); any other is concluded directly.
        const bool qualifies = policy && policy->isEligibleLevel(level);
        next = qualifies ? state::InPublication : state::Confirmed;
        if (qualifies)
            publicationUntil = loadCalendar(ctx.db()).addWorkingDays(confirmedOn, terms.publicationWorkingDays);
    }
    const QString key = task->record.id + QLatin1Char('/') + staffNo;
    if (!writeRow(ctx, QStringLiteral("assessment_confirmations"), key, QStringLiteral("task_id = ? AND staff_no = ?"),
                  {task->record.id, staffNo},
                  QStringLiteral("INSERT INTO assessment_confirmations (task_id, staff_no, person_no, confirmed_on, "
                                 "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {task->record.id, staffNo, task->record.personNo, confirmedOn.toString(Qt::ISODate),
                   ctx.user().username, ctx.now().toString(Qt::ISODate)})
        || (publicationUntil.isValid()
            && !writeRow(ctx, QStringLiteral("assessment_work"), task->record.id, QStringLiteral("task_id = ?"),
                         {task->record.id},
                         QStringLiteral("UPDATE assessment_work SET publication_until = ?, row_version = row_version + "
                                        "1 WHERE task_id = ?"),
                         {publicationUntil.toString(Qt::ISODate), task->record.id}))
        || !moveAssessmentTask(ctx, task->record.id, next))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// ---- the conclusion ---------------------------------------------------------------------------

// The service form and the care institution the person chose (a qualifying level only): the form
// in the policy, the institution designated for it and taking new persons (standing.h).
void readChoice(CommandContext &ctx, JsonArgs &read, const std::optional<Policy> &policy, QDate day,
                ConclusionRecord &conclusion)
{
    conclusion.serviceForm = read.text(QStringLiteral("service_form"));
    conclusion.institutionCode = read.text(QStringLiteral("institution_code"), false);
    if (!conclusion.serviceForm.isEmpty() && (!policy || !policy->serviceForm(conclusion.serviceForm)))
        read.error(QStringLiteral("service_form"), Tr::tr("%1 is not a service form of the policy in force").arg(conclusion.serviceForm));
    if (conclusion.institutionCode.isEmpty())
        return;
    const std::optional<InstitutionStanding> institution = institutionStanding(ctx.db(), conclusion.institutionCode);
    if (!institution || institution->kind != QLatin1String("CARE"))
        read.error(QStringLiteral("institution_code"), Tr::tr("%1 is not a care institution").arg(conclusion.institutionCode));
    else if (!institution->mayTakeNewPersonOn(day, conclusion.serviceForm))
        read.error(QStringLiteral("institution_code"),
                   Tr::tr("%1 may not take new persons for %2 on %3 (no agreement for the form, or intake suspended)")
                       .arg(conclusion.institutionCode, conclusion.serviceForm, day.toString(Qt::ISODate)));
}

// A newer conclusion of a lower level (or one below the benefit threshold) stops the older
// level's benefits: its valid_until becomes the last day the policy's downgrade_stop leaves it
// (the end of the month, or the day before the new conclusion). An upgrade needs nothing: the
// settlement takes the newer conclusion from its start.
bool stopOlderLevel(CommandContext &ctx, const ConclusionRecord &newer, const std::optional<Policy> &policy,
                    const AssessmentTerms &terms)
{
    const bool eligible = qualifiesForBenefits(policy, newer.level);
    const QDate lastDay = lastDayOfOlderLevel(terms.downgradeStop, newer.concludedOn);
    for (const ConclusionRecord &older : conclusionsOf(ctx.db(), newer.personNo)) {
        if (older.concludedOn >= newer.concludedOn || older.validUntil < newer.concludedOn)
            continue;  // the new one itself, or one already ended
        if (isDowngrade(older.level, newer.level, eligible) && lastDay < older.validUntil
            && !endConclusionOn(ctx, older.personNo, older.concludedOn, lastDay))
            return false;
    }
    return true;
}

CommandOutcome conclude(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (task->record.state != state::InPublication && task->record.state != state::Confirmed)
        return notAllowed(*task, QStringLiteral("conclude"), {state::InPublication, state::Confirmed});
    const QDate concludedOn = stepDay(ctx, read, QStringLiteral("concluded_on"));
    if (task->record.state == state::InPublication && concludedOn <= task->work->publicationUntil)
        read.error(QStringLiteral("concluded_on"), Tr::tr("the publication runs until %1")
                                                       .arg(task->work->publicationUntil.toString(Qt::ISODate)));
    const std::optional<Policy> policy = policyFor(ctx.db(), task->person.district, concludedOn);
    const AssessmentTerms terms = policy ? policy->assessment : AssessmentTerms();
    ConclusionRecord conclusion;
    conclusion.personNo = task->record.personNo;
    conclusion.level = resultOf(ctx.db(), task->record.id)->level;
    conclusion.concludedOn = concludedOn;
    conclusion.validUntil = concludedOn.addMonths(terms.validityMonthsFor(conclusion.level)).addDays(-1);
    if (task->record.state == state::InPublication)
        readChoice(ctx, read, policy, concludedOn, conclusion);
    if (!read.ok())
        return read.failure();
    if (scalarSql(ctx.db(), QStringLiteral("SELECT COUNT(*) FROM conclusions WHERE person_no = ? AND concluded_on = ?"),
                  {conclusion.personNo, concludedOn.toString(Qt::ISODate)})
            .toInt()
        > 0)
        return CommandOutcome::failure(QStringLiteral("conflict"),
                                       Tr::tr("concluded_on: the person already has a conclusion of %1")
                                           .arg(concludedOn.toString(Qt::ISODate)));
    if (!issueConclusion(ctx, conclusion, task->record.id) || !stopOlderLevel(ctx, conclusion, policy, terms)
        || !writeRow(ctx, QStringLiteral("assessment_work"), task->record.id, QStringLiteral("task_id = ?"),
                     {task->record.id},
                     QStringLiteral("UPDATE assessment_work SET concluded_on = ?, valid_until = ?, row_version = "
                                    "row_version + 1 WHERE task_id = ?"),
                     {concludedOn.toString(Qt::ISODate), conclusion.validUntil.toString(Qt::ISODate), task->record.id})
        || !moveAssessmentTask(ctx, task->record.id, state::Concluded))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// The conclusion letter reached the applicant: the deadline is met or missed (seed 004 §8(四): 30
// working days from acceptance), and the dispute window opens (§8(六): 15 working days; Wenzhou
// 10), a policy parameter.
CommandOutcome deliver(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (task->record.state != state::Concluded || task->work->deliveredOn.isValid())
        return notAllowed(*task, QStringLiteral("deliver"), {state::Concluded + Tr::tr(", not yet delivered")});
    const QDate deliveredOn = stepDay(ctx, read, QStringLiteral("delivered_on"));
    if (deliveredOn.isValid() && deliveredOn < task->work->concludedOn)
        read.error(QStringLiteral("delivered_on"), Tr::tr("is before the conclusion"));
    if (!read.ok())
        return read.failure();
    const AssessmentTerms terms = termsFor(ctx.db(), task->person.district, deliveredOn);
    const QDate disputeUntil = disputeWindowEnd(loadCalendar(ctx.db()), deliveredOn, terms.disputeWorkingDays);
    if (!writeRow(ctx, QStringLiteral("assessment_work"), task->record.id, QStringLiteral("task_id = ?"), {task->record.id},
                  QStringLiteral("UPDATE assessment_work SET delivered_on = ?, dispute_until = ?, deadline_order = "
                                 "'9999-12-31', row_version = row_version + 1 WHERE task_id = ?"),
                  {deliveredOn.toString(Qt::ISODate), disputeUntil.toString(Qt::ISODate), task->record.id})
        // The window on the conclusion itself: a DISPUTE application asks it there (handovers.h).
        || !setDisputeWindow(ctx, task->record.personNo, task->work->concludedOn, disputeUntil))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// ---- objections during publication ------------------------------------------------------------

// A third party's objection, by name, during the publication (seed 004 §8(四), (六)). One found
// substantiated ends this task without a conclusion and opens a re-assessment (a DISPUTE task:
// the original agency and assessors excluded, a dispute team), handed over like an accepted
// application's task.
CommandOutcome recordObjection(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (task->record.state != state::InPublication)
        return notAllowed(*task, QStringLiteral("record_objection"), {state::InPublication});
    const QString objector = read.text(QStringLiteral("objector"));
    const QString text = read.text(QStringLiteral("text"));
    const QDate receivedOn = stepDay(ctx, read, QStringLiteral("received_on"));
    if (receivedOn.isValid() && receivedOn > task->work->publicationUntil)
        read.error(QStringLiteral("received_on"), Tr::tr("the publication ended on %1")
                                                      .arg(task->work->publicationUntil.toString(Qt::ISODate)));
    const bool substantiated = args.value(QStringLiteral("substantiated")).toBool(false);
    if (!read.ok())
        return read.failure();
    const int seq = scalarSql(ctx.db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM assessment_objections "
                                                       "WHERE task_id = ?"),
                              {task->record.id})
                        .toInt();
    // The re-assessment's hand-over key: the objection, so that both sides derive the same task id.
    const QString handover = QStringLiteral("objection:%1/%2").arg(task->record.id).arg(seq);
    const QString key = task->record.id + QLatin1Char('/') + QString::number(seq);
    if (!writeRow(ctx, QStringLiteral("assessment_objections"), key, QStringLiteral("task_id = ? AND seq = ?"),
                  {task->record.id, seq},
                  QStringLiteral("INSERT INTO assessment_objections (task_id, seq, person_no, objector, text, "
                                 "received_on, substantiated, reassessment_task, recorded_by, recorded_at) VALUES (?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {task->record.id, seq, task->record.personNo, objector, text, receivedOn.toString(Qt::ISODate),
                   substantiated ? 1 : 0, substantiated ? QVariant(assessmentTaskId(handover)) : QVariant(),
                   ctx.user().username, ctx.now().toString(Qt::ISODate)}))
        return ctx.storageFailure();
    if (substantiated
        && (!moveAssessmentTask(ctx, task->record.id, state::Disputed)
            || !createAssessmentTask(ctx, handover, task->record.personNo, QStringLiteral("DISPUTE"))))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// ---- instrument versions ----------------------------------------------------------------------

CommandOutcome loadInstrument(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    QStringList problems;
    const std::optional<Instrument> instrument =
        Instrument::fromJson(args.value(QStringLiteral("instrument")).toObject(), &problems);
    for (const QString &problem : problems)
        read.error(QStringLiteral("instrument"), problem);
    if (!read.ok())
        return read.failure();
    // A version, once any result may use it, never changes: a correction is the next version.
    if (instrumentFor(ctx.db(), instrument->code, instrument->version))
        return CommandOutcome::failure(QStringLiteral("conflict"),
                                       Tr::tr("instrument: %1 version %2 exists; load the next version")
                                           .arg(instrument->code)
                                           .arg(instrument->version));
    // Instruments are shared by every district: city-level accounts (and batch work) load them.
    if (!sharedChangeAllowed(ctx.user(), QString()))
        return CommandOutcome::failure(QStringLiteral("forbidden"),
                                       Tr::tr("instrument: only a city-level account may load instruments"));
    const QString key = instrument->code + QLatin1Char('/') + QString::number(instrument->version);
    if (!writeRow(ctx, QStringLiteral("assessment_instruments"), key, QStringLiteral("code = ? AND version = ?"),
                  {instrument->code, instrument->version},
                  QStringLiteral("INSERT INTO assessment_instruments (code, version, name, source, body, loaded_by, "
                                 "loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {instrument->code, instrument->version, instrument->name, instrument->source,
                   compactJson(instrument->toJson()), ctx.user().username, ctx.now().toString(Qt::ISODate)}))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

} // namespace

QList<CommandSpec> resultCommands()
{
    const QString module = QStringLiteral("assessments");
    const QStringList staff = roleIds({Role::Handler, Role::Admin});
    return {
        {QStringLiteral("assessment.record_result"), module, staff,
         QStringLiteral("Record the scores of an assessment; the instrument gives the grades and the level"),
         {QStringLiteral("id, scores: {INDICATOR: {ITEM: score}}, [assessed_on], [advice]")}, recordResult},
        {QStringLiteral("assessment.confirm"), module, staff,
         QStringLiteral("An assessment expert confirms the result (at least two different experts)"),
         {QStringLiteral("id, staff_no (an EXPERT), [confirmed_on]")}, confirm},
        {QStringLiteral("assessment.conclude"), module, staff,
         QStringLiteral("Issue the conclusion: the conclusions row the settlement reads, valid per policy"),
         {QStringLiteral("id, [concluded_on], service_form and [institution_code] for a qualifying level")}, conclude},
        {QStringLiteral("assessment.deliver"), module, staff,
         QStringLiteral("The conclusion letter reached the applicant: the deadline is kept or missed, the dispute window opens"),
         {QStringLiteral("id, [delivered_on]")}, deliver},
        {QStringLiteral("assessment.record_objection"), module, staff,
         QStringLiteral("Record a third party's objection during publication; a substantiated one orders a re-assessment"),
         {QStringLiteral("id, objector, text, [received_on], [substantiated: true/false]")}, recordObjection},
        {QStringLiteral("assessment.instrument_load"), module, roleIds({Role::Admin}),
         QStringLiteral("Add a version of a scoring instrument (bands and combination matrix as data)"),
         {QStringLiteral("instrument: {code, version, name, source, indicators, level}")}, loadInstrument},
    };
}

} // namespace ltc::assessments
