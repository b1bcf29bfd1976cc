#include "agreements/ui/agreementdialogs.h"

#include "agreements/domain/designationrules.h"
#include "agreements/ui/agreementtexts.h"
#include "core/tr.h"
#include "database/records/corereads.h"
#include "sdk/format.h"
#include "sdk/modulecontext.h"

#include <QUuid>

namespace ltc::agreements::ui {
namespace {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Dialog dialog(ModuleContext &context, QWidget *parent, const char *command, const QString &title)
{
    return std::make_unique<CommandDialog>(context, QString::fromLatin1(command), title, parent);
}

// The service forms the stored policies name, in code order.
Choices formChoices(ModuleContext &context)
{
    QSqlDatabase db = context.readConnection();
    const QHash<QString, QString> names = serviceFormNames(db);
    QStringList codes = names.keys();
    codes.sort();
    Choices choices;
    for (const QString &code : codes)
        choices << qMakePair(code, names.value(code));
    return choices;
}

Dialog forDesignation(ModuleContext &context, QWidget *parent, const char *command, const QString &title,
                      const Designation &d)
{
    Dialog form = dialog(context, parent, command, title);
    form->setIntro(QStringLiteral("%1 · %2").arg(d.institutionName, d.institutionCode));
    form->setFixed(QStringLiteral("id"), d.id);
    return form;
}

Choices staffChoices(const QList<StaffRecord> &staff)
{
    Choices choices;
    for (const StaffRecord &s : staff)
        choices << qMakePair(s.staffNo, QStringLiteral("%1 %2 · %3").arg(s.staffNo, s.name, staffRoleTitle(s.role)));
    return choices;
}

// Changning's star rating (seed 001 §二(四)) as one criteria set: the maxima add up to 100.
const QList<QPair<QString, int>> kStarRating{
    {QStringLiteral("服务质量与规范"), 30}, {QStringLiteral("人员配备与持证"), 20}, {QStringLiteral("内部管理与台账"), 20},
    {QStringLiteral("服务对象满意度"), 20}, {QStringLiteral("信息系统与数据报送"), 10}};

} // namespace

Dialog applyDialog(ModuleContext &context, QWidget *parent, QDate today, const QString &existingCode)
{
    Dialog form = dialog(context, parent, "designation.apply", Tr::tr("Application for designation"));
    form->setIntro(Tr::tr("An institution not yet registered is registered from its application; for one already "
                          "registered only its code and the day count."));
    form->setFixed(QStringLiteral("id"), newId());
    form->addText(QStringLiteral("institution_code"), Tr::tr("Institution &code:"), existingCode);
    form->addDate(QStringLiteral("applied_on"), Tr::tr("Applied on:"), today);
    form->addText(QStringLiteral("name"), Tr::tr("Institution &name:"), {}, true);
    form->addChoice(QStringLiteral("kind"), Tr::tr("Kind:"),
                    {{QStringLiteral("CARE"), kindTitle(QStringLiteral("CARE"))},
                     {QStringLiteral("ASSESS"), kindTitle(QStringLiteral("ASSESS"))}});
    form->addText(QStringLiteral("uscc"), Tr::tr("Credit code:"), {}, true);
    form->addNumber(QStringLiteral("grade"), Tr::tr("Grade:"), 1, 3, 1);
    form->addChecks(QStringLiteral("service_forms"), Tr::tr("Service forms:"), formChoices(context));
    form->addText(QStringLiteral("district"), Tr::tr("District:"), context.user().district, true);
    form->addText(QStringLiteral("address"), Tr::tr("Address:"), {}, true);
    form->addText(QStringLiteral("phone"), Tr::tr("Phone:"), {}, true);
    form->addText(QStringLiteral("legal_representative"), Tr::tr("Legal representative:"), {}, true);
    form->addText(QStringLiteral("legal_representative_id"), Tr::tr("Representative's ID number:"), {}, true);
    form->addText(QStringLiteral("contact_person"), Tr::tr("Contact person:"), {}, true);
    form->addNumber(QStringLiteral("capacity"), Tr::tr("Capacity (beds or persons):"), 0, 100000, 0);
    form->addFlag(QStringLiteral("medically_qualified"), Tr::tr("Medically qualified:"));
    form->addFlag(QStringLiteral("management_unit"), Tr::tr("Has an LTC management unit:"));
    return form;
}

Dialog requestMaterialsDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today)
{
    Dialog form = forDesignation(context, parent, "designation.request_materials", Tr::tr("Request missing materials"), d);
    form->setIntro(Tr::tr("%1 · %2\nName every missing item now: they are asked for once, all at once, and are due "
                          "within %3 working days.")
                       .arg(d.institutionName, d.institutionCode)
                       .arg(kMaterialsWorkingDays));
    form->addLines(QStringLiteral("items"), Tr::tr("Missing items:"));
    form->addDate(QStringLiteral("requested_on"), Tr::tr("Requested on:"), today);
    return form;
}

