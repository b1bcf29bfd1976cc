#include "settlementsmodule.h"

#include "placeholderpage.h"

#include <QCoreApplication>

namespace ltc {

QWidget *SettlementsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    Q_UNUSED(context)
    return new PlaceholderPage(icon(), QCoreApplication::translate("ltc::Module", "Settlements"),
                               tr("Monthly settlement audit: claims, rules, first and second review, payment and statements."), parent);
}

} // namespace ltc
