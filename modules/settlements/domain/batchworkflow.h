#pragma once
// The review workflow's state machine, shared by every kind of monthly settlement an office
// reviews (seed 004 §28: 初审 and 复核 of both the care institutions' service fees and the
// assessment agencies' fees): a batch per institution and month moves open → first_reviewed →
// second_reviewed → paid, or is returned; every first-review step notes who took it, and none of
// them may take the second review (four-eyes). The kinds differ only in their tables (and in
// what their lines are): the care months in settlement_batches, the agencies' fee months in
// assessment_fee_batches — so an agency's month never meets an institution's care month.
#include "database/command.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc::settlement {

// The tables of one kind of batch; both have the same columns (settlement_batches', the
// takers' of first_review_takers).
struct BatchTables {
    QString batches;
    QString takers;
};
const BatchTables &careBatches();
const BatchTables &feeBatches();

struct BatchKey {
    QString period;
    QString institution;
    const BatchTables *tables = nullptr;
    QString key() const { return period + QLatin1Char('/') + institution; }
};

std::optional<QJsonObject> fetchBatch(CommandContext &ctx, const BatchKey &key);
// A batch without a row is open (audited or computed, nothing decided yet).
QString statusOf(const std::optional<QJsonObject> &batchRow);

// Reads period + institution_code, checks the institution is in the user's district and that
// the caller's base_version (if any) is the batch's current one.
std::optional<BatchKey> readBatch(CommandContext &ctx, const QJsonObject &args, JsonArgs &read, CommandOutcome &refusal,
                                  const BatchTables &tables);
// The same, and the batch open for first review (open, or returned to it).
std::optional<BatchKey> batchInFirstReview(CommandContext &ctx, const QJsonObject &args, CommandOutcome &refusal,
                                           const BatchTables &tables);
CommandOutcome wrongState(const BatchKey &key, const QString &status);

// Columns a step sets on the batch besides its status and stamps (the payment's figures).
using BatchColumns = QList<QPair<QString, QVariant>>;
// Moves the batch to `status`, stamping who did it and when; records the change for the audit.
bool setBatchStatus(CommandContext &ctx, const BatchKey &key, const QString &status, const QString &userColumn,
                    const QString &timeColumn, const QString &returnedReason = {}, const BatchColumns &more = {});
// Notes the user as one who took part in the batch's first review (once).
bool noteFirstReviewTaker(CommandContext &ctx, const BatchKey &key);
// Completes the first review once `openLines` is 0 and there is at least one line.
CommandOutcome completeFirstReviewOf(CommandContext &ctx, const BatchKey &key, qint64 lines, qint64 openLines);

// The steps that are the same for every kind: the second review (four-eyes: approve, or
// return with a reason) and the return of a month in first review to its institution.
CommandOutcome secondReviewStep(CommandContext &ctx, const QJsonObject &args, const BatchTables &tables);
CommandOutcome returnStep(CommandContext &ctx, const QJsonObject &args, const BatchTables &tables);

// By institution, every user who took part in the first review of its month of `period`.
QHash<QString, QStringList> reviewTakers(QSqlDatabase &db, const BatchTables &tables, const QString &period);
// The institutions of the period whose batches are past first review (frozen).
QStringList frozenBatches(QSqlDatabase &db, const BatchTables &tables, const QString &period);

} // namespace ltc::settlement
