#include "csvimport.h"
#include "tr.h"

#include <QCoreApplication>
#include <algorithm>

namespace ltc {
namespace {

QString formatIssue(const QString &fileName, const ImportIssue &issue)
{
    QString location = fileName + QLatin1Char(':') + QString::number(issue.line) + QStringLiteral(": ");
    if (!issue.column.isEmpty())
        location += issue.column + QStringLiteral(": ");
    return location + issue.message;
}

QStringList formatAll(const QString &fileName, QList<ImportIssue> issues)
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    QStringList lines;
    lines.reserve(issues.size());
    for (const ImportIssue &issue : issues)
        lines << formatIssue(fileName, issue);
    return lines;
}
} // namespace

void ImportIssues::error(int line, const QString &column, const QString &message)
{
    m_errors.append({line, column, message});
}

void ImportIssues::refusal(int line, const QString &column, const QString &message)
{
    error(line, column, message);
    ++m_refusals;
}

void ImportIssues::warning(int line, const QString &column, const QString &message)
{
    m_warnings.append({line, column, message});
}

QStringList ImportIssues::formatErrors(const QString &fileName) const { return formatAll(fileName, m_errors); }
QStringList ImportIssues::formatWarnings(const QString &fileName) const { return formatAll(fileName, m_warnings); }

namespace {
// The value of `count` ASCII digits at `from`, or -1 if any is not a digit. (By hand: imports
// read millions of these, and a regular expression per cell dominated the import's time.)
int digitsAt(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace

QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return {};
    return QDate(year, month, day);
}

CsvRowReader::CsvRowReader(const ImportColumns &columns, const QStringList &header, ImportIssues &issues)
    : m_issues(issues), m_columnCount(int(header.size()))
{
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (!columns.required.contains(name) && !columns.optional.contains(name)) {
            m_issues.error(1, name, Tr::tr("unknown column"));
            m_headerOk = false;
        } else if (m_index.contains(name)) {
            m_issues.error(1, name, Tr::tr("column appears twice"));
            m_headerOk = false;
        }
        m_index.insert(name, i);
    }
    for (const QString &name : columns.required) {
        if (!m_index.contains(name)) {
            m_issues.error(1, name, Tr::tr("required column is missing"));
            m_headerOk = false;
        }
    }
}

void CsvRowReader::setRecord(const CsvRecord &record)
{
    m_fields = &record.fields;
    m_line = record.line;
    m_errorsAtRowStart = m_issues.errorCount();
    if (record.fields.size() != m_columnCount)
        error(QString(), Tr::tr("has %1 fields, the header has %2").arg(record.fields.size()).arg(m_columnCount));
}

QString CsvRowReader::text(const QString &column) const
{
    const auto it = m_index.constFind(column);
    if (it == m_index.constEnd() || !m_fields || *it >= m_fields->size())
        return {};
    return m_fields->at(*it).trimmed();
}

QString CsvRowReader::requiredText(const QString &column)
{
    const QString value = text(column);
    if (value.isEmpty())
        error(column, Tr::tr("is required"));
    return value;
}

QDate CsvRowReader::date(const QString &column, Presence presence)
{
    const QString value = presence == Presence::Required ? requiredText(column) : text(column);
    if (value.isEmpty())
        return {};
    const QDate parsed = parseIsoDate(value);
    if (!parsed.isValid())
        error(column, Tr::tr("'%1' is not a date in the form YYYY-MM-DD").arg(value));
    return parsed;
}

std::optional<int> CsvRowReader::integer(const QString &column, int min, int max, Presence presence)
{
    const QString value = presence == Presence::Required ? requiredText(column) : text(column);
    if (value.isEmpty())
        return std::nullopt;
    const bool negative = value.startsWith(QLatin1Char('-'));
    const int length = int(value.size()) - (negative ? 1 : 0);
    const int magnitude = length >= 1 && length <= 9 ? digitsAt(value, negative ? 1 : 0, length) : -1;
    const int parsed = negative ? -magnitude : magnitude;
    if (magnitude < 0 || parsed < min || parsed > max) {
        error(column, Tr::tr("'%1' is not a whole number from %2 to %3").arg(value).arg(min).arg(max));
        return std::nullopt;
    }
    return parsed;
}

std::optional<Fen> CsvRowReader::money(const QString &column, Presence presence)
{
    const QString value = presence == Presence::Required ? requiredText(column) : text(column);
    if (value.isEmpty())
        return std::nullopt;
    QString why;
    const std::optional<Fen> fen = parseYuan(value, &why);
    if (!fen)
        error(column, why);
    return fen;
}

QString CsvRowReader::choice(const QString &column, const QStringList &allowed, Presence presence)
{
    const QString value = presence == Presence::Required ? requiredText(column) : text(column);
    if (value.isEmpty())
        return {};
    if (!allowed.contains(value)) {
        error(column, Tr::tr("'%1' is not one of %2").arg(value, allowed.join(QStringLiteral(", "))));
        return {};
    }
    return value;
}

} // namespace ltc
