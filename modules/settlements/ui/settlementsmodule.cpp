#include "settlementsmodule.h"

#include "importflow.h"
#include "settlementspage.h"

namespace ltc {

QWidget *SettlementsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new settlement::ui::SettlementsPage(context, nullptr, parent);
}

QList<QAction *> SettlementsModule::fileActions(ModuleContext &context, QWidget *parent)
{
    // The flow belongs to the window (parent), like its actions.
    return (new settlement::ui::ImportFlow(context, parent))->actions();
}

} // namespace ltc
