#pragma once
// The shared machinery of every CSV import: the header is checked against the kind's columns
// (unknown columns are an error, missing required ones too), and each row's fields are read
// through typed getters that record every problem as FILE:LINE: column: message — all of them,
// not just the first, so a clerk can fix a file in one pass.
#include "csv.h"
#include "money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc {

struct ImportIssue {
    int line = 0;     // 1-based line of the file; 0 for the file as a whole
    QString column;   // empty when the issue is not about one column
    QString message;  // translated
};

class ImportIssues {
public:
    void error(int line, const QString &column, const QString &message);
    void warning(int line, const QString &column, const QString &message);
    // An error that is not in the data: what is stored refuses the row (a claim line of a month
    // past first review). It fails the file like any error, but fixing the file would not help,
    // so the import is refused rather than bad (ltcctl: exit 3, not 2).
    void refusal(int line, const QString &column, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool hasRefusals() const { return m_refusals > 0; }
    int errorCount() const { return int(m_errors.size()); }
    const QList<ImportIssue> &errors() const { return m_errors; }
    const QList<ImportIssue> &warnings() const { return m_warnings; }
    // "FILE:LINE: column: message", one line per issue, in file order.
    QStringList formatErrors(const QString &fileName) const;
    QStringList formatWarnings(const QString &fileName) const;

private:
    QList<ImportIssue> m_errors;
    QList<ImportIssue> m_warnings;
    int m_refusals = 0;
};

struct ImportColumns {
    QStringList required;
    QStringList optional;
};

enum class Presence { Required, Optional };

class CsvRowReader {
public:
    CsvRowReader(const ImportColumns &columns, const QStringList &header, ImportIssues &issues);
    bool headerOk() const { return m_headerOk; }
    bool hasColumn(const QString &column) const { return m_index.contains(column); }

    void setRecord(const CsvRecord &record);
    int line() const { return m_line; }
    bool rowOk() const { return m_issues.errorCount() == m_errorsAtRowStart; }
    void error(const QString &column, const QString &message) { m_issues.error(m_line, column, message); }
    void warning(const QString &column, const QString &message) { m_issues.warning(m_line, column, message); }

    // The trimmed cell; empty for an absent optional column.
    QString text(const QString &column) const;
    QString requiredText(const QString &column);
    // Each getter records an error and returns an empty value when the cell is bad, or empty
    // and required. An empty optional cell gives a null QDate / std::nullopt without error.
    QDate date(const QString &column, Presence presence);
    std::optional<int> integer(const QString &column, int min, int max, Presence presence);
    std::optional<Fen> money(const QString &column, Presence presence);
    // One of `allowed` (exact, case-sensitive), e.g. ASSESS / CARE.
    QString choice(const QString &column, const QStringList &allowed, Presence presence);

private:
    ImportIssues &m_issues;
    QHash<QString, int> m_index;
    int m_columnCount = 0;
    bool m_headerOk = true;
    const QStringList *m_fields = nullptr;
    int m_line = 0;
    int m_errorsAtRowStart = 0;
};

// Parses a date written YYYY-MM-DD, strictly: "2024-2-3" and "2024-02-30" are refused.
QDate parseIsoDate(QStringView text);

} // namespace ltc
