#include "assessments/ui/assessmentsmodule.h"

#include "sdk/placeholderpage.h"

namespace ltc {

QWidget *AssessmentsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new PlaceholderPage(context, *this, tr("Assessment tasks: dispatch to agencies, random assessor teams, conclusions, publication and disputes."), parent);
}

} // namespace ltc
