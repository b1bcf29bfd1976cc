#include "settlements/domain/batchsteps.h"

#include "core/tr.h"
#include "database/domainregistry.h"
#include "settlements/domain/reviewcommands.h"

namespace ltc::settlement {
namespace {

bool inFirstReview(const QString &status) { return status == batch::Open || status == batch::Returned; }

// The state check of each step, as reviewcommands.cpp applies it; empty when the state allows it.
QString stateProblem(BatchStep step, const BatchRow &batch, const UserIdentity &user)
{
    if (!batch.audited())
        return Tr::tr("Run the audit of this month first.");
    switch (step) {
    case BatchStep::ReviewLine:
    case BatchStep::AcceptClean:
        if (!inFirstReview(batch.status))
            return Tr::tr("The first review of this institution's month is complete.");
        if (step == BatchStep::AcceptClean && batch.cleanOpenLines == 0)
            return Tr::tr("No line without deductions is waiting for review.");
        return {};
    case BatchStep::CompleteFirstReview:
        if (!inFirstReview(batch.status))
            return Tr::tr("The first review of this institution's month is complete.");
        if (batch.reviewedLines < batch.totals.lines)
            return Tr::tr("%1 line(s) are not reviewed yet.").arg(batch.totals.lines - batch.reviewedLines);
        return {};
    case BatchStep::SecondReview:
        if (batch.status != batch::FirstReviewed)
            return Tr::tr("The second review follows a completed first review.");
        if (batch.firstReviewTakers.contains(user.username))
            return Tr::tr("You took part in the first review of this month (you decided lines of it or took one "
                          "of its steps); the second review must be done by another person.");
        return {};
    case BatchStep::ReturnToInstitution:
        return batch.status == batch::Open ? QString() : Tr::tr("Only a month in first review can be returned.");
    case BatchStep::MarkPaid:
        return batch.status == batch::SecondReviewed ? QString()
                                                     : Tr::tr("Only a month that passed the second review is paid.");
    }
    return {};
}
} // namespace

QString stepCommand(BatchStep step)
{
    switch (step) {
    case BatchStep::ReviewLine: return QStringLiteral("claim.review_line");
    case BatchStep::AcceptClean: return QStringLiteral("claim.accept_clean");
    case BatchStep::CompleteFirstReview: return QStringLiteral("claim.first_review");
    case BatchStep::SecondReview: return QStringLiteral("claim.second_review");
    case BatchStep::ReturnToInstitution: return QStringLiteral("claim.return");
    case BatchStep::MarkPaid: return QStringLiteral("claim.mark_paid");
    }
    return {};
}

namespace {
StepCheck checkWith(const QString &commandName, BatchStep step, const BatchRow &batch, const UserIdentity &user,
                    const DomainRegistry &registry)
{
    const CommandSpec *command = registry.command(commandName);
    if (!command || !user.hasAnyRole(command->roles))
        return {false, Tr::tr("Your roles do not include this step.")};
    const QString problem = stateProblem(step, batch, user);
    return {problem.isEmpty(), problem};
}
} // namespace

StepCheck checkStep(BatchStep step, const BatchRow &batch, const UserIdentity &user, const DomainRegistry &registry)
{
    return checkWith(stepCommand(step), step, batch, user, registry);
}

QString feeStepCommand(BatchStep step)
{
    switch (step) {
    case BatchStep::ReviewLine: return QStringLiteral("assessment_fee.review_line");
    case BatchStep::AcceptClean: return QStringLiteral("assessment_fee.accept_all");
    case BatchStep::CompleteFirstReview: return QStringLiteral("assessment_fee.first_review");
    case BatchStep::SecondReview: return QStringLiteral("assessment_fee.second_review");
    case BatchStep::ReturnToInstitution: return QStringLiteral("assessment_fee.return");
    case BatchStep::MarkPaid: return QStringLiteral("assessment_fee.mark_paid");
    }
    return {};
}

BatchRow feeMonthBatch(const FeeMonth &month)
{
    BatchRow batch;
    batch.totals.code = month.institution;
    batch.totals.name = month.institutionName;
    batch.totals.lines = month.lines;
    batch.totals.claimed = month.fee;
    batch.totals.allowed = month.allowed;
    batch.totals.fund = month.allowed;
    batch.totals.paid = month.paid;
    batch.declaredLines = month.lines;
    batch.reviewedLines = month.reviewedLines;
    batch.cleanOpenLines = month.lines - month.reviewedLines;
    batch.status = month.status;
    batch.firstReviewTakers = month.firstReviewTakers;
    batch.returnedReason = month.returnedReason;
    batch.rowVersion = month.rowVersion;
    return batch;
}

StepCheck checkFeeStep(BatchStep step, const FeeMonth &month, const UserIdentity &user, const DomainRegistry &registry)
{
    return checkWith(feeStepCommand(step), step, feeMonthBatch(month), user, registry);
}

QString batchStatusTitle(const BatchRow &batch)
{
    if (!batch.audited())
        return Tr::tr("Not audited");
    if (batch.status == batch::FirstReviewed)
        return Tr::tr("First reviewed");
    if (batch.status == batch::SecondReviewed)
        return Tr::tr("Second reviewed");
    if (batch.status == batch::Paid)
        return Tr::tr("Paid");
    if (batch.status == batch::Returned)
        return Tr::tr("Returned");
    return Tr::tr("In first review");
}

} // namespace ltc::settlement
