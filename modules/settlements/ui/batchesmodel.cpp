#include "settlements/ui/batchesmodel.h"

#include "core/tr.h"
#include "settlements/domain/batchsteps.h"
#include "settlements/ui/uiformat.h"

namespace ltc::settlement::ui {

void BatchesModel::setBatches(const QList<BatchRow> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

const BatchRow *BatchesModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int BatchesModel::rowOf(const QString &institution) const
{
    for (int i = 0; i < m_batches.size(); ++i) {
        if (m_batches.at(i).totals.code == institution)
            return i;
    }
    return -1;
}

InstitutionTotals BatchesModel::grandTotals() const
{
    InstitutionTotals sum;
    for (const BatchRow &b : m_batches) {
        sum.lines += b.totals.lines;
        sum.claimed += b.totals.claimed;
        sum.allowed += b.totals.allowed;
        sum.deducted += b.totals.deducted;
        sum.fund += b.totals.fund;
        sum.personal += b.totals.personal;
        sum.deposit += b.totals.deposit;
    }
    return sum;
}

int BatchesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_batches.size()); }

int BatchesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Lines && section <= Payable ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QStringList titles{Tr::tr("Code"),     Tr::tr("Institution"),   Tr::tr("Status"),           Tr::tr("Lines"),
                             Tr::tr("Reviewed"), Tr::tr("Claimed"),       Tr::tr("Allowed"),          Tr::tr("Deducted"),
                             Tr::tr("Fund"),     Tr::tr("Deposit withheld"), Tr::tr("Payable"),       Tr::tr("First reviewer"),
                             Tr::tr("Second reviewer")};
    return titles.value(section);
}

QVariant BatchesModel::display(const BatchRow &b, int column) const
{
    const InstitutionTotals &t = b.totals;
    switch (column) {
    case Code: return t.code;
    case Name: return t.name;
    case Status: return batchStatusTitle(b);
    case Lines: return b.declaredLines;
    case Reviewed: return b.audited() ? QStringLiteral("%1 / %2").arg(b.reviewedLines).arg(t.lines) : QString();
    case Claimed: return yuan(t.claimed);  // declared before the first audit
    case Allowed: return b.audited() ? yuan(t.allowed) : QString();
    case Deducted: return b.audited() ? yuan(t.deducted) : QString();
    case Fund: return b.audited() ? yuan(t.fund) : QString();
    case Deposit: return b.audited() ? yuan(t.deposit) : QString();
    case Payable: return b.audited() ? yuan(t.payable()) : QString();
    case FirstReviewer: return b.staffName(b.firstReviewer);
    case SecondReviewer: return b.staffName(b.secondReviewer);
    }
    return {};
}

// Where a figure comes from, when the table alone does not say: a return's reason, what the first
// review changed against the audit, what was paid.
QVariant BatchesModel::toolTip(const BatchRow &b, int column) const
{
    if (column == Status && !b.returnedReason.isEmpty())
        return Tr::tr("Returned: %1").arg(b.returnedReason);
    if (column == Allowed && b.reviewAdjustment != 0)
        return Tr::tr("As reviewed; the first review changed the audited amount by %1 (audited %2)")
            .arg(yuan(b.reviewAdjustment), yuan(b.totals.allowed - b.reviewAdjustment));
    if (column == FirstReviewer && !b.firstReviewer.isEmpty())
        return b.firstReviewer;  // the user name, as the sign-in and the audit trail know them
    if (column == SecondReviewer && !b.secondReviewer.isEmpty())
        return b.secondReviewer;
    if (column == Payable && b.paidAmount)
        return Tr::tr("Paid %1, deposit withheld %2").arg(yuan(*b.paidAmount), yuan(b.withheld.value_or(0)));
    return {};
}

QVariant BatchesModel::data(const QModelIndex &index, int role) const
{
    const BatchRow *b = batchAt(index.row());
    if (!b || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*b, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Status)
            return int(Qt::AlignCenter);
        return index.column() >= Lines && index.column() <= Payable ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return stateColours(*b).text;
        if (index.column() == Deducted && b->totals.deducted > 0)
            return deductionColour();
        return {};
    case Qt::BackgroundRole:
        return index.column() == Status ? QVariant(stateColours(*b).background) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(*b, index.column());
    default: return {};
    }
}

} // namespace ltc::settlement::ui
