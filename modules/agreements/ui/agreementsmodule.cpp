#include "agreements/ui/agreementsmodule.h"

#include "agreements/ui/agreementprompts.h"
#include "agreements/ui/agreementspage.h"

namespace ltc {

AgreementsModule::AgreementsModule() : m_prompts(std::make_shared<agreements::ui::DialogPrompts>()) {}

QWidget *AgreementsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new agreements::ui::AgreementsPage(context, m_prompts, parent);
}

} // namespace ltc
