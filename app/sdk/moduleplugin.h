#pragma once
// The one interface a module's screens implement. A module is a static Qt plugin
// (qt_add_plugin … STATIC, imported by a generated Q_IMPORT_PLUGIN) found at start-up through
// QPluginLoader::staticPlugins(). Its id names its DomainModule, which declares title, roles,
// commands and migrations; the plugin adds the icon and the widget. Start-up is two-phase, as in
// Qt Creator's extension system: every plugin is initialized once, the widget is made on first
// open.
#include <QIcon>
#include <QList>
#include <QString>
#include <QtPlugin>

class QAction;
class QWidget;

namespace ltc {

class ModuleContext;

class ModulePlugin {
public:
    virtual ~ModulePlugin() = default;
    virtual QString moduleId() const = 0;
    virtual QIcon icon() const = 0;
    // Called once after all modules are known; false (with *error) switches the module off.
    virtual bool initialize(ModuleContext &context, QString *error)
    {
        Q_UNUSED(context)
        Q_UNUSED(error)
        return true;
    }
    virtual QWidget *createWidget(ModuleContext &context, QWidget *parent) = 0;
    // Actions for the shell's File menu (imports of the module's files, for instance), asked for
    // once per session and only of modules the user may open; `parent` owns them and is the
    // window their dialogs belong to. The shell shows them under File › Import, one group per
    // module. Offer only what the user's roles allow: the shell does not look inside.
    virtual QList<QAction *> fileActions(ModuleContext &context, QWidget *parent)
    {
        Q_UNUSED(context)
        Q_UNUSED(parent)
        return {};
    }
};

} // namespace ltc

#define LtcModulePlugin_iid "cn.ltcdesk.ModulePlugin/1"
Q_DECLARE_INTERFACE(ltc::ModulePlugin, LtcModulePlugin_iid)
