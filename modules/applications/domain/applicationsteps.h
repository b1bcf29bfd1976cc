#pragma once
// What every application command does the same way, shared by the review commands
// (applicationcommands.cpp) and the scans (applicationscans.cpp): load the application named by
// `id` within the user's district, refuse a step its state does not allow, and leave the step in
// the application's history with the materials (and their scans) as they were after it.
#include "applications/domain/applicationreads.h"
#include "database/command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace ltc::applications {

QString compactJson(const QJsonArray &json);
QString compactJson(const QJsonObject &json);

struct Loaded {
    Application application;
    QString district;  // its person's
};

// Reads `id`, the application it names and its person's district; refuses an unknown one and
// one outside the user's district.
std::optional<Loaded> loadForChange(CommandContext &ctx, JsonArgs &read, CommandOutcome &refusal);

// A step the application's state does not allow, naming the field and what would allow it.
CommandOutcome notAllowed(const Application &application, const QString &step, const QStringList &allowedFrom);

// Every step leaves a line in the application's history: who, when (the server's time once
// synced), what, and the checklist after it with each item's scans.
bool recordEvent(CommandContext &ctx, const Application &application, const QString &action, const QJsonObject &details);

} // namespace ltc::applications
