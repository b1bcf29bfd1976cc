// Conflicts of interest, dispatch with its draw, redraw and the agency's acceptance.
#include "assessments/domain/assessmentcommands.h"
#include "assessments/domain/commandsupport.h"
#include "assessments/domain/drawrecord.h"
#include "core/tr.h"
#include "database/records/handovers.h"
#include "database/sql.h"

#include <QUuid>
#include <algorithm>

namespace ltc::assessments {
namespace {

// ---- conflicts of interest (回避) --------------------------------------------------------------

CommandOutcome declareConflict(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    if (!id.isEmpty() && QUuid::fromString(id).isNull())
        read.error(QStringLiteral("id"), Tr::tr("must be a UUID chosen by the client"));
    const QString staffNo = read.text(QStringLiteral("staff_no"));
    const QString personNo = read.text(QStringLiteral("person_no"));
    const QString kind = read.text(QStringLiteral("kind"));
    if (!kind.isEmpty() && kind != QLatin1String("RELATIVE") && kind != QLatin1String("INTEREST"))
        read.error(QStringLiteral("kind"), Tr::tr("must be RELATIVE or INTEREST"));
    const QString note = read.text(QStringLiteral("note"));
    const QDate declaredOn = stepDay(ctx, read, QStringLiteral("declared_on"));
    const std::optional<PersonRecord> person = personNo.isEmpty() ? std::nullopt : findPerson(ctx.db(), personNo);
    if (!personNo.isEmpty() && !person)
        read.error(QStringLiteral("person_no"), Tr::tr("there is no insured person %1").arg(personNo));
    if (!staffNo.isEmpty() && !findStaff(ctx.db(), staffNo))
        read.error(QStringLiteral("staff_no"), Tr::tr("there is no staff member %1").arg(staffNo));
    if (!read.ok())
        return read.failure();
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(person->district))
        return *outside;
    if (scalarSql(ctx.db(), QStringLiteral("SELECT COUNT(*) FROM assessment_conflicts WHERE id = ?"), {id}).toInt() > 0)
        return CommandOutcome::failure(QStringLiteral("conflict"), Tr::tr("id: conflict %1 is already declared").arg(id));
    if (!writeRow(ctx, QStringLiteral("assessment_conflicts"), id, QStringLiteral("id = ?"), {id},
                  QStringLiteral("INSERT INTO assessment_conflicts (id, staff_no, person_no, kind, note, declared_on, "
                                 "declared_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {id, staffNo, personNo, kind, note, declaredOn.toString(Qt::ISODate), ctx.user().username}))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// ---- the draw ----------------------------------------------------------------------------------

// The seed of a draw comes with the command, so that the desktop and the server, each applying
// it, draw the same team from their own data (a server whose data differs draws what its data
// gives, and its rows win).
std::optional<std::uint64_t> readSeed(JsonArgs &read)
{
    const QString text = read.text(QStringLiteral("seed"));
    const std::optional<std::uint64_t> seed = seedFromText(text);
    if (!text.isEmpty() && !seed)
        read.error(QStringLiteral("seed"), Tr::tr("must be 16 lowercase hexadecimal digits"));
    return seed;
}

struct Drawn {
    AgencyChoice agencies;
    Composition composition;
    QString pool;
    QStringList poolInstitutions;
    DrawResult draw;
};

// The institutions whose staff are drawn from: the agency's own, or every agency with an
// agreement in force (a city's pool, seed 003 三(二)); the original agency's staff stay on the
// list, excluded with their reason.
QStringList poolInstitutions(const AssessmentTerms &terms, const QList<AgencyFacts> &agencies, const QString &agency)
{
    if (terms.pool != QLatin1String("ALL_AGENCIES"))
        return {agency};
    QStringList codes;
    for (const AgencyFacts &a : agencies) {
        if (a.agreementInForce)
            codes << a.code;
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

// The agency (chosen, or kept on a redraw) and the team, drawn on one generator.
std::optional<Drawn> makeDraw(CommandContext &ctx, const Task &task, std::uint64_t seed, const QString &keptAgency,
                              QDate day, CommandOutcome &refusal)
{
    const AssessmentTerms terms = termsFor(ctx.db(), task.person.district, day);
    const DrawFacts facts = drawFactsFor(ctx.db(), task, day);
    const QList<AgencyFacts> agencies = agencyFacts(ctx.db(), task.person.district, day);
    SplitMix64 rng(seed);
    Drawn drawn;
    if (keptAgency.isEmpty()) {
        drawn.agencies = chooseAgency(agencies, facts.originalAgency, terms.agencyChoice,
                                      previousAgency(ctx.db(), task.person.district), rng);
    } else {
        drawn.agencies.mode = QStringLiteral("KEPT");
        drawn.agencies.chosen = keptAgency;
    }
    if (drawn.agencies.chosen.isEmpty()) {
        QStringList why;
        for (const AgencyRefusal &r : drawn.agencies.refused)
            why << r.code + QLatin1Char(' ') + r.reason;
        refusal = CommandOutcome::failure(QStringLiteral("state"),
                                          Tr::tr("agency: no designated assessment agency may take the task (%1)")
                                              .arg(why.isEmpty() ? Tr::tr("none serves the district") : why.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const TeamTerms &team = task.isDispute() ? terms.disputeTeam : terms.team;
    drawn.composition = {team.members, team.expertsAtLeast};
    drawn.pool = terms.pool;
    drawn.poolInstitutions = poolInstitutions(terms, agencies, drawn.agencies.chosen);
    drawn.draw = drawTeam(rng, candidatesOf(ctx.db(), drawn.poolInstitutions, day), facts, drawn.composition);
    if (!drawn.draw.refusal.isEmpty()) {
        refusal = CommandOutcome::failure(QStringLiteral("state"), drawn.draw.refusal);
        return std::nullopt;
    }
    return drawn;
}

bool saveDraw(CommandContext &ctx, const Task &task, int seq, std::uint64_t seed, QDate day, const Drawn &drawn,
              const QString &reason)
{
    return writeRow(ctx, QStringLiteral("assessment_draws"), task.record.id + QLatin1Char('/') + QString::number(seq),
                    QStringLiteral("task_id = ? AND seq = ?"), {task.record.id, seq},
                    QStringLiteral("INSERT INTO assessment_draws (task_id, seq, person_no, algorithm, seed, draw_day, "
                                   "agencies, composition, candidates, exclusions, team, reason, drawn_by, drawn_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {task.record.id, seq, task.record.personNo, kDrawAlgorithm, seedText(seed), day.toString(Qt::ISODate),
                     compactJson(agenciesJson(drawn.agencies)),
                     compactJson(compositionJson(drawn.composition, drawn.pool, drawn.poolInstitutions)),
                     compactJson(candidatesJson(drawn.draw.candidates)), compactJson(exclusionsJson(drawn.draw.exclusions)),
                     compactJson(teamJson(drawn.draw.team)), reason.isEmpty() ? QVariant() : QVariant(reason),
                     ctx.user().username, ctx.now().toString(Qt::ISODate)});
}

// The officers the policy names beside the drawn team (Wenzhou), each by name.
QJsonObject readOfficers(JsonArgs &read, const QJsonObject &args, const TeamTerms &team)
{
    const QJsonObject given = args.value(QStringLiteral("officers")).toObject();
    for (const QString &function : team.officers) {
        if (given.value(function).toString().trimmed().isEmpty())
            read.error(QStringLiteral("officers.") + function, Tr::tr("the policy's team needs this officer, by name"));
    }
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!team.officers.contains(it.key()))
            read.error(QStringLiteral("officers.") + it.key(), Tr::tr("the policy's team has no such officer"));
    }
    return given;
}

CommandOutcome dispatch(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (task->record.state != state::ToDispatch)
        return notAllowed(*task, QStringLiteral("dispatch"), {state::ToDispatch});
    const QDate day = officeDay(ctx.now());
    const AssessmentTerms terms = termsFor(ctx.db(), task->person.district, day);
    const std::optional<std::uint64_t> seed = readSeed(read);
    const QJsonObject officers = readOfficers(read, args, task->isDispute() ? terms.disputeTeam : terms.team);
    const bool online = args.value(QStringLiteral("online")).toBool(false);  // seed 004 §8(二): living elsewhere
    if (!read.ok())
        return read.failure();
    const std::optional<Drawn> drawn = makeDraw(ctx, *task, *seed, QString(), day, refusal);
    if (!drawn)
        return refusal;
    const QDate acceptedOn = officeDay(QDateTime::fromString(task->record.createdAt, Qt::ISODate));
    const QDate dueOn = conclusionDueOn(loadCalendar(ctx.db()), acceptedOn, terms.conclusionWorkingDays);
    if (!writeRow(ctx, QStringLiteral("assessment_work"), task->record.id, QStringLiteral("task_id = ?"), {task->record.id},
                  QStringLiteral("INSERT INTO assessment_work (task_id, person_no, agency_code, accepted_on, due_on, "
                                 "deadline_order, online, officers, dispatched_by, dispatched_at) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?)"),
                  {task->record.id, task->record.personNo, drawn->agencies.chosen, acceptedOn.toString(Qt::ISODate),
                   dueOn.toString(Qt::ISODate), dueOn.toString(Qt::ISODate), online ? 1 : 0, compactJson(officers),
                   ctx.user().username, ctx.now().toString(Qt::ISODate)})
        || !saveDraw(ctx, *task, 1, *seed, day, *drawn, QString())
        || !moveAssessmentTask(ctx, task->record.id, state::Dispatched))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// A redraw keeps the agency and records why (an assessor fell ill, a conflict came to light).
CommandOutcome redraw(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (task->record.state != state::Dispatched && task->record.state != state::Accepted)
        return notAllowed(*task, QStringLiteral("redraw"), {state::Dispatched, state::Accepted});
    const std::optional<std::uint64_t> seed = readSeed(read);
    const QString reason = read.text(QStringLiteral("reason"));
    if (!read.ok())
        return read.failure();
    const QDate day = officeDay(ctx.now());
    const std::optional<Drawn> drawn = makeDraw(ctx, *task, *seed, task->work->agencyCode, day, refusal);
    if (!drawn)
        return refusal;
    const int seq = int(drawsOf(ctx.db(), task->record.id).size()) + 1;
    if (!saveDraw(ctx, *task, seq, *seed, day, *drawn, reason))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome agencyAccept(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (task->record.state != state::Dispatched)
        return notAllowed(*task, QStringLiteral("agency_accept"), {state::Dispatched});
    const QDate acceptedOn = stepDay(ctx, read, QStringLiteral("accepted_on"));
    if (!read.ok())
        return read.failure();
    if (!writeRow(ctx, QStringLiteral("assessment_work"), task->record.id, QStringLiteral("task_id = ?"), {task->record.id},
                  QStringLiteral("UPDATE assessment_work SET agency_accepted_on = ?, row_version = row_version + 1 "
                                 "WHERE task_id = ?"),
                  {acceptedOn.toString(Qt::ISODate), task->record.id})
        || !moveAssessmentTask(ctx, task->record.id, state::Accepted))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

} // namespace

QList<CommandSpec> drawCommands()
{
    const QString module = QStringLiteral("assessments");
    const QStringList staff = roleIds({Role::Handler, Role::Admin});
    return {
        {QStringLiteral("assessment.declare_conflict"), module, roleIds({Role::Handler, Role::AgreementOfficer, Role::Admin}),
         QStringLiteral("Record an assessor's conflict of interest with a person (回避): never drawn for them"),
         {QStringLiteral("id (UUID), staff_no, person_no, kind (RELATIVE/INTEREST), note, [declared_on]")}, declareConflict},
        {QStringLiteral("assessment.dispatch"), module, staff,
         QStringLiteral("Dispatch a task to a designated agency and draw its team from the seed"),
         {QStringLiteral("id, seed (16 hex digits), [online], [officers: {FUNCTION: name}]")}, dispatch},
        {QStringLiteral("assessment.redraw"), module, staff,
         QStringLiteral("Draw the team again from a new seed, with the reason; the earlier draws stay"),
         {QStringLiteral("id, seed (16 hex digits), reason")}, redraw},
        {QStringLiteral("assessment.agency_accept"), module, staff,
         QStringLiteral("The agency has accepted the task"), {QStringLiteral("id, [accepted_on]")}, agencyAccept},
    };
}

QList<CommandSpec> assessmentCommands()
{
    return drawCommands() + resultCommands() + followUpCommands() + careCommands();
}

} // namespace ltc::assessments
