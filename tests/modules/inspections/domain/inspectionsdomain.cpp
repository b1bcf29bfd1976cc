// What the inspections module contributes to the data layer: one registration, read by the
// desktop, ltcctl and the server alike.
#include "database/domainregistry.h"
#include "inspections/domain/inspections.h"

#include <QtGlobal>

namespace ltc {

void register_inspections_domain(DomainRegistry &registry)
{
    DomainModule module;
    module.id = QStringLiteral("inspections");
    module.title = QStringLiteral(QT_TRANSLATE_NOOP("ltc::Module", "Inspections"));
    module.roles = inspection::roles();
    module.migrations = inspection::migrations();
    module.tables = {inspection::table()};
    module.commands = {inspection::recordCommand()};
    module.imports = {inspection::importSpec()};
    module.worklists = {inspection::worklist()};
    registry.add(std::move(module));
}

} // namespace ltc
