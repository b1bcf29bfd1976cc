#include "agreements/domain/designationcommands.h"
#include "core/tr.h"

#include "agreements/domain/commandsupport.h"
#include "agreements/domain/designationrules.h"
#include "agreements/domain/staffhistory.h"
#include "core/citizenid.h"
#include "core/creditcode.h"
#include "core/region.h"
#include "core/standing.h"
#include "database/records/corereads.h"
#include "database/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ltc::agreements {
namespace {

const QString kDesignations = QStringLiteral("designations");

// The designation `id` in one of `states`, where the user may change its institution.
std::optional<QJsonObject> designationIn(CommandContext &ctx, const QString &id, const QStringList &states,
                                         CommandOutcome &refusal)
{
    std::optional<QJsonObject> row = ctx.fetch(kDesignations, QStringLiteral("id"), id);
    if (!row) {
        refusal = refuse(QStringLiteral("not_found"), Tr::tr("designation %1 does not exist").arg(id));
        return std::nullopt;
    }
    if (!institutionForChange(ctx, row->value(QStringLiteral("institution_code")).toString(), refusal))
        return std::nullopt;
    const QString status = row->value(QStringLiteral("status")).toString();
    if (!states.contains(status)) {
        refusal = refuse(QStringLiteral("state"), Tr::tr("designation %1 is %2; this step needs it %3")
                                                      .arg(id, status, states.join(QStringLiteral(" / "))));
        return std::nullopt;
    }
    return row;
}

// Sets `assignments` ("status = ?, …") on the designation and records the change.
CommandOutcome updateDesignation(CommandContext &ctx, const QJsonObject &before, const QString &assignments,
                                 QVariantList params)
{
    const QString id = before.value(QStringLiteral("id")).toString();
    params << id;
    if (!ctx.exec(QStringLiteral("UPDATE designations SET %1, row_version = row_version + 1 WHERE id = ?").arg(assignments),
                  params))
        return ctx.storageFailure();
    ctx.recordChange(kDesignations, id, before, ctx.fetch(kDesignations, QStringLiteral("id"), id));
    return CommandOutcome::success();
}

QString jsonText(const QJsonArray &array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); }

QStringList textList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString().trimmed();
    return list;
}

// ---- application and formal check ---------------------------------------------------------

// A designation of the institution still under way on `day` (or one failed whose second review
// may still be asked for), which a new application would duplicate.
bool openDesignation(QSqlDatabase &db, const QString &institution, QDate day)
{
    return scalarSql(db,
                     QStringLiteral("SELECT 1 FROM designations WHERE institution_code = ? AND (status IN ('APPLIED', "
                                    "'AWAITING_MATERIALS', 'REVIEWING', 'PASSED', 'PUBLISHING', 'NEGOTIATING') OR "
                                    "(status = 'FAILED' AND second_review_by >= ?)) LIMIT 1"),
                     {institution, iso(day)})
        .isValid();
}

// The last day the institution is barred from applying (null: not barred on `day`).
QDate barredThrough(QSqlDatabase &db, const QString &institution, QDate day)
{
    return QDate::fromString(scalarSql(db,
                                       QStringLiteral("SELECT MAX(barred_until) FROM designations WHERE "
                                                      "institution_code = ? AND status = 'BARRED' AND barred_until >= ?"),
                                       {institution, iso(day)})
                                 .toString(),
                             Qt::ISODate);
}

