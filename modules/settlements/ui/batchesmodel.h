#pragma once
// The institutions' batches of a month (a few hundred at most): code, name, review state in
// colour, progress of the first review and the money, with the deposit withheld and the amount
// payable. A plain list model; the rows come from batchesOf().
#include "settlements/domain/settlementviews.h"

#include <QAbstractTableModel>

namespace ltc::settlement::ui {

class BatchesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Status, Lines, Reviewed, Claimed, Allowed, Deducted, Fund, Deposit, Payable, FirstReviewer,
                  SecondReviewer, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setBatches(const QList<BatchRow> &batches);
    const QList<BatchRow> &batches() const { return m_batches; }
    const BatchRow *batchAt(int row) const;
    int rowOf(const QString &institution) const;
    // The month's totals over every batch shown.
    InstitutionTotals grandTotals() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const BatchRow &batch, int column) const;
    QVariant toolTip(const BatchRow &batch, int column) const;
    QList<BatchRow> m_batches;
};

} // namespace ltc::settlement::ui
