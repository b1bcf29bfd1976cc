#include "agreements/domain/commandsupport.h"
#include "core/tr.h"

namespace ltc::agreements {

QString iso(QDate date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QDate dateOf(const QJsonObject &row, const char *column)
{
    return QDate::fromString(row.value(QLatin1String(column)).toString(), Qt::ISODate);
}

CommandOutcome refuse(const QString &code, const QString &message) { return CommandOutcome::failure(code, message); }

std::optional<QJsonObject> institutionForChange(CommandContext &ctx, const QString &code, CommandOutcome &refusal)
{
    std::optional<QJsonObject> row = ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), code);
    if (!row)
        refusal = refuse(QStringLiteral("not_found"), Tr::tr("institution %1 does not exist").arg(code));
    else if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(row->value(QStringLiteral("district")).toString()))
        refusal = *outside;
    else
        return row;
    return std::nullopt;
}

} // namespace ltc::agreements
