// Care dispatch (派单, seed 004 §15) and the care plan (§16): once a person's qualifying
// conclusion is in force, the service form and the designated institution they chose, and the
// plan of service items the person or a guardian confirmed.
#include "assessments/domain/assessmentcommands.h"
#include "assessments/domain/commandsupport.h"
#include "assessments/domain/followuprules.h"
#include "core/tr.h"
#include "database/records/handovers.h"
#include "database/sql.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace ltc::assessments {
namespace {

// The conclusion in force for the person on `day` (the latest concluded by then, still valid).
std::optional<ConclusionRecord> conclusionInForce(QSqlDatabase &db, const QString &personNo, QDate day)
{
    for (const ConclusionRecord &c : conclusionsOf(db, personNo)) {
        if (c.concludedOn <= day)
            return day <= c.validUntil ? std::optional<ConclusionRecord>(c) : std::nullopt;
    }
    return std::nullopt;
}

// Why the institution may not take the person for `form` on `day`, or empty. The decision is the
// agreements' one rule (InstitutionStanding::mayTakeNewPersonOn); the rest only says why.
QString institutionProblem(QSqlDatabase &db, const QString &code, const QString &form, QDate day)
{
    const std::optional<InstitutionStanding> institution = institutionStanding(db, code);
    if (!institution || institution->kind != QLatin1String("CARE"))
        return Tr::tr("%1 is not a designated care institution").arg(code);
    if (institution->mayTakeNewPersonOn(day, form))
        return {};
    const QString on = day.toString(Qt::ISODate);
    if (!institution->agreementInForce(day))
        return Tr::tr("%1 has no agreement in force on %2").arg(code, on);
    if (!institution->serviceFormsOn(day).contains(form))
        return Tr::tr("%1's agreement does not cover %2 on %3").arg(code, form, on);
    return Tr::tr("%1's new intake is suspended on %2").arg(code, on);
}

CommandOutcome dispatchCare(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = readNewId(ctx, read, QStringLiteral("care_dispatches"));
    const QString personNo = read.text(QStringLiteral("person_no"));
    const QString form = read.text(QStringLiteral("service_form"));
    const QString institution = read.text(QStringLiteral("institution_code"));
    const QDate day = stepDay(ctx, read, QStringLiteral("dispatched_on"));
    const std::optional<PersonRecord> person = personNo.isEmpty() ? std::nullopt : findPerson(ctx.db(), personNo);
    if (!personNo.isEmpty() && !person)
        read.error(QStringLiteral("person_no"), Tr::tr("there is no insured person %1").arg(personNo));
    if (!read.ok())
        return read.failure();
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(person->district))
        return *outside;
    const std::optional<Policy> policy = policyFor(ctx.db(), person->district, day);
    const std::optional<ConclusionRecord> conclusion = conclusionInForce(ctx.db(), personNo, day);
    if (!conclusion || !qualifiesForBenefits(policy, conclusion->level))
        return CommandOutcome::failure(QStringLiteral("state"),
                                       Tr::tr("person_no: %1 has no qualifying conclusion in force on %2")
                                           .arg(personNo, day.toString(Qt::ISODate)));
    if (policy && !policy->serviceForm(form))
        read.error(QStringLiteral("service_form"), Tr::tr("%1 is not a service form of the policy in force").arg(form));
    else if (const QString problem = institutionProblem(ctx.db(), institution, form, day); !problem.isEmpty())
        read.error(QStringLiteral("institution_code"), problem);
    if (!read.ok())
        return read.failure();
    if (!writeRow(ctx, QStringLiteral("care_dispatches"), id, QStringLiteral("id = ?"), {id},
                  QStringLiteral("INSERT INTO care_dispatches (id, person_no, conclusion_on, level, service_form, "
                                 "institution_code, dispatched_on, dispatched_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?)"),
                  {id, personNo, conclusion->concludedOn.toString(Qt::ISODate), conclusion->level, form, institution,
                   day.toString(Qt::ISODate), ctx.user().username, ctx.now().toString(Qt::ISODate)})
        // What the settlement rules pay from the day on: the core record they read (handovers.h).
        || !assignCare(ctx, {id, personNo, conclusion->concludedOn, form, institution, day, ctx.now().toString(Qt::ISODate)}))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// The plan's service items: [{"service", "times", "per": DAY/WEEK/MONTH, "minutes"}], each
// with its frequency and duration (seed 004 §16: 类型、频次、时长).
QJsonArray readItems(JsonArgs &read, const QJsonValue &value)
{
    const QJsonArray items = value.toArray();
    if (items.isEmpty())
        read.error(QStringLiteral("items"), Tr::tr("a care plan needs at least one service item"));
    QJsonArray checked;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString at = QStringLiteral("items[%1].").arg(i);
        const QString service = item.value(QStringLiteral("service")).toString().trimmed();
        const int times = item.value(QStringLiteral("times")).toInt(0);
        const QString per = item.value(QStringLiteral("per")).toString();
        const int minutes = item.value(QStringLiteral("minutes")).toInt(0);
        if (service.isEmpty())
            read.error(at + QStringLiteral("service"), Tr::tr("is required"));
        if (times < 1 || times > 99)
            read.error(at + QStringLiteral("times"), Tr::tr("must be a whole number between 1 and 99"));
        if (per != QLatin1String("DAY") && per != QLatin1String("WEEK") && per != QLatin1String("MONTH"))
            read.error(at + QStringLiteral("per"), Tr::tr("must be DAY, WEEK or MONTH"));
        if (minutes < 1 || minutes > 1440)
            read.error(at + QStringLiteral("minutes"), Tr::tr("must be a whole number between 1 and 1440"));
        checked.append(QJsonObject{{QStringLiteral("service"), service}, {QStringLiteral("times"), times},
                                   {QStringLiteral("per"), per}, {QStringLiteral("minutes"), minutes}});
    }
    return checked;
}

