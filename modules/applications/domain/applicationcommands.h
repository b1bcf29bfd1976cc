#pragma once
// The application review commands of CONTRACT.md ("Workflow commands that scripts rely on"):
// submit (counter or online), request_materials (all missing items at once: the clock stops),
// receive_materials (it runs again), accept (hands an assessment task over), refuse (one of the
// six reasons of seed 004 §6, with text). The same code validates and applies on the desktop
// and, re-checked, on the server.
#include "database/command.h"
#include "database/domainregistry.h"
#include "database/migrations.h"

namespace ltc::applications {

QList<CommandSpec> applicationCommands();
// The due dates of applications whose clock runs follow the calendar and the policy.
QList<FollowUp> applicationFollowUps();
QList<Migration> applicationMigrations();

} // namespace ltc::applications