// An applicant not registered yet is registered from the application: its profile, no agreement
// (agreement_from and agreement_to stay empty until one is signed: core/standing.h sees none).
std::optional<CommandOutcome> registerApplicant(CommandContext &ctx, const QString &code, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString name = read.text(QStringLiteral("name"));
    const QString kind = read.text(QStringLiteral("kind"));
    const QString uscc = read.text(QStringLiteral("uscc"), false).toUpper();
    const std::optional<int> grade = read.integer(QStringLiteral("grade"), 1, 3);
    const QString forms = read.text(QStringLiteral("service_forms"));
    QString district = read.text(QStringLiteral("district"), false);
    if (!kind.isEmpty() && kind != QStringLiteral("ASSESS") && kind != QStringLiteral("CARE"))
        read.error(QStringLiteral("kind"), Tr::tr("must be ASSESS or CARE"));
    if (!uscc.isEmpty() && !checkCreditCode(uscc).acceptable())
        read.error(QStringLiteral("uscc"), checkCreditCode(uscc).message);
    const QString representativeId = read.text(QStringLiteral("legal_representative_id"), false).toUpper();
    QString idProblem;
    if (!representativeId.isEmpty() && !validateCitizenId(representativeId, &idProblem))
        read.error(QStringLiteral("legal_representative_id"), idProblem);
    if (!district.isEmpty() && !isRegionCode(district))
        read.error(QStringLiteral("district"), Tr::tr("'%1' is not a six-digit GB/T 2260 code").arg(district));
    if (!read.ok())
        return read.failure();
    if (district.isEmpty())
        district = ctx.user().district;
    if (const std::optional<CommandOutcome> refusal = ctx.checkDistrict(district))
        return refusal;
    const std::optional<int> capacity = JsonArgs(args).integer(QStringLiteral("capacity"), 0, 100000, false);
    if (!ctx.exec(QStringLiteral("INSERT INTO institutions (code, name, kind, uscc, grade, service_forms, agreement_from, "
                                 "agreement_to, district, address, phone, legal_representative, legal_representative_id, "
                                 "contact_person, capacity, medically_qualified, management_unit) VALUES (?, ?, ?, ?, ?, "
                                 "?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {code, name, kind, sqlText(uscc), *grade, forms, district,
                   sqlText(args.value(QStringLiteral("address")).toString()),
                   sqlText(args.value(QStringLiteral("phone")).toString()),
                   sqlText(args.value(QStringLiteral("legal_representative")).toString()), sqlText(representativeId),
                   sqlText(args.value(QStringLiteral("contact_person")).toString()),
                   capacity ? QVariant(*capacity) : QVariant(),
                   args.value(QStringLiteral("medically_qualified")).toBool() ? 1 : 0,
                   args.value(QStringLiteral("management_unit")).toBool() ? 1 : 0}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("institutions"), code, std::nullopt,
                     ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), code));
    return std::nullopt;
}

CommandOutcome apply(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString code = read.text(QStringLiteral("institution_code"));
    const QDate appliedOn = read.date(QStringLiteral("applied_on"));
    if (!read.ok())
        return read.failure();
    if (ctx.fetch(kDesignations, QStringLiteral("id"), id))
        return refuse(QStringLiteral("conflict"), Tr::tr("designation %1 already exists").arg(id));
    CommandOutcome refusal;
    if (!ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), code)) {
        if (const std::optional<CommandOutcome> failed = registerApplicant(ctx, code, args))
            return *failed;
    } else if (!institutionForChange(ctx, code, refusal)) {
        return refusal;
    }
    if (const QDate barred = barredThrough(ctx.db(), code, appliedOn); barred.isValid())
        return refuse(QStringLiteral("state"),
                      Tr::tr("%1 failed its review twice: it may not apply again until after %2").arg(code, iso(barred)));
    const QString representative = ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), code)
                                       ->value(QStringLiteral("legal_representative_id"))
                                       .toString();
    if (const QDate barred = representative.isEmpty() ? QDate()
                                                      : representativeBarredThrough(ctx.db(), representative, appliedOn);
        barred.isValid())
        return refuse(QStringLiteral("state"),
                      Tr::tr("the legal representative of %1 is barred from managing a designated institution until %2")
                          .arg(code, iso(barred)));
    if (openDesignation(ctx.db(), code, appliedOn))
        return refuse(QStringLiteral("state"), Tr::tr("%1 already has a designation under way").arg(code));
    if (!ctx.exec(QStringLiteral("INSERT INTO designations (id, institution_code, applied_on, status) VALUES (?, ?, ?, ?)"),
                  {id, code, iso(appliedOn), state::Applied}))
        return ctx.storageFailure();
    ctx.recordChange(kDesignations, id, std::nullopt, ctx.fetch(kDesignations, QStringLiteral("id"), id));
    return CommandOutcome::success();
}

