#pragma once
#include "sdk/moduleplugin.h"

#include <QObject>

namespace ltc {

class DashboardsModule : public QObject, public ModulePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LtcModulePlugin_iid FILE "../module.json")
    Q_INTERFACES(ltc::ModulePlugin)
public:
    QString moduleId() const override { return QStringLiteral("dashboards"); }
    QWidget *createWidget(ModuleContext &context, QWidget *parent) override;
};

} // namespace ltc
