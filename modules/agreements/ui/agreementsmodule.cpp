#include "agreements/ui/agreementsmodule.h"

#include "sdk/placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *AgreementsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    // Two statements: lupdate files a tr() that follows QCoreApplication::translate() in the same
    // statement under the wrong context.
    const QString title = QCoreApplication::translate("ltc::Module", "Agreements");
    return new PlaceholderPage(icon(), title, tr("Designated institutions: applications, reviews, agreements, staff, scores and violations."), parent);
}

} // namespace ltc