Dialog receiveMaterialsDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today)
{
    Dialog form = forDesignation(context, parent, "designation.receive_materials", Tr::tr("Materials received"), d);
    form->addDate(QStringLiteral("received_on"), Tr::tr("Received on:"), today);
    return form;
}

Dialog refuseDialog(ModuleContext &context, QWidget *parent, const Designation &d)
{
    Dialog form = forDesignation(context, parent, "designation.refuse", Tr::tr("Refuse the application"), d);
    form->addLongText(QStringLiteral("reason"), Tr::tr("Reason:"));
    return form;
}

Dialog formalCheckDialog(ModuleContext &context, QWidget *parent, const Designation &d)
{
    Dialog form = forDesignation(context, parent, "designation.pass_formal_check", Tr::tr("Formal check passed"), d);
    form->setIntro(Tr::tr("%1 · %2\nThe materials are complete: the comprehensive review begins. It is due within 3 "
                          "months of the application, the %3 days spent waiting for materials not counted.")
                       .arg(d.institutionName, d.institutionCode)
                       .arg(d.waitedDays));
    return form;
}

Dialog reviewDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today)
{
    Dialog form = forDesignation(context, parent, "designation.review", Tr::tr("Comprehensive review"), d);
    form->setIntro(Tr::tr("%1 · %2\nDocuments and site visit, decided collectively by a panel of at least %3 "
                          "members, an odd number.")
                       .arg(d.institutionName, d.institutionCode)
                       .arg(kMinimumPanel));
    form->addDate(QStringLiteral("reviewed_on"), Tr::tr("Reviewed on:"), today);
    form->addChoice(QStringLiteral("result"), Tr::tr("Result:"),
                    {{QStringLiteral("PASS"), Tr::tr("Pass")}, {QStringLiteral("FAIL"), Tr::tr("Fail")}});
    form->addLines(QStringLiteral("panel"), Tr::tr("Panel members:"), d.panel);
    form->addLongText(QStringLiteral("reasons"), Tr::tr("Reasons (on fail):"), true);
    form->addLongText(QStringLiteral("suggestions"), Tr::tr("Suggestions:"), true);
    return form;
}

Dialog secondReviewDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today)
{
    Dialog form = forDesignation(context, parent, "designation.request_second_review", Tr::tr("Second review"), d);
    // The window the command checks (seed 004: within 3 months of the failure), shown before the
    // user picks a day; a second failure bars a new application for a year.
    form->setIntro(Tr::tr("%1 · %2\nFailed the review on %3. A second review may be asked for from that day until %4; "
                          "failing it again bars a new application for 1 year.")
                       .arg(d.institutionName, d.institutionCode, sdk::day(d.reviewedOn), sdk::day(d.secondReviewBy)));
    form->addDate(QStringLiteral("requested_on"), Tr::tr("Requested on:"), today);
    return form;
}

