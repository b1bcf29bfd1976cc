#pragma once
// The claim-line worklist: the SDK's lazy SQL model (sdk/sqlpagemodel.h: pages fetched as the
// view scrolls, the count on a worker thread) over the rows settlementviews.h selects, filters
// and sorts, so the first screen of a month with a million lines costs one page. What is its
// own: the filter and order, the columns and how a line shows.
#include "sdk/sqlpagemodel.h"
#include "settlements/domain/settlementviews.h"

#include <QHash>

namespace ltc::settlement::ui {

class ClaimLinesModel : public sdk::SqlPageModelOf<LineRow> {
    Q_OBJECT
public:
    explicit ClaimLinesModel(const ReadAccess &reads, QObject *parent = nullptr);

    // A new filter or order: the model starts again from the first page.
    void setFilter(const LineFilter &filter);
    const LineFilter &filter() const { return m_filter; }
    void setOrder(const LineOrder &order);
    void setFormNames(const QHash<QString, QString> &names) { m_formNames = names; }

    const LineRow *lineAt(int row) const { return rowAt(row); }
    // The row of a line among those fetched, or -1.
    int rowOf(const QString &claimNo, int lineNo) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    QList<LineRow> fetchPage(QSqlDatabase &db, int limit, int offset, QString *error) override;
    Count count() const override;

private:
    QVariant display(const LineRow &row, LineColumn column) const;
    QVariant foreground(const LineRow &row, LineColumn column) const;

    LineFilter m_filter;
    LineOrder m_order;
    QHash<QString, QString> m_formNames;
};

} // namespace ltc::settlement::ui
