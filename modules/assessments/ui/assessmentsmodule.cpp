#include "assessments/ui/assessmentsmodule.h"

#include "sdk/placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *AssessmentsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    // Two statements: lupdate files a tr() that follows QCoreApplication::translate() in the same
    // statement under the wrong context.
    const QString title = QCoreApplication::translate("ltc::Module", "Assessments");
    return new PlaceholderPage(icon(), title, tr("Assessment tasks: dispatch to agencies, random assessor teams, conclusions, publication and disputes."), parent);
}

} // namespace ltc
