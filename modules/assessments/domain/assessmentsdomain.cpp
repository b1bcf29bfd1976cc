// What the assessments module contributes to the data layer.
#include "database/domainregistry.h"

#include <QtGlobal>

namespace ltc {

void register_assessments_domain(DomainRegistry &registry)
{
    DomainModule module;
    module.id = QStringLiteral("assessments");
    module.title = QStringLiteral(QT_TRANSLATE_NOOP("ltc::Module", "Assessments"));
    for (Role role : {Role::Handler, Role::Admin})
        module.roles << roleId(role);
    registry.add(std::move(module));
}

} // namespace ltc
