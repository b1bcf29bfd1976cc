#pragma once
// Small helpers over QSqlQuery that keep SQL portable between SQLite and PostgreSQL
// (positional '?' placeholders, standard SQL, INSERT … ON CONFLICT) and turn failures into
// messages instead of silently ignored booleans.
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <optional>

namespace ltc {

// Runs one statement with positional parameters. On failure returns false and sets *error.
bool execSql(QSqlDatabase &db, const QString &sql, const QVariantList &params = {}, QString *error = nullptr);
// Prepares and executes; the caller iterates. *error is set on failure (query inactive).
QSqlQuery querySql(QSqlDatabase &db, const QString &sql, const QVariantList &params = {}, QString *error = nullptr);
// The first column of the first row, or an invalid QVariant.
QVariant scalarSql(QSqlDatabase &db, const QString &sql, const QVariantList &params = {});
// The current row as a JSON object (column name → value; NULL → null).
QJsonObject rowToJson(const QSqlQuery &query);
// One row by key, as JSON; nothing when absent.
std::optional<QJsonObject> fetchRow(QSqlDatabase &db, const QString &table, const QString &keyColumn,
                                    const QVariant &key);
// A value for a nullable date column: NULL for an invalid date.
QVariant sqlDate(const QDate &date);
QVariant sqlText(const QString &text);  // NULL for an empty string
// A GLOB pattern for what starts with `text`, taken literally. GLOB is case-sensitive, so SQLite
// reads a prefix pattern as a range of a BINARY index (LIKE is not); its wildcards are escaped
// by putting each in brackets.
QString globPrefix(const QString &text);
// "?, ?, …": `count` positional placeholders, for a VALUES or IN list.
QString sqlPlaceholders(qsizetype count);
// INSERT INTO table (columns) VALUES (?, …) ON CONFLICT (keys) DO UPDATE SET each non-key column
// = excluded.column (DO NOTHING when every column is a key): the one upsert both SQLite and
// PostgreSQL run.
QString upsertSql(const QString &table, const QStringList &columns, const QStringList &keyColumns);
// An empty string, never NULL: QtSql binds a null QString (e.g. an empty join()) as NULL.
QVariant sqlString(const QString &text);

// RAII transaction: rolls back unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    bool begun() const { return m_begun; }
    bool commit(QString *error = nullptr);

private:
    QSqlDatabase &m_db;
    bool m_begun = false;
    bool m_done = false;
};

} // namespace ltc
