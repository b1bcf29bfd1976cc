#include "settlements/domain/assessmentfees.h"

#include "core/tr.h"
#include "database/records/corereads.h"
#include "database/sql.h"
#include "database/tables.h"
#include "settlements/domain/auditrun.h"
#include "settlements/domain/batchworkflow.h"
#include "settlements/domain/claimsimport.h"
#include "settlements/domain/reviewcommands.h"
#include "settlements/domain/settlementrules.h"

#include <QHash>
#include <QSet>

namespace ltc::settlement {
namespace {

const QString kLines = QStringLiteral("assessment_fee_lines");

std::optional<QString> periodProblem(const QString &period)
{
    int year = 0;
    int month = 0;
    if (parsePeriod(period, &year, &month))
        return std::nullopt;
    return Tr::tr("'%1' is not a month in the form YYYY-MM").arg(period);
}

std::optional<QJsonObject> fetchLine(CommandContext &ctx, const QString &taskId)
{
    return ctx.fetch(kLines, QStringLiteral("task_id"), taskId);
}

// A stored line still says what the computation says: its review stands.
bool sameLine(const QJsonObject &stored, const FeeLine &line)
{
    return stored.value(QStringLiteral("period")).toString() == line.period
           && stored.value(QStringLiteral("institution_code")).toString() == line.institution
           && stored.value(QStringLiteral("person_no")).toString() == line.personNo
           && stored.value(QStringLiteral("kind")).toString() == line.kind
           && stored.value(QStringLiteral("delivered_on")).toString() == line.deliveredOn.toString(Qt::ISODate)
           && stored.value(QStringLiteral("fee_fen")).toInteger() == line.fee
           && stored.value(QStringLiteral("policy")).toString() == line.policy;
}

// Writes a computed line; a line that changed loses its review (the reviewer decided on other
// figures).
bool writeLine(CommandContext &ctx, const FeeLine &line, const std::optional<QJsonObject> &before)
{
    if (!ctx.exec(QStringLiteral("INSERT INTO assessment_fee_lines (task_id, period, institution_code, person_no, kind, "
                                 "delivered_on, fee_fen, policy, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                                 "CONFLICT (task_id) DO UPDATE SET period = excluded.period, institution_code = "
                                 "excluded.institution_code, person_no = excluded.person_no, kind = excluded.kind, "
                                 "delivered_on = excluded.delivered_on, fee_fen = excluded.fee_fen, policy = "
                                 "excluded.policy, computed_at = excluded.computed_at, decision = NULL, allowed_fen = "
                                 "NULL, reason = NULL, reviewer = NULL, reviewed_at = NULL"),
                  {line.taskId, line.period, line.institution, line.personNo, line.kind,
                   line.deliveredOn.toString(Qt::ISODate), line.fee, sqlText(line.policy),
                   ctx.now().toString(Qt::ISODate)}))
        return false;
    ctx.recordChange(kLines, line.taskId, before, fetchLine(ctx, line.taskId));
    return true;
}

// assessment_fee.compute {period}: the fee lines of the agencies the user may settle (their
// district's, all for a city-level user), except those whose month is past first review — what a
// reviewer signed stays as signed. Lines that still compute the same keep their review.
CommandOutcome compute(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString period = read.text(QStringLiteral("period"));
    if (!period.isEmpty())
        if (const std::optional<QString> problem = periodProblem(period))
            read.error(QStringLiteral("period"), *problem);
    if (!read.ok())
        return read.failure();
    QString error;
    const QList<FeeLine> computed = computeFeeLines(ctx.db(), period, &error);
    if (!error.isEmpty())
        return CommandOutcome::failure(QStringLiteral("storage"), error);
    const QSet<QString> scope = institutionsInScope(ctx.db(), ctx.user());
    const QStringList frozen = frozenBatches(ctx.db(), feeBatches(), period);
    const auto open = [&](const QString &institution) {
        return scope.contains(institution) && !frozen.contains(institution);
    };
    QSet<QString> current;
    for (const FeeLine &line : computed) {
        if (open(line.institution) && line.policy.isEmpty()) {
            read.error(QStringLiteral("period"),
                       Tr::tr("task %1, delivered on %2: no policy in force that day sets the assessment fee rate "
                              "(assessment.fee_fen)")
                           .arg(line.taskId, line.deliveredOn.toString(Qt::ISODate)));
            return read.failure();
        }
    }
    for (const FeeLine &line : computed) {
        if (!open(line.institution))
            continue;
        current.insert(line.taskId);
        const std::optional<QJsonObject> stored = fetchLine(ctx, line.taskId);
        if (stored && sameLine(*stored, line))
            continue;
        // A line moved from another month keeps that month's review if it is frozen there.
        if (stored && pastFirstReview(statusOf(fetchBatch(ctx, {stored->value(QStringLiteral("period")).toString(),
                                                                 stored->value(QStringLiteral("institution_code")).toString(),
                                                                 &feeBatches()}))))
            continue;
        if (!writeLine(ctx, line, stored))
            return ctx.storageFailure();
    }
    // Lines of the month no longer computed (the delivery corrected to another month) go.
    QSqlQuery stale = querySql(ctx.db(),
                               QStringLiteral("SELECT task_id, institution_code FROM assessment_fee_lines WHERE period = ? "
                                              "ORDER BY task_id"),
                               {period});
    QStringList gone;
    while (stale.next()) {
        if (!current.contains(stale.value(0).toString()) && open(stale.value(1).toString()))
            gone << stale.value(0).toString();
    }
    for (const QString &taskId : std::as_const(gone)) {
        const std::optional<QJsonObject> before = fetchLine(ctx, taskId);
        if (!ctx.exec(QStringLiteral("DELETE FROM assessment_fee_lines WHERE task_id = ?"), {taskId}))
            return ctx.storageFailure();
        ctx.recordChange(kLines, taskId, before, std::nullopt);
    }
    return CommandOutcome::success();
}

// The fee line a step names and its month, open for first review.
struct LineInReview {
    QJsonObject line;
    BatchKey batch;
};

std::optional<LineInReview> lineInReview(CommandContext &ctx, const QJsonObject &args, const QString &taskId,
                                         CommandOutcome &refusal)
{
    const std::optional<QJsonObject> line = fetchLine(ctx, taskId);
    if (!line) {
        refusal = CommandOutcome::failure(QStringLiteral("not_found"),
                                          Tr::tr("task_id: task %1 has no assessment fee line: compute the month's fees "
                                                 "first").arg(taskId));
        return std::nullopt;
    }
    QJsonObject batchArgs = args;  // the line's month, with the caller's base_version if any
    batchArgs.insert(QStringLiteral("period"), line->value(QStringLiteral("period")));
    batchArgs.insert(QStringLiteral("institution_code"), line->value(QStringLiteral("institution_code")));
    const std::optional<BatchKey> key = batchInFirstReview(ctx, batchArgs, refusal, feeBatches());
    if (!key)
        return std::nullopt;
    return LineInReview{*line, *key};
}

bool saveDecision(CommandContext &ctx, const QString &taskId, const QString &decision, Fen allowed, const QString &reason)
{
    const std::optional<QJsonObject> before = fetchLine(ctx, taskId);
    if (!ctx.exec(QStringLiteral("UPDATE assessment_fee_lines SET decision = ?, allowed_fen = ?, reason = ?, reviewer = ?, "
                                 "reviewed_at = ? WHERE task_id = ?"),
                  {decision, allowed, sqlText(reason), ctx.user().username, ctx.now().toString(Qt::ISODate), taskId}))
        return false;
    ctx.recordChange(kLines, taskId, before, fetchLine(ctx, taskId));
    return true;
}

// assessment_fee.review_line {task_id, decision, allowed?, reason?}: the first review of one fee
// line — accepted at its fee, or overridden to another amount (0 up to the fee) with a reason
// (seed 004 §28(二): 违规的，不予支付).
CommandOutcome reviewLine(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString taskId = read.text(QStringLiteral("task_id"));
    const QString decision = read.text(QStringLiteral("decision"));
    const bool overriding = decision == QStringLiteral("override");
    if (!decision.isEmpty() && decision != QStringLiteral("accept") && !overriding)
        read.error(QStringLiteral("decision"), Tr::tr("must be accept or override"));
    const QString reason = read.text(QStringLiteral("reason"), overriding);
    const QString allowedText = read.text(QStringLiteral("allowed"), overriding);
    QString why;
    const std::optional<Fen> allowedFen = allowedText.isEmpty() ? std::nullopt : parseYuan(allowedText, &why);
    if (!allowedText.isEmpty() && !allowedFen)
        read.error(QStringLiteral("allowed"), why);
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<LineInReview> target = lineInReview(ctx, args, taskId, refusal);
    if (!target)
        return refusal;
    const Fen fee = target->line.value(QStringLiteral("fee_fen")).toInteger();
    const Fen allowed = overriding ? allowedFen.value_or(-1) : fee;
    if (allowed < 0 || allowed > fee)
        return CommandOutcome::failure(QStringLiteral("invalid"),
                                       Tr::tr("allowed: must be between 0 and the claimed %1").arg(formatYuan(fee)));
    if (!saveDecision(ctx, taskId, decision, allowed, overriding ? reason : QString())
        || !noteFirstReviewTaker(ctx, target->batch))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// assessment_fee.accept_all {period, institution_code}: accepts every line not yet reviewed.
CommandOutcome acceptAll(CommandContext &ctx, const QJsonObject &args)
{
    CommandOutcome refusal;
    const std::optional<BatchKey> key = batchInFirstReview(ctx, args, refusal, feeBatches());
    if (!key)
        return refusal;
    QSqlQuery open = querySql(ctx.db(),
                              QStringLiteral("SELECT task_id, fee_fen FROM assessment_fee_lines WHERE period = ? AND "
                                             "institution_code = ? AND decision IS NULL ORDER BY task_id"),
                              {key->period, key->institution});
    QList<QPair<QString, Fen>> lines;
    while (open.next())
        lines.append({open.value(0).toString(), open.value(1).toLongLong()});
    for (const auto &[taskId, fee] : std::as_const(lines)) {
        if (!saveDecision(ctx, taskId, QStringLiteral("accept"), fee, QString()))
            return ctx.storageFailure();
    }
    if (!lines.isEmpty() && !noteFirstReviewTaker(ctx, *key))  // accepting nothing decided nothing
        return ctx.storageFailure();
    return CommandOutcome::success();
}

qint64 countLines(CommandContext &ctx, const BatchKey &key, const QString &condition)
{
    return scalarSql(ctx.db(),
                     QStringLiteral("SELECT COUNT(*) FROM assessment_fee_lines WHERE period = ? AND institution_code = ? "
                                    "AND ") + condition,
                     {key.period, key.institution})
        .toLongLong();
}

CommandOutcome completeFirstReview(CommandContext &ctx, const QJsonObject &args)
{
    CommandOutcome refusal;
    const std::optional<BatchKey> key = batchInFirstReview(ctx, args, refusal, feeBatches());
    if (!key)
        return refusal;
    return completeFirstReviewOf(ctx, *key, countLines(ctx, *key, QStringLiteral("1 = 1")),
                                 countLines(ctx, *key, QStringLiteral("decision IS NULL")));
}

CommandOutcome secondReview(CommandContext &ctx, const QJsonObject &args)
{
    return secondReviewStep(ctx, args, feeBatches());
}

CommandOutcome returnToAgency(CommandContext &ctx, const QJsonObject &args)
{
    return returnStep(ctx, args, feeBatches());
}

// The payment is the sum allowed by the first review, all from the fund (seed 003 三(三)); kept
// with the month, so the record of what was paid never moves.
CommandOutcome markPaid(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal, feeBatches());
    if (!key)
        return refusal;
    const QString status = statusOf(fetchBatch(ctx, *key));
    if (status != batch::SecondReviewed)
        return wrongState(*key, status);
    const Fen paid = scalarSql(ctx.db(),
                               QStringLiteral("SELECT COALESCE(SUM(allowed_fen), 0) FROM assessment_fee_lines WHERE "
                                              "period = ? AND institution_code = ?"),
                               {key->period, key->institution})
                         .toLongLong();
    return setBatchStatus(ctx, *key, batch::Paid, QStringLiteral("paid_by"), QStringLiteral("paid_at"), QString(),
                          {{QStringLiteral("paid_fen"), paid}})
               ? CommandOutcome::success()
               : ctx.storageFailure();
}

QVariant text(const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); }

bool worklistRows(QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &sink, QString *error)
{
    QString why;
    const QList<FeeLineRow> rows =
        feeLineRows(db, filters.value(QStringLiteral("period")), filters.value(QStringLiteral("institution")), &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    for (const FeeLineRow &row : rows) {
        const FeeLine &l = row.line;
        const bool reviewed = !row.decision.isEmpty();
        if (!sink({l.taskId, l.institution, row.institutionName, l.personNo, row.personName, l.kind,
                   l.deliveredOn.toString(Qt::ISODate), formatYuan(l.fee), text(l.policy), text(row.decision),
                   reviewed ? QVariant(formatYuan(row.allowed)) : QVariant(), text(row.reason), row.batchStatus}))
            return true;
    }
    return true;
}

} // namespace

Fen assessmentFee(const PolicySet &policies, const QString &district, QDate deliveredOn, QString *policy)
{
    const Policy *inForce = policies.policyFor(district, deliveredOn);
    const bool rated = inForce && inForce->assessment.feeFen.has_value();
    if (policy)
        *policy = rated ? policyLabel(*inForce) : QString();
    return rated ? *inForce->assessment.feeFen : 0;
}

QList<FeeLine> computeFeeLines(QSqlDatabase &db, const QString &period, QString *error)
{
    int year = 0;
    int month = 0;
    if (!parsePeriod(period, &year, &month))
        return {};
    const QDate first(year, month, 1);
    const PolicySet policies = loadPolicies(db);
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT w.task_id, w.agency_code, w.person_no, t.kind, w.delivered_on, "
                                              "p.district FROM assessment_work w JOIN assessment_tasks t ON t.id = "
                                              "w.task_id JOIN persons p ON p.person_no = w.person_no WHERE w.delivered_on "
                                              "BETWEEN ? AND ? ORDER BY w.agency_code, w.delivered_on, w.task_id"),
                               {first.toString(Qt::ISODate), first.addMonths(1).addDays(-1).toString(Qt::ISODate)},
                               error);
    QList<FeeLine> lines;
    while (query.next()) {
        FeeLine line{query.value(0).toString(), period, query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), QDate::fromString(query.value(4).toString(), Qt::ISODate), 0, {}};
        line.fee = assessmentFee(policies, query.value(5).toString(), line.deliveredOn, &line.policy);
        lines.append(line);
    }
    return lines;
}

