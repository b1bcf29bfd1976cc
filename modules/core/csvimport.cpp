#include "csvimport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace ltc {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ltc", text); }

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

void ImportIssues::warning(int line, const QString &column, const QString &message)
{
    m_warnings.append({line, column, message});
}

QStringList ImportIssues::formatErrors(const QString &fileName) const { return formatAll(fileName, m_errors); }
QStringList ImportIssues::formatWarnings(const QString &fileName) const { return formatAll(fileName, m_warnings); }

QDate parseIsoDate(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text.toString(), Qt::ISODate);
}

CsvRowReader::CsvRowReader(const ImportColumns &columns, const QStringList &header, ImportIssues &issues)
    : m_issues(issues), m_columnCount(int(header.size()))
{
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (!columns.required.contains(name) && !columns.optional.contains(name)) {
            m_issues.error(1, name, tr("unknown column"));
            m_headerOk = false;
        } else if (m_index.contains(name)) {
            m_issues.error(1, name, tr("column appears twice"));
            m_headerOk = false;
        }
        m_index.insert(name, i);
    }
    for (const QString &name : columns.required) {
        if (!m_index.contains(name)) {
            m_issues.error(1, name, tr("required column is missing"));
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
        error(QString(), tr("has %1 fields, the header has %2").arg(record.fields.size()).arg(m_columnCount));
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
        error(column, tr("is required"));
    return value;
}

QDate CsvRowReader::date(const QString &column, Presence presence)
{
    const QString value = presence == Presence::Required ? requiredText(column) : text(column);
    if (value.isEmpty())
        return {};
    const QDate parsed = parseIsoDate(value);
    if (!parsed.isValid())
        error(column, tr("'%1' is not a date in the form YYYY-MM-DD").arg(value));
    return parsed;
}

std::optional<int> CsvRowReader::integer(const QString &column, int min, int max, Presence presence)
{
    const QString value = presence == Presence::Required ? requiredText(column) : text(column);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int parsed = value.toInt(&ok);
    static const QRegularExpression digits(QStringLiteral("^-?\\d+$"));
    if (!ok || !digits.match(value).hasMatch() || parsed < min || parsed > max) {
        error(column, tr("'%1' is not a whole number from %2 to %3").arg(value).arg(min).arg(max));
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
        error(column, tr("'%1' is not one of %2").arg(value, allowed.join(QStringLiteral(", "))));
        return {};
    }
    return value;
}

} // namespace ltc
