#include "reviewcommands.h"
#include "core/tr.h"

#include "claimsimport.h"
#include "core/money.h"
#include "sql.h"

#include <QCoreApplication>

namespace ltc::settlement {
namespace {

QStringList roles(std::initializer_list<Role> list)
{
    QStringList ids;
    for (Role role : list)
        ids << roleId(role);
    return ids;
}

struct BatchKey {
    QString period;
    QString institution;
    QString key() const { return period + QLatin1Char('/') + institution; }
};

std::optional<QJsonObject> fetchBatch(CommandContext &ctx, const BatchKey &key)
{
    QSqlQuery query = querySql(ctx.db(),
                               QStringLiteral("SELECT * FROM settlement_batches WHERE period = ? AND institution_code = ?"),
                               {key.period, key.institution});
    if (!query.next())
        return std::nullopt;
    return rowToJson(query);
}

QString statusOf(const std::optional<QJsonObject> &batchRow)
{
    return batchRow ? batchRow->value(QStringLiteral("status")).toString() : batch::Open;
}

// Reads period + institution_code, checks the institution is in the user's district and that
// the caller's base_version (if any) is the batch's current one.
std::optional<BatchKey> readBatch(CommandContext &ctx, const QJsonObject &args, JsonArgs &read, CommandOutcome &refusal)
{
    BatchKey key{read.text(QStringLiteral("period")), read.text(QStringLiteral("institution_code"))};
    int year = 0;
    int month = 0;
    if (!key.period.isEmpty() && !parsePeriod(key.period, &year, &month))
        read.error(QStringLiteral("period"), Tr::tr("'%1' is not a month in the form YYYY-MM").arg(key.period));
    if (!read.ok()) {
        refusal = read.failure();
        return std::nullopt;
    }
    const std::optional<QJsonObject> institution =
        ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), key.institution);
    if (!institution) {
        refusal = CommandOutcome::failure(QStringLiteral("not_found"),
                                          Tr::tr("institution %1 does not exist").arg(key.institution));
        return std::nullopt;
    }
    const QString district = institution->value(QStringLiteral("district")).toString();
    if (!district.isEmpty() && !ctx.user().canAccessDistrict(district)) {
        refusal = ctx.forbiddenDistrict(district);
        return std::nullopt;
    }
    if (args.contains(QStringLiteral("base_version"))) {
        const std::optional<QJsonObject> row = fetchBatch(ctx, key);
        const qint64 current = row ? row->value(QStringLiteral("row_version")).toInteger() : 0;
        if (args.value(QStringLiteral("base_version")).toInteger() != current) {
            refusal = CommandOutcome::failure(
                QStringLiteral("conflict"),
                Tr::tr("the settlement of %1 for %2 was changed by %3 meanwhile")
                    .arg(key.institution, key.period,
                         row ? row->value(QStringLiteral("updated_by")).toString() : QStringLiteral("?")));
            return std::nullopt;
        }
    }
    return key;
}

CommandOutcome wrongState(const BatchKey &key, const QString &status)
{
    return CommandOutcome::failure(QStringLiteral("state"),
                                   Tr::tr("the settlement of %1 for %2 is %3: this step is not allowed now")
                                       .arg(key.institution, key.period, status));
}

// Moves the batch to `status`, stamping who did it and when; records the change for the audit.
bool setBatchStatus(CommandContext &ctx, const BatchKey &key, const QString &status, const QString &userColumn,
                    const QString &timeColumn, const QString &returnedReason = {})
{
    const std::optional<QJsonObject> before = fetchBatch(ctx, key);
    const QString now = ctx.now().toString(Qt::ISODate);
    bool ok = ctx.exec(QStringLiteral("INSERT INTO settlement_batches (period, institution_code, status, updated_by, "
                                      "updated_at) VALUES (?, ?, 'open', ?, ?) ON CONFLICT (period, institution_code) "
                                      "DO NOTHING"),
                       {key.period, key.institution, ctx.user().username, now});
    ok = ok && ctx.exec(QStringLiteral("UPDATE settlement_batches SET status = ?, %1 = ?, %2 = ?, returned_reason = ?, "
                                       "updated_by = ?, updated_at = ?, row_version = row_version + 1 WHERE period = ? "
                                       "AND institution_code = ?").arg(userColumn, timeColumn),
                        {status, ctx.user().username, now, sqlText(returnedReason), ctx.user().username, now,
                         key.period, key.institution});
    if (ok)
        ctx.recordChange(QStringLiteral("settlement_batches"), key.key(), before, fetchBatch(ctx, key));
    return ok;
}

qint64 countLines(CommandContext &ctx, const BatchKey &key, const QString &condition)
{
    return scalarSql(ctx.db(),
                     QStringLiteral("SELECT COUNT(*) FROM settlement_results r WHERE r.period = ? AND "
                                    "r.institution_code = ? AND ") + condition,
                     {key.period, key.institution})
        .toLongLong();
}

