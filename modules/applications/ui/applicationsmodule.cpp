#include "applicationsmodule.h"

#include "placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *ApplicationsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    return new PlaceholderPage(icon(), QCoreApplication::translate("ltc::Module", "Applications"),
                               tr("Benefit applications: intake, materials checklist, the 5-working-day review and its worklist."), parent);
}

} // namespace ltc
