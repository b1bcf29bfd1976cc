#include "dashboardsmodule.h"

#include "placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *DashboardsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    return new PlaceholderPage(icon(), QCoreApplication::translate("ltc::Module", "Dashboards"),
                               tr("Statistics: applications, assessments, institutions, fund spending and deadline compliance."), parent);
}

} // namespace ltc
