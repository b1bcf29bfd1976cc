#include "settlements/domain/reviewcommands.h"
#include "core/tr.h"

#include "settlements/domain/batchworkflow.h"
#include "settlements/domain/claimsimport.h"
#include "database/records/corereads.h"
#include "settlements/domain/settlementrules.h"
#include "core/money.h"
#include "database/sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace ltc::settlement {
namespace {

qint64 countLines(CommandContext &ctx, const BatchKey &key, const QString &condition)
{
    return scalarSql(ctx.db(),
                     QStringLiteral("SELECT COUNT(*) FROM settlement_results r WHERE r.period = ? AND "
                                    "r.institution_code = ? AND ") + condition,
                     {key.period, key.institution})
        .toLongLong();
}

// The figures a first-review decision pays: the amount allowed, what that deducts from the claim,
// and rule 4's shares of it.
struct ReviewedFigures {
    Fen allowed = 0;
    Fen deducted = 0;
    Shares shares;
};

// Writes (or replaces) one line's first-review decision with the figures it pays, and records it
// for the audit trail and sync: one place for the single review and the bulk acceptance.
bool saveLineReview(CommandContext &ctx, const BatchKey &key, const QString &claimNo, int lineNo,
                    const QString &decision, const ReviewedFigures &figures, const QString &reason)
{
    const QString lineKey = claimNo + QLatin1Char('/') + QString::number(lineNo);
    const QString keyColumns = QStringLiteral("claim_no || '/' || line_no");
    const std::optional<QJsonObject> before = ctx.fetch(QStringLiteral("line_reviews"), keyColumns, lineKey);
    if (!ctx.exec(QStringLiteral("INSERT INTO line_reviews (claim_no, line_no, period, institution_code, decision, "
                                 "allowed_fen, deducted_fen, fund_fen, personal_fen, deposit_fen, reason, reviewer, "
                                 "reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_no, "
                                 "line_no) DO UPDATE SET decision = excluded.decision, allowed_fen = "
                                 "excluded.allowed_fen, deducted_fen = excluded.deducted_fen, fund_fen = "
                                 "excluded.fund_fen, personal_fen = excluded.personal_fen, deposit_fen = "
                                 "excluded.deposit_fen, reason = excluded.reason, reviewer = excluded.reviewer, "
                                 "reviewed_at = excluded.reviewed_at"),
                  {claimNo, lineNo, key.period, key.institution, decision, figures.allowed, figures.deducted,
                   figures.shares.fund, figures.shares.personal, figures.shares.deposit, sqlText(reason),
                   ctx.user().username, ctx.now().toString(Qt::ISODate)}))
        return false;
    ctx.recordChange(QStringLiteral("line_reviews"), lineKey, before,
                     ctx.fetch(QStringLiteral("line_reviews"), keyColumns, lineKey));
    return true;
}

// An override pays another amount: its shares come from the policy version the audit used for
// the line (the one in force on its last declared day), by the same rule 4.
// The deposit ratio the line's agreement sets, as the audit applied it (rule 4): the agreement in
// force at the line's institution on its last declared day.
std::optional<int> lineAgreementDeposit(QSqlDatabase &db, const QString &institution, const QString &claimNo, int lineNo)
{
    const QDate lastDay = QDate::fromString(
        scalarSql(db, QStringLiteral("SELECT service_to FROM claim_lines WHERE claim_no = ? AND line_no = ?"),
                  {claimNo, lineNo})
            .toString(),
        Qt::ISODate);
    const std::optional<InstitutionStanding> standing = institutionStanding(db, institution);
    return agreementDepositPermille(standing ? &*standing : nullptr, lastDay);
}

std::optional<Shares> overrideShares(QSqlDatabase &db, const QString &policyLabel, Fen allowed, QString *why,
                                     std::optional<int> agreementDeposit = std::nullopt)
{
    if (allowed == 0)
        return Shares{};
    const PolicySet policies = loadPolicies(db);
    const Policy *policy = policyByLabel(policies, policyLabel);
    if (!policy) {
        *why = policyLabel.isEmpty()
                   ? Tr::tr("allowed: no policy applied to this line, so nothing can be allowed for it")
                   : Tr::tr("allowed: the policy version %1 this line was audited under is not stored").arg(policyLabel);
        return std::nullopt;
    }
    return sharesOf(allowed, *policy, agreementDeposit);
}

const QString kNotReviewed = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM line_reviews v WHERE v.claim_no = r.claim_no AND v.line_no = r.line_no)");