QList<FeeLineRow> feeLineRows(QSqlDatabase &db, const QString &period, const QString &institution, QString *error)
{
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT f.task_id, f.period, f.institution_code, f.person_no, f.kind, "
                                              "f.delivered_on, f.fee_fen, f.policy, i.name, p.name, f.decision, "
                                              "COALESCE(f.allowed_fen, f.fee_fen), f.reason, COALESCE(b.status, 'open') "
                                              "FROM assessment_fee_lines f LEFT JOIN institutions i ON i.code = "
                                              "f.institution_code LEFT JOIN persons p ON p.person_no = f.person_no LEFT "
                                              "JOIN assessment_fee_batches b ON b.period = f.period AND "
                                              "b.institution_code = f.institution_code WHERE f.period = ?%1 ORDER BY "
                                              "f.institution_code, f.delivered_on, f.task_id")
                                   .arg(institution.isEmpty() ? QString() : QStringLiteral(" AND f.institution_code = ?")),
                               institution.isEmpty() ? QVariantList{period} : QVariantList{period, institution}, error);
    QList<FeeLineRow> rows;
    while (query.next()) {
        FeeLineRow row;
        row.line = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toString(),
                    QDate::fromString(query.value(5).toString(), Qt::ISODate), query.value(6).toLongLong(),
                    query.value(7).toString()};
        row.institutionName = query.value(8).toString();
        row.personName = query.value(9).toString();
        row.decision = query.value(10).toString();
        row.allowed = query.value(11).toLongLong();
        row.reason = query.value(12).toString();
        row.batchStatus = query.value(13).toString();
        rows.append(row);
    }
    return rows;
}

