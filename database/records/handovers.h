#pragma once
// Hand-overs between modules, which never link one another: a module that finishes its part of
// the work writes a small core record that the next module picks up. Application review hands an
// accepted application to assessment as a task to dispatch (DOMAIN.md §A 3, §B); the assessment
// module reads it (corereads.h assessmentTasksOf) and moves it on.
#include "command.h"
#include "core/records.h"

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
// The assessment module moves its task on through its states (assessments/domain/dispatchrules.h);
// recorded for the audit and sync; false on a storage failure.
// The assessment module's conclusion becomes the conclusions row the settlement rules read (the
// same record `ltcctl import beneficiaries` writes), its source naming the task
// ("assessment:<task id>"); false on a storage failure.
bool issueConclusion(CommandContext &ctx, const ConclusionRecord &conclusion, const QString &taskId);
bool moveAssessmentTask(CommandContext &ctx, const QString &taskId, const QString &state);
// A newer conclusion ends an older one early (a downgrade stops the old level's benefits, per
// the policy's downgrade_stop): its valid_until becomes `lastDay`; recorded for the audit and
// sync; false on a storage failure.
bool endConclusionOn(CommandContext &ctx, const QString &personNo, QDate concludedOn, QDate lastDay);
// The assessment module's care dispatch becomes the care_assignments row the settlement rules
// read (the form and institution paid from its day on); recorded for the audit and sync; false
// on a storage failure.
bool assignCare(CommandContext &ctx, const CareAssignmentRecord &assignment);
// The assessments' delivery of a conclusion letter sets the conclusion's dispute window (its last
// day), which application review asks as well; recorded for the audit and sync; false on a
// storage failure.
bool setDisputeWindow(CommandContext &ctx, const QString &personNo, QDate concludedOn, QDate disputeUntil);

} // namespace ltc
