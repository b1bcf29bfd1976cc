#include "worklistoutput.h"

#include "core/csv.h"

#include <QMetaType>

namespace ltc {
namespace {

QString jsonString(const QString &text)
{
    QString quoted = QStringLiteral("\"");
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'"': quoted += QLatin1String("\\\""); break;
        case u'\\': quoted += QLatin1String("\\\\"); break;
        case u'\n': quoted += QLatin1String("\\n"); break;
        case u'\r': quoted += QLatin1String("\\r"); break;
        case u'\t': quoted += QLatin1String("\\t"); break;
        default:
            if (ch.unicode() < 0x20)
                quoted += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                quoted += ch;
        }
    }
    return quoted + QLatin1Char('"');
}

bool isEmptyCell(const QVariant &value) { return !value.isValid() || value.isNull(); }

QString jsonValue(const QVariant &value)
{
    if (isEmptyCell(value))
        return QStringLiteral("null");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return QString::number(value.toLongLong());
    case QMetaType::ULongLong: return QString::number(value.toULongLong());
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return jsonString(value.toString());
    }
}

QString csvRow(const QVariantList &values)
{
    QStringList cells;
    for (const QVariant &value : values)
        cells << (isEmptyCell(value) ? QString() : csvField(value.toString()));
    return cells.join(QLatin1Char(','));
}

// One object per line, so that a million rows stay readable with line tools too.
QString jsonRow(const QStringList &keys, const QVariantList &values)
{
    QStringList members;
    for (qsizetype i = 0; i < keys.size(); ++i)
        members << keys.at(i) + QLatin1Char(':') + jsonValue(values.value(i));
    return QLatin1Char('{') + members.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

bool printWorklist(QSqlDatabase &db, const WorklistSpec &worklist, const WorklistFilters &filters,
                   WorklistFormat format, QTextStream &out, QString *error)
{
    QStringList keys;
    for (const QString &column : worklist.columns)
        keys << jsonString(column);
    if (format == WorklistFormat::Csv)
        out << csvRow(QVariantList(worklist.columns.cbegin(), worklist.columns.cend())) << '\n';
    else
        out << '[';
    qint64 rows = 0;
    const bool read = worklist.rows(db, filters, [&](const QVariantList &values) {
        if (format == WorklistFormat::Csv)
            out << csvRow(values) << '\n';
        else
            out << (rows == 0 ? "\n" : ",\n") << jsonRow(keys, values);
        ++rows;
        return out.status() == QTextStream::Ok;
    }, error);
    if (format == WorklistFormat::Json)
        out << (rows == 0 ? "]\n" : "\n]\n");
    out.flush();
    if (read && out.status() != QTextStream::Ok && error)
        *error = QStringLiteral("the output could not be written");
    return read && out.status() == QTextStream::Ok;
}

} // namespace ltc
