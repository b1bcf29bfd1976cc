#include "command.h"
#include "core/tr.h"

#include "core/csvimport.h"
#include "sql.h"
#include "tables.h"

#include <QCoreApplication>

namespace ltc {
namespace {
} // namespace

CommandContext::CommandContext(QSqlDatabase db, UserIdentity user, QDateTime now)
    : m_db(std::move(db)), m_user(std::move(user)), m_now(std::move(now))
{
}

bool CommandContext::exec(const QString &sql, const QVariantList &params)
{
    return execSql(m_db, sql, params, &m_lastError);
}

std::optional<QJsonObject> CommandContext::fetch(const QString &table, const QString &keyColumn, const QVariant &key)
{
    return fetchRow(m_db, table, keyColumn, key);
}

void CommandContext::recordChange(const QString &table, const QString &key, const std::optional<QJsonObject> &before,
                                  const std::optional<QJsonObject> &after)
{
    m_changes.append(QJsonObject{{QStringLiteral("table"), table},
                                 {QStringLiteral("key"), key},
                                 {QStringLiteral("before"), before ? QJsonValue(*before) : QJsonValue()},
                                 {QStringLiteral("after"), after ? QJsonValue(*after) : QJsonValue()}});
}

QJsonObject DerivedRow::object() const
{
    QJsonObject row;
    for (qsizetype i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), QJsonValue::fromVariant(values.value(i)));
    return row;
}

void CommandContext::recordDerivedRow(const QString &table, const QString &key, const std::optional<QJsonObject> &row,
                                      const std::optional<QJsonObject> &before)
{
    QStringList columns;
    QVariantList values;
    if (row) {
        for (auto it = row->constBegin(); it != row->constEnd(); ++it) {
            columns << it.key();
            values << it.value().toVariant();
        }
    }
    recordDerivedRow(table, key, columns, values, before);
}

void CommandContext::recordDerivedRow(const QString &table, const QString &key, const QStringList &columns,
                                      const QVariantList &values, const std::optional<QJsonObject> &before)
{
    ++m_derivedRows;
    DerivedRow row{table, key, columns, values, before};
    if (m_derivedSink) {
        if (!m_sinkFailed && !m_derivedSink(std::move(row)))
            m_sinkFailed = true;
        return;
    }
    if (!m_keepDerived)
        return;
    m_changes.append(QJsonObject{{QStringLiteral("table"), table},
                                 {QStringLiteral("key"), key},
                                 {QStringLiteral("before"), before ? QJsonValue(*before) : QJsonValue()},
                                 {QStringLiteral("after"), row.exists() ? QJsonValue(row.object()) : QJsonValue()},
                                 {QStringLiteral("derived"), true}});
}

std::unique_ptr<ByteSource> CommandContext::blob(const QString &sha256, QString *error) const
{
    if (!m_blobs) {
        if (error)
            *error = Tr::tr("no files can be read here");
        return nullptr;
    }
    return m_blobs(sha256, error);
}

QJsonArray madeChanges(const QJsonArray &changes, qint64 *derivedRows)
{
    QJsonArray made;
    qint64 derived = 0;
    for (const QJsonValue &change : changes) {
        if (change.toObject().value(QStringLiteral("derived")).toBool())
            ++derived;
        else
            made.append(change);
    }
    if (derivedRows)
        *derivedRows = derived;
    return made;
}

std::optional<CommandOutcome> CommandContext::checkDistrict(const QString &district) const
{
    if (const std::optional<QString> why = districtRefusal(m_user, district))
        return CommandOutcome::failure(QStringLiteral("forbidden"), *why);
    return std::nullopt;
}

CommandOutcome CommandContext::forbiddenDistrict(const QString &district) const
{
    return CommandOutcome::failure(QStringLiteral("forbidden"),
                                   Tr::tr("district %1 is outside your district %2").arg(district, m_user.district));
}

CommandOutcome CommandContext::storageFailure() const
{
    return CommandOutcome::failure(QStringLiteral("storage"), Tr::tr("the database refused the change: %1").arg(m_lastError));
}

QString JsonArgs::text(const QString &field, bool required)
{
    const QJsonValue value = m_args.value(field);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())) {
        if (required)
            error(field, Tr::tr("is required"));
        return {};
    }
    if (!value.isString()) {
        error(field, Tr::tr("must be text"));
        return {};
    }
    return value.toString().trimmed();
}

QDate JsonArgs::date(const QString &field, bool required)
{
    const QString value = text(field, required);
    if (value.isEmpty())
        return {};
    const QDate parsed = parseIsoDate(value);
    if (!parsed.isValid())
        error(field, Tr::tr("'%1' is not a date in the form YYYY-MM-DD").arg(value));
    return parsed;
}

std::optional<int> JsonArgs::integer(const QString &field, int min, int max, bool required)
{
    const QJsonValue value = m_args.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            error(field, Tr::tr("is required"));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < min || number > max) {
        error(field, Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return int(number);
}

void JsonArgs::error(const QString &field, const QString &message)
{
    m_errors << field + QStringLiteral(": ") + message;
}

CommandOutcome JsonArgs::failure() const
{
    return CommandOutcome::failure(QStringLiteral("invalid"), m_errors.join(QStringLiteral("; ")));
}

} // namespace ltc