QList<FeeMonth> feeMonths(QSqlDatabase &db, const QString &period, const UserIdentity *scope)
{
    const QHash<QString, QStringList> takers = reviewTakers(db, feeBatches(), period);
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT f.institution_code, i.name, i.district, COALESCE(b.status, 'open'), "
                                              "COALESCE(b.row_version, 0), COUNT(*), COUNT(f.decision), SUM(f.fee_fen), "
                                              "SUM(COALESCE(f.allowed_fen, f.fee_fen)), b.paid_fen, b.returned_reason "
                                              "FROM assessment_fee_lines f LEFT JOIN institutions i ON i.code = "
                                              "f.institution_code LEFT JOIN assessment_fee_batches b ON b.period = "
                                              "f.period AND b.institution_code = f.institution_code WHERE f.period = ? "
                                              "GROUP BY f.institution_code, i.name, i.district, b.status, b.row_version, "
                                              "b.paid_fen, b.returned_reason ORDER BY f.institution_code"),
                               {period});
    QList<FeeMonth> months;
    while (query.next()) {
        if (scope && !query.value(2).toString().isEmpty() && !scope->canAccessDistrict(query.value(2).toString()))
            continue;
        FeeMonth month;
        month.period = period;
        month.institution = query.value(0).toString();
        month.institutionName = query.value(1).toString();
        month.status = query.value(3).toString();
        month.rowVersion = query.value(4).toLongLong();
        month.lines = query.value(5).toLongLong();
        month.reviewedLines = query.value(6).toLongLong();
        month.fee = query.value(7).toLongLong();
        month.allowed = query.value(8).toLongLong();
        if (!query.isNull(9))
            month.paid = query.value(9).toLongLong();
        month.returnedReason = query.value(10).toString();
        month.firstReviewTakers = takers.value(month.institution);
        months.append(month);
    }
    return months;
}

