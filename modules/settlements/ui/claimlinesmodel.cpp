#include "settlements/ui/claimlinesmodel.h"

#include "core/tr.h"
#include "settlements/ui/uiformat.h"

namespace ltc::settlement::ui {
namespace {

bool isAmount(LineColumn column)
{
    return column == LineColumn::Claimed || column == LineColumn::Allowed || column == LineColumn::Deducted
           || column == LineColumn::Fund || column == LineColumn::Personal;
}

bool isNumber(LineColumn column) { return isAmount(column) || column == LineColumn::LineNo || column == LineColumn::Days; }

QString columnTitle(LineColumn column)
{
    switch (column) {
    case LineColumn::ClaimNo: return Tr::tr("Claim no.");
    case LineColumn::LineNo: return Tr::tr("Line");
    case LineColumn::PersonNo: return Tr::tr("Person no.");
    case LineColumn::PersonName: return Tr::tr("Name");
    case LineColumn::Institution: return Tr::tr("Institution");
    case LineColumn::ServiceForm: return Tr::tr("Service");
    case LineColumn::ServiceFrom: return Tr::tr("From");
    case LineColumn::ServiceTo: return Tr::tr("To");
    case LineColumn::Days: return Tr::tr("Days");
    case LineColumn::Claimed: return Tr::tr("Claimed");
    case LineColumn::Allowed: return Tr::tr("Allowed");
    case LineColumn::Deducted: return Tr::tr("Deducted");
    case LineColumn::Fund: return Tr::tr("Fund");
    case LineColumn::Personal: return Tr::tr("Personal");
    case LineColumn::Reasons: return Tr::tr("Deduction reasons");
    case LineColumn::Review: return Tr::tr("First review");
    }
    return {};
}

// A money column of an audited line, or nothing before the audit.
QVariant resultAmount(const LineRow &row, Fen LineResult::*field)
{
    if (!row.result)
        return {};
    return yuan((*row.result).*field);
}

QString reviewTip(const LineRow &row)
{
    if (!row.review)
        return {};
    const LineReview &r = *row.review;
    QString tip = Tr::tr("%1 by %2 at %3").arg(reviewText(row), r.reviewer, r.reviewedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
    if (!r.reason.isEmpty())
        tip += QLatin1Char('\n') + Tr::tr("Reason: %1").arg(r.reason);
    return tip;
}
} // namespace

ClaimLinesModel::ClaimLinesModel(const ReadAccess &reads, QObject *parent) : SqlPageModelOf<LineRow>(reads, parent) {}

void ClaimLinesModel::setFilter(const LineFilter &filter)
{
    m_filter = filter;
    reload();
}

void ClaimLinesModel::setOrder(const LineOrder &order)
{
    m_order = order;
    reload();
}

QList<LineRow> ClaimLinesModel::fetchPage(QSqlDatabase &db, int limit, int offset, QString *error)
{
    if (m_filter.period.isEmpty())
        return {};
    return fetchLines(db, m_filter, m_order, limit, offset, error);
}

sdk::SqlPageModelBase::Count ClaimLinesModel::count() const
{
    if (m_filter.period.isEmpty())
        return {};
    // The sample is a TEMP table of this thread's connection, which a worker cannot see; it is a
    // few hundred lines, quick to count here.
    return {[filter = m_filter](QSqlDatabase &db) { return countLines(db, filter); }, m_filter.sampleOnly};
}

int ClaimLinesModel::rowOf(const QString &claimNo, int lineNo) const
{
    const QList<LineRow> &lines = rows();
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).line.lineNo == lineNo && lines.at(i).line.claimNo == claimNo)
            return i;
    }
    return -1;
}

int ClaimLinesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : kLineColumnCount; }

void ClaimLinesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kLineColumnCount)
        return;
    setOrder({LineColumn(column), order == Qt::DescendingOrder});
}

QVariant ClaimLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(LineColumn(section));
    if (role == Qt::TextAlignmentRole)
        return isNumber(LineColumn(section)) ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant ClaimLinesModel::display(const LineRow &row, LineColumn column) const
{
    const ClaimLine &l = row.line;
    switch (column) {
    case LineColumn::ClaimNo: return l.claimNo;
    case LineColumn::LineNo: return l.lineNo;
    case LineColumn::PersonNo: return l.personNo;
    case LineColumn::PersonName: return row.personName;
    case LineColumn::Institution: return row.institutionName.isEmpty() ? l.institutionCode : row.institutionName;
    case LineColumn::ServiceForm: return m_formNames.value(l.serviceForm, l.serviceForm);
    case LineColumn::ServiceFrom: return day(l.serviceFrom);
    case LineColumn::ServiceTo: return day(l.serviceTo);
    case LineColumn::Days: return l.days;
    case LineColumn::Claimed: return yuan(l.amount);
    case LineColumn::Allowed: return row.result ? resultAmount(row, &LineResult::allowed) : QVariant(Tr::tr("not audited"));
    case LineColumn::Deducted: return resultAmount(row, &LineResult::deducted);
    case LineColumn::Fund: return resultAmount(row, &LineResult::fund);
    case LineColumn::Personal: return resultAmount(row, &LineResult::personal);
    case LineColumn::Reasons: return row.result ? reasonsText(row.result->reasons) : QString();
    case LineColumn::Review: return reviewText(row);
    }
    return {};
}

QVariant ClaimLinesModel::foreground(const LineRow &row, LineColumn column) const
{
    if (!row.result)
        return column == LineColumn::Allowed ? QVariant(mutedColour()) : QVariant();
    if ((column == LineColumn::Deducted || column == LineColumn::Reasons) && row.result->deducted > 0)
        return deductionColour();
    if (column == LineColumn::Review && row.review && row.review->decision == QStringLiteral("override"))
        return overrideColour();
    return {};
}

QVariant ClaimLinesModel::data(const QModelIndex &index, int role) const
{
    const LineRow *row = lineAt(index.row());
    if (!row || !index.isValid())
        return {};
    const auto column = LineColumn(index.column());
    switch (role) {
    case Qt::DisplayRole: return display(*row, column);
    case Qt::TextAlignmentRole:
        return isNumber(column) ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: return foreground(*row, column);
    case Qt::ToolTipRole:
        if (column == LineColumn::Reasons)
            return display(*row, column);
        if (column == LineColumn::Review)
            return reviewTip(*row);
        return {};
    default: return {};
    }
}

} // namespace ltc::settlement::ui
