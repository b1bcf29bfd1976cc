// The page's steps and documents: which step each action opens, when the state and the user's
// roles allow it, and the notices and lists with their print preview, PDF and xlsx.
#include "agreements/domain/agreementnotices.h"
#include "agreements/domain/designationcommands.h"
#include "agreements/ui/agreementspage.h"
#include "agreements/ui/agreementtexts.h"
#include "core/tr.h"
#include "database/records/corereads.h"
#include "sdk/htmldocument.h"
#include "sdk/modulecontext.h"

#include <QAction>
#include <QSettings>

namespace ltc::agreements::ui {
namespace {

struct StepText {
    const char *name;
    const char *text;
};

// Steps that open a form; the documents follow.
const StepText kSteps[] = {
    {"apply", QT_TRANSLATE_NOOP("ltc", "&New application…")},
    {"request", QT_TRANSLATE_NOOP("ltc", "Request &materials…")},
    {"receive", QT_TRANSLATE_NOOP("ltc", "Materials &arrived…")},
    {"refuse", QT_TRANSLATE_NOOP("ltc", "Re&fuse…")},
    {"formal", QT_TRANSLATE_NOOP("ltc", "Formal check &passed…")},
    {"review", QT_TRANSLATE_NOOP("ltc", "Re&view…")},
    {"second", QT_TRANSLATE_NOOP("ltc", "Review again…")},
    {"publish", QT_TRANSLATE_NOOP("ltc", "P&ublish…")},
    {"objection", QT_TRANSLATE_NOOP("ltc", "&Objection…")},
    {"negotiate", QT_TRANSLATE_NOOP("ltc", "Ne&gotiate…")},
    {"sign_first", QT_TRANSLATE_NOOP("ltc", "&Sign agreement…")},
    {"sign", QT_TRANSLATE_NOOP("ltc", "&Sign or renew…")},
    {"end", QT_TRANSLATE_NOOP("ltc", "&Terminate…")},
    {"filing", QT_TRANSLATE_NOOP("ltc", "File the end…")},
    {"suspend", QT_TRANSLATE_NOOP("ltc", "Sus&pend…")},
    {"score", QT_TRANSLATE_NOOP("ltc", "Sc&ore…")},
    {"violation", QT_TRANSLATE_NOOP("ltc", "&Violation…")},
    {"staff_suspend", QT_TRANSLATE_NOOP("ltc", "Suspend staff…")},
    {"staff_bar", QT_TRANSLATE_NOOP("ltc", "Bar staff…")},
    {"representative_bar", QT_TRANSLATE_NOOP("ltc", "Bar representative…")},
    {"profile", QT_TRANSLATE_NOOP("ltc", "Profile…")},
};

const StepText kDocuments[] = {
    {"notice", QT_TRANSLATE_NOOP("ltc", "Print &notice…")},
    {"notice_pdf", QT_TRANSLATE_NOOP("ltc", "Notice as PDF…")},
    {"publication", QT_TRANSLATE_NOOP("ltc", "Publication list…")},
    {"designated", QT_TRANSLATE_NOOP("ltc", "Designated list…")},
    {"designated_pdf", QT_TRANSLATE_NOOP("ltc", "List as PDF…")},
    {"designated_xlsx", QT_TRANSLATE_NOOP("ltc", "List as xlsx…")},
};


} // namespace

void AgreementsPage::buildActions()
{
    const auto add = [this](const StepText &step, const std::function<bool()> &run) {
        auto *action = new QAction(Tr::tr(step.text), this);
        action->setObjectName(QStringLiteral("agreements.") + QLatin1String(step.name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [run] { run(); });
        addAction(action);
        m_actions.insert(QLatin1String(step.name), action);
    };
    for (const StepText &step : kSteps)
        add(step, [this, name = QLatin1String(step.name)] { return runStep(name); });
    add(kDocuments[0], [this] { return printNotice(); });
    add(kDocuments[1], [this] { return exportNoticePdf(); });
    add(kDocuments[2], [this] { return showList(QStringLiteral("publication")); });
    add(kDocuments[3], [this] { return showList(QStringLiteral("designated")); });
    add(kDocuments[4], [this] { return exportListPdf(); });
    add(kDocuments[5], [this] { return exportListXlsx(); });
    m_actions.value(QStringLiteral("apply"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_actions.value(QStringLiteral("notice"))->setShortcut(QKeySequence::Print);
}

void AgreementsPage::updateActions()
{
    if (!m_view || !m_designations)
        return;  // still being built
    const UserIdentity &user = m_context.user();
    const bool officer = user.hasRole(Role::AgreementOfficer) || user.hasRole(Role::Admin);
    const bool supervisor = officer || user.hasRole(Role::Inspector);
    const std::optional<Designation> d = currentDesignation();
    const QString s = d ? d->status : QString();
    const auto enable = [this](const char *name, bool on) { m_actions.value(QLatin1String(name))->setEnabled(on); };
    enable("apply", officer);
    enable("request", officer && s == state::Applied && !d->materialsRequestedOn.isValid());
    enable("receive", officer && s == state::AwaitingMaterials);
    enable("refuse", officer && (s == state::Applied || s == state::AwaitingMaterials));
    enable("formal", officer && s == state::Applied);
    enable("review", officer && s == state::Reviewing);
    enable("second", officer && s == state::Failed);
    enable("publish", officer && s == state::Passed);
    enable("objection", officer && s == state::Publishing);
    enable("negotiate", officer && s == state::Publishing);
    enable("sign_first", officer && s == state::Negotiating);
    enable("notice", d && (d->materialsRequestedOn.isValid() || d->reviewedOn.isValid()));
    enable("notice_pdf", d && (d->materialsRequestedOn.isValid() || d->reviewedOn.isValid()));

    const bool chosen = !m_code.isEmpty();
    QSqlDatabase db = m_context.readConnection();
    const bool hasStaff = chosen && !staffOf(db, m_code).isEmpty();
    bool endable = false;
    bool unfiled = false;  // an ended agreement whose filing (报备) is still to be recorded
    for (const AgreementEntry &a : chosen ? agreementsOf(db, m_code) : QList<AgreementEntry>()) {
        endable = endable || (!a.endedOn.isValid() && !a.id.startsWith(QLatin1String("import:")));
        unfiled = unfiled || (a.endedOn.isValid() && !a.filedOn.isValid());
    }
    enable("sign", officer && chosen);
    enable("end", officer && endable);
    enable("filing", officer && unfiled);
    enable("suspend", supervisor && chosen);
    enable("score", officer && chosen);
    enable("violation", supervisor && chosen);
    enable("staff_suspend", supervisor && hasStaff);
    enable("staff_bar", supervisor && hasStaff);
    enable("representative_bar", supervisor && chosen);
    enable("profile", officer && chosen);
}

Dialog AgreementsPage::stepDialog(const QString &name)
{
    const QDate day = today();
    if (name == QLatin1String("apply"))
        return applyDialog(m_context, this, day);
    if (const std::optional<Designation> d = currentDesignation(); d) {
        if (name == QLatin1String("request"))
            return requestMaterialsDialog(m_context, this, *d, day);
        if (name == QLatin1String("receive"))
            return receiveMaterialsDialog(m_context, this, *d, day);
        if (name == QLatin1String("refuse"))
            return refuseDialog(m_context, this, *d);
        if (name == QLatin1String("formal"))
            return formalCheckDialog(m_context, this, *d);
        if (name == QLatin1String("review"))
            return reviewDialog(m_context, this, *d, day);
        if (name == QLatin1String("second"))
            return secondReviewDialog(m_context, this, *d, day);
        if (name == QLatin1String("publish"))
            return publishDialog(m_context, this, *d, day);
        if (name == QLatin1String("objection"))
            return objectionDialog(m_context, this, *d, day);
        if (name == QLatin1String("negotiate"))
            return negotiationDialog(m_context, this, *d, day);
        if (name == QLatin1String("sign_first")) {
            QSqlDatabase db = m_context.readConnection();
            if (const std::optional<InstitutionProfile> p = institutionProfile(db, d->institutionCode, day))
                return signDialog(m_context, this, p->listed, day);
        }
    }
    QSqlDatabase db = m_context.readConnection();
    const std::optional<InstitutionProfile> p = m_code.isEmpty() ? std::nullopt : institutionProfile(db, m_code, day);
    if (!p)
        return nullptr;
    if (name == QLatin1String("sign"))
        return signDialog(m_context, this, p->listed, day);
    if (name == QLatin1String("end"))
        return endDialog(m_context, this, agreementsOf(db, m_code), day);
    if (name == QLatin1String("filing"))
        return filingDialog(m_context, this, agreementsOf(db, m_code), day);
    if (name == QLatin1String("suspend"))
        return suspendDialog(m_context, this, m_code, day);
    if (name == QLatin1String("score"))
        return scoreDialog(m_context, this, m_code, day);
    if (name == QLatin1String("violation"))
        return violationDialog(m_context, this, m_code, day);
    if (name == QLatin1String("staff_suspend"))
        return staffSuspendDialog(m_context, this, staffOf(db, m_code), day);
    if (name == QLatin1String("staff_bar"))
        return staffBarDialog(m_context, this, staffOf(db, m_code), day);
    if (name == QLatin1String("representative_bar"))
        return representativeBarDialog(m_context, this, *p, day);
    if (name == QLatin1String("profile"))
        return profileDialog(m_context, this, *p);
    return nullptr;
}

bool AgreementsPage::runStep(const QString &name)
{
    const Dialog form = stepDialog(name);
    if (!form || !m_prompts->submit(this, *form))
        return false;
    // A new application is the one to go on with.
    if (name == QLatin1String("apply"))
        m_designationId = form->submitted().value(QStringLiteral("id")).toString();
    m_context.showStatus(Tr::tr("Done: %1").arg(commandTitle(form->command())));
    refresh();
    return true;
}

QString AgreementsPage::currentNoticeHtml() const
{
    const std::optional<Designation> d = currentDesignation();
    if (!d)
        return {};
    const NoticeHeader header{m_context.officeName(), today()};
    // The review's result once there is one; before it, the one-time notice of missing materials.
    if (d->reviewedOn.isValid())
        return reviewNoticeHtml(header, *d);
    return d->materialsRequestedOn.isValid() ? materialsNoticeHtml(header, *d) : QString();
}

bool AgreementsPage::printNotice()
{
    const QString html = currentNoticeHtml();
    if (html.isEmpty())
        return false;
    m_prompts->showNotice(this, currentDesignation()->reviewedOn.isValid() ? reviewNoticeTitle() : materialsNoticeTitle(), html);
    return true;
}

bool AgreementsPage::exportNoticePdf()
{
    const QString html = currentNoticeHtml();
    if (html.isEmpty())
        return false;
    return writePdf(currentDesignation()->reviewedOn.isValid() ? reviewNoticeTitle() : materialsNoticeTitle(), html);
}

QString AgreementsPage::publicationHtml() const
{
    QSqlDatabase db = m_context.readConnection();
    return publicationListHtml({m_context.officeName(), today()}, publishedInstitutions(db, today()), listDesignations(db, true),
                               serviceFormNames(db));
}

QString AgreementsPage::designatedHtml() const
{
    QSqlDatabase db = m_context.readConnection();
    return designatedListHtml({m_context.officeName(), today()}, designatedInstitutions(db, today()), serviceFormNames(db));
}

bool AgreementsPage::showList(const QString &which)
{
    if (which == QLatin1String("publication"))
        m_prompts->showNotice(this, publicationListTitle(), publicationHtml());
    else
        m_prompts->showNotice(this, designatedListTitle(), designatedHtml());
    return true;
}

bool AgreementsPage::exportListPdf() { return writePdf(designatedListTitle(), designatedHtml()); }

bool AgreementsPage::writePdf(const QString &title, const QString &html)
{
    const QString path = m_prompts->saveFile(this, Tr::tr("Save as PDF"), title + QStringLiteral(".pdf"),
                                             Tr::tr("PDF (*.pdf)"), QStringLiteral("notices"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!sdk::writeHtmlPdf(path, title, html, &error)) {
        m_prompts->error(this, Tr::tr("Save as PDF"), error);
        return false;
    }
    m_context.showStatus(Tr::tr("Written to %1").arg(path));
    return true;
}

bool AgreementsPage::exportListXlsx()
{
    const QString path = m_prompts->saveFile(this, Tr::tr("Designated list as xlsx"),
                                             designatedListTitle() + QStringLiteral(".xlsx"), Tr::tr("Excel (*.xlsx)"),
                                             QStringLiteral("export"));
    if (path.isEmpty())
        return false;
    QSqlDatabase db = m_context.readConnection();
    QString error;
    if (!writeDesignatedListXlsx(path, designatedInstitutions(db, today()), serviceFormNames(db), &error)) {
        m_prompts->error(this, Tr::tr("Designated list as xlsx"), error);
        return false;
    }
    m_context.showStatus(Tr::tr("Written to %1").arg(path));
    return true;
}

} // namespace ltc::agreements::ui