CommandOutcome reviewLine(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString claimNo = read.text(QStringLiteral("claim_no"));
    const std::optional<int> lineNo = read.integer(QStringLiteral("line_no"), 1, 1'000'000);
    const QString decision = read.text(QStringLiteral("decision"));
    if (!decision.isEmpty() && decision != QStringLiteral("accept") && decision != QStringLiteral("override"))
        read.error(QStringLiteral("decision"), Tr::tr("must be accept or override"));
    const QString reason = read.text(QStringLiteral("reason"), decision == QStringLiteral("override"));
    const QString allowedText = read.text(QStringLiteral("allowed"), decision == QStringLiteral("override"));
    QString why;
    const std::optional<Fen> allowedFen = allowedText.isEmpty() ? std::nullopt : parseYuan(allowedText, &why);
    if (!allowedText.isEmpty() && !allowedFen)
        read.error(QStringLiteral("allowed"), why);
    if (!read.ok())
        return read.failure();
    QSqlQuery line = querySql(ctx.db(),
                              QStringLiteral("SELECT period, institution_code, claimed_fen, allowed_fen, deducted_fen, "
                                             "fund_fen, personal_fen, deposit_fen, policy FROM settlement_results WHERE "
                                             "claim_no = ? AND line_no = ?"),
                              {claimNo, *lineNo});
    if (!line.next())
        return CommandOutcome::failure(QStringLiteral("not_found"),
                                       Tr::tr("claim %1 line %2 has no audit result: run the audit first").arg(claimNo).arg(*lineNo));
    const BatchKey key{line.value(0).toString(), line.value(1).toString(), &careBatches()};
    QJsonObject batchArgs = args;  // the line's batch, with the caller's base_version if any
    batchArgs.insert(QStringLiteral("period"), key.period);
    batchArgs.insert(QStringLiteral("institution_code"), key.institution);
    CommandOutcome refusal;
    if (!batchInFirstReview(ctx, batchArgs, refusal, careBatches()))
        return refusal;
    const Fen claimed = line.value(2).toLongLong();
    ReviewedFigures figures;
    if (decision == QStringLiteral("accept")) {
        figures = {line.value(3).toLongLong(), line.value(4).toLongLong(),
                   {line.value(5).toLongLong(), line.value(6).toLongLong(), line.value(7).toLongLong()}};
    } else {
        const Fen allowed = allowedFen.value_or(-1);  // read.ok(): an override has its amount
        if (allowed < 0 || allowed > claimed)
            return CommandOutcome::failure(QStringLiteral("invalid"),
                                           Tr::tr("allowed: must be between 0 and the claimed %1").arg(formatYuan(claimed)));
        QString refused;
        const std::optional<Shares> shares =
            overrideShares(ctx.db(), line.value(8).toString(), allowed, &refused,
                           lineAgreementDeposit(ctx.db(), key.institution, claimNo, *lineNo));
        if (!shares)
            return CommandOutcome::failure(QStringLiteral("invalid"), refused);
        figures = {allowed, claimed - allowed, *shares};
    }
    if (!saveLineReview(ctx, key, claimNo, *lineNo, decision, figures, reason) || !noteFirstReviewTaker(ctx, key))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome acceptCleanLines(CommandContext &ctx, const QJsonObject &args)
{
    CommandOutcome refusal;
    const std::optional<BatchKey> key = batchInFirstReview(ctx, args, refusal, careBatches());
    if (!key)
        return refusal;
    // Each accepted line is its own recorded change: the audit trail and sync see every row.
    QSqlQuery clean = querySql(ctx.db(),
                               QStringLiteral("SELECT r.claim_no, r.line_no, r.allowed_fen, r.deducted_fen, r.fund_fen, "
                                              "r.personal_fen, r.deposit_fen FROM settlement_results r WHERE r.period = "
                                              "? AND r.institution_code = ? AND r.reasons = '' AND ")
                                   + kNotReviewed + QStringLiteral(" ORDER BY r.claim_no, r.line_no"),
                               {key->period, key->institution});
    struct CleanLine {
        QString claimNo;
        int lineNo;
        ReviewedFigures figures;
    };
    QList<CleanLine> lines;
    while (clean.next()) {
        lines.append({clean.value(0).toString(), clean.value(1).toInt(),
                      {clean.value(2).toLongLong(), clean.value(3).toLongLong(),
                       {clean.value(4).toLongLong(), clean.value(5).toLongLong(), clean.value(6).toLongLong()}}});
    }
    for (const CleanLine &line : std::as_const(lines)) {
        if (!saveLineReview(ctx, *key, line.claimNo, line.lineNo, QStringLiteral("accept"), line.figures, QString()))
            return ctx.storageFailure();
    }
    if (!lines.isEmpty() && !noteFirstReviewTaker(ctx, *key))  // accepting nothing decided nothing
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome completeFirstReview(CommandContext &ctx, const QJsonObject &args)
{
    CommandOutcome refusal;
    const std::optional<BatchKey> key = batchInFirstReview(ctx, args, refusal, careBatches());
    if (!key)
        return refusal;
    return completeFirstReviewOf(ctx, *key, countLines(ctx, *key, QStringLiteral("1 = 1")),
                                 countLines(ctx, *key, kNotReviewed));
}

CommandOutcome secondReview(CommandContext &ctx, const QJsonObject &args)
{
    return secondReviewStep(ctx, args, careBatches());
}

CommandOutcome returnToInstitution(CommandContext &ctx, const QJsonObject &args)
{
    return returnStep(ctx, args, careBatches());
}

// Deducts the institution's outstanding liquidated damages, oldest first, from a payment of
// `payable`, noting on each violation what this month took; returns the sum deducted (never
// more than the payment: the rest waits for the next one).
std::optional<Fen> deductDamages(CommandContext &ctx, const BatchKey &key, Fen payable)
{
    Fen deducted = 0;
    for (const OutstandingDamages &damages : outstandingDamagesOf(ctx.db(), key.institution)) {
        const Fen take = std::min(damages.outstanding, payable - deducted);
        if (take <= 0)
            break;
        const std::optional<QJsonObject> before =
            ctx.fetch(QStringLiteral("agreement_violations"), QStringLiteral("id"), damages.violationId);
        if (!ctx.exec(QStringLiteral("UPDATE agreement_violations SET deducted_fen = deducted_fen + ?, deducted_period = ?, "
                                     "row_version = row_version + 1 WHERE id = ?"),
                      {take, key.period, damages.violationId}))
            return std::nullopt;
        ctx.recordChange(QStringLiteral("agreement_violations"), damages.violationId, before,
                         ctx.fetch(QStringLiteral("agreement_violations"), QStringLiteral("id"), damages.violationId));
        deducted += take;
    }
    return deducted;
}

CommandOutcome markPaid(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal, careBatches());
    if (!key)
        return refusal;
    const QString status = statusOf(fetchBatch(ctx, *key));
    if (status != batch::SecondReviewed)
        return wrongState(*key, status);
    // The payment is the fund's share of the lines as reviewed, less the quality deposit
    // withheld; kept with the batch, so the record of what was paid never moves.
    QSqlQuery sums = querySql(ctx.db(),
                              QStringLiteral("SELECT COALESCE(SUM(fund_fen), 0), COALESCE(SUM(deposit_fen), 0) FROM "
                                             "settled_results WHERE period = ? AND institution_code = ?"),
                              {key->period, key->institution});
    if (!sums.next())
        return ctx.storageFailure();
    const Fen deposit = sums.value(1).toLongLong();
    const Fen payable = sums.value(0).toLongLong() - deposit;
    // Liquidated damages recorded against the institution come off its next payment.
    const std::optional<Fen> damages = deductDamages(ctx, *key, payable);
    if (!damages)
        return ctx.storageFailure();
    return setBatchStatus(ctx, *key, batch::Paid, QStringLiteral("paid_by"), QStringLiteral("paid_at"), QString(),
                          {{QStringLiteral("paid_fen"), payable - *damages}, {QStringLiteral("withheld_fen"), deposit},
                           {QStringLiteral("damages_fen"), *damages}})
               ? CommandOutcome::success()
               : ctx.storageFailure();
}
} // namespace

