#pragma once
// `ltcctl list agreements`: every agreement with its renewal state on a day — expiring within
// 60 days, expired without a successor (overdue), renewed, ended.
#include "database/cliverbs.h"

#include <QDate>
#include <QString>

namespace ltc::agreements {

WorklistSpec agreementsWorklist();
// `ltcctl list staffing`: each institution's unmet staffing minimums on a day (seed 004 §14).
WorklistSpec staffingWorklist();

} // namespace ltc::agreements
