// What the assessments module contributes to the data layer: its tables (on the core's task
// hand-over), the task commands with their draw, and the scoring instruments.
#include "assessments/domain/assessmentcommands.h"
#include "assessments/domain/assessmentschema.h"
#include "assessments/domain/followupreads.h"
#include "assessments/domain/evidencecommands.h"
#include "assessments/domain/tasksworklist.h"
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
    module.dependsOn = {QStringLiteral("core")};
    module.migrations = assessments::assessmentMigrations();
    module.commands = assessments::assessmentCommands() + assessments::evidenceCommands();
    module.tables = assessments::assessmentTables();
    module.worklists = {assessments::tasksWorklist(), assessments::conclusionsWorklist()};
    registry.add(std::move(module));
}

} // namespace ltc
