#include "domainregistry.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

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
    // Follow-ups join the commands they follow, in whichever order the modules registered.
    for (DomainModule &earlier : m_modules) {
        for (CommandSpec &command : earlier.commands) {
            for (const FollowUp &followUp : added.followUps)
                attachFollowUp(command, followUp);
        }
    }
    for (const DomainModule &earlier : m_modules.mid(0, m_modules.size() - 1)) {
        for (CommandSpec &command : added.commands) {
            for (const FollowUp &followUp : earlier.followUps)
                attachFollowUp(command, followUp);
        }
    }
}

bool DomainRegistry::runFollowUps(const QString &command, CommandContext &ctx) const
{
    for (const DomainModule &module : m_modules) {
        for (const FollowUp &followUp : module.followUps) {
            if (followUp.after.contains(command) && !followUp.apply(ctx))
                return false;
        }
    }
    return true;
}

void DomainRegistry::attachFollowUp(CommandSpec &command, const FollowUp &followUp)
{
    if (!followUp.after.contains(command.name))
        return;
    command.apply = [inner = command.apply, follow = followUp.apply](CommandContext &ctx, const QJsonObject &args) {
        const CommandOutcome outcome = inner(ctx, args);
        if (!outcome.ok() || follow(ctx))
            return outcome;
        return ctx.storageFailure();
    };
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

// Depth first from each module in registration order, so that a module comes right after what
// it needs and otherwise keeps its place. Core is registered first and needs nothing.
QList<const DomainModule *> DomainRegistry::dependencyOrder(QString *problem) const
{
    QList<const DomainModule *> ordered;
    QStringList visiting;
    std::function<bool(const DomainModule &)> place = [&](const DomainModule &module) {
        if (ordered.contains(&module))
            return true;
        if (visiting.contains(module.id)) {
            if (problem)
                *problem = QStringLiteral("the modules %1 depend on each other").arg((visiting << module.id).join(QStringLiteral(" → ")));
            return false;
        }
        visiting << module.id;
        for (const QString &needed : module.dependsOn) {
            const DomainModule *dependency = this->module(needed);
            if (!dependency) {
                if (problem)
                    *problem = QStringLiteral("module %1 depends on %2, which is not registered").arg(module.id, needed);
                return false;
            }
            if (!place(*dependency))
                return false;
        }
        visiting.removeLast();
        ordered << &module;
        return true;
    };
    for (const DomainModule &module : m_modules) {
        if (!place(module))
            return {};
    }
    return ordered;
}

QList<Migration> DomainRegistry::migrations() const
{
    QList<Migration> all;
    for (const DomainModule *module : dependencyOrder())
        all += module->migrations;
    return all;
}

SchemaVersions DomainRegistry::schemaVersions() const
{
    return MigrationRunner::schemaVersions(migrations());
}

QString DomainRegistry::problem() const
{
    QString problem;
    if (dependencyOrder(&problem).isEmpty() && !m_modules.isEmpty())
        return problem;
    for (const DomainModule &module : m_modules) {
        for (const Migration &migration : module.migrations) {
            if (migration.module != module.id)
                return QStringLiteral("module %1 brings migration %2/%3").arg(module.id, migration.module).arg(migration.version);
        }
    }
    // An import writes a declared table: its rows' district is checked by the declaration.
    for (const QString &kind : importKinds()) {
        if (!table(importTable(*importSpec(kind))))
            return QStringLiteral("import %1 writes %2, which no module declares").arg(kind, importTable(*importSpec(kind)));
    }
    return MigrationRunner::numberingProblem(migrations());
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
