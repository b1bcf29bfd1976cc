#pragma once
// The inspections module's screens: the page (inspectionspage.h), the import of a batch of
// inspections under File › Import, and the export of the worklist under File › Export.
#include "sdk/moduleplugin.h"

#include <QObject>
#include <memory>

namespace ltc {
namespace sdk {
class Prompts;
}

class InspectionsModule : public QObject, public ModulePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LtcModulePlugin_iid FILE "../module.json")
    Q_INTERFACES(ltc::ModulePlugin)
public:
    InspectionsModule();
    QString moduleId() const override { return QStringLiteral("inspections"); }
    QWidget *createWidget(ModuleContext &context, QWidget *parent) override;
    QList<ModuleAction> actions(ModuleContext &context, QWidget *window) override;

    // Who answers the actions' questions: the real dialogs, or a test's script (set before the
    // main window asks for the actions).
    void setPrompts(std::shared_ptr<sdk::Prompts> prompts) { m_prompts = std::move(prompts); }

private:
    // Writes the worklist as `ltcctl list inspections` prints it, to a file the user names.
    void exportWorklist(ModuleContext &context, QWidget *window);
    std::shared_ptr<sdk::Prompts> m_prompts;
};

} // namespace ltc
