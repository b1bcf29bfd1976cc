#pragma once
// What PostgreSQL needs beyond database/sql.h: statements QPSQL cannot prepare (transaction
// control such as SAVEPOINT and SET TRANSACTION) run unprepared.
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace ltc::server {

bool execDirect(QSqlDatabase &db, const QString &sql, QString *error = nullptr);
// A read-only transaction on one snapshot, so that a page and the versions read with it agree.
// Ends (writing nothing) when it goes out of scope.
class ReadSnapshot {
public:
    explicit ReadSnapshot(QSqlDatabase &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    bool m_begun = false;
    QString m_error;
};
QString compactJson(const QJsonObject &object);
QString compactJson(const QJsonArray &array);

} // namespace ltc::server