QList<CommandSpec> reviewCommands()
{
    const QString module = QStringLiteral("settlements");
    const QString batchArgs = QStringLiteral("period (YYYY-MM), institution_code, [base_version]");
    return {
        {QStringLiteral("claim.review_line"), module, roleIds({Role::FirstReviewer}),
         QStringLiteral("First review of one claim line: accept the audit result or override it with a reason"),
         {QStringLiteral("claim_no, line_no, decision (accept/override), [allowed (yuan), reason: for override]")},
         reviewLine},
        {QStringLiteral("claim.accept_clean"), module, roleIds({Role::FirstReviewer}),
         QStringLiteral("Accept every not yet reviewed line without deductions"), {batchArgs}, acceptCleanLines},
        {QStringLiteral("claim.first_review"), module, roleIds({Role::FirstReviewer}),
         QStringLiteral("Complete the first review of an institution's month (all lines reviewed)"), {batchArgs},
         completeFirstReview},
        {QStringLiteral("claim.second_review"), module, roleIds({Role::SecondReviewer}),
         QStringLiteral("Second review by another person: approve, or return with a reason"),
         {batchArgs + QStringLiteral(", decision (approve/return), [reason: for return]")}, secondReview},
        {QStringLiteral("claim.return"), module, roleIds({Role::FirstReviewer}),
         QStringLiteral("Return an institution's month to it with reasons"), {batchArgs + QStringLiteral(", reason")},
         returnToInstitution},
        {QStringLiteral("claim.mark_paid"), module, roleIds({Role::Payer}),
         QStringLiteral("Mark a second-reviewed settlement as paid"), {batchArgs}, markPaid},
    };
}

