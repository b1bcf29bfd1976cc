#pragma once
// The one interface a module's screens implement. A module is a static Qt plugin
// (qt_add_plugin … STATIC, imported by a generated Q_IMPORT_PLUGIN) found at start-up through
// QPluginLoader::staticPlugins(). Its id names its DomainModule, which declares title, roles,
// commands and migrations; the plugin adds the icon, the widget and the actions it places in the
// shell's menus. Start-up is two-phase, as in Qt Creator's extension system: every plugin is
// initialized once, the widget is made on first open.
#include <QIcon>
#include <QList>
#include <QString>
#include <QtPlugin>

class QAction;
class QWidget;

namespace ltc {

class ModuleContext;

// The places of the shell a module may put an action in, by name: the shell owns the menus and
// the tool bar, a module only says where its action belongs.
namespace places {
inline const QString FileImport = QStringLiteral("file/import");  // File › Import
inline const QString FileExport = QStringLiteral("file/export");  // File › Export
inline const QString Tools = QStringLiteral("tools");              // the Tools menu
inline const QString ToolBar = QStringLiteral("toolbar");          // the main window's tool bar
inline const QString Navigation = QStringLiteral("navigation");    // buttons under the modules' list
} // namespace places

// One action of a module and where the shell shows it (a name from `places`).
struct ModuleAction {
    QString place;
    QAction *action = nullptr;
};

class ModulePlugin {
public:
    virtual ~ModulePlugin() = default;
    virtual QString moduleId() const = 0;
    // The icon in the module's own resources, where ltc_add_module (cmake/LtcTargets.cmake) puts
    // its ui/<id>.svg.
    virtual QIcon icon() const { return QIcon(QStringLiteral(":/icons/%1.svg").arg(moduleId())); }
    // Called once after all modules are known; false (with *error) switches the module off.
    virtual bool initialize(ModuleContext &context, QString *error)
    {
        Q_UNUSED(context)
        Q_UNUSED(error)
        return true;
    }
    virtual QWidget *createWidget(ModuleContext &context, QWidget *parent) = 0;
    // Actions for the shell's menus and tool bar (imports of the module's files, for instance),
    // asked for once per session and only of modules the user may open; `window` owns them and
    // is the window their dialogs belong to. The shell puts each where its place says, one group
    // per module, without knowing what it does: offer only what the user's roles allow.
    virtual QList<ModuleAction> actions(ModuleContext &context, QWidget *window)
    {
        Q_UNUSED(context)
        Q_UNUSED(window)
        return {};
    }
};

} // namespace ltc

#define LtcModulePlugin_iid "cn.ltcdesk.ModulePlugin/2"
Q_DECLARE_INTERFACE(ltc::ModulePlugin, LtcModulePlugin_iid)
