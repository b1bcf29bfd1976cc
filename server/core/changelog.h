#pragma once
// The change log clients pull: one entry per row a command changed, numbered by the server in
// commit order (written under lockVersions()), with the row's district before and after, so a
// pull shows each user only their scope and a row that leaves it arrives as a delete.
#include "database/command.h"
#include "synccatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <optional>

namespace ltc::server {

struct LogRow;

// A derived row as the change log keeps it: compact JSON, its values as QJsonValue::fromVariant
// gives them.
QByteArray derivedRowJson(const DerivedRow &row);

struct PullPage {
    enum class Status { Ok, Gone, Failed };
    Status status = Status::Ok;
    QJsonArray changes;    // {version, table, op, key, row}
    qint64 cursor = 0;     // where the next pull starts
    bool hasMore = false;
    qint64 horizon = 0;    // the oldest cursor still served
    QString error;
};

class ChangeLog {
public:
    explicit ChangeLog(const SyncCatalog &catalog) : m_catalog(catalog) {}

    // Inside the applying transaction, after lockVersions(): one entry per change recorded by a
    // command (CommandContext::changes()). Returns the entries of the changes a person made, as
    // clients see them; rows derived by computation get versions but are not returned (clients
    // pull them: an audit run can derive a million).
    // `districts` keeps the parents' districts (an institution's, a person's) from one call to the
    // next where a command's changes come in parts; without it they are looked up per call.
    std::optional<QJsonArray> record(QSqlDatabase &db, const QJsonArray &changes, QString *error,
                                     QHash<QString, QString> *districts = nullptr) const;
    // The same for rows a command derived, as its sink received them (copied, a few thousand at
    // a time).
    bool recordDerived(QSqlDatabase &db, const QList<DerivedRow> &rows, QString *error,
                       QHash<QString, QString> *districts) const;
    // Changes after `cursor` that the user may see, at most `limit`.
    PullPage pull(QSqlDatabase &db, const UserIdentity &user, qint64 cursor, int limit) const;

    // The newest version (what a client that has everything holds as its cursor).
    static qint64 currentVersion(QSqlDatabase &db);
    // Entries up to this version are purged: an older cursor cannot be served (410).
    static qint64 purgedThrough(QSqlDatabase &db);
    // Deletes entries older than the retention; returns the new horizon.
    static std::optional<qint64> purge(QSqlDatabase &db, qint64 retentionSeconds, QString *error);

private:
    std::optional<LogRow> logRow(QSqlDatabase &db, const QJsonObject &change,
                                        QHash<QString, QString> &districts) const;
    std::optional<LogRow> logRow(QSqlDatabase &db, const QString &table, const QString &key, const QJsonObject &before,
                                 const std::optional<QJsonObject> &after, QHash<QString, QString> &districts) const;
    bool insertDerived(QSqlDatabase &db, QList<LogRow> &rows, QString *error) const;
    bool recordMovedChildren(QSqlDatabase &db, const QString &parentTable, const QJsonObject &parent,
                             const QString &district, const QString &oldDistrict, QString *error) const;
    const SyncCatalog &m_catalog;
};

} // namespace ltc::server