Dialog publishDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today)
{
    Dialog form = forDesignation(context, parent, "designation.publish", Tr::tr("Publish the passed institution"), d);
    form->setIntro(Tr::tr("%1 · %2\nThe publication lasts at least %3 working days.")
                       .arg(d.institutionName, d.institutionCode)
                       .arg(kPublicationWorkingDays));
    form->addDate(QStringLiteral("published_from"), Tr::tr("Published from:"), today);
    form->addDate(QStringLiteral("published_to"), Tr::tr("Published to:"),
                  context.calendar().addWorkingDays(today, kPublicationWorkingDays));
    return form;
}

Dialog objectionDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today)
{
    Dialog form = forDesignation(context, parent, "designation.record_objection", Tr::tr("Record an objection"), d);
    form->setFixed(QStringLiteral("objection_id"), newId());
    form->addDate(QStringLiteral("received_on"), Tr::tr("Received on:"), today);
    form->addLongText(QStringLiteral("text"), Tr::tr("Objection:"));
    return form;
}

Dialog negotiationDialog(ModuleContext &context, QWidget *parent, const Designation &d, QDate today)
{
    Dialog form = forDesignation(context, parent, "designation.start_negotiation", Tr::tr("Start negotiation"), d);
    const QDate after = d.publishedTo.isValid() ? d.publishedTo.addDays(1) : today;
    form->addDate(QStringLiteral("started_on"), Tr::tr("Started on:"), std::max(today, after));
    return form;
}

Dialog signDialog(ModuleContext &context, QWidget *parent, const InstitutionRow &institution, QDate today)
{
    const bool renewal = institution.lastAgreementDay.isValid();
    Dialog form = dialog(context, parent, "agreement.sign", renewal ? Tr::tr("Renew the agreement") : Tr::tr("Sign the agreement"));
    form->setIntro(QStringLiteral("%1 · %2\n").arg(institution.name, institution.code)
                   + (renewal ? Tr::tr("A renewal runs up to 3 years, by the institution's performance.")
                              : Tr::tr("A first agreement runs 1 year and concludes the designation.")));
    form->setFixed(QStringLiteral("id"), newId());
    form->setFixed(QStringLiteral("institution_code"), institution.code);
    const QDate from = renewal ? std::max(today, institution.lastAgreementDay.addDays(1)) : today;
    form->addDate(QStringLiteral("valid_from"), Tr::tr("Valid from:"), from);
    form->addDate(QStringLiteral("valid_to"), Tr::tr("Valid to:"), longestTermEnd(from, false));
    form->addChecks(QStringLiteral("service_forms"), Tr::tr("Service forms:"), formChoices(context), institution.serviceForms);
    form->addDate(QStringLiteral("signed_on"), Tr::tr("Signed on:"), today);
    form->addText(QStringLiteral("deposit_permille"), Tr::tr("Own deposit ratio (‰, optional):"), {}, true);
    // The ratio is typed as text so that it may stay empty; the command takes a whole number.
    form->setPrepare([](QJsonObject &args) {
        if (!args.contains(QStringLiteral("deposit_permille")))
            return QString();
        bool ok = false;
        const int permille = args.value(QStringLiteral("deposit_permille")).toString().toInt(&ok);
        if (!ok)
            return Tr::tr("Own deposit ratio: a whole number of per mille");
        args.insert(QStringLiteral("deposit_permille"), permille);
        return QString();
    });
    return form;
}

