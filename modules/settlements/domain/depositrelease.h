#pragma once
// The year-end release of the quality deposit (seed 003 四(四), seed 004 §35): what was withheld
// from an institution's payments of a year is released in proportion to its performance score,
// by the policy's ratio table; the release is computed and recorded once per institution and year.
#include "database/command.h"
#include "database/migrations.h"

#include <QList>

namespace ltc::settlement {

QList<Migration> depositReleaseMigrations();
CommandSpec depositReleaseCommand();

} // namespace ltc::settlement
