#pragma once
// The change log clients pull: one entry per row a command changed, numbered by the server in
// commit order (written under lockVersions()), with the row's district before and after, so a
// pull shows each user only their scope and a row that leaves it arrives as a delete. Rows derived
// in bulk into a table that carries versions (TableDecl::rowsCarryVersion) hold their version
// themselves instead: the log keeps only their deletes and moves, and a pull reads the rest from
// their tables, merged with the log in version order.
#include "database/command.h"
#include "synccatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace ltc::server {

struct LogRow;
class CopyRows;

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
    // Changes after `cursor` that the user may see, at most `limit`.
    PullPage pull(QSqlDatabase &db, const UserIdentity &user, qint64 cursor, int limit) const;

    // The newest version (what a client that has everything holds as its cursor): of the log,
    // and of the rows that carry their version.
    qint64 currentVersion(QSqlDatabase &db) const;
    // Entries up to this version are purged: an older cursor cannot be served (410).
    static qint64 purgedThrough(QSqlDatabase &db);
    // Deletes entries older than the retention; returns the new horizon.
    static std::optional<qint64> purge(QSqlDatabase &db, qint64 retentionSeconds, QString *error);

private:
    friend class DerivedLog;
    bool readFromTable(const LogRow &entry) const;
    // A derived row's entry without its JSON (printDerived adds it): nothing when not synced, or
    // when the pull reads the row from its table (readFromTable).
    std::optional<LogRow> derivedEntry(QSqlDatabase &db, const DerivedRow &row, QHash<QString, QString> &districts) const;
    // The entry's JSON and COPY text; touches no connection, so it may run on another thread.
    void printDerived(const LogRow &entry, const DerivedRow &row, CopyRows &copy) const;
    std::optional<LogRow> logRow(QSqlDatabase &db, const QJsonObject &change,
                                        QHash<QString, QString> &districts) const;
    std::optional<LogRow> logRow(QSqlDatabase &db, const QString &table, const QString &key, const QJsonObject &before,
                                 const std::optional<QJsonObject> &after, QHash<QString, QString> &districts) const;
    bool insertDerived(QSqlDatabase &db, QList<LogRow> &rows, QString *error) const;
    bool recordMovedChildren(QSqlDatabase &db, const QString &parentTable, const QJsonObject &parent,
                             const QString &district, const QString &oldDistrict, QString *error) const;
    const SyncCatalog &m_catalog;
};

// The rows a command derived (an audit's results, an import's lines), on their way to the change
// log as its sink receives them, a part at a time: a million of them never sit in memory at once.
// Each part's JSON and COPY text are printed on a helper thread while the command goes on, and
// copied when the next part comes or at finish(): the printing (a third of the log's time) no
// longer waits for PostgreSQL, nor PostgreSQL for it. The connection is used from this thread only.
class DerivedLog {
public:
    // A part not yet copied when it goes is dropped (the command failed).
    DerivedLog(const ChangeLog &log, QSqlDatabase &db);
    ~DerivedLog();
    DerivedLog(const DerivedLog &) = delete;
    DerivedLog &operator=(const DerivedLog &) = delete;

    // Looks the part's districts up here, prints it on the helper and meanwhile copies the part
    // before it.
    bool add(QList<DerivedRow> rows, QString *error);
    // Copies the last part.
    bool finish(QString *error);

private:
    struct Printed;
    bool copyPrinted(std::unique_ptr<Printed> part, QString *error);

    const ChangeLog &m_log;
    QSqlDatabase &m_db;
    QHash<QString, QString> m_districts;  // the parents of a million lines are a few hundred
    std::unique_ptr<Printed> m_printing;
};

} // namespace ltc::server