Dialog endDialog(ModuleContext &context, QWidget *parent, const QList<AgreementEntry> &agreements, QDate today)
{
    Dialog form = dialog(context, parent, "agreement.end", Tr::tr("Terminate an agreement"));
    form->setIntro(Tr::tr("From this day the agreement is not in force; the institution returns only through a new "
                          "application."));
    Choices choices;
    for (const AgreementEntry &a : agreements) {
        if (!a.endedOn.isValid() && !a.id.startsWith(QLatin1String("import:")))
            choices << qMakePair(a.id, QStringLiteral("%1 – %2").arg(a.from.toString(Qt::ISODate), a.to.toString(Qt::ISODate)));
    }
    form->addChoice(QStringLiteral("id"), Tr::tr("Agreement:"), choices);
    form->addChoice(QStringLiteral("end_kind"), Tr::tr("Kind:"),
                    {{QStringLiteral("TERMINATE"), Tr::tr("Terminate (解除)")},
                     {QStringLiteral("SUSPEND"), Tr::tr("Suspend (中止)")}});
    form->addDate(QStringLiteral("ended_on"), Tr::tr("Ended from:"), today);
    form->addLongText(QStringLiteral("reason"), Tr::tr("Reason:"));
    // The filing with the administrative department (报备, seed 004 §37), if already made.
    form->addDate(QStringLiteral("filed_on"), Tr::tr("Filed with the department on (empty: not yet):"), QDate(), true);
    form->addText(QStringLiteral("filed_ref"), Tr::tr("Filing's document number:"), QString(), true);
    return form;
}

// agreement.record_filing: the filing (报备, seed 004 §37) of an end made without one, later.
Dialog filingDialog(ModuleContext &context, QWidget *parent, const QList<AgreementEntry> &agreements, QDate today)
{
    Dialog form = dialog(context, parent, "agreement.record_filing", Tr::tr("Record the filing of an ended agreement"));
    form->setIntro(Tr::tr("The end of an agreement is filed (报备) with the medical security administrative department; "
                          "a filing is recorded once."));
    Choices choices;
    for (const AgreementEntry &a : agreements) {
        if (a.endedOn.isValid() && !a.filedOn.isValid())
            choices << qMakePair(a.id, Tr::tr("%1 – %2, ended from %3")
                                           .arg(a.from.toString(Qt::ISODate), a.to.toString(Qt::ISODate),
                                                a.endedOn.toString(Qt::ISODate)));
    }
    form->addChoice(QStringLiteral("id"), Tr::tr("Agreement:"), choices);
    form->addDate(QStringLiteral("filed_on"), Tr::tr("Filed on:"), today);
    form->addText(QStringLiteral("filed_ref"), Tr::tr("Filing's document number:"), QString(), true);
    return form;
}

Dialog suspendDialog(ModuleContext &context, QWidget *parent, const QString &code, QDate today)
{
    Dialog form = dialog(context, parent, "institution.suspend", Tr::tr("Suspend intake or settlement"));
    form->setFixed(QStringLiteral("id"), newId());
    form->setFixed(QStringLiteral("institution_code"), code);
    form->addChoice(QStringLiteral("kind"), Tr::tr("Suspend:"),
                    {{QStringLiteral("INTAKE"), suspensionTitle(QStringLiteral("INTAKE"))},
                     {QStringLiteral("SETTLEMENT"), suspensionTitle(QStringLiteral("SETTLEMENT"))}});
    form->addDate(QStringLiteral("suspended_from"), Tr::tr("From:"), today);
    form->addDate(QStringLiteral("suspended_to"), Tr::tr("To (empty: until further notice):"), lastDayOfMonths(today, 3), true);
    form->addLongText(QStringLiteral("reason"), Tr::tr("Reason:"));
    return form;
}

Dialog scoreDialog(ModuleContext &context, QWidget *parent, const QString &code, QDate today)
{
    Dialog form = dialog(context, parent, "performance.record_score", Tr::tr("Performance score"));
    form->setFixed(QStringLiteral("id"), newId());
    form->setFixed(QStringLiteral("institution_code"), code);
    form->addNumber(QStringLiteral("year"), Tr::tr("Year:"), 2000, 2200, today.year());
    form->addText(QStringLiteral("criteria_set"), Tr::tr("Criteria set:"), QStringLiteral("星级评定"));
    form->addDate(QStringLiteral("scored_on"), Tr::tr("Scored on:"), today);
    form->addScoreItems(QStringLiteral("items"), Tr::tr("Items:"), kStarRating);
    return form;
}

