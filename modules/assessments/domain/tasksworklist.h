#pragma once
// The assessment tasks worklist (issue 13 item 1), `ltcctl list tasks`: tasks in the order of
// their conclusion deadline (30 working days from acceptance to the delivered letter, the
// policy's number), with their state, agency, drawn team, working days left and overdue marked,
// and once delivered the last day to ask for a dispute. One indexed order column
// (assessment_work.deadline_order) keeps the first page of a million tasks a page of an index.
#include "database/cliverbs.h"

namespace ltc::assessments {

WorklistSpec tasksWorklist();

} // namespace ltc::assessments