// Every missing item at once (一次性告知); the institution has 10 working days to supply them.
CommandOutcome requestMaterials(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate requestedOn = read.date(QStringLiteral("requested_on"));
    const QStringList items = textList(args.value(QStringLiteral("items")));
    if (items.isEmpty() || items.contains(QString()))
        read.error(QStringLiteral("items"), Tr::tr("name every missing item, all at once"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = designationIn(ctx, id, {state::Applied}, refusal);
    if (!before)
        return refusal;
    if (requestedOn < dateOf(*before, "applied_on"))
        return refuse(QStringLiteral("invalid"), Tr::tr("requested_on: is before the application"));
    if (!before->value(QStringLiteral("materials_requested_on")).toString().isEmpty())
        return refuse(QStringLiteral("state"),
                      Tr::tr("the missing materials were already asked for: they are asked for once, all at once"));
    return updateDesignation(ctx, *before,
                             QStringLiteral("status = ?, materials = ?, materials_requested_on = ?, materials_due_on = ?"),
                             {state::AwaitingMaterials, jsonText(QJsonArray::fromStringList(items)), iso(requestedOn),
                              iso(materialsDueOn(loadCalendar(ctx.db()), requestedOn))});
}

CommandOutcome receiveMaterials(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate receivedOn = read.date(QStringLiteral("received_on"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = designationIn(ctx, id, {state::AwaitingMaterials}, refusal);
    if (!before)
        return refusal;
    const QDate requestedOn = dateOf(*before, "materials_requested_on");
    const QDate dueOn = dateOf(*before, "materials_due_on");
    if (receivedOn < requestedOn)
        return refuse(QStringLiteral("invalid"), Tr::tr("received_on: is before the materials were asked for"));
    if (receivedOn > dueOn)
        return refuse(QStringLiteral("state"),
                      Tr::tr("the materials were due by %1: refuse the application (designation.refuse)").arg(iso(dueOn)));
    // The days spent waiting do not count against the 3 months of the review.
    return updateDesignation(ctx, *before, QStringLiteral("status = ?, materials_received_on = ?, waited_days = ?"),
                             {state::Applied, iso(receivedOn), int(requestedOn.daysTo(receivedOn))});
}

CommandOutcome refuseApplication(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString reason = read.text(QStringLiteral("reason"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = designationIn(ctx, id, {state::Applied, state::AwaitingMaterials}, refusal);
    if (!before)
        return refusal;
    return updateDesignation(ctx, *before, QStringLiteral("status = ?, refusal_reason = ?"), {state::Refused, reason});
}

// The formal check passed: the comprehensive review has 3 months from the application's
// acceptance, the days spent waiting for materials added.
CommandOutcome passFormalCheck(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = designationIn(ctx, id, {state::Applied}, refusal);
    if (!before)
        return refusal;
    const QDate dueOn = reviewDueOn(dateOf(*before, "applied_on"), before->value(QStringLiteral("waited_days")).toInt());
    return updateDesignation(ctx, *before, QStringLiteral("status = ?, attempt = 1, review_due_on = ?"),
                             {state::Reviewing, iso(dueOn)});
}

// ---- comprehensive review ---------------------------------------------------------------------

CommandOutcome recordReview(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate reviewedOn = read.date(QStringLiteral("reviewed_on"));
    const QString result = read.text(QStringLiteral("result"));
    const QStringList panel = textList(args.value(QStringLiteral("panel")));
    const QString reasons = read.text(QStringLiteral("reasons"), result == QStringLiteral("FAIL"));
    const QString suggestions = read.text(QStringLiteral("suggestions"), false);
    if (!result.isEmpty() && result != QStringLiteral("PASS") && result != QStringLiteral("FAIL"))
        read.error(QStringLiteral("result"), Tr::tr("must be PASS or FAIL"));
    if (const QString problem = panelProblem(panel); !problem.isEmpty())
        read.error(QStringLiteral("panel"), problem);
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = designationIn(ctx, id, {state::Reviewing}, refusal);
    if (!before)
        return refusal;
    if (reviewedOn < dateOf(*before, "applied_on"))
        return refuse(QStringLiteral("invalid"), Tr::tr("reviewed_on: is before the application"));
    const QString panelText = jsonText(QJsonArray::fromStringList(panel));
    if (result == QStringLiteral("PASS"))
        return updateDesignation(ctx, *before, QStringLiteral("status = ?, reviewed_on = ?, panel = ?"),
                                 {state::Passed, iso(reviewedOn), panelText});
    const bool second = before->value(QStringLiteral("attempt")).toInt() >= 2;
    if (second)
        return updateDesignation(ctx, *before,
                                 QStringLiteral("status = ?, reviewed_on = ?, panel = ?, reasons = ?, suggestions = ?, "
                                                "barred_until = ?"),
                                 {state::Barred, iso(reviewedOn), panelText, reasons, sqlText(suggestions),
                                  iso(reapplicationBarredUntil(reviewedOn))});
    return updateDesignation(ctx, *before,
                             QStringLiteral("status = ?, reviewed_on = ?, panel = ?, reasons = ?, suggestions = ?, "
                                            "second_review_by = ?"),
                             {state::Failed, iso(reviewedOn), panelText, reasons, sqlText(suggestions),
                              iso(secondReviewDeadline(reviewedOn))});
}

// Put right within 3 months of a first failure: one more review, again within 3 months.
CommandOutcome requestSecondReview(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate requestedOn = read.date(QStringLiteral("requested_on"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = designationIn(ctx, id, {state::Failed}, refusal);
    if (!before)
        return refusal;
    const QDate deadline = dateOf(*before, "second_review_by");
    if (requestedOn < dateOf(*before, "reviewed_on") || requestedOn > deadline)
        return refuse(QStringLiteral("state"),
                      Tr::tr("a second review may be asked for until %1 only: apply again").arg(iso(deadline)));
    return updateDesignation(ctx, *before, QStringLiteral("status = ?, attempt = 2, review_due_on = ?"),
                             {state::Reviewing, iso(reviewDueOn(requestedOn, 0))});
}

// ---- publication and negotiation ----------------------------------------------------------------

CommandOutcome publish(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate from = read.date(QStringLiteral("published_from"));
    const QDate to = read.date(QStringLiteral("published_to"));
    if (!read.ok())
        return read.failure();
    if (!publicationIsLongEnough(loadCalendar(ctx.db()), from, to))
        return refuse(QStringLiteral("invalid"), Tr::tr("published_to: the publication lasts at least %1 working days")
                                                     .arg(kPublicationWorkingDays));
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = designationIn(ctx, id, {state::Passed}, refusal);
    if (!before)
        return refusal;
    if (from < dateOf(*before, "reviewed_on"))
        return refuse(QStringLiteral("invalid"), Tr::tr("published_from: is before the review"));
    return updateDesignation(ctx, *before, QStringLiteral("status = ?, published_from = ?, published_to = ?"),
                             {state::Publishing, iso(from), iso(to)});
}

CommandOutcome recordObjection(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString objectionId = read.text(QStringLiteral("objection_id"));
    const QDate receivedOn = read.date(QStringLiteral("received_on"));
    const QString text = read.text(QStringLiteral("text"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> designation = designationIn(ctx, id, {state::Publishing}, refusal);
    if (!designation)
        return refusal;
    if (receivedOn < dateOf(*designation, "published_from") || receivedOn > dateOf(*designation, "published_to"))
        return refuse(QStringLiteral("invalid"), Tr::tr("received_on: objections are received during the publication"));
    if (ctx.fetch(QStringLiteral("designation_objections"), QStringLiteral("id"), objectionId))
        return refuse(QStringLiteral("conflict"), Tr::tr("objection %1 already exists").arg(objectionId));
    if (!ctx.exec(QStringLiteral("INSERT INTO designation_objections (id, designation_id, institution_code, received_on, "
                                 "text) VALUES (?, ?, ?, ?, ?)"),
                  {objectionId, id, designation->value(QStringLiteral("institution_code")).toString(), iso(receivedOn), text}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("designation_objections"), objectionId, std::nullopt,
                     ctx.fetch(QStringLiteral("designation_objections"), QStringLiteral("id"), objectionId));
    return CommandOutcome::success();
}

CommandOutcome startNegotiation(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QDate on = read.date(QStringLiteral("started_on"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = designationIn(ctx, id, {state::Publishing}, refusal);
    if (!before)
        return refusal;
    if (on <= dateOf(*before, "published_to"))
        return refuse(QStringLiteral("state"),
                      Tr::tr("the publication runs until %1: negotiation starts after it").arg(before->value(QStringLiteral("published_to")).toString()));
    return updateDesignation(ctx, *before, QStringLiteral("status = ?, negotiation_from = ?"),
                             {state::Negotiating, iso(on)});
}

} // namespace

QList<CommandSpec> designationCommands()
{
    const QStringList officers = roleIds({Role::AgreementOfficer, Role::Admin});
    const QString module = QStringLiteral("agreements");
    return {
        {QStringLiteral("designation.apply"), module, officers,
         QStringLiteral("Receive an institution's application for designation (an applicant not registered yet is "
                        "registered from it)"),
         {QStringLiteral("id, institution_code, applied_on; for a new applicant: name, kind (ASSESS/CARE), [uscc], "
                         "grade, service_forms (A|B), [district], [address], [phone], [legal_representative], "
                         "[legal_representative_id], [contact_person], [capacity], [medically_qualified], "
                         "[management_unit]")},
         apply},
        {QStringLiteral("designation.request_materials"), module, officers,
         QStringLiteral("Ask for every missing material at once; 10 working days to supply them"),
         {QStringLiteral("id, requested_on, items: [text, ...]")}, requestMaterials},
        {QStringLiteral("designation.receive_materials"), module, officers,
         QStringLiteral("The missing materials are in (within the 10 working days)"),
         {QStringLiteral("id, received_on")}, receiveMaterials},
        {QStringLiteral("designation.refuse"), module, officers,
         QStringLiteral("Refuse an application at the formal check"), {QStringLiteral("id, reason")}, refuseApplication},
        {QStringLiteral("designation.pass_formal_check"), module, officers,
         QStringLiteral("The formal check passed: the comprehensive review begins (3 months from acceptance, waiting "
                        "for materials not counted)"),
         {QStringLiteral("id")}, passFormalCheck},
        {QStringLiteral("designation.review"), module, officers,
         QStringLiteral("Record the comprehensive review by a panel of at least 5, an odd number"),
         {QStringLiteral("id, reviewed_on, result (PASS/FAIL), panel: [name, ...], [reasons] (required on FAIL), "
                         "[suggestions]")},
         recordReview},
        {QStringLiteral("designation.request_second_review"), module, officers,
         QStringLiteral("After a first failure, put right within 3 months: review again"),
         {QStringLiteral("id, requested_on")}, requestSecondReview},
        {QStringLiteral("designation.publish"), module, officers,
         QStringLiteral("Publish the passed institution for at least 5 working days"),
         {QStringLiteral("id, published_from, published_to")}, publish},
        {QStringLiteral("designation.record_objection"), module, officers,
         QStringLiteral("Record an objection received during the publication"),
         {QStringLiteral("id, objection_id, received_on, text")}, recordObjection},
        {QStringLiteral("designation.start_negotiation"), module, officers,
         QStringLiteral("Negotiate the agreement after the publication"), {QStringLiteral("id, started_on")},
         startNegotiation},
    };
}

QList<Migration> agreementsMigrations()
{
    Migration v1{QStringLiteral("agreements"), 1, QStringLiteral("designations and objections"), {}, {}, {}};
    v1.statements = QStringList{
        QStringLiteral("CREATE TABLE designations (id TEXT PRIMARY KEY, institution_code TEXT NOT NULL REFERENCES "
                       "institutions (code), applied_on TEXT NOT NULL, status TEXT NOT NULL, attempt INTEGER NOT NULL "
                       "DEFAULT 0, materials TEXT, materials_requested_on TEXT, materials_due_on TEXT, "
                       "materials_received_on TEXT, waited_days INTEGER NOT NULL DEFAULT 0, review_due_on TEXT, "
                       "reviewed_on TEXT, panel TEXT, reasons TEXT, suggestions TEXT, second_review_by TEXT, "
                       "barred_until TEXT, published_from TEXT, published_to TEXT, negotiation_from TEXT, "
                       "agreement_id TEXT, refusal_reason TEXT, row_version INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX designations_by_institution ON designations (institution_code, status)"),
        QStringLiteral("CREATE TABLE designation_objections (id TEXT PRIMARY KEY, designation_id TEXT NOT NULL "
                       "REFERENCES designations (id), institution_code TEXT NOT NULL, received_on TEXT NOT NULL, text "
                       "TEXT NOT NULL)"),
    };
    // How an agreement ended (中止 suspended or 解除 terminated) and its filing (报备) with the
    // administrative department (seed 004 §37): the day it was filed and the document's number.
    Migration v3{QStringLiteral("agreements"), 3, QStringLiteral("an ended agreement's kind and filing"), {}, {}, {}};
    v3.statements = QStringList{
        QStringLiteral("ALTER TABLE institution_agreements ADD COLUMN end_kind TEXT"),
        QStringLiteral("ALTER TABLE institution_agreements ADD COLUMN filed_on TEXT"),
        QStringLiteral("ALTER TABLE institution_agreements ADD COLUMN filed_ref TEXT"),
    };
    return {v1, staffHistoryMigration(2), v3};
}

} // namespace ltc::agreements
