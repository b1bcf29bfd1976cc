#include "agreements/ui/agreementsmodule.h"

#include "sdk/placeholderpage.h"

namespace ltc {

QWidget *AgreementsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new PlaceholderPage(context, *this, tr("Designated institutions: applications, reviews, agreements, staff, scores and violations."), parent);
}

} // namespace ltc
