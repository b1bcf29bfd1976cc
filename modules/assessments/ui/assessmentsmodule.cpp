#include "assessments/ui/assessmentsmodule.h"

#include "assessments/ui/assessmentprompts.h"
#include "assessments/ui/assessmentspage.h"

namespace ltc {

AssessmentsModule::AssessmentsModule() : m_prompts(std::make_shared<assessments::ui::DialogPrompts>()) {}

QWidget *AssessmentsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new assessments::ui::AssessmentsPage(context, m_prompts, parent);
}

} // namespace ltc
