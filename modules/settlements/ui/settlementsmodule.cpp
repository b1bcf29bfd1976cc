#include "settlementsmodule.h"

#include "placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *SettlementsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    // Two statements: lupdate files a tr() that follows QCoreApplication::translate() in the same
    // statement under the wrong context.
    const QString title = QCoreApplication::translate("ltc::Module", "Settlements");
    return new PlaceholderPage(icon(), title, tr("Monthly settlement audit: claims, rules, first and second review, payment and statements."), parent);
}

} // namespace ltc
