#pragma once
// The assessments module's screens: the task page (assessmentspage.h).
#include "sdk/moduleplugin.h"

#include <QObject>
#include <memory>

namespace ltc::assessments::ui {
class Prompts;
}

namespace ltc {

class AssessmentsModule : public QObject, public ModulePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LtcModulePlugin_iid FILE "../module.json")
    Q_INTERFACES(ltc::ModulePlugin)
public:
    AssessmentsModule();
    QString moduleId() const override { return QStringLiteral("assessments"); }
    QWidget *createWidget(ModuleContext &context, QWidget *parent) override;
    // Tests answer the questions from a script instead of dialogs.
    void setPrompts(std::shared_ptr<assessments::ui::Prompts> prompts) { m_prompts = std::move(prompts); }

private:
    std::shared_ptr<assessments::ui::Prompts> m_prompts;
};

} // namespace ltc
