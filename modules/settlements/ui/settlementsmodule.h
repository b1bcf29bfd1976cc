#pragma once
// The settlements module's screens: the page (settlementspage.h) and, under File › Import, the
// files a settlement office receives: persons' conclusions, hospital stays and the institutions'
// claims (the SDK's import flow over these kinds).
#include "sdk/importflow.h"
#include "sdk/moduleplugin.h"

#include <QObject>

namespace ltc {

class SettlementsModule : public QObject, public ModulePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LtcModulePlugin_iid FILE "../module.json")
    Q_INTERFACES(ltc::ModulePlugin)
public:
    QString moduleId() const override { return QStringLiteral("settlements"); }
    QWidget *createWidget(ModuleContext &context, QWidget *parent) override;
    QList<ModuleAction> actions(ModuleContext &context, QWidget *window) override;

    // The kinds of file the module offers to import, in menu order (the first two are core
    // records a settlement office receives, the last its own).
    static QList<sdk::ImportKind> importKinds();
};

} // namespace ltc
