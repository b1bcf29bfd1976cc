#pragma once
// The shell's list of modules: each static ModulePlugin (found through
// QPluginLoader::staticPlugins()) paired with the DomainModule of the same id, in the order of
// the program's registration (LTC_MODULES for ltcdesk). The shell knows modules only through
// this list, never by name.
#include "core/roles.h"

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace ltc {

class DomainRegistry;
struct DomainModule;
class ModuleContext;
class ModulePlugin;

struct ShellModule {
    const DomainModule *domain = nullptr;  // owned by the DomainRegistry
    ModulePlugin *plugin = nullptr;        // a static plugin instance, owned by Qt
    QString id() const;
    QString title() const;                 // translated
    QStringList roles() const;
    QIcon icon() const;
};

class ModuleRegistry {
public:
    // Pairs plugins with domain modules; skips modules switched off in QSettings.
    explicit ModuleRegistry(const DomainRegistry &domains);

    // Phase one of start-up: initialize every module with the session's context. A module that
    // refuses is dropped (its reason is in problems()). Widgets come later, on first open.
    void initialize(ModuleContext &context);

    const QList<ShellModule> &modules() const { return m_modules; }
    const ShellModule *module(const QString &id) const;
    // Only the modules whose roles the user holds, in navigation order.
    QList<ShellModule> modulesFor(const UserIdentity &user) const;
    QStringList disabledIds() const { return m_disabled; }
    // Plugins without a domain module, domain modules without a plugin, failed initializations.
    QStringList problems() const { return m_problems; }

    // For `ltcdesk --list-modules`: "id<TAB>title<TAB>role,role" per module.
    QString listing() const;

    // Module ids switched off in QSettings ("modules/disabled", a list of ids).
    static QStringList disabledInSettings();

private:
    QList<ModulePlugin *> staticModulePlugins();
    QList<ShellModule> m_modules;
    QStringList m_disabled;
    QStringList m_problems;
};

} // namespace ltc
