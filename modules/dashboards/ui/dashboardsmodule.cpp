#include "dashboards/ui/dashboardsmodule.h"

#include "sdk/placeholderpage.h"

namespace ltc {

QWidget *DashboardsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new PlaceholderPage(context, *this, tr("Statistics: applications, assessments, institutions, fund spending and deadline compliance."), parent);
}

} // namespace ltc
