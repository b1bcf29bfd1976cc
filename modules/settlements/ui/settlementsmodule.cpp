#include "settlements/ui/settlementsmodule.h"

#include "settlements/ui/prompts.h"
#include "settlements/ui/settlementspage.h"

namespace ltc {

QWidget *SettlementsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new settlement::ui::SettlementsPage(context, nullptr, parent);
}

QList<sdk::ImportKind> SettlementsModule::importKinds()
{
    return {{QStringLiteral("beneficiaries"), tr("Conclusions (beneficiaries)…")},
            {QStringLiteral("hospital-stays"), tr("Hospital stays…")},
            {QStringLiteral("claims"), tr("Claims of care institutions…")}};
}

QList<ModuleAction> SettlementsModule::actions(ModuleContext &context, QWidget *window)
{
    // The flow belongs to the window, like its actions; its folders are the page's.
    auto *flow = new sdk::ImportFlow(context, window, importKinds(),
                                     std::make_shared<settlement::ui::DialogPrompts>());
    return flow->menuActions();
}

} // namespace ltc
