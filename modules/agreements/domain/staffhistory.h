#pragma once
// A staff member's record over time (seed 004 §36: suspended from settlement 3-12 months, barred
// 1-3 years): the staff table keeps only how the last staff file or sanction left each member, so
// every change of it is kept as a version in staff_history — by a follow-up of the staff import
// and of the staff sanctions, run alike on the desktop and on the server (whose versions reach
// the other desktops as synced rows).
#include "database/command.h"
#include "database/domainregistry.h"
#include "database/migrations.h"

namespace ltc::agreements {

// The staff columns a version keeps; a change in any of them makes a new version.
QStringList staffHistoryColumns();

// Adds a version for each staff member whose record differs from its last version (or has none).
bool recordStaffHistory(CommandContext &ctx);
FollowUp staffHistoryFollowUp();

Migration staffHistoryMigration(int version);

} // namespace ltc::agreements
