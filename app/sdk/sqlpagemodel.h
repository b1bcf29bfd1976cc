#pragma once
// A worklist as a lazy table model over SQL, so that every module's worklist stays fast at a
// million rows without writing its own: the view fetches a page at a time as it scrolls
// (canFetchMore/fetchMore, as QSqlQueryModel does), so the first screen costs one page; the rows
// matching are counted on a worker thread (a COUNT over a month of a million lines can take a
// second, and the first page must not wait for it), and a count overtaken by a new query is
// dropped. Every read goes through a read-only connection (ReadAccess).
//
// Three levels: SqlPageModelBase is the machinery; SqlPageModelOf<Row> keeps rows of a module's
// own type, fetched by SQL the module's views write (settlements' claim lines); SqlPageModel
// lists what a query description says — FROM and WHERE with bound values, columns with titles
// and sort expressions — for a worklist that needs no more.
#include "sdk/readaccess.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>
#include <QVariantList>
#include <functional>

namespace ltc::sdk {

class SqlPageModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit SqlPageModelBase(const ReadAccess &reads, QObject *parent = nullptr);
    ~SqlPageModelBase() override;  // waits for the counts under way: they read through `reads`

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    // Reloads the rows fetched so far (after a change), as many as before.
    void refresh();

    // Rows matching the query, all of them; rowCount() is what is fetched so far. -1 while the
    // count runs on its worker thread.
    qint64 totalCount() const { return m_total; }
    bool counting() const { return m_total < 0; }
    // Waits for the count under way, for callers that need the number now.
    void waitForCount();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(qint64 total);

protected:
    // How to count the current query's rows. `rows` runs on a worker thread with that thread's
    // read connection: it holds copies of what it needs, never the model.
    struct Count {
        std::function<qint64(QSqlDatabase &db)> rows;  // empty: nothing to count, the total is 0
        bool onThisThread = false;  // it reads a TEMP table of this thread's connection
    };
    virtual Count count() const = 0;
    // After a subclass changed its query (a filter, an order): from the first page again.
    void reload() { reload(m_pageSize); }
    // For SqlPageModelOf, inside its reset or insertion: whether another page may follow.
    void setMore(bool more) { m_more = more; }
    QSqlDatabase readConnection() const { return m_reads.readConnection(); }

private:
    // The rows themselves are SqlPageModelOf's: how many it holds, and a page fetched into them
    // (replacing them all, or appended).
    virtual qsizetype heldRows() const = 0;
    virtual void takePage(QSqlDatabase &db, int limit, int offset, bool replace, QString *error) = 0;
    void reload(int rows);
    void startCount();
    void setTotal(qint64 total);

    const ReadAccess &m_reads;
    qint64 m_total = 0;
    QFutureWatcher<qint64> m_counter;        // the newest count, whose result is shown
    QList<QFuture<qint64>> m_runningCounts;  // every count still running: `reads` must outlive them
    quint64 m_countGeneration = 0;           // a count finishing after the query changed is dropped
    bool m_more = false;
    int m_pageSize = 200;
    QString m_error;
};

// Rows of a module's own type: the subclass fetches a page of them with its views' SQL.
template<typename Row>
class SqlPageModelOf : public SqlPageModelBase {
public:
    using SqlPageModelBase::SqlPageModelBase;
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const QList<Row> &rows() const { return m_rows; }

protected:
    // Rows [offset, offset + limit) of the current query, in its order; an error in *error.
    virtual QList<Row> fetchPage(QSqlDatabase &db, int limit, int offset, QString *error) = 0;

private:
    qsizetype heldRows() const final { return m_rows.size(); }
    void takePage(QSqlDatabase &db, int limit, int offset, bool replace, QString *error) final
    {
        QList<Row> page = fetchPage(db, limit, offset, error);
        const bool full = page.size() == limit;
        if (replace) {
            beginResetModel();
            m_rows = std::move(page);
            setMore(full);
            endResetModel();
            return;
        }
        setMore(full);
        if (page.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }
    QList<Row> m_rows;
};

// One column of a described worklist.
struct SqlColumn {
    QString title;           // translated
    QString expression;      // what SELECT reads: "p.name"
    QString sortExpression;  // what ORDER BY uses when sorted by this column; empty: the expression
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
};

// What a described worklist lists: SELECT <columns> FROM <from> WHERE <where> ORDER BY <the
// sort column>, <tieBreak> LIMIT <page> OFFSET <rows fetched>.
struct SqlPageQuery {
    QString from;            // "persons p LEFT JOIN institutions i ON …"
    QString where;           // "p.district = ?"; empty: every row
    QVariantList bindings;   // for the ?s of `where`, in order
    QList<SqlColumn> columns;
    QString tieBreak;        // unique, so that pages never overlap: "p.person_no"
    int sortColumn = -1;     // -1: by tieBreak alone
    bool descending = false;

    bool isEmpty() const { return from.isEmpty(); }
    QString pageSql() const;   // with two more bindings: LIMIT and OFFSET
    QString countSql() const;
};

class SqlPageModel : public SqlPageModelOf<QVariantList> {
    Q_OBJECT
public:
    explicit SqlPageModel(const ReadAccess &reads, QObject *parent = nullptr);

    // A new query: the model starts again from the first page.
    void setQuery(SqlPageQuery query);
    const SqlPageQuery &query() const { return m_query; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    // What a cell shows: the value as read. A subclass formats money, dates and codes here.
    virtual QVariant display(const QVariantList &row, int column) const;
    QList<QVariantList> fetchPage(QSqlDatabase &db, int limit, int offset, QString *error) override;
    Count count() const override;

private:
    SqlPageQuery m_query;
};

} // namespace ltc::sdk