Dialog violationDialog(ModuleContext &context, QWidget *parent, const QString &code, QDate today)
{
    Dialog form = dialog(context, parent, "violation.record", Tr::tr("Record a violation"));
    form->setIntro(Tr::tr("The liquidated damages are deducted from the institution's next payments."));
    form->setFixed(QStringLiteral("id"), newId());
    form->setFixed(QStringLiteral("institution_code"), code);
    form->addDate(QStringLiteral("found_on"), Tr::tr("Found on:"), today);
    form->addLongText(QStringLiteral("description"), Tr::tr("Description:"));
    form->addYuan(QStringLiteral("damages_fen"), Tr::tr("Liquidated damages (yuan):"));
    return form;
}

Dialog staffSuspendDialog(ModuleContext &context, QWidget *parent, const QList<StaffRecord> &staff, QDate today)
{
    Dialog form = dialog(context, parent, "staff.suspend_settlement", Tr::tr("Suspend a staff member from settlement"));
    form->addChoice(QStringLiteral("staff_no"), Tr::tr("Staff member:"), staffChoices(staff));
    form->addDate(QStringLiteral("suspended_from"), Tr::tr("From:"), today);
    form->addNumber(QStringLiteral("months"), Tr::tr("Months (3-12):"), kMinSuspensionMonths, kMaxSuspensionMonths,
                    kMinSuspensionMonths);
    return form;
}

Dialog staffBarDialog(ModuleContext &context, QWidget *parent, const QList<StaffRecord> &staff, QDate today)
{
    Dialog form = dialog(context, parent, "staff.bar", Tr::tr("Bar a staff member from the work"));
    form->addChoice(QStringLiteral("staff_no"), Tr::tr("Staff member:"), staffChoices(staff));
    form->addDate(QStringLiteral("barred_from"), Tr::tr("From:"), today);
    form->addNumber(QStringLiteral("years"), Tr::tr("Years (1-3):"), kMinBarYears, kMaxBarYears, kMinBarYears);
    return form;
}

Dialog representativeBarDialog(ModuleContext &context, QWidget *parent, const InstitutionProfile &profile, QDate today)
{
    Dialog form = dialog(context, parent, "representative.bar", Tr::tr("Bar the legal representative"));
    form->setIntro(Tr::tr("%1 may not manage a designated institution for %2 years.")
                       .arg(profile.legalRepresentative.isEmpty() ? profile.listed.name : profile.legalRepresentative)
                       .arg(kLegalRepresentativeBarYears));
    form->setFixed(QStringLiteral("id"), newId());
    form->setFixed(QStringLiteral("institution_code"), profile.listed.code);
    form->addDate(QStringLiteral("barred_from"), Tr::tr("From:"), today);
    form->addLongText(QStringLiteral("reason"), Tr::tr("Reason:"));
    return form;
}

Dialog profileDialog(ModuleContext &context, QWidget *parent, const InstitutionProfile &p)
{
    Dialog form = dialog(context, parent, "institution.update_profile", Tr::tr("Institution profile"));
    form->setIntro(QStringLiteral("%1 · %2").arg(p.listed.name, p.listed.code));
    form->setFixed(QStringLiteral("code"), p.listed.code);
    form->addText(QStringLiteral("address"), Tr::tr("Address:"), p.listed.address);
    form->addText(QStringLiteral("phone"), Tr::tr("Phone:"), p.listed.phone);
    form->addText(QStringLiteral("legal_representative"), Tr::tr("Legal representative:"), p.legalRepresentative);
    form->addText(QStringLiteral("legal_representative_id"), Tr::tr("Representative's ID number:"), p.legalRepresentativeId, true);
    form->addText(QStringLiteral("contact_person"), Tr::tr("Contact person:"), p.contactPerson);
    form->addNumber(QStringLiteral("capacity"), Tr::tr("Capacity (beds or persons):"), 0, 100000, p.capacity.value_or(0));
    form->addFlag(QStringLiteral("medically_qualified"), Tr::tr("Medically qualified:"), p.medicallyQualified);
    form->addFlag(QStringLiteral("management_unit"), Tr::tr("Has an LTC management unit:"), p.managementUnit);
    return form;
}

} // namespace ltc::agreements::ui
