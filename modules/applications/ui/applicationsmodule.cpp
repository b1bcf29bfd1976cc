#include "applications/ui/applicationsmodule.h"

#include "sdk/placeholderpage.h"

namespace ltc {

QWidget *ApplicationsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new PlaceholderPage(context, *this, tr("Benefit applications: intake, materials checklist, the 5-working-day review and its worklist."), parent);
}

} // namespace ltc