// Writes (or replaces) one line's first-review decision and records it for the audit trail and
// sync: one place for the single review and the bulk acceptance of clean lines.
bool saveLineReview(CommandContext &ctx, const BatchKey &key, const QString &claimNo, int lineNo,
                    const QString &decision, Fen allowed, const QString &reason)
{
    const QString lineKey = claimNo + QLatin1Char('/') + QString::number(lineNo);
    const QString keyColumns = QStringLiteral("claim_no || '/' || line_no");
    const std::optional<QJsonObject> before = ctx.fetch(QStringLiteral("line_reviews"), keyColumns, lineKey);
    if (!ctx.exec(QStringLiteral("INSERT INTO line_reviews (claim_no, line_no, period, institution_code, decision, "
                                 "allowed_fen, reason, reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                                 "CONFLICT (claim_no, line_no) DO UPDATE SET decision = excluded.decision, allowed_fen = "
                                 "excluded.allowed_fen, reason = excluded.reason, reviewer = excluded.reviewer, "
                                 "reviewed_at = excluded.reviewed_at"),
                  {claimNo, lineNo, key.period, key.institution, decision, allowed, sqlText(reason),
                   ctx.user().username, ctx.now().toString(Qt::ISODate)}))
        return false;
    ctx.recordChange(QStringLiteral("line_reviews"), lineKey, before,
                     ctx.fetch(QStringLiteral("line_reviews"), keyColumns, lineKey));
    return true;
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
                              QStringLiteral("SELECT period, institution_code, claimed_fen, allowed_fen FROM "
                                             "settlement_results WHERE claim_no = ? AND line_no = ?"),
                              {claimNo, *lineNo});
    if (!line.next())
        return CommandOutcome::failure(QStringLiteral("not_found"),
                                       Tr::tr("claim %1 line %2 has no audit result: run the audit first").arg(claimNo).arg(*lineNo));
    const BatchKey key{line.value(0).toString(), line.value(1).toString()};
    JsonArgs batchArgs(QJsonObject{{QStringLiteral("period"), key.period}, {QStringLiteral("institution_code"), key.institution}});
    CommandOutcome refusal;
    if (!readBatch(ctx, args, batchArgs, refusal))
        return refusal;
    const QString status = statusOf(fetchBatch(ctx, key));
    if (status != batch::Open && status != batch::Returned)
        return wrongState(key, status);
    const Fen claimed = line.value(2).toLongLong();
    const Fen allowed = decision == QStringLiteral("accept") ? line.value(3).toLongLong() : *allowedFen;
    if (allowed < 0 || allowed > claimed)
        return CommandOutcome::failure(QStringLiteral("invalid"),
                                       Tr::tr("allowed: must be between 0 and the claimed %1").arg(formatYuan(claimed)));
    if (!saveLineReview(ctx, key, claimNo, *lineNo, decision, allowed, reason))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome acceptCleanLines(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal);
    if (!key)
        return refusal;
    const QString status = statusOf(fetchBatch(ctx, *key));
    if (status != batch::Open && status != batch::Returned)
        return wrongState(*key, status);
    // Each accepted line is its own recorded change: the audit trail and sync see every row.
    QSqlQuery clean = querySql(ctx.db(),
                               QStringLiteral("SELECT r.claim_no, r.line_no, r.allowed_fen FROM settlement_results r "
                                              "WHERE r.period = ? AND r.institution_code = ? AND r.reasons = '' AND ")
                                   + kNotReviewed + QStringLiteral(" ORDER BY r.claim_no, r.line_no"),
                               {key->period, key->institution});
    QList<QVariantList> lines;
    while (clean.next())
        lines.append({clean.value(0), clean.value(1), clean.value(2)});
    for (const QVariantList &line : lines) {
        if (!saveLineReview(ctx, *key, line.at(0).toString(), line.at(1).toInt(), QStringLiteral("accept"),
                            line.at(2).toLongLong(), QString()))
            return ctx.storageFailure();
    }
    return CommandOutcome::success();
}