QList<Migration> reviewMigrations()
{
    Migration v2{QStringLiteral("settlements"), 2, QStringLiteral("review workflow"), {}, {}, {}};
    v2.statements = QStringList{
        QStringLiteral("CREATE TABLE settlement_batches (period TEXT NOT NULL, institution_code TEXT NOT NULL, status "
                       "TEXT NOT NULL, first_reviewer TEXT, first_reviewed_at TEXT, second_reviewer TEXT, "
                       "second_reviewed_at TEXT, paid_by TEXT, paid_at TEXT, returned_reason TEXT, updated_by TEXT, "
                       "updated_at TEXT, row_version INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (period, "
                       "institution_code))"),
        QStringLiteral("CREATE TABLE line_reviews (claim_no TEXT NOT NULL, line_no INTEGER NOT NULL, period TEXT NOT "
                       "NULL, institution_code TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('accept', "
                       "'override')), allowed_fen INTEGER NOT NULL, reason TEXT, reviewer TEXT NOT NULL, reviewed_at "
                       "TEXT NOT NULL, PRIMARY KEY (claim_no, line_no))"),
        QStringLiteral("CREATE INDEX line_reviews_by_batch ON line_reviews (period, institution_code)"),
    };
    return {v2};
}

namespace {
// Version 4's data: reviews made before it get the figures they pay. An acceptance pays the
// audit's figures; an override's shares are computed by rule 4, as the command now does.
bool fillReviewedFigures(QSqlDatabase &db, QString *error)
{
    const QString fromResult = QStringLiteral(
        "(SELECT r.%1 FROM settlement_results r WHERE r.claim_no = line_reviews.claim_no AND r.line_no = "
        "line_reviews.line_no)");
    QString assignments;
    for (const QString &column : {QStringLiteral("deducted_fen"), QStringLiteral("fund_fen"),
                                 QStringLiteral("personal_fen"), QStringLiteral("deposit_fen")})
        assignments += (assignments.isEmpty() ? QString() : QStringLiteral(", ")) + column + QStringLiteral(" = ")
                       + fromResult.arg(column);
    if (!execSql(db, QStringLiteral("UPDATE line_reviews SET %1 WHERE decision = 'accept'").arg(assignments), {}, error))
        return false;
    QSqlQuery overrides = querySql(db,
                                   QStringLiteral("SELECT v.claim_no, v.line_no, v.allowed_fen, r.claimed_fen, r.policy "
                                                  "FROM line_reviews v JOIN settlement_results r ON r.claim_no = "
                                                  "v.claim_no AND r.line_no = v.line_no WHERE v.decision = 'override'"),
                                   {}, error);
    QList<QVariantList> updates;
    while (overrides.next()) {
        const Fen allowed = overrides.value(2).toLongLong();
        QString why;
        // A version no longer stored leaves the whole amount to the person: visible, never paid.
        const Shares shares =
            overrideShares(db, overrides.value(4).toString(), allowed, &why).value_or(Shares{0, allowed, 0});
        updates.append({overrides.value(3).toLongLong() - allowed, shares.fund, shares.personal, shares.deposit,
                        overrides.value(0), overrides.value(1)});
    }
    for (const QVariantList &values : std::as_const(updates)) {
        if (!execSql(db,
                     QStringLiteral("UPDATE line_reviews SET deducted_fen = ?, fund_fen = ?, personal_fen = ?, "
                                    "deposit_fen = ? WHERE claim_no = ? AND line_no = ?"),
                     values, error))
            return false;
    }
    return true;
}
} // namespace

