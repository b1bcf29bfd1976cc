#pragma once
// The agreements module's screens: the institutions with their agreements, staff and sanctions,
// and the designation worklist (agreementspage.h).
#include "sdk/moduleplugin.h"

#include <QObject>
#include <memory>

namespace ltc::agreements::ui {
class Prompts;
}

namespace ltc {

class AgreementsModule : public QObject, public ModulePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LtcModulePlugin_iid FILE "../module.json")
    Q_INTERFACES(ltc::ModulePlugin)
public:
    AgreementsModule();
    QString moduleId() const override { return QStringLiteral("agreements"); }
    QWidget *createWidget(ModuleContext &context, QWidget *parent) override;
    // Tests answer the questions from a script instead of dialogs.
    void setPrompts(std::shared_ptr<agreements::ui::Prompts> prompts) { m_prompts = std::move(prompts); }

private:
    std::shared_ptr<agreements::ui::Prompts> m_prompts;
};

} // namespace ltc
