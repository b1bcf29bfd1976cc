#pragma once
// The settlements worklist for scripts: `ltcctl list claims --period YYYY-MM`, the month's claim
// lines with the figures the desktop's worklist shows (as audited, with the first review's
// decision), read through the same query (settlementviews.h).
#include "database/cliverbs.h"

namespace ltc::settlement {

WorklistSpec claimsWorklist();

} // namespace ltc::settlement
