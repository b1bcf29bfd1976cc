#pragma once
// Every change a user makes is a named command with JSON arguments. A command's apply function
// validates with domain code and writes through the CommandContext; it runs unchanged on the
// client's SQLite (optimistically) and, later, on the server's PostgreSQL (authoritatively).
#include "blobs.h"
#include "core/roles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>

namespace ltc {

// Why a command did not apply. Codes are stable for scripts: "forbidden", "invalid",
// "not_found", "conflict", "state", "unknown_command", "storage".
struct CommandError {
    QString code;
    QString message;  // translated, for the user
};

struct CommandOutcome {
    std::optional<CommandError> error;
    QJsonArray rows;  // rows the command wrote, for the caller and the sync answer
    bool ok() const { return !error.has_value(); }
    static CommandOutcome success() { return {}; }
    static CommandOutcome failure(const QString &code, const QString &message)
    {
        CommandOutcome outcome;
        outcome.error = CommandError{code, message};
        return outcome;
    }
};

// A row a command derived by computation, as a sink receives it (CommandContext::setDerivedSink):
// its columns and their values as written (no JSON object per row: a month's audit derives a
// million rows, and building and printing their objects cost the server more than storing them).
struct DerivedRow {
    QString table;
    QString key;
    QStringList columns;  // none: the row no longer exists
    QVariantList values;  // one per column
    std::optional<QJsonObject> before;  // what it was, where its district may have changed
    bool exists() const { return !columns.isEmpty(); }
    QJsonObject object() const;
    QVariant value(const QString &column) const { return values.value(columns.indexOf(column)); }
};

class CommandContext {
public:
    CommandContext(QSqlDatabase db, UserIdentity user, QDateTime now);

    QSqlDatabase &db() { return m_db; }
    const UserIdentity &user() const { return m_user; }
    QDateTime now() const { return m_now; }  // UTC; the server's clock when run there

    // Runs one statement; on failure throws nothing, returns false and remembers the error.
    bool exec(const QString &sql, const QVariantList &params = {});
    QString lastError() const { return m_lastError; }
    std::optional<QJsonObject> fetch(const QString &table, const QString &keyColumn, const QVariant &key);

    // Records a changed row for the audit trail (before → after; an absent side is null).
    void recordChange(const QString &table, const QString &key, const std::optional<QJsonObject> &before,
                      const std::optional<QJsonObject> &after);
    // Records a row the command derived by computation (e.g. audit results): it syncs like any
    // change, but the audit trail keeps only how many there were, and a local rebase does not
    // undo it (the server's copy replaces it).
    // A row that no longer exists is recorded as nothing (a delete).
    // `before` (optional) is what the row was, where its district may have changed (an import
    // that moves a person): the change log then tells the old district.
    void recordDerivedRow(const QString &table, const QString &key, const std::optional<QJsonObject> &row,
                          const std::optional<QJsonObject> &before = std::nullopt);
    // The same, as columns and their values (the audit's results, an import's rows).
    void recordDerivedRow(const QString &table, const QString &key, const QStringList &columns,
                          const QVariantList &values, const std::optional<QJsonObject> &before = std::nullopt);
    // Counts a derived row without its content, where nothing reads it (see wantsDerivedRows).
    void countDerivedRow() { ++m_derivedRows; }
    const QJsonArray &changes() const { return m_changes; }
    qint64 derivedRows() const { return m_derivedRows; }
    // Derived rows are kept only where something reads them (the server's change log); the
    // desktop only counts them — a month's audit derives a million.
    void setKeepDerivedRows(bool keep) { m_keepDerived = keep; }
    bool keepsDerivedRows() const { return m_keepDerived; }
    // Where derived rows go one by one instead of being kept (the server's change log, written
    // as they come: an import of a million lines never holds them all). False from the sink
    // stops the command (a storage failure).
    using ChangeSink = std::function<bool(DerivedRow &&row)>;
    void setDerivedSink(ChangeSink sink) { m_derivedSink = std::move(sink); }
    bool wantsDerivedRows() const { return m_keepDerived || m_derivedSink; }
    bool sinkFailed() const { return m_sinkFailed; }

    // Files the command names by SHA-256 (an import's CSV): the store's blobs or the server's.
    void setBlobSource(BlobSource source) { m_blobs = std::move(source); }
    std::unique_ptr<ByteSource> blob(const QString &sha256, QString *error) const;

    // The one district check of commands (tables.h districtRefusal): nothing when the user may
    // change rows of `district`, else the refusal to return.
    std::optional<CommandOutcome> checkDistrict(const QString &district) const;
    // The common refusals, with translated messages.
    CommandOutcome forbiddenDistrict(const QString &district) const;
    CommandOutcome storageFailure() const;

private:
    QSqlDatabase m_db;
    UserIdentity m_user;
    QDateTime m_now;
    QString m_lastError;
    QJsonArray m_changes;
    qint64 m_derivedRows = 0;
    bool m_keepDerived = true;
    ChangeSink m_derivedSink;
    bool m_sinkFailed = false;
    BlobSource m_blobs;
};

// The changes a person made (for the audit trail and for undo), without the rows a command
// derived by computation; and how many of those there were.
QJsonArray madeChanges(const QJsonArray &changes, qint64 *derivedRows = nullptr);

using CommandApply = std::function<CommandOutcome(CommandContext &, const QJsonObject &args)>;

struct CommandSpec {
    QString name;          // "person.register"
    QString module;        // "core", "settlements", …
    QStringList roles;     // role ids allowed to run it
    QString summary;       // English; shown by `ltcctl commands`
    QStringList arguments; // "person_no: text, required", …
    CommandApply apply;
};

// Reads command arguments and collects every problem as "field: message".
class JsonArgs {
public:
    explicit JsonArgs(const QJsonObject &args) : m_args(args) {}
    QString text(const QString &field, bool required = true);
    QDate date(const QString &field, bool required = true);
    std::optional<int> integer(const QString &field, int min, int max, bool required = true);
    void error(const QString &field, const QString &message);
    bool ok() const { return m_errors.isEmpty(); }
    CommandOutcome failure() const;  // "invalid" with all messages joined

private:
    QJsonObject m_args;  // a copy (shared, cheap): callers pass temporaries
    QStringList m_errors;
};

} // namespace ltc
