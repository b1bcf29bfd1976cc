// What the agreements module contributes to the data layer: the designation lifecycle's tables
// and commands, the commands of an agreement's term, the renewal worklist. The institutions,
// their staff, agreements and suspensions are core records (coredomain.cpp), read by every
// module through database/records/corereads.h.
#include "agreements/domain/agreementsworklist.h"
#include "agreements/domain/designationcommands.h"
#include "agreements/domain/staffhistory.h"
#include "database/domainregistry.h"
#include "database/tables.h"

#include <QtGlobal>

namespace ltc {

void register_agreements_domain(DomainRegistry &registry)
{
    DomainModule module;
    module.id = QStringLiteral("agreements");
    module.title = QStringLiteral(QT_TRANSLATE_NOOP("ltc::Module", "Agreements"));
    for (Role role : {Role::AgreementOfficer, Role::Inspector, Role::Admin})
        module.roles << roleId(role);
    module.migrations = agreements::agreementsMigrations();
    module.commands = agreements::designationCommands() + agreements::termCommands();
    module.worklists = {agreements::agreementsWorklist(), agreements::staffingWorklist()};
    module.followUps = {agreements::staffHistoryFollowUp()};
    module.tables = {
        TableDecl::synced(QStringLiteral("designations"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("designation_objections"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("staff_history"), belongsToInstitution()),
    };
    registry.add(std::move(module));
}

} // namespace ltc
