#include "sql.h"

#include "connectionturn.h"

#include <QDate>
#include <QSqlError>
#include <QSqlRecord>

namespace ltc {

QSqlQuery querySql(QSqlDatabase &db, const QString &sql, const QVariantList &params, QString *error)
{
    settleConnection(db);  // a part of a bulk write may still be under way (connectionturn.h)
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
        return query;
    }
    for (const QVariant &param : params)
        query.addBindValue(param);
    if (!query.exec() && error)
        *error = query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
    return query;
}

bool execSql(QSqlDatabase &db, const QString &sql, const QVariantList &params, QString *error)
{
    QString why;
    const QSqlQuery query = querySql(db, sql, params, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    return query.isActive();
}

QVariant scalarSql(QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery query = querySql(db, sql, params);
    return query.next() ? query.value(0) : QVariant();
}

QJsonObject rowToJson(const QSqlQuery &query)
{
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = query.value(i);
        row.insert(record.fieldName(i), value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    }
    return row;
}

std::optional<QJsonObject> fetchRow(QSqlDatabase &db, const QString &table, const QString &keyColumn,
                                    const QVariant &key)
{
    QSqlQuery query = querySql(db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, keyColumn), {key});
    if (!query.next())
        return std::nullopt;
    return rowToJson(query);
}

QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant sqlText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant sqlString(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

namespace {
bool begin(QSqlDatabase &db)
{
    settleConnection(db);  // a part of a bulk write may still be under way (connectionturn.h)
    return db.transaction();
}
} // namespace

Transaction::Transaction(QSqlDatabase &db) : m_db(db), m_begun(begin(db)) {}

Transaction::~Transaction()
{
    if (m_begun && !m_done) {
        settleConnection(m_db);
        m_db.rollback();
    }
}

bool Transaction::commit(QString *error)
{
    if (!m_begun) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    settleConnection(m_db);
    const bool committed = m_db.commit();
    if (!committed) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
    }
    m_done = true;
    return committed;
}

QString globPrefix(const QString &text)
{
    QString pattern;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('*') || ch == QLatin1Char('?') || ch == QLatin1Char('['))
            pattern += QLatin1Char('[') + ch + QLatin1Char(']');
        else
            pattern += ch;
    }
    return pattern + QLatin1Char('*');
}

QString sqlPlaceholders(qsizetype count)
{
    return QStringList(QList<QString>(count, QStringLiteral("?"))).join(QStringLiteral(", "));
}

QString upsertSql(const QString &table, const QStringList &columns, const QStringList &keyColumns)
{
    QStringList updates;
    for (const QString &column : columns) {
        if (!keyColumns.contains(column))
            updates << column + QStringLiteral(" = excluded.") + column;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5")
        .arg(table, columns.join(QStringLiteral(", ")), sqlPlaceholders(columns.size()),
             keyColumns.join(QStringLiteral(", ")),
             updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
}

} // namespace ltc
