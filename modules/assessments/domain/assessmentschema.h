#pragma once
// The assessments module's own tables: its migrations (module "assessments", 1, 2, …) and their
// declarations for sync. The task itself is the core hand-over row (assessment_tasks), whose
// state this module moves on; everything the module adds to a task is keyed by its id.
#include "database/migrations.h"
#include "database/tables.h"

#include <QList>

namespace ltc::assessments {

QList<Migration> assessmentMigrations();
QList<TableDecl> assessmentTables();

} // namespace ltc::assessments
