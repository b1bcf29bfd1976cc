// During an agreement's term: signing and renewing it, ending it, suspending an institution's
// intake or settlement, sanctioning its staff, recording violations (seed 004 §20(三), §35-38).
// What they write are the core records every module reads through corereads.h.
#include "agreements/domain/designationcommands.h"
#include "core/tr.h"

#include "agreements/domain/commandsupport.h"
#include "agreements/domain/designationrules.h"
#include "core/citizenid.h"
#include "core/standing.h"
#include "database/records/corereads.h"
#include "database/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ltc::agreements {
namespace {

const QString kAgreements = QStringLiteral("institution_agreements");

// Inserts a row keyed by `id` into `table` and records it.
CommandOutcome insertRecorded(CommandContext &ctx, const QString &table, const QString &id, const QString &sql,
                              const QVariantList &params)
{
    if (ctx.fetch(table, QStringLiteral("id"), id))
        return refuse(QStringLiteral("conflict"), Tr::tr("%1 already exists").arg(id));
    if (!ctx.exec(sql, params))
        return ctx.storageFailure();
    ctx.recordChange(table, id, std::nullopt, ctx.fetch(table, QStringLiteral("id"), id));
    return CommandOutcome::success();
}

// ---- the registry's profile ----------------------------------------------------------------

// What the registry keeps beside the imported columns: address, contacts, legal representative,
// capacity, medical qualification and management unit (the staffing minimums read the last three).
CommandOutcome updateProfile(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString code = read.text(QStringLiteral("code"));
    const std::optional<int> capacity = read.integer(QStringLiteral("capacity"), 0, 100000, false);
    const QString representativeId = read.text(QStringLiteral("legal_representative_id"), false).toUpper();
    QString idProblem;
    if (!representativeId.isEmpty() && !validateCitizenId(representativeId, &idProblem))
        read.error(QStringLiteral("legal_representative_id"), idProblem);
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = institutionForChange(ctx, code, refusal);
    if (!before)
        return refusal;
    // An argument left out keeps what is stored.
    const auto text = [&](const char *column) {
        const QString key = QLatin1String(column);
        return sqlText(args.contains(key) ? args.value(key).toString().trimmed() : before->value(key).toString());
    };
    const auto flag = [&](const char *column) {
        const QString key = QLatin1String(column);
        return args.contains(key) ? (args.value(key).toBool() ? 1 : 0) : before->value(key).toInt();
    };
    const QVariant storedCapacity = before->value(QStringLiteral("capacity")).toVariant();
    if (!ctx.exec(QStringLiteral("UPDATE institutions SET address = ?, phone = ?, legal_representative = ?, "
                                 "legal_representative_id = ?, contact_person = ?, capacity = ?, medically_qualified = "
                                 "?, management_unit = ?, row_version = row_version + 1 WHERE code = ?"),
                  {text("address"), text("phone"), text("legal_representative"),
                   representativeId.isEmpty() ? text("legal_representative_id") : QVariant(representativeId),
                   text("contact_person"),
                   capacity ? QVariant(*capacity) : storedCapacity, flag("medically_qualified"),
                   flag("management_unit"), code}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("institutions"), code, before,
                     ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), code));
    return CommandOutcome::success();
}

// ---- agreements ---------------------------------------------------------------------------

// The designation in negotiation that a first agreement concludes.
std::optional<QJsonObject> negotiatedDesignation(CommandContext &ctx, const QString &institution)
{
    QSqlQuery q = querySql(ctx.db(),
                           QStringLiteral("SELECT id FROM designations WHERE institution_code = ? AND status = ?"),
                           {institution, state::Negotiating});
    return q.next() ? ctx.fetch(QStringLiteral("designations"), QStringLiteral("id"), q.value(0)) : std::nullopt;
}

// The institution's latest performance score known on `day` (the latest year, then the latest
// scoring): a score recorded after the signing must not decide it.
std::optional<int> latestScoreOn(CommandContext &ctx, const QString &institution, QDate day)
{
    QSqlQuery q = querySql(ctx.db(),
                           QStringLiteral("SELECT score FROM performance_scores WHERE institution_code = ? AND scored_on <= ? "
                                          "ORDER BY year DESC, scored_on DESC, id DESC LIMIT 1"),
                           {institution, iso(day)});
    return q.next() ? std::optional<int>(q.value(0).toInt()) : std::nullopt;
}

