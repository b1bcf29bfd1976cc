#include "applications/ui/applicationsmodule.h"

#include "applications/ui/applicationprompts.h"
#include "applications/ui/applicationspage.h"
#include "core/tr.h"
#include "sdk/modulecontext.h"

#include <QAction>
#include <QLineEdit>

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
    // The issuing office printed on the notices is the shell's setting (Tools › Office name).
    return {{places::ToolBar, intake}};
}

} // namespace ltc
