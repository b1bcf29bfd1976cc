#include "settlements/domain/batchworkflow.h"

#include "core/tr.h"
#include "database/sql.h"
#include "settlements/domain/reviewcommands.h"
#include "settlements/domain/claimsimport.h"

namespace ltc::settlement {

const BatchTables &careBatches()
{
    static const BatchTables tables{QStringLiteral("settlement_batches"), QStringLiteral("first_review_takers")};
    return tables;
}

const BatchTables &feeBatches()
{
    static const BatchTables tables{QStringLiteral("assessment_fee_batches"), QStringLiteral("assessment_fee_takers")};
    return tables;
}

std::optional<QJsonObject> fetchBatch(CommandContext &ctx, const BatchKey &key)
{
    QSqlQuery query = querySql(ctx.db(),
                               QStringLiteral("SELECT * FROM %1 WHERE period = ? AND institution_code = ?")
                                   .arg(key.tables->batches),
                               {key.period, key.institution});
    if (!query.next())
        return std::nullopt;
    return rowToJson(query);
}

QString statusOf(const std::optional<QJsonObject> &batchRow)
{
    return batchRow ? batchRow->value(QStringLiteral("status")).toString() : batch::Open;
}

std::optional<BatchKey> readBatch(CommandContext &ctx, const QJsonObject &args, JsonArgs &read, CommandOutcome &refusal,
                                  const BatchTables &tables)
{
    BatchKey key{read.text(QStringLiteral("period")), read.text(QStringLiteral("institution_code")), &tables};
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
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(district)) {
        refusal = *outside;
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

std::optional<BatchKey> batchInFirstReview(CommandContext &ctx, const QJsonObject &args, CommandOutcome &refusal,
                                           const BatchTables &tables)
{
    JsonArgs read(args);
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal, tables);
    if (!key)
        return std::nullopt;
    const QString status = statusOf(fetchBatch(ctx, *key));
    if (status != batch::Open && status != batch::Returned) {
        refusal = wrongState(*key, status);
        return std::nullopt;
    }
    return key;
}

CommandOutcome wrongState(const BatchKey &key, const QString &status)
{
    return CommandOutcome::failure(QStringLiteral("state"),
                                   Tr::tr("the settlement of %1 for %2 is %3: this step is not allowed now")
                                       .arg(key.institution, key.period, status));
}

bool setBatchStatus(CommandContext &ctx, const BatchKey &key, const QString &status, const QString &userColumn,
                    const QString &timeColumn, const QString &returnedReason, const BatchColumns &more)
{
    const std::optional<QJsonObject> before = fetchBatch(ctx, key);
    const QString now = ctx.now().toString(Qt::ISODate);
    bool ok = ctx.exec(QStringLiteral("INSERT INTO %1 (period, institution_code, status, updated_by, updated_at) VALUES "
                                      "(?, ?, 'open', ?, ?) ON CONFLICT (period, institution_code) DO NOTHING")
                           .arg(key.tables->batches),
                       {key.period, key.institution, ctx.user().username, now});
    QString moreColumns;
    QVariantList values{status, ctx.user().username, now, sqlText(returnedReason), ctx.user().username, now};
    for (const auto &[column, value] : more) {
        moreColumns += QStringLiteral(", %1 = ?").arg(column);
        values << value;
    }
    values << key.period << key.institution;
    ok = ok && ctx.exec(QStringLiteral("UPDATE %1 SET status = ?, %2 = ?, %3 = ?, returned_reason = ?, updated_by = ?, "
                                       "updated_at = ?, row_version = row_version + 1%4 WHERE period = ? AND "
                                       "institution_code = ?")
                            .arg(key.tables->batches, userColumn, timeColumn, moreColumns),
                        values);
    if (ok)
        ctx.recordChange(key.tables->batches, key.key(), before, fetchBatch(ctx, key));
    return ok;
}

namespace {
std::optional<QJsonObject> fetchTaker(CommandContext &ctx, const BatchKey &key)
{
    QSqlQuery query = querySql(ctx.db(),
                               QStringLiteral("SELECT * FROM %1 WHERE period = ? AND institution_code = ? AND username "
                                              "= ?")
                                   .arg(key.tables->takers),
                               {key.period, key.institution, ctx.user().username});
    if (!query.next())
        return std::nullopt;
    return rowToJson(query);
}
} // namespace

// Four-eyes must know everyone who took a first-review step on the batch, not only the last
// author of each decision (a later decision replaces a line's reviewer, a re-run drops it, a
// completion or a return names only its own author): each step notes its user, once.
bool noteFirstReviewTaker(CommandContext &ctx, const BatchKey &key)
{
    if (fetchTaker(ctx, key))
        return true;
    if (!ctx.exec(QStringLiteral("INSERT INTO %1 (period, institution_code, username, taken_at) VALUES (?, ?, ?, ?)")
                      .arg(key.tables->takers),
                  {key.period, key.institution, ctx.user().username, ctx.now().toString(Qt::ISODate)}))
        return false;
    ctx.recordChange(key.tables->takers, key.key() + QLatin1Char('/') + ctx.user().username, std::nullopt,
                     fetchTaker(ctx, key));
    return true;
}

CommandOutcome completeFirstReviewOf(CommandContext &ctx, const BatchKey &key, qint64 lines, qint64 openLines)
{
    if (lines == 0)
        return CommandOutcome::failure(QStringLiteral("state"), Tr::tr("there are no audited lines to review"));
    if (openLines > 0)
        return CommandOutcome::failure(QStringLiteral("state"), Tr::tr("%1 line(s) are not reviewed yet").arg(openLines));
    if (!setBatchStatus(ctx, key, batch::FirstReviewed, QStringLiteral("first_reviewer"),
                        QStringLiteral("first_reviewed_at"))
        || !noteFirstReviewTaker(ctx, key))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome secondReviewStep(CommandContext &ctx, const QJsonObject &args, const BatchTables &tables)
{
    JsonArgs read(args);
    const QString decision = read.text(QStringLiteral("decision"));
    if (!decision.isEmpty() && decision != QStringLiteral("approve") && decision != QStringLiteral("return"))
        read.error(QStringLiteral("decision"), Tr::tr("must be approve or return"));
    const QString reason = read.text(QStringLiteral("reason"), decision == QStringLiteral("return"));
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal, tables);
    if (!key)
        return refusal;
    const std::optional<QJsonObject> row = fetchBatch(ctx, *key);
    if (statusOf(row) != batch::FirstReviewed)
        return wrongState(*key, statusOf(row));
    // Four-eyes: the second review must be another person than any who took part in the first
    // (seed 003 §28, §30).
    if (reviewTakers(ctx.db(), tables, key->period).value(key->institution).contains(ctx.user().username))
        return CommandOutcome::failure(QStringLiteral("forbidden"),
                                       Tr::tr("you took part in the first review of this settlement (you decided lines "
                                              "of it or took one of its steps); the second review must be done by "
                                              "another person"));
    const bool ok = decision == QStringLiteral("approve")
                        ? setBatchStatus(ctx, *key, batch::SecondReviewed, QStringLiteral("second_reviewer"),
                                         QStringLiteral("second_reviewed_at"))
                        : setBatchStatus(ctx, *key, batch::Returned, QStringLiteral("second_reviewer"),
                                         QStringLiteral("second_reviewed_at"), reason);
    return ok ? CommandOutcome::success() : ctx.storageFailure();
}

CommandOutcome returnStep(CommandContext &ctx, const QJsonObject &args, const BatchTables &tables)
{
    JsonArgs read(args);
    const QString reason = read.text(QStringLiteral("reason"));
    CommandOutcome refusal;
    const std::optional<BatchKey> key = readBatch(ctx, args, read, refusal, tables);
    if (!key)
        return refusal;
    const QString status = statusOf(fetchBatch(ctx, *key));
    if (status != batch::Open)
        return wrongState(*key, status);
    return setBatchStatus(ctx, *key, batch::Returned, QStringLiteral("first_reviewer"),
                          QStringLiteral("first_reviewed_at"), reason)
                   && noteFirstReviewTaker(ctx, *key)
               ? CommandOutcome::success()
               : ctx.storageFailure();
}

QHash<QString, QStringList> reviewTakers(QSqlDatabase &db, const BatchTables &tables, const QString &period)
{
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT institution_code, username FROM %1 WHERE period = ? ORDER BY "
                                              "institution_code, taken_at, username")
                                   .arg(tables.takers),
                               {period});
    QHash<QString, QStringList> takers;
    while (query.next())
        takers[query.value(0).toString()] << query.value(1).toString();
    return takers;
}

QStringList frozenBatches(QSqlDatabase &db, const BatchTables &tables, const QString &period)
{
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT institution_code, status FROM %1 WHERE period = ? ORDER BY 1")
                                   .arg(tables.batches),
                               {period});
    QStringList codes;
    while (query.next()) {
        if (pastFirstReview(query.value(1).toString()))
            codes << query.value(0).toString();
    }
    return codes;
}

} // namespace ltc::settlement