CommandOutcome planCare(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = readNewId(ctx, read, QStringLiteral("care_plans"));
    const QString dispatchId = read.text(QStringLiteral("dispatch_id"));
    const QJsonArray items = readItems(read, args.value(QStringLiteral("items")));
    const QDate from = read.date(QStringLiteral("plan_from"));
    const QDate to = read.date(QStringLiteral("plan_to"));
    const QString confirmedBy = read.text(QStringLiteral("confirmed_by"));
    const QString confirmer = read.text(QStringLiteral("confirmer"));
    if (!confirmer.isEmpty() && confirmer != QLatin1String("PERSON") && confirmer != QLatin1String("GUARDIAN")
        && confirmer != QLatin1String("AGENT"))
        read.error(QStringLiteral("confirmer"), Tr::tr("must be PERSON, GUARDIAN or AGENT"));
    const QDate confirmedOn = stepDay(ctx, read, QStringLiteral("confirmed_on"));
    if (!read.ok())
        return read.failure();
    QSqlQuery q = querySql(ctx.db(), QStringLiteral("SELECT d.person_no, p.district, d.dispatched_on, c.valid_until FROM "
                                                    "care_dispatches d JOIN persons p ON p.person_no = d.person_no LEFT "
                                                    "JOIN conclusions c ON c.person_no = d.person_no AND c.concluded_on "
                                                    "= d.conclusion_on WHERE d.id = ?"),
                           {dispatchId});
    if (!q.next())
        return CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("dispatch_id: there is no care dispatch %1").arg(dispatchId));
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(q.value(1).toString()))
        return *outside;
    const QString personNo = q.value(0).toString();
    const QDate dispatchedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    const QDate validUntil = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (from < dispatchedOn)
        read.error(QStringLiteral("plan_from"), Tr::tr("is before the dispatch of %1").arg(dispatchedOn.toString(Qt::ISODate)));
    if (to < from)
        read.error(QStringLiteral("plan_to"), Tr::tr("is before plan_from"));
    else if (validUntil.isValid() && to > validUntil)
        read.error(QStringLiteral("plan_to"), Tr::tr("is after the conclusion's validity, %1").arg(validUntil.toString(Qt::ISODate)));
    if (confirmedOn < dispatchedOn)
        read.error(QStringLiteral("confirmed_on"), Tr::tr("is before the dispatch of %1").arg(dispatchedOn.toString(Qt::ISODate)));
    if (!read.ok())
        return read.failure();
    if (!writeRow(ctx, QStringLiteral("care_plans"), id, QStringLiteral("id = ?"), {id},
                  QStringLiteral("INSERT INTO care_plans (id, dispatch_id, person_no, items, plan_from, plan_to, "
                                 "confirmed_by, confirmer, confirmed_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?)"),
                  {id, dispatchId, personNo, compactJson(items), from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                   confirmedBy, confirmer, confirmedOn.toString(Qt::ISODate), ctx.user().username,
                   ctx.now().toString(Qt::ISODate)}))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

} // namespace

QList<CommandSpec> careCommands()
{
    const QString module = QStringLiteral("assessments");
    const QStringList staff = roleIds({Role::Handler, Role::Admin});
    return {
        {QStringLiteral("care.dispatch"), module, staff,
         QStringLiteral("Dispatch a person with a qualifying conclusion to the designated institution they chose (派单)"),
         {QStringLiteral("id (UUID), person_no, service_form, institution_code, [dispatched_on]")}, dispatchCare},
        {QStringLiteral("care.plan"), module, staff,
         QStringLiteral("The care plan of a dispatch: service items with frequency and duration, confirmed by the person or guardian"),
         {QStringLiteral("id (UUID), dispatch_id, items: [{service, times, per (DAY/WEEK/MONTH), minutes}], plan_from, "
                         "plan_to, confirmed_by, confirmer (PERSON/GUARDIAN/AGENT), [confirmed_on]")},
         planCare},
    };
}

} // namespace ltc::assessments
