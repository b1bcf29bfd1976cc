// What the settlements module contributes to the data layer.
#include "domainregistry.h"

#include <QtGlobal>

namespace ltc {

void register_settlements_domain(DomainRegistry &registry)
{
    DomainModule module;
    module.id = QStringLiteral("settlements");
    module.title = QStringLiteral(QT_TRANSLATE_NOOP("ltc::Module", "Settlements"));
    for (Role role : {Role::FirstReviewer, Role::SecondReviewer, Role::Payer, Role::Admin})
        module.roles << roleId(role);
    registry.add(std::move(module));
}

} // namespace ltc