QList<CommandSpec> assessmentFeeCommands()
{
    const QString module = QStringLiteral("settlements");
    const QString batchArgs = QStringLiteral("period (YYYY-MM), institution_code (the agency), [base_version]");
    return {
        {QStringLiteral("assessment_fee.compute"), module, roleIds({Role::FirstReviewer, Role::Admin}),
         QStringLiteral("Compute the month's assessment fee lines, one per conclusion letter delivered, at the policy's "
                        "rate (months past first review keep theirs)"),
         {QStringLiteral("period (YYYY-MM)")}, compute},
        {QStringLiteral("assessment_fee.review_line"), module, roleIds({Role::FirstReviewer}),
         QStringLiteral("First review of one assessment fee line: accept it or override it with a reason"),
         {QStringLiteral("task_id, decision (accept/override), [allowed (yuan), reason: for override], [base_version]")},
         reviewLine},
        {QStringLiteral("assessment_fee.accept_all"), module, roleIds({Role::FirstReviewer}),
         QStringLiteral("Accept every not yet reviewed fee line of an agency's month"), {batchArgs}, acceptAll},
        {QStringLiteral("assessment_fee.first_review"), module, roleIds({Role::FirstReviewer}),
         QStringLiteral("Complete the first review of an agency's fee month (all lines reviewed)"), {batchArgs},
         completeFirstReview},
        {QStringLiteral("assessment_fee.second_review"), module, roleIds({Role::SecondReviewer}),
         QStringLiteral("Second review of an agency's fee month by another person: approve, or return with a reason"),
         {batchArgs + QStringLiteral(", decision (approve/return), [reason: for return]")}, secondReview},
        {QStringLiteral("assessment_fee.return"), module, roleIds({Role::FirstReviewer}),
         QStringLiteral("Return an agency's fee month to it with reasons"), {batchArgs + QStringLiteral(", reason")},
         returnToAgency},
        {QStringLiteral("assessment_fee.mark_paid"), module, roleIds({Role::Payer}),
         QStringLiteral("Mark a second-reviewed fee month as paid"), {batchArgs}, markPaid},
    };
}

