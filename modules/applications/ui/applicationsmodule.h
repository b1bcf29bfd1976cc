#pragma once
// The applications module's screens: the review page and, in the tool bar, a new application
// at the counter.
#include "sdk/moduleplugin.h"

#include <QObject>
#include <memory>

namespace ltc::applications::ui {
class Prompts;
}

namespace ltc {

class ApplicationsModule : public QObject, public ModulePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LtcModulePlugin_iid FILE "../module.json")
    Q_INTERFACES(ltc::ModulePlugin)
public:
    ApplicationsModule();
    QString moduleId() const override { return QStringLiteral("applications"); }
    QWidget *createWidget(ModuleContext &context, QWidget *parent) override;
    QList<ModuleAction> actions(ModuleContext &context, QWidget *window) override;
    // Tests answer the questions from a script instead of dialogs.
    void setPrompts(std::shared_ptr<applications::ui::Prompts> prompts) { m_prompts = std::move(prompts); }

private:
    std::shared_ptr<applications::ui::Prompts> m_prompts;
};

} // namespace ltc
