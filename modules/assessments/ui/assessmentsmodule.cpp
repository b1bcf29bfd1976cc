#include "assessmentsmodule.h"

#include "placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *AssessmentsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    return new PlaceholderPage(icon(), QCoreApplication::translate("ltc::Module", "Assessments"),
                               tr("Assessment tasks: dispatch to agencies, random assessor teams, conclusions, publication and disputes."), parent);
}

} // namespace ltc
