// What the dashboards module contributes to the data layer.
#include "database/domainregistry.h"

#include <QtGlobal>

namespace ltc {

void register_dashboards_domain(DomainRegistry &registry)
{
    DomainModule module;
    module.id = QStringLiteral("dashboards");
    module.title = QStringLiteral(QT_TRANSLATE_NOOP("ltc::Module", "Dashboards"));
    for (Role role : {Role::Manager, Role::Handler, Role::AgreementOfficer, Role::FirstReviewer, Role::SecondReviewer, Role::Payer, Role::Inspector, Role::Admin})
        module.roles << roleId(role);
    registry.add(std::move(module));
}

} // namespace ltc
