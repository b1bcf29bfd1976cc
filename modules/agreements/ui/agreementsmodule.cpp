#include "agreementsmodule.h"

#include "placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *AgreementsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    return new PlaceholderPage(icon(), QCoreApplication::translate("ltc::Module", "Agreements"),
                               tr("Designated institutions: applications, reviews, agreements, staff, scores and violations."), parent);
}

} // namespace ltc
