#include "dashboards/ui/dashboardsmodule.h"

#include "sdk/placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *DashboardsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    // Two statements: lupdate files a tr() that follows QCoreApplication::translate() in the same
    // statement under the wrong context.
    const QString title = QCoreApplication::translate("ltc::Module", "Dashboards");
    return new PlaceholderPage(icon(), title, tr("Statistics: applications, assessments, institutions, fund spending and deadline compliance."), parent);
}

} // namespace ltc