CommandOutcome completeFirstReview(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal);
    if (!key)
        return refusal;
    const QString status = statusOf(fetchBatch(ctx, *key));
    if (status != batch::Open && status != batch::Returned)
        return wrongState(*key, status);
    if (countLines(ctx, *key, QStringLiteral("1 = 1")) == 0)
        return CommandOutcome::failure(QStringLiteral("state"), Tr::tr("there are no audited lines to review"));
    const qint64 open = countLines(ctx, *key, kNotReviewed);
    if (open > 0)
        return CommandOutcome::failure(QStringLiteral("state"), Tr::tr("%1 line(s) are not reviewed yet").arg(open));
    if (!setBatchStatus(ctx, *key, batch::FirstReviewed, QStringLiteral("first_reviewer"),
                        QStringLiteral("first_reviewed_at")))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome secondReview(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString decision = read.text(QStringLiteral("decision"));
    if (!decision.isEmpty() && decision != QStringLiteral("approve") && decision != QStringLiteral("return"))
        read.error(QStringLiteral("decision"), Tr::tr("must be approve or return"));
    const QString reason = read.text(QStringLiteral("reason"), decision == QStringLiteral("return"));
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal);
    if (!key)
        return refusal;
    const std::optional<QJsonObject> row = fetchBatch(ctx, *key);
    if (statusOf(row) != batch::FirstReviewed)
        return wrongState(*key, statusOf(row));
    // Four-eyes: the second review must be another person (seed 003 §28, §30).
    if (row->value(QStringLiteral("first_reviewer")).toString() == ctx.user().username)
        return CommandOutcome::failure(QStringLiteral("forbidden"),
                                       Tr::tr("you did the first review of this settlement; the second review must be "
                                          "done by another person"));
    const bool ok = decision == QStringLiteral("approve")
                        ? setBatchStatus(ctx, *key, batch::SecondReviewed, QStringLiteral("second_reviewer"),
                                         QStringLiteral("second_reviewed_at"))
                        : setBatchStatus(ctx, *key, batch::Returned, QStringLiteral("second_reviewer"),
                                         QStringLiteral("second_reviewed_at"), reason);
    return ok ? CommandOutcome::success() : ctx.storageFailure();
}

CommandOutcome returnToInstitution(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString reason = read.text(QStringLiteral("reason"));
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal);
    if (!key)
        return refusal;
    const QString status = statusOf(fetchBatch(ctx, *key));
    if (status != batch::Open)
        return wrongState(*key, status);
    return setBatchStatus(ctx, *key, batch::Returned, QStringLiteral("first_reviewer"),
                          QStringLiteral("first_reviewed_at"), reason)
               ? CommandOutcome::success()
               : ctx.storageFailure();
}

CommandOutcome markPaid(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal);
    if (!key)
        return refusal;
    const QString status = statusOf(fetchBatch(ctx, *key));
    if (status != batch::SecondReviewed)
        return wrongState(*key, status);
    return setBatchStatus(ctx, *key, batch::Paid, QStringLiteral("paid_by"), QStringLiteral("paid_at"))
               ? CommandOutcome::success()
               : ctx.storageFailure();
}
} // namespace

QList<CommandSpec> reviewCommands()
{
    const QString module = QStringLiteral("settlements");
    const QString batchArgs = QStringLiteral("period (YYYY-MM), institution_code, [base_version]");
    return {
        {QStringLiteral("claim.review_line"), module, roles({Role::FirstReviewer}),
         QStringLiteral("First review of one claim line: accept the audit result or override it with a reason"),
         {QStringLiteral("claim_no, line_no, decision (accept/override), [allowed (yuan), reason: for override]")},
         reviewLine},
        {QStringLiteral("claim.accept_clean"), module, roles({Role::FirstReviewer}),
         QStringLiteral("Accept every not yet reviewed line without deductions"), {batchArgs}, acceptCleanLines},
        {QStringLiteral("claim.first_review"), module, roles({Role::FirstReviewer}),
         QStringLiteral("Complete the first review of an institution's month (all lines reviewed)"), {batchArgs},
         completeFirstReview},
        {QStringLiteral("claim.second_review"), module, roles({Role::SecondReviewer}),
         QStringLiteral("Second review by another person: approve, or return with a reason"),
         {batchArgs + QStringLiteral(", decision (approve/return), [reason: for return]")}, secondReview},
        {QStringLiteral("claim.return"), module, roles({Role::FirstReviewer}),
         QStringLiteral("Return an institution's month to it with reasons"), {batchArgs + QStringLiteral(", reason")},
         returnToInstitution},
        {QStringLiteral("claim.mark_paid"), module, roles({Role::Payer}),
         QStringLiteral("Mark a second-reviewed settlement as paid"), {batchArgs}, markPaid},
    };
}

QList<Migration> reviewMigrations()
{
    Migration v2{QStringLiteral("settlements"), 2, QStringLiteral("review workflow"), {}, {}};
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
    v2.postgresStatements = postgresDdl(v2.statements);  // BIGINT fen and versions
    return {v2};
}

QStringList frozenInstitutions(QSqlDatabase &db, const QString &period)
{
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT institution_code FROM settlement_batches WHERE period = ? AND "
                                              "status IN ('first_reviewed', 'second_reviewed', 'paid') ORDER BY 1"),
                               {period});
    QStringList codes;
    while (query.next())
        codes << query.value(0).toString();
    return codes;
}

} // namespace ltc::settlement
