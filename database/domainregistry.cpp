#include "domainregistry.h"

#include <QCoreApplication>
#include <algorithm>

namespace ltc {

void DomainRegistry::add(DomainModule module)
{
    // Each import is a command too ("import.<kind>"), with the district rule of the table it writes.
    m_modules.append(std::move(module));
    DomainModule &added = m_modules.last();
    for (const ImportSpec &spec : added.imports) {
        const TableDecl *declared = table(importTable(spec));
        added.commands.append(importCommand(spec, declared ? std::optional<TableDecl>(*declared) : std::nullopt));
    }
}

const DomainModule *DomainRegistry::module(const QString &id) const
{
    for (const DomainModule &module : m_modules) {
        if (module.id == id)
            return &module;
    }
    return nullptr;
}

const CommandSpec *DomainRegistry::command(const QString &name) const
{
    for (const DomainModule &module : m_modules) {
        for (const CommandSpec &spec : module.commands) {
            if (spec.name == name)
                return &spec;
        }
    }
    return nullptr;
}

QList<CommandSpec> DomainRegistry::commands() const
{
    QList<CommandSpec> all;
    for (const DomainModule &module : m_modules)
        all += module.commands;
    std::sort(all.begin(), all.end(), [](const CommandSpec &a, const CommandSpec &b) { return a.name < b.name; });
    return all;
}

QList<Migration> DomainRegistry::migrations() const
{
    QList<Migration> all;
    for (const DomainModule &module : m_modules)
        all += module.migrations;
    return all;
}

const ImportSpec *DomainRegistry::importSpec(const QString &kind) const
{
    for (const DomainModule &module : m_modules) {
        for (const ImportSpec &spec : module.imports) {
            if (spec.kind == kind)
                return &spec;
        }
    }
    return nullptr;
}

QStringList DomainRegistry::importKinds() const
{
    QStringList kinds;
    for (const DomainModule &module : m_modules) {
        for (const ImportSpec &spec : module.imports)
            kinds << spec.kind;
    }
    return kinds;
}

const TableDecl *DomainRegistry::table(const QString &name) const
{
    for (const DomainModule &module : m_modules) {
        for (const TableDecl &table : module.tables) {
            if (table.name == name)
                return &table;
        }
    }
    return nullptr;
}

QList<TableDecl> DomainRegistry::tables() const
{
    QList<TableDecl> all;
    for (const DomainModule &module : m_modules)
        all += module.tables;
    return all;
}

QStringList DomainRegistry::syncedTables() const
{
    QStringList names;
    for (const TableDecl &table : tables()) {
        if (table.synced())
            names << table.name;
    }
    return names;
}

QString DomainRegistry::translatedTitle(const DomainModule &module) const
{
    return QCoreApplication::translate("ltc::Module", module.title.toUtf8().constData());
}

bool DomainRegistry::addVerbs(const QString &moduleId, const QList<CliVerb> &verbs)
{
    for (DomainModule &module : m_modules) {
        if (module.id == moduleId) {
            module.verbs += verbs;
            return true;
        }
    }
    return false;
}

const CliVerb *DomainRegistry::verb(const QString &name) const
{
    for (const DomainModule &module : m_modules) {
        for (const CliVerb &verb : module.verbs) {
            if (verb.name == name)
                return &verb;
        }
    }
    return nullptr;
}

QList<CliVerb> DomainRegistry::verbs() const
{
    QList<CliVerb> all;
    for (const DomainModule &module : m_modules)
        all += module.verbs;
    return all;
}

const WorklistSpec *DomainRegistry::worklist(const QString &name) const
{
    for (const DomainModule &module : m_modules) {
        for (const WorklistSpec &worklist : module.worklists) {
            if (worklist.name == name)
                return &worklist;
        }
    }
    return nullptr;
}

QList<WorklistSpec> DomainRegistry::worklists() const
{
    QList<WorklistSpec> all;
    for (const DomainModule &module : m_modules)
        all += module.worklists;
    return all;
}

} // namespace ltc
