#pragma once
// The task worklist as the page shows it: pages of rows in deadline order fetched as the view
// scrolls, filtered by SQL (taskpagereads.h), counted on a worker thread. Overdue rows in the
// negative ink, finished ones muted.
#include "assessments/domain/taskpagereads.h"
#include "sdk/sqlpagemodel.h"

namespace ltc::assessments::ui {

enum class TaskColumn { Person, PersonNo, Kind, State, Agency, Team, Accepted, Due, Left, Mode, Count };

class TasksModel : public sdk::SqlPageModelOf<TaskRow> {
    Q_OBJECT
public:
    explicit TasksModel(const ReadAccess &reads, QObject *parent = nullptr);

    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    void setToday(QDate today);
    int rowOf(const QString &taskId) const;  // among the rows fetched; -1 when not there

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QList<TaskRow> fetchPage(QSqlDatabase &db, int limit, int offset, QString *error) override;
    Count count() const override;

private:
    QVariant display(const TaskRow &row, TaskColumn column) const;
    TaskFilter m_filter;
    QDate m_today;
};

} // namespace ltc::assessments::ui
