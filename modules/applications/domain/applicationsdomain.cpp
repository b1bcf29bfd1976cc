// What the applications module contributes to the data layer.
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
    registry.add(std::move(module));
}

} // namespace ltc
