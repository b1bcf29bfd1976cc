#include "pgsql.h"

#include "connectionturn.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ltc::server {

bool execDirect(QSqlDatabase &db, const QString &sql, QString *error)
{
    settleConnection(db);  // a part of a bulk write may still be under way (connectionturn.h)
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

ReadSnapshot::ReadSnapshot(QSqlDatabase &db) : m_db(db), m_begun(db.transaction())
{
    if (!m_begun)
        m_error = db.lastError().text().isEmpty() ? QStringLiteral("cannot begin a transaction") : db.lastError().text();
    else
        execDirect(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"), &m_error);
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_begun)
        m_db.rollback();
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace ltc::server
