#pragma once
#include "sdk/moduleplugin.h"

#include <QObject>

namespace ltc {

class AgreementsModule : public QObject, public ModulePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LtcModulePlugin_iid FILE "../module.json")
    Q_INTERFACES(ltc::ModulePlugin)
public:
    QString moduleId() const override { return QStringLiteral("agreements"); }
    QWidget *createWidget(ModuleContext &context, QWidget *parent) override;
};

} // namespace ltc
