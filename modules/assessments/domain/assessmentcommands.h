#pragma once
// The assessments module's commands: conflicts of interest, dispatch with its draw, redraw,
// the agency's acceptance, the result, the experts' confirmations, the conclusion, and the
// instrument versions. The desktop applies them optimistically and the server again, with this
// same code, on its own data: a draw is re-made there from the seed in the arguments.
#include "database/command.h"

#include <QList>

namespace ltc::assessments {

QList<CommandSpec> assessmentCommands();

// Internal: each half of the list (drawcommands.cpp, resultcommands.cpp).
QList<CommandSpec> drawCommands();
QList<CommandSpec> resultCommands();
QList<CommandSpec> followUpCommands();  // followupcommands.cpp
QList<CommandSpec> careCommands();      // carecommands.cpp

} // namespace ltc::assessments
