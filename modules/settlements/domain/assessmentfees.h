#pragma once
// Assessment fees (issue 13 item 7): each completed assessment — its conclusion letter delivered —
// yields its agency a fee line at the rate of the policy in force on the delivery day for the
// person's district (AssessmentTerms::feeFen), paid by the fund (seed 003 三(三)). The agency
// declares its list monthly and the office settles it through the same first review (each line
// accepted or overridden with a reason) and second review by another person as care claims (seed
// 004 §28), then pays it: the shared state machine of batchworkflow.h on the agency's fee month
// (assessment_fee_batches), apart from any care month.
#include "database/cliverbs.h"
#include "database/command.h"
#include "database/migrations.h"
#include "core/money.h"
#include "core/policy.h"
#include "core/roles.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ltc::settlement {

// One fee line as computed, before any review.
struct FeeLine {
    QString taskId;
    QString period;       // YYYY-MM of the delivery
    QString institution;  // the agency
    QString personNo;
    QString kind;         // FIRST, DISPUTE, REASSESS
    QDate deliveredOn;
    Fen fee = 0;
    QString policy;       // the label of the policy version whose rate applied; empty: none applied
};

// The fee of an assessment delivered on `deliveredOn` for a person of `district`: the rate of
// the policy in force that day; 0 when none is or it sets no rate (*policy then empty).
Fen assessmentFee(const PolicySet &policies, const QString &district, QDate deliveredOn, QString *policy);

// The fee lines of every assessment whose conclusion letter was delivered in `period`, by agency
// and delivery day.
QList<FeeLine> computeFeeLines(QSqlDatabase &db, const QString &period, QString *error = nullptr);

// An agency's fee month as the screens and ltcctl show it.
struct FeeMonth {
    QString period;
    QString institution;
    QString institutionName;
    QString status;      // batch state (reviewcommands.h batch::); open without a row
    qint64 rowVersion = 0;
    qint64 lines = 0;
    qint64 reviewedLines = 0;
    Fen fee = 0;         // as computed
    Fen allowed = 0;     // as reviewed where reviewed, else as computed
    std::optional<Fen> paid;
    QStringList firstReviewTakers;
    QString returnedReason;
};
// The fee months of `period` with lines, by agency code; only those `scope` may see when given.
QList<FeeMonth> feeMonths(QSqlDatabase &db, const QString &period, const UserIdentity *scope = nullptr);

// A stored fee line with its person's name and its first-review decision (empty: not reviewed).
struct FeeLineRow {
    FeeLine line;
    QString institutionName;
    QString personName;
    QString decision;   // accept, override or empty
    Fen allowed = 0;    // as reviewed; the fee while not reviewed
    QString reason;
    QString batchStatus;
};
// The stored lines of `period` (one agency's when `institution` is given), by agency, delivery
// day and task: what the screen and `ltcctl list assessment-fees` show.
QList<FeeLineRow> feeLineRows(QSqlDatabase &db, const QString &period, const QString &institution = {},
                              QString *error = nullptr);

// assessment_fee.compute, .review_line, .accept_all, .first_review, .second_review, .return, .mark_paid.
QList<CommandSpec> assessmentFeeCommands();
// Settlements version 10: the fee lines, the agencies' fee months and who took their first review.
QList<Migration> assessmentFeeMigrations();
// `ltcctl list assessment-fees --period YYYY-MM [--institution CODE]`.
WorklistSpec assessmentFeesWorklist();

} // namespace ltc::settlement
