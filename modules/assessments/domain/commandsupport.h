#pragma once
// What the module's commands share: loading a task for a change (district checked), refusing a
// step its state does not allow, the office's day, and writing a row with its audit record.
#include "assessments/domain/assessmentreads.h"
#include "database/command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace ltc::assessments {

QString compactJson(const QJsonObject &json);
QString compactJson(const QJsonArray &json);

// Reads `id`, the task it names, and refuses an unknown one or one outside the user's district.
std::optional<Task> loadTaskForChange(CommandContext &ctx, JsonArgs &read, CommandOutcome &refusal);
CommandOutcome notAllowed(const Task &task, const QString &step, const QStringList &allowedFrom);
// The day a step happened: the given field, else today at the office; never in the future.
QDate stepDay(CommandContext &ctx, JsonArgs &read, const QString &field);

// Reads `id`: a UUID the client chose (so that desktop and server write the same row), not yet
// used in `table`.
QString readNewId(CommandContext &ctx, JsonArgs &read, const QString &table);

// Runs the statement and records the row (fetched by `where` on `table` after the change).
bool writeRow(CommandContext &ctx, const QString &table, const QString &key, const QString &where,
              const QVariantList &whereValues, const QString &sql, const QVariantList &values);

} // namespace ltc::assessments
