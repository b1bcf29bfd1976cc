#pragma once
// Which review step the signed-in user may take on an institution's month now, and if not, why
// — for the screens, which offer only possible steps and say why the others are closed. The
// review commands decide again when a step is taken (and the server once more); this mirrors
// their state checks, and takes the roles from the commands' own declarations.
#include "core/roles.h"
#include "settlements/domain/assessmentfees.h"
#include "settlements/domain/settlementviews.h"

#include <QString>

namespace ltc {
class DomainRegistry;
}

namespace ltc::settlement {

enum class BatchStep { ReviewLine, AcceptClean, CompleteFirstReview, SecondReview, ReturnToInstitution, MarkPaid };

struct StepCheck {
    bool allowed = false;
    QString why;  // translated; empty when allowed
};

// The command that takes the step ("claim.review_line", …).
QString stepCommand(BatchStep step);

StepCheck checkStep(BatchStep step, const BatchRow &batch, const UserIdentity &user, const DomainRegistry &registry);

// The same steps on an agency's assessment fee month (assessmentfees.h): the same state checks,
// with the roles of the assessment_fee.* commands. Its lines have no computed deductions, so
// AcceptClean accepts every line not yet reviewed.
QString feeStepCommand(BatchStep step);
StepCheck checkFeeStep(BatchStep step, const FeeMonth &month, const UserIdentity &user, const DomainRegistry &registry);
// A fee month as the batch the checks and the second-review prompt read.
BatchRow feeMonthBatch(const FeeMonth &month);

// The batch's state in words: 待初审, 已初审, 已复核, 已拨付, 已退回; 未审核 before the first audit.
QString batchStatusTitle(const BatchRow &batch);

} // namespace ltc::settlement
