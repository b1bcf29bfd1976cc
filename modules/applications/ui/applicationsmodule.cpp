#include "applications/ui/applicationsmodule.h"

#include "sdk/placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *ApplicationsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    // Two statements: lupdate files a tr() that follows QCoreApplication::translate() in the same
    // statement under the wrong context.
    const QString title = QCoreApplication::translate("ltc::Module", "Applications");
    return new PlaceholderPage(icon(), title, tr("Benefit applications: intake, materials checklist, the 5-working-day review and its worklist."), parent);
}

} // namespace ltc
