#include "sdk/sqlpagemodel.h"

#include "database/sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace ltc::sdk {

SqlPageModelBase::SqlPageModelBase(const ReadAccess &reads, QObject *parent)
    : QAbstractTableModel(parent), m_reads(reads)
{
    connect(&m_counter, &QFutureWatcherBase::finished, this, [this] {
        if (m_counter.future().isCanceled() || m_counter.property("generation").toULongLong() != m_countGeneration)
            return;
        setTotal(m_counter.result());
    });
}

SqlPageModelBase::~SqlPageModelBase()
{
    for (QFuture<qint64> &running : m_runningCounts)
        running.waitForFinished();
}

void SqlPageModelBase::refresh() { reload(std::max<int>(m_pageSize, int(heldRows()))); }

void SqlPageModelBase::reload(int rows)
{
    QSqlDatabase db = readConnection();
    m_error.clear();
    takePage(db, rows, 0, true, &m_error);
    startCount();
}

void SqlPageModelBase::startCount()
{
    ++m_countGeneration;
    const Count job = count();
    if (!job.rows) {
        setTotal(0);
        return;
    }
    if (job.onThisThread) {  // a few hundred rows of a TEMP table, which a worker cannot see
        QSqlDatabase db = readConnection();
        setTotal(job.rows(db));
        return;
    }
    setTotal(-1);
    const ReadAccess *reads = &m_reads;
    m_runningCounts.removeIf([](const QFuture<qint64> &running) { return running.isFinished(); });
    m_runningCounts.append(QtConcurrent::run([reads, rows = job.rows] {
        QSqlDatabase db = reads->readConnection();  // the worker thread's own
        return rows(db);
    }));
    m_counter.setProperty("generation", m_countGeneration);
    m_counter.setFuture(m_runningCounts.last());
}

void SqlPageModelBase::setTotal(qint64 total)
{
    m_total = total;
    emit totalChanged(m_total);
}

void SqlPageModelBase::waitForCount()
{
    m_counter.waitForFinished();
    // The finished signal is queued to this thread: take the result now.
    if (counting() && m_counter.future().isFinished() && !m_counter.future().isCanceled())
        setTotal(m_counter.result());
}

int SqlPageModelBase::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(heldRows()); }

bool SqlPageModelBase::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && m_more; }

void SqlPageModelBase::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QSqlDatabase db = readConnection();
    m_error.clear();
    takePage(db, m_pageSize, int(heldRows()), false, &m_error);
}

// ---- a described worklist -------------------------------------------------------------------

namespace {
QString whereSql(const SqlPageQuery &query)
{
    return query.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + query.where;
}
} // namespace

QString SqlPageQuery::pageSql() const
{
    QStringList expressions;
    for (const SqlColumn &column : columns)
        expressions << column.expression;
    QStringList order;
    if (sortColumn >= 0 && sortColumn < columns.size()) {
        const SqlColumn &sorted = columns.at(sortColumn);
        order << (sorted.sortExpression.isEmpty() ? sorted.expression : sorted.sortExpression)
                     + (descending ? QStringLiteral(" DESC") : QString());
    }
    if (!tieBreak.isEmpty())
        order << tieBreak;
    return QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT ? OFFSET ?")
        .arg(expressions.join(QStringLiteral(", ")), from, whereSql(*this),
             order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")));
}

QString SqlPageQuery::countSql() const { return QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(from, whereSql(*this)); }

SqlPageModel::SqlPageModel(const ReadAccess &reads, QObject *parent) : SqlPageModelOf<QVariantList>(reads, parent) {}

void SqlPageModel::setQuery(SqlPageQuery query)
{
    m_query = std::move(query);
    reload();  // a reset: new columns too
}

QList<QVariantList> SqlPageModel::fetchPage(QSqlDatabase &db, int limit, int offset, QString *error)
{
    if (m_query.isEmpty())
        return {};
    QSqlQuery query = querySql(db, m_query.pageSql(), m_query.bindings + QVariantList{limit, offset}, error);
    QList<QVariantList> rows;
    const int columns = int(m_query.columns.size());
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << query.value(c);
        rows << row;
    }
    return rows;
}

SqlPageModelBase::Count SqlPageModel::count() const
{
    if (m_query.isEmpty())
        return {};
    return {[sql = m_query.countSql(), bindings = m_query.bindings](QSqlDatabase &db) {
                return scalarSql(db, sql, bindings).toLongLong();
            },
            false};
}

int SqlPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_query.columns.size());
}

QVariant SqlPageModel::display(const QVariantList &row, int column) const { return row.value(column); }

QVariant SqlPageModel::data(const QModelIndex &index, int role) const
{
    const QVariantList *row = rowAt(index.row());
    if (!row || !index.isValid() || index.column() >= m_query.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return display(*row, index.column());
    if (role == Qt::TextAlignmentRole)
        return int(m_query.columns.at(index.column()).alignment);
    return {};
}

QVariant SqlPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_query.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_query.columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return int(m_query.columns.at(section).alignment);
    return {};
}

void SqlPageModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_query.columns.size())
        return;
    m_query.sortColumn = column;
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace ltc::sdk
