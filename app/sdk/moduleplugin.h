#pragma once
// The one interface a module's screens implement. A module is a static Qt plugin
// (qt_add_plugin … STATIC, imported by a generated Q_IMPORT_PLUGIN) found at start-up through
// QPluginLoader::staticPlugins(). Its id names its DomainModule, which declares title, roles,
// commands and migrations; the plugin adds the icon and the widget. Start-up is two-phase, as in
// Qt Creator's extension system: every plugin is initialized once, the widget is made on first
// open.
#include <QIcon>
#include <QString>
#include <QtPlugin>

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
};

} // namespace ltc

#define LtcModulePlugin_iid "cn.ltcdesk.ModulePlugin/1"
Q_DECLARE_INTERFACE(ltc::ModulePlugin, LtcModulePlugin_iid)
