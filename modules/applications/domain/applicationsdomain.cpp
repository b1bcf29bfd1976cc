// What the applications module contributes to the data layer: its tables, the review commands
// and the worklist.
#include "applications/domain/applicationcommands.h"
#include "applications/domain/applicationscans.h"
#include "applications/domain/applicationsworklist.h"
#include "database/domainregistry.h"

#include <QtGlobal>

namespace ltc {

void register_applications_domain(DomainRegistry &registry)
{
    DomainModule module;
    module.id = QStringLiteral("applications");
    module.title = QStringLiteral(QT_TRANSLATE_NOOP("ltc::Module", "Applications"));
    for (Role role : {Role::Handler, Role::Admin})
        module.roles << roleId(role);
    module.migrations = applications::applicationMigrations();
    module.migrations.append(applications::scansMigration(2));
    module.commands = applications::applicationCommands() + applications::scanCommands();
    module.worklists = {applications::applicationsWorklist()};
    // Every row belongs to the district of the applicant person (the materials and the history
    // carry the person's number for that); the application first, so that a download brings it
    // before what belongs to it.
    module.tables = {
        TableDecl::synced(QStringLiteral("applications"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("application_materials"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("application_events"), belongsToPerson()),
        TableDecl::synced(QStringLiteral("application_scans"), belongsToPerson()).withFiles({QStringLiteral("blob")}),
    };
    registry.add(std::move(module));
}

} // namespace ltc
