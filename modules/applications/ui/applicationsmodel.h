#pragma once
// The applications worklist as the page shows it: pages of rows in deadline order fetched as the
// view scrolls, the filter done by SQL (applicationsworklist.h), the count on a worker thread.
// Overdue rows in the negative ink, those due today in bold.
#include "applications/domain/applicationsworklist.h"
#include "sdk/sqlpagemodel.h"

namespace ltc::applications::ui {

enum class ApplicationColumn { Person, PersonNo, Kind, Channel, Status, Received, Due, Left, Handler, Count };

class ApplicationsModel : public sdk::SqlPageModelOf<ApplicationRow> {
    Q_OBJECT
public:
    explicit ApplicationsModel(const ReadAccess &reads, QObject *parent = nullptr);

    void setFilter(const ApplicationFilter &filter);
    const ApplicationFilter &filter() const { return m_filter; }
    void setToday(QDate today);  // the office's day the working days left are counted from
    int rowOf(const QString &applicationId) const;  // among the rows fetched; -1 when not there

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QList<ApplicationRow> fetchPage(QSqlDatabase &db, int limit, int offset, QString *error) override;
    Count count() const override;

private:
    QVariant display(const ApplicationRow &row, ApplicationColumn column) const;
    ApplicationFilter m_filter;
    QDate m_today;
};

} // namespace ltc::applications::ui
