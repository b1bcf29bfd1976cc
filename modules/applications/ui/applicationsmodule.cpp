#include "applications/ui/applicationsmodule.h"

#include "applications/ui/applicationprompts.h"
#include "applications/ui/applicationspage.h"
#include "core/tr.h"
#include "sdk/modulecontext.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>

namespace ltc {

ApplicationsModule::ApplicationsModule() : m_prompts(std::make_shared<applications::ui::DialogPrompts>()) {}

QWidget *ApplicationsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new applications::ui::ApplicationsPage(context, m_prompts, parent);
}

QList<ModuleAction> ApplicationsModule::actions(ModuleContext &context, QWidget *window)
{
    if (!context.user().hasRole(Role::Handler) && !context.user().hasRole(Role::Admin))
        return {};
    auto *intake = new QAction(Tr::tr("New application…"), window);
    intake->setObjectName(QStringLiteral("applications.intake"));
    intake->setToolTip(Tr::tr("A new application at the counter"));
    QObject::connect(intake, &QAction::triggered, window, [this, &context, window] {
        if (const std::optional<QString> id = m_prompts->intake(window, context))
            context.showStatus(Tr::tr("Application submitted."));
    });
    // The issuing office printed on every notice (and where the seal goes): a setting of this
    // desktop, since one office's staff share it.
    auto *office = new QAction(Tr::tr("Office name on notices…"), window);
    office->setObjectName(QStringLiteral("applications.office"));
    QObject::connect(office, &QAction::triggered, window, [window] {
        QSettings settings;
        bool ok = false;
        const QString name = QInputDialog::getText(window, Tr::tr("Office name on notices"), Tr::tr("Issuing office:"),
                                                   QLineEdit::Normal,
                                                   settings.value(QStringLiteral("applications/office")).toString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            settings.setValue(QStringLiteral("applications/office"), name.trimmed());
    });
    return {{places::ToolBar, intake}, {places::Tools, office}};
}

} // namespace ltc
