#include "assessments/domain/commandsupport.h"

#include "core/tr.h"
#include "database/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace ltc::assessments {

QString compactJson(const QJsonObject &json) { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); }
QString compactJson(const QJsonArray &json) { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); }

std::optional<Task> loadTaskForChange(CommandContext &ctx, JsonArgs &read, CommandOutcome &refusal)
{
    const QString id = read.text(QStringLiteral("id"));
    if (id.isEmpty()) {
        refusal = read.failure();
        return std::nullopt;
    }
    std::optional<Task> task = findTask(ctx.db(), id);
    if (!task) {
        refusal = CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("id: there is no assessment task %1").arg(id));
        return std::nullopt;
    }
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(task->person.district)) {
        refusal = *outside;
        return std::nullopt;
    }
    return task;
}

CommandOutcome notAllowed(const Task &task, const QString &step, const QStringList &allowedFrom)
{
    return CommandOutcome::failure(QStringLiteral("state"),
                                   Tr::tr("state: assessment task %1 is %2; %3 is allowed only when it is %4")
                                       .arg(task.record.id, task.record.state, step, allowedFrom.join(QStringLiteral(" / "))));
}

QDate stepDay(CommandContext &ctx, JsonArgs &read, const QString &field)
{
    const QDate today = officeDay(ctx.now());
    QDate day = read.date(field, false);
    if (!day.isValid())
        return today;
    if (day > today)
        read.error(field, Tr::tr("%1 is in the future").arg(day.toString(Qt::ISODate)));
    return day;
}

QString readNewId(CommandContext &ctx, JsonArgs &read, const QString &table)
{
    const QString id = read.text(QStringLiteral("id"));
    if (!id.isEmpty() && QUuid::fromString(id).isNull())
        read.error(QStringLiteral("id"), Tr::tr("must be a UUID chosen by the client"));
    else if (!id.isEmpty() && scalarSql(ctx.db(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(table), {id}).toInt() > 0)
        read.error(QStringLiteral("id"), Tr::tr("%1 is already recorded").arg(id));
    return id;
}

bool writeRow(CommandContext &ctx, const QString &table, const QString &key, const QString &where,
              const QVariantList &whereValues, const QString &sql, const QVariantList &values)
{
    const auto fetchRow = [&]() -> std::optional<QJsonObject> {
        QSqlQuery q = querySql(ctx.db(), QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where), whereValues);
        return q.next() ? std::optional<QJsonObject>(rowToJson(q)) : std::nullopt;
    };
    const std::optional<QJsonObject> before = fetchRow();
    if (!ctx.exec(sql, values))
        return false;
    ctx.recordChange(table, key, before, fetchRow());
    return true;
}

} // namespace ltc::assessments