QList<Migration> assessmentFeeMigrations()
{
    Migration v10{QStringLiteral("settlements"), 10, QStringLiteral("assessment fees and their reviews"), {}, {}, {}};
    v10.statements = QStringList{
        // A line per delivered conclusion, with its first-review decision (null: not reviewed).
        QStringLiteral("CREATE TABLE assessment_fee_lines (task_id TEXT PRIMARY KEY, period TEXT NOT NULL, "
                       "institution_code TEXT NOT NULL, person_no TEXT NOT NULL, kind TEXT NOT NULL, delivered_on TEXT "
                       "NOT NULL, fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0), policy TEXT, computed_at TEXT NOT "
                       "NULL, decision TEXT CHECK (decision IN ('accept', 'override')), allowed_fen INTEGER, reason "
                       "TEXT, reviewer TEXT, reviewed_at TEXT)"),
        QStringLiteral("CREATE INDEX assessment_fee_lines_by_month ON assessment_fee_lines (period, institution_code, "
                       "delivered_on)"),
        // The same columns as settlement_batches and first_review_takers (batchworkflow.h).
        QStringLiteral("CREATE TABLE assessment_fee_batches (period TEXT NOT NULL, institution_code TEXT NOT NULL, status "
                       "TEXT NOT NULL, first_reviewer TEXT, first_reviewed_at TEXT, second_reviewer TEXT, "
                       "second_reviewed_at TEXT, paid_by TEXT, paid_at TEXT, returned_reason TEXT, updated_by TEXT, "
                       "updated_at TEXT, row_version INTEGER NOT NULL DEFAULT 0, paid_fen INTEGER, PRIMARY KEY (period, "
                       "institution_code))"),
        QStringLiteral("CREATE TABLE assessment_fee_takers (period TEXT NOT NULL, institution_code TEXT NOT NULL, "
                       "username TEXT NOT NULL, taken_at TEXT NOT NULL, PRIMARY KEY (period, institution_code, username))"),
    };
    return {v10};
}