// How many years a renewal from `from` may run: the policy's renewal_terms by the latest score
// (seed 004 §20(三): "by performance"); a policy without the table keeps the seed's 3 years.
// Nothing, with the refusal in `refusal`, when the score reaches no row or there is none.
std::optional<int> renewalYears(CommandContext &ctx, const QJsonObject &institution, QDate from, QDate signedOn,
                                CommandOutcome &refusal)
{
    const QString code = institution.value(QStringLiteral("code")).toString();
    const std::optional<Policy> policy =
        policyFor(ctx.db(), institution.value(QStringLiteral("district")).toString(), from);
    if (!policy || policy->renewalTerms.isEmpty())
        return kMaxRenewalYears;
    const std::optional<int> score = latestScoreOn(ctx, code, signedOn);
    const std::optional<int> years = score ? policy->renewalYearsFor(*score) : std::nullopt;
    if (!years)
        refusal = refuse(QStringLiteral("state"),
                         score ? Tr::tr("renewal_terms: a performance score of %1 allows no renewal of %2")
                                     .arg(*score)
                                     .arg(code)
                               : Tr::tr("renewal_terms: %1 has no performance score by %2: score it before renewing")
                                     .arg(code, iso(signedOn)));
    return years;
}

// A first agreement concludes a designation and runs a year; one signed while the institution
// already has (or had) an agreement is a renewal and may run as long as its score allows.
CommandOutcome signAgreement(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString code = read.text(QStringLiteral("institution_code"));
    const QDate from = read.date(QStringLiteral("valid_from"));
    const QDate to = read.date(QStringLiteral("valid_to"));
    const QDate signedOn = read.date(QStringLiteral("signed_on"));
    const QString forms = read.text(QStringLiteral("service_forms"));
    const std::optional<int> deposit = read.integer(QStringLiteral("deposit_permille"), 0, 1000, false);
    if (from.isValid() && to.isValid() && to < from)
        read.error(QStringLiteral("valid_to"), Tr::tr("is before valid_from"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> institution = institutionForChange(ctx, code, refusal);
    if (!institution)
        return refusal;
    const std::optional<InstitutionStanding> standing = institutionStanding(ctx.db(), code);
    const bool renewal = standing && !standing->agreements.isEmpty();
    const std::optional<QJsonObject> designation = renewal ? std::nullopt : negotiatedDesignation(ctx, code);
    if (!renewal && !designation)
        return refuse(QStringLiteral("state"),
                      Tr::tr("%1 has no agreement yet: a first agreement concludes a designation in negotiation").arg(code));
    const std::optional<int> years = renewal ? renewalYears(ctx, *institution, from, signedOn, refusal) : 1;
    if (!years)
        return refusal;
    const QDate longest = lastDayOfYears(from, *years);
    if (to > longest)
        return refuse(QStringLiteral("invalid"),
                      (renewal ? Tr::tr("valid_to: this renewal runs at most %1 year(s), until %2").arg(*years)
                               : Tr::tr("valid_to: a first agreement runs at most 1 year, until %1"))
                          .arg(iso(longest)));
    const CommandOutcome inserted = insertRecorded(
        ctx, kAgreements, id,
        QStringLiteral("INSERT INTO institution_agreements (id, institution_code, valid_from, valid_to, service_forms, "
                       "deposit_permille, renewal, signed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, code, iso(from), iso(to), forms, deposit ? QVariant(*deposit) : QVariant(), renewal ? 1 : 0, iso(signedOn)});
    if (!inserted.ok() || !designation)
        return inserted;
    const QString designationId = designation->value(QStringLiteral("id")).toString();
    if (!ctx.exec(QStringLiteral("UPDATE designations SET status = ?, agreement_id = ?, row_version = row_version + 1 "
                                 "WHERE id = ?"),
                  {state::Signed, id, designationId}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("designations"), designationId, designation,
                     ctx.fetch(QStringLiteral("designations"), QStringLiteral("id"), designationId));
    return CommandOutcome::success();
}

// 中止 (SUSPEND) or 解除 (TERMINATE, the default): the agreement is not in force from
// `ended_on`; reinstatement only through a new application (§38). The office files the decision
// with the administrative department (报备, §37): with the end, or later by agreement.record_filing.
const QStringList kEndKinds = {QStringLiteral("SUSPEND"), QStringLiteral("TERMINATE")};

// A signed agreement whose institution the user may change; else why not in `refusal`.
std::optional<QJsonObject> agreementForChange(CommandContext &ctx, const QString &id, CommandOutcome &refusal)
{
    std::optional<QJsonObject> agreement = ctx.fetch(kAgreements, QStringLiteral("id"), id);
    if (!agreement) {
        refusal = refuse(QStringLiteral("not_found"), Tr::tr("agreement %1 does not exist").arg(id));
        return std::nullopt;
    }
    if (!institutionForChange(ctx, agreement->value(QStringLiteral("institution_code")).toString(), refusal))
        return std::nullopt;
    return agreement;
}

CommandOutcome endAgreement(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate endedOn = read.date(QStringLiteral("ended_on"));
    const QString reason = read.text(QStringLiteral("reason"));
    const QString kind = args.value(QStringLiteral("end_kind")).toString(QStringLiteral("TERMINATE"));
    const QDate filedOn = read.date(QStringLiteral("filed_on"), false);
    const QString filedRef = args.value(QStringLiteral("filed_ref")).toString().trimmed();
    if (!kEndKinds.contains(kind))
        read.error(QStringLiteral("end_kind"), Tr::tr("must be SUSPEND or TERMINATE"));
    if (!filedRef.isEmpty() && !filedOn.isValid())
        read.error(QStringLiteral("filed_on"), Tr::tr("is needed with the filing's document number"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = agreementForChange(ctx, id, refusal);
    if (!before)
        return refusal;
    if (!before->value(QStringLiteral("ended_on")).toString().isEmpty())
        return refuse(QStringLiteral("state"), Tr::tr("agreement %1 has already ended").arg(id));
    if (!ctx.exec(QStringLiteral("UPDATE institution_agreements SET ended_on = ?, end_reason = ?, end_kind = ?, filed_on "
                                 "= ?, filed_ref = ?, row_version = row_version + 1 WHERE id = ?"),
                  {iso(endedOn), reason, kind, sqlDate(filedOn), sqlText(filedRef), id}))
        return ctx.storageFailure();
    ctx.recordChange(kAgreements, id, before, ctx.fetch(kAgreements, QStringLiteral("id"), id));
    return CommandOutcome::success();
}

// The filing (报备) of an ended agreement, once.
CommandOutcome recordEndFiling(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate filedOn = read.date(QStringLiteral("filed_on"));
    const QString filedRef = args.value(QStringLiteral("filed_ref")).toString().trimmed();
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = agreementForChange(ctx, id, refusal);
    if (!before)
        return refusal;
    if (before->value(QStringLiteral("ended_on")).toString().isEmpty())
        return refuse(QStringLiteral("state"), Tr::tr("agreement %1 has not ended: only an ended agreement is filed").arg(id));
    if (!before->value(QStringLiteral("filed_on")).toString().isEmpty())
        return refuse(QStringLiteral("state"), Tr::tr("the end of agreement %1 was filed on %2")
                                                   .arg(id, before->value(QStringLiteral("filed_on")).toString()));
    if (!ctx.exec(QStringLiteral("UPDATE institution_agreements SET filed_on = ?, filed_ref = ?, row_version = "
                                 "row_version + 1 WHERE id = ?"),
                  {iso(filedOn), sqlText(filedRef), id}))
        return ctx.storageFailure();
    ctx.recordChange(kAgreements, id, before, ctx.fetch(kAgreements, QStringLiteral("id"), id));
    return CommandOutcome::success();
}

// ---- suspensions ----------------------------------------------------------------------------

// New intake (暂停新增服务对象, e.g. 3 months) and settlement (R03) are suspended apart.
CommandOutcome suspendInstitution(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString code = read.text(QStringLiteral("institution_code"));
    const QString kind = read.text(QStringLiteral("kind"));
    const QDate from = read.date(QStringLiteral("suspended_from"));
    const QDate to = read.date(QStringLiteral("suspended_to"), false);
    const QString reason = read.text(QStringLiteral("reason"));
    if (!kind.isEmpty() && kind != QStringLiteral("INTAKE") && kind != QStringLiteral("SETTLEMENT"))
        read.error(QStringLiteral("kind"), Tr::tr("must be INTAKE or SETTLEMENT"));
    if (to.isValid() && from.isValid() && to < from)
        read.error(QStringLiteral("suspended_to"), Tr::tr("is before suspended_from"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    if (!institutionForChange(ctx, code, refusal))
        return refusal;
    return insertRecorded(ctx, QStringLiteral("institution_suspensions"), id,
                          QStringLiteral("INSERT INTO institution_suspensions (id, institution_code, kind, suspended_from, "
                                         "suspended_to, reason) VALUES (?, ?, ?, ?, ?, ?)"),
                          {id, code, kind, iso(from), sqlDate(to), reason});
}

// ---- staff sanctions (§36) ----------------------------------------------------------------------

std::optional<QJsonObject> staffForChange(CommandContext &ctx, const QString &staffNo, CommandOutcome &refusal)
{
    std::optional<QJsonObject> row = ctx.fetch(QStringLiteral("staff"), QStringLiteral("staff_no"), staffNo);
    if (!row) {
        refusal = refuse(QStringLiteral("not_found"), Tr::tr("staff member %1 does not exist").arg(staffNo));
        return std::nullopt;
    }
    if (!institutionForChange(ctx, row->value(QStringLiteral("institution_code")).toString(), refusal))
        return std::nullopt;
    return row;
}

// Sets the staff row's `fromColumn`..`toColumn` sanction and records the change.
CommandOutcome sanctionStaff(CommandContext &ctx, const QString &staffNo, const char *fromColumn, const char *toColumn,
                             QDate first, QDate last)
{
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = staffForChange(ctx, staffNo, refusal);
    if (!before)
        return refusal;
    if (!ctx.exec(QStringLiteral("UPDATE staff SET %1 = ?, %2 = ?, row_version = row_version + 1 WHERE staff_no = ?")
                      .arg(QLatin1String(fromColumn), QLatin1String(toColumn)),
                  {iso(first), iso(last), staffNo}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("staff"), staffNo, before,
                     ctx.fetch(QStringLiteral("staff"), QStringLiteral("staff_no"), staffNo));
    return CommandOutcome::success();
}

CommandOutcome suspendStaff(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString staffNo = read.text(QStringLiteral("staff_no"));
    const QDate from = read.date(QStringLiteral("suspended_from"));
    const std::optional<int> months =
        read.integer(QStringLiteral("months"), kMinSuspensionMonths, kMaxSuspensionMonths);
    if (!read.ok())
        return read.failure();
    return sanctionStaff(ctx, staffNo, "suspended_from", "suspended_to", from, lastDayOfMonths(from, *months));
}

CommandOutcome barStaff(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString staffNo = read.text(QStringLiteral("staff_no"));
    const QDate from = read.date(QStringLiteral("barred_from"));
    const std::optional<int> years = read.integer(QStringLiteral("years"), kMinBarYears, kMaxBarYears);
    if (!read.ok())
        return read.failure();
    return sanctionStaff(ctx, staffNo, "barred_from", "barred_to", from, lastDayOfYears(from, *years));
}

// The legal representative of an institution that caused the fund a serious loss may not manage
// a designated institution for 5 years (§36): recorded by citizen ID, checked at every application.
CommandOutcome barRepresentative(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString code = read.text(QStringLiteral("institution_code"));
    const QDate from = read.date(QStringLiteral("barred_from"));
    const QString reason = read.text(QStringLiteral("reason"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> institution = institutionForChange(ctx, code, refusal);
    if (!institution)
        return refusal;
    const QString idNumber = institution->value(QStringLiteral("legal_representative_id")).toString();
    if (idNumber.isEmpty())
        return refuse(QStringLiteral("state"),
                      Tr::tr("%1 has no legal representative's citizen ID on record (institution.update_profile)").arg(code));
    return insertRecorded(ctx, QStringLiteral("representative_bars"), id,
                          QStringLiteral("INSERT INTO representative_bars (id, institution_code, id_number, name, "
                                         "barred_from, barred_to, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {id, code, idNumber, institution->value(QStringLiteral("legal_representative")).toString(),
                           iso(from), iso(lastDayOfYears(from, kLegalRepresentativeBarYears)), reason});
}

// ---- performance scoring (考核) ---------------------------------------------------------------

// A year's score by a criteria set (e.g. Changning's star rating): each item's points within its
// maximum, the maxima adding up to 100, the score their sum.
CommandOutcome recordScore(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString code = read.text(QStringLiteral("institution_code"));
    const std::optional<int> year = read.integer(QStringLiteral("year"), 2000, 2200);
    const QString criteriaSet = read.text(QStringLiteral("criteria_set"));
    const QDate scoredOn = read.date(QStringLiteral("scored_on"));
    int points = 0;
    int maximum = 0;
    const QJsonArray items = args.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonArgs item(items.at(i).toObject());
        const QString criterion = item.text(QStringLiteral("criterion"));
        const std::optional<int> max = item.integer(QStringLiteral("max"), 1, 100);
        const std::optional<int> got = item.integer(QStringLiteral("points"), 0, max.value_or(100));
        if (!item.ok() || criterion.isEmpty())
            read.error(QStringLiteral("items[%1]").arg(i), item.failure().error->message);
        points += got.value_or(0);
        maximum += max.value_or(0);
    }
    if (items.isEmpty() || maximum != 100)
        read.error(QStringLiteral("items"), Tr::tr("the items' maxima must add up to 100, not %1").arg(maximum));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    if (!institutionForChange(ctx, code, refusal))
        return refusal;
    return insertRecorded(ctx, QStringLiteral("performance_scores"), id,
                          QStringLiteral("INSERT INTO performance_scores (id, institution_code, year, criteria_set, items, "
                                         "score, scored_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {id, code, *year, criteriaSet,
                           QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)), points, iso(scoredOn)});
}

// ---- violations ------------------------------------------------------------------------------

CommandOutcome recordViolation(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString code = read.text(QStringLiteral("institution_code"));
    const QDate foundOn = read.date(QStringLiteral("found_on"));
    const QString description = read.text(QStringLiteral("description"));
    const std::optional<int> damages = read.integer(QStringLiteral("damages_fen"), 0, 2'000'000'000);
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    if (!institutionForChange(ctx, code, refusal))
        return refusal;
    return insertRecorded(ctx, QStringLiteral("agreement_violations"), id,
                          QStringLiteral("INSERT INTO agreement_violations (id, institution_code, found_on, description, "
                                         "damages_fen) VALUES (?, ?, ?, ?, ?)"),
                          {id, code, iso(foundOn), description, qint64(*damages)});
}

} // namespace

QList<CommandSpec> termCommands()
{
    const QStringList officers = roleIds({Role::AgreementOfficer, Role::Admin});
    const QStringList supervisors = roleIds({Role::AgreementOfficer, Role::Inspector, Role::Admin});
    const QString module = QStringLiteral("agreements");
    return {
        {QStringLiteral("institution.update_profile"), module, officers,
         QStringLiteral("Change an institution's address, contacts, legal representative, capacity, medical "
                        "qualification or management unit"),
         {QStringLiteral("code, [address], [phone], [legal_representative], [legal_representative_id], "
                         "[contact_person], [capacity], "
                         "[medically_qualified] (true/false), [management_unit] (true/false)")},
         updateProfile},
        {QStringLiteral("agreement.sign"), module, officers,
         QStringLiteral("Sign an agreement: the first concludes a designation (1 year), a renewal runs up to 3 years"),
         {QStringLiteral("id, institution_code, valid_from, valid_to, service_forms (A|B), signed_on, "
                         "[deposit_permille] (its own quality-deposit ratio)")},
         signAgreement},
        {QStringLiteral("agreement.end"), module, officers,
         QStringLiteral("End (中止/解除) an agreement from a day on"),
         {QStringLiteral("id, ended_on, reason, [end_kind] (SUSPEND 中止 / TERMINATE 解除, the default), [filed_on], "
                         "[filed_ref] (its filing with the administrative department, 报备)")},
         endAgreement},
        {QStringLiteral("agreement.record_filing"), module, officers,
         QStringLiteral("Record the filing (报备) of an ended agreement with the administrative department"),
         {QStringLiteral("id, filed_on, [filed_ref]")},
         recordEndFiling},
        {QStringLiteral("institution.suspend"), module, supervisors,
         QStringLiteral("Suspend an institution's new intake or its settlement"),
         {QStringLiteral("id, institution_code, kind (INTAKE/SETTLEMENT), suspended_from, [suspended_to], reason")},
         suspendInstitution},
        {QStringLiteral("staff.suspend_settlement"), module, supervisors,
         QStringLiteral("Suspend a staff member from settlement for 3 to 12 months"),
         {QStringLiteral("staff_no, suspended_from, months (3-12)")}, suspendStaff},
        {QStringLiteral("staff.bar"), module, supervisors,
         QStringLiteral("Bar a staff member from the work for 1 to 3 years"),
         {QStringLiteral("staff_no, barred_from, years (1-3)")}, barStaff},
        {QStringLiteral("representative.bar"), module, supervisors,
         QStringLiteral("Bar an institution's legal representative from managing a designated institution for 5 years"),
         {QStringLiteral("id, institution_code, barred_from, reason")}, barRepresentative},
        {QStringLiteral("performance.record_score"), module, officers,
         QStringLiteral("Record a year's performance score (考核) of an institution by a criteria set"),
         {QStringLiteral("id, institution_code, year, criteria_set, scored_on, items: [{criterion, max, points}] "
                         "(maxima add up to 100)")},
         recordScore},
        {QStringLiteral("violation.record"), module, supervisors,
         QStringLiteral("Record a violation and its liquidated damages (fen)"),
         {QStringLiteral("id, institution_code, found_on, description, damages_fen")}, recordViolation},
    };
}

} // namespace ltc::agreements
