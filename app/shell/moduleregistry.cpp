#include "moduleregistry.h"

#include "domainregistry.h"
#include "sdk/modulecontext.h"
#include "sdk/moduleplugin.h"

#include <QCoreApplication>
#include <QPluginLoader>
#include <QSettings>
#include <QStaticPlugin>
#include <algorithm>

namespace ltc {

void importBuiltinModulePlugins();  // generated (builtinplugins.cpp): holds the Q_IMPORT_PLUGINs

QString ShellModule::id() const { return domain->id; }

QString ShellModule::title() const
{
    return QCoreApplication::translate("ltc::Module", domain->title.toUtf8().constData());
}

QStringList ShellModule::roles() const { return domain->roles; }

QIcon ShellModule::icon() const { return plugin->icon(); }

ModuleRegistry::ModuleRegistry(const DomainRegistry &domains)
{
    const QList<ModulePlugin *> plugins = staticModulePlugins();
    const QStringList disabled = disabledInSettings();
    QStringList paired;
    // The domain registry's order is the program's module order (LTC_MODULES), the navigation order.
    for (const DomainModule &domain : domains.modules()) {
        if (domain.id == QStringLiteral("core"))
            continue;  // shared records: no screen of its own
        const auto found = std::find_if(plugins.begin(), plugins.end(),
                                        [&](ModulePlugin *plugin) { return plugin->moduleId() == domain.id; });
        if (found == plugins.end()) {
            m_problems << QStringLiteral("module %1 has no screens (no plugin)").arg(domain.id);
            continue;
        }
        paired << domain.id;
        if (disabled.contains(domain.id))
            m_disabled << domain.id;
        else
            m_modules.append(ShellModule{&domain, *found});
    }
    for (ModulePlugin *plugin : plugins) {
        if (!paired.contains(plugin->moduleId()))
            m_problems << QStringLiteral("plugin %1 has no domain module").arg(plugin->moduleId());
    }
}

QList<ModulePlugin *> ModuleRegistry::staticModulePlugins()
{
    importBuiltinModulePlugins();
    QList<ModulePlugin *> plugins;
    for (const QStaticPlugin &entry : QPluginLoader::staticPlugins()) {
        // Other static plugins (Qt's own, in a static Qt build) answer nullptr here.
        if (auto *plugin = qobject_cast<ModulePlugin *>(entry.instance()))
            plugins << plugin;
    }
    return plugins;
}

void ModuleRegistry::initialize(ModuleContext &context)
{
    QList<ShellModule> ready;
    for (const ShellModule &module : std::as_const(m_modules)) {
        QString error;
        if (module.plugin->initialize(context, &error))
            ready << module;
        else
            m_problems << QStringLiteral("module %1 switched itself off: %2").arg(module.id(), error);
    }
    m_modules = ready;
}

const ShellModule *ModuleRegistry::module(const QString &id) const
{
    for (const ShellModule &module : m_modules) {
        if (module.id() == id)
            return &module;
    }
    return nullptr;
}

QList<ShellModule> ModuleRegistry::modulesFor(const UserIdentity &user) const
{
    QList<ShellModule> allowed;
    for (const ShellModule &module : m_modules) {
        if (user.hasAnyRole(module.roles()))
            allowed << module;
    }
    return allowed;
}

QString ModuleRegistry::listing() const
{
    QString text;
    for (const ShellModule &module : m_modules)
        text += module.id() + QLatin1Char('\t') + module.title() + QLatin1Char('\t')
                + module.roles().join(QLatin1Char(',')) + QLatin1Char('\n');
    return text;
}

QStringList ModuleRegistry::disabledInSettings()
{
    return QSettings().value(QStringLiteral("modules/disabled")).toStringList();
}

} // namespace ltc
