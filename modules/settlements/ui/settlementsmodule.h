#pragma once
// The settlements module's screens: the page (settlementspage.h) and the File › Import actions
// for conclusions, hospital stays and claims (importflow.h).
#include "moduleplugin.h"

#include <QObject>

namespace ltc {

class SettlementsModule : public QObject, public ModulePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LtcModulePlugin_iid FILE "../module.json")
    Q_INTERFACES(ltc::ModulePlugin)
public:
    QString moduleId() const override { return QStringLiteral("settlements"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/settlements.svg")); }
    QWidget *createWidget(ModuleContext &context, QWidget *parent) override;
    QList<QAction *> fileActions(ModuleContext &context, QWidget *parent) override;
};

} // namespace ltc
