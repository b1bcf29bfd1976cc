#pragma once
// Hand-overs between modules, which never link one another: a module that finishes its part of
// the work writes a small core record that the next module picks up. Application review hands an
// accepted application to assessment as a task to dispatch (DOMAIN.md §A 3, §B); the assessment
// module reads it (corereads.h assessmentTasksOf) and moves it on.
#include "command.h"

#include <QString>

namespace ltc {

namespace assessment_task {
inline const QString ToDispatch = QStringLiteral("TO_DISPATCH");
}

// Creates the assessment task of an accepted application, recorded for the audit and sync. Its
// id is derived from the application's, so the desktop and the server, each applying the same
// command, create the same row; false on a storage failure.
bool createAssessmentTask(CommandContext &ctx, const QString &applicationId, const QString &personNo,
                          const QString &kind);
QString assessmentTaskId(const QString &applicationId);

} // namespace ltc
