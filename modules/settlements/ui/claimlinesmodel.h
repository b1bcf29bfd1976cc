#pragma once
// The claim-line worklist as a lazy table model: SQL filters and sorts (settlementviews.h), the
// view fetches a page at a time as it scrolls (canFetchMore/fetchMore, as QSqlQueryModel does),
// so the first screen of a month with a million lines costs one page.
#include "settlementviews.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace ltc {
class Database;
}

namespace ltc::settlement::ui {

class ClaimLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ClaimLinesModel(Database &database, QObject *parent = nullptr);
    ~ClaimLinesModel() override;

    // A new filter or order: the model starts again from the first page.
    void setFilter(const LineFilter &filter);
    const LineFilter &filter() const { return m_filter; }
    void setOrder(const LineOrder &order);
    void setFormNames(const QHash<QString, QString> &names) { m_formNames = names; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Reloads the rows fetched so far (after a change), as many as before.
    void refresh();

    // Lines matching the filter, all of them; rowCount() is what is fetched so far. Counted on a
    // worker thread after each new filter (a COUNT over a month of a million lines can take a
    // second; the first page must not wait for it): -1 while counting.
    qint64 totalCount() const { return m_total; }
    bool counting() const { return m_total < 0; }
    // Waits for the count under way, for callers that need the number now.
    void waitForCount();
    const LineRow *lineAt(int row) const;
    // The row of a line among those fetched, or -1.
    int rowOf(const QString &claimNo, int lineNo) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void totalChanged(qint64 total);

private:
    QList<LineRow> fetchPage(int limit, int offset);
    void reload(int rows);
    void startCount();
    QVariant display(const LineRow &row, LineColumn column) const;
    QVariant foreground(const LineRow &row, LineColumn column) const;

    Database &m_database;
    LineFilter m_filter;
    LineOrder m_order;
    QHash<QString, QString> m_formNames;
    QList<LineRow> m_rows;
    qint64 m_total = 0;
    QFutureWatcher<qint64> m_counter;        // the newest count, whose result is shown
    QList<QFuture<qint64>> m_runningCounts;  // every count still running: the database must outlive them
    quint64 m_countGeneration = 0;  // a count finishing after the filter changed again is dropped
    bool m_more = false;
    int m_pageSize = 200;
    QString m_error;
};

} // namespace ltc::settlement::ui
