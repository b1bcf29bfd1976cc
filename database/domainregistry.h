#pragma once
// What each module contributes to the data layer — its commands and migrations — without any
// widget: ltcctl, the server and tests read the same registry as the desktop.
#include "cliverbs.h"
#include "command.h"
#include "importer.h"
#include "migrations.h"
#include "tables.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace ltc {

// Data a module derives from what another's command changes — the review deadlines of open
// applications follow the calendar and the policy — brought up to date after each such command,
// in its transaction, wherever it runs (desktop, rebase, server): a module never waits for a
// screen to notice. `apply` returns false on a storage failure (the command then fails whole).
struct FollowUp {
    QStringList after;  // command names: "import.calendar", "policy.load"
    std::function<bool(CommandContext &ctx)> apply;
};

struct DomainModule {
    QString id;          // "settlements"; "core" for the shared records
    QString title;       // English source text; translated in context "ltc::Module"
    QStringList roles;   // roles that may open the module's screen (empty for core)
    // The modules whose tables this one's migrations build on (core always comes first): its
    // migrations run after theirs, whatever the order of registration.
    QStringList dependsOn;
    QList<CommandSpec> commands;
    QList<Migration> migrations;
    QList<ImportSpec> imports;
    QList<TableDecl> tables;  // every table its migrations create, declared (tables.h)
    QList<WorklistSpec> worklists;  // what `ltcctl list` prints (cliverbs.h)
    QList<CliVerb> verbs;  // its ltcctl verbs: added by the module's cli part (addVerbs), in ltcctl only
    QList<FollowUp> followUps;
};

class DomainRegistry {
public:
    void add(DomainModule module);
    const QList<DomainModule> &modules() const { return m_modules; }
    const DomainModule *module(const QString &id) const;
    const CommandSpec *command(const QString &name) const;
    QList<CommandSpec> commands() const;     // sorted by name
    // Core first, then each module after those it depends on (registration order otherwise).
    QList<Migration> migrations() const;
    SchemaVersions schemaVersions() const;  // per module, as client and server exchange them
    // What makes the registration unusable — a dependency on a module that is not registered, a
    // cycle, migrations misnumbered — or empty. The store and the server refuse to open with one.
    QString problem() const;
    const ImportSpec *importSpec(const QString &kind) const;
    QStringList importKinds() const;
    const TableDecl *table(const QString &name) const;  // nothing for an undeclared table
    QList<TableDecl> tables() const;
    QStringList syncedTables() const;  // in declaration order: parents before what belongs to them
    QString translatedTitle(const DomainModule &module) const;
    // Runs the follow-ups of `command` (every module's), for a caller that applies the command
    // its own way (the importer, with progress); registered commands run theirs by themselves.
    bool runFollowUps(const QString &command, CommandContext &ctx) const;

    // The command line (cliverbs.h). A module's verbs come from its cli part, which ltcctl links
    // and the server does not; false when no module `moduleId` is registered.
    bool addVerbs(const QString &moduleId, const QList<CliVerb> &verbs);
    const CliVerb *verb(const QString &name) const;
    QList<CliVerb> verbs() const;  // in registration order
    const WorklistSpec *worklist(const QString &name) const;
    QList<WorklistSpec> worklists() const;  // in registration order

private:
    static void attachFollowUp(CommandSpec &command, const FollowUp &followUp);
    QList<const DomainModule *> dependencyOrder(QString *problem = nullptr) const;

    QList<DomainModule> m_modules;
};

// Core plus every module the program registers (LTC_MODULES for the products); the body is
// generated into each program by ltc_register_modules (cmake/LtcTargets.cmake).
void registerBuiltinDomains(DomainRegistry &registry);

} // namespace ltc
