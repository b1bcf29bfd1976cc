#pragma once
// What the agreements module's commands share: the institution a command may change (its
// district checked once, here), dates as stored, refusals.
#include "database/command.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace ltc::agreements {

QString iso(QDate date);  // empty for a null date
QDate dateOf(const QJsonObject &row, const char *column);
CommandOutcome refuse(const QString &code, const QString &message);
// The institution `code` where the user may change it; else nothing, the refusal in `refusal`.
std::optional<QJsonObject> institutionForChange(CommandContext &ctx, const QString &code, CommandOutcome &refusal);

} // namespace ltc::agreements