// The one place where a review's figures take the place of the audit's: every total, export,
// report, statement and payment reads lines through this view.
QString settledResultsView()
{
    return QStringLiteral(
        "CREATE VIEW settled_results AS SELECT r.period, r.claim_no, r.line_no, r.person_no, r.institution_code, "
        "r.claimed_fen, COALESCE(v.allowed_fen, r.allowed_fen) AS allowed_fen, COALESCE(v.deducted_fen, "
        "r.deducted_fen) AS deducted_fen, COALESCE(v.fund_fen, r.fund_fen) AS fund_fen, COALESCE(v.personal_fen, "
        "r.personal_fen) AS personal_fen, COALESCE(v.deposit_fen, r.deposit_fen) AS deposit_fen, r.declared_days, "
        "r.paid_days, r.reasons, r.policy, r.run_id, r.allowed_fen AS audited_allowed_fen, v.decision, v.reason "
        "AS review_reason, v.reviewer, v.reviewed_at FROM settlement_results r LEFT JOIN line_reviews v ON "
        "v.claim_no = r.claim_no AND v.line_no = r.line_no");
}

QList<Migration> reviewedFiguresMigrations()
{
    Migration v4{QStringLiteral("settlements"), 4, QStringLiteral("reviewed figures, payments, run scope"), {}, {}, {}};
    v4.statements = QStringList{
        QStringLiteral("ALTER TABLE line_reviews ADD COLUMN deducted_fen INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE line_reviews ADD COLUMN fund_fen INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE line_reviews ADD COLUMN personal_fen INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE line_reviews ADD COLUMN deposit_fen INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE settlement_batches ADD COLUMN paid_fen INTEGER"),
        QStringLiteral("ALTER TABLE settlement_batches ADD COLUMN withheld_fen INTEGER"),
        QStringLiteral("ALTER TABLE settlement_runs ADD COLUMN scope TEXT"),
        settledResultsView(),
    };
    v4.dataStep = fillReviewedFigures;
    return {v4};
}

bool pastFirstReview(const QString &status)
{
    return status == batch::FirstReviewed || status == batch::SecondReviewed || status == batch::Paid;
}

QStringList frozenInstitutions(QSqlDatabase &db, const QString &period)
{
    return frozenBatches(db, careBatches(), period);
}

qint64 reviewsAtRisk(QSqlDatabase &db, const QString &period)
{
    const QStringList frozen = frozenInstitutions(db, period);
    QVariantList params{period};
    for (const QString &code : frozen)
        params << code;
    const QString kept = frozen.isEmpty() ? QString()
                                          : QStringLiteral(" AND institution_code NOT IN (%1)").arg(sqlPlaceholders(frozen.size()));
    return scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM line_reviews WHERE period = ?") + kept, params).toLongLong();
}

QList<Migration> firstReviewTakersMigrations()
{
    Migration v5{QStringLiteral("settlements"), 5, QStringLiteral("who took part in each first review"), {}, {}, {}};
    v5.statements = QStringList{
        QStringLiteral("CREATE TABLE first_review_takers (period TEXT NOT NULL, institution_code TEXT NOT NULL, "
                       "username TEXT NOT NULL, taken_at TEXT NOT NULL, PRIMARY KEY (period, institution_code, "
                       "username))"),
        // Before this version only the last author of each decision was kept: they took part.
        QStringLiteral("INSERT INTO first_review_takers (period, institution_code, username, taken_at) SELECT period, "
                       "institution_code, reviewer, MIN(reviewed_at) FROM line_reviews GROUP BY period, "
                       "institution_code, reviewer"),
        QStringLiteral("INSERT INTO first_review_takers (period, institution_code, username, taken_at) SELECT "
                       "b.period, b.institution_code, b.first_reviewer, COALESCE(b.first_reviewed_at, '') FROM "
                       "settlement_batches b WHERE b.first_reviewer IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                       "first_review_takers t WHERE t.period = b.period AND t.institution_code = b.institution_code "
                       "AND t.username = b.first_reviewer)"),
    };
    return {v5};
}

QHash<QString, QStringList> firstReviewTakers(QSqlDatabase &db, const QString &period)
{
    return reviewTakers(db, careBatches(), period);
}

} // namespace ltc::settlement
