// What the agreements module contributes to the data layer.
#include "database/domainregistry.h"

#include <QtGlobal>

namespace ltc {

void register_agreements_domain(DomainRegistry &registry)
{
    DomainModule module;
    module.id = QStringLiteral("agreements");
    module.title = QStringLiteral(QT_TRANSLATE_NOOP("ltc::Module", "Agreements"));
    for (Role role : {Role::AgreementOfficer, Role::Inspector, Role::Admin})
        module.roles << roleId(role);
    registry.add(std::move(module));
}

} // namespace ltc