WorklistSpec assessmentFeesWorklist()
{
    WorklistSpec spec;
    spec.name = QStringLiteral("assessment-fees");
    spec.summary = QStringLiteral("a month's assessment fee lines by agency, with the first review");
    spec.columns = QStringList{QStringLiteral("task_id"),      QStringLiteral("institution_code"),
                               QStringLiteral("institution_name"), QStringLiteral("person_no"),
                               QStringLiteral("person_name"),  QStringLiteral("kind"),
                               QStringLiteral("delivered_on"), QStringLiteral("fee"),
                               QStringLiteral("policy"),       QStringLiteral("review"),
                               QStringLiteral("review_allowed"), QStringLiteral("review_reason"),
                               QStringLiteral("batch_status")};
    spec.filters = {
        {QStringLiteral("period"), QStringLiteral("YYYY-MM"), QStringLiteral("the month of delivery"), true},
        {QStringLiteral("institution"), QStringLiteral("CODE"), QStringLiteral("one agency's lines"), false},
    };
    spec.check = [](const WorklistFilters &filters) {
        QStringList problems;
        int year = 0;
        int month = 0;
        if (!parsePeriod(filters.value(QStringLiteral("period")), &year, &month))
            problems << QStringLiteral("--period: '%1' is not a month YYYY-MM").arg(filters.value(QStringLiteral("period")));
        return problems;
    };
    spec.rows = worklistRows;
    return spec;
}

} // namespace ltc::settlement
