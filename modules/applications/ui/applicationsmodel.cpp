#include "applications/ui/applicationsmodel.h"

#include "core/tr.h"
#include "sdk/format.h"

#include <QFont>

namespace ltc::applications::ui {
namespace {

QString columnTitle(ApplicationColumn column)
{
    switch (column) {
    case ApplicationColumn::Person: return Tr::tr("Name");
    case ApplicationColumn::PersonNo: return Tr::tr("Person no.");
    case ApplicationColumn::Kind: return Tr::tr("Kind");
    case ApplicationColumn::Channel: return Tr::tr("Channel");
    case ApplicationColumn::Status: return Tr::tr("Status");
    case ApplicationColumn::Received: return Tr::tr("Received on");
    case ApplicationColumn::Due: return Tr::tr("Decision due");
    case ApplicationColumn::Left: return Tr::tr("Working days left");
    case ApplicationColumn::Handler: return Tr::tr("Handler");
    case ApplicationColumn::Count: break;
    }
    return {};
}

} // namespace

ApplicationsModel::ApplicationsModel(const ReadAccess &reads, QObject *parent)
    : SqlPageModelOf<ApplicationRow>(reads, parent), m_today(officeDate(QDateTime::currentDateTimeUtc()))
{
}

void ApplicationsModel::setFilter(const ApplicationFilter &filter)
{
    m_filter = filter;
    reload();
}

void ApplicationsModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

int ApplicationsModel::rowOf(const QString &applicationId) const
{
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).application.id == applicationId)
            return i;
    }
    return -1;
}

int ApplicationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ApplicationColumn::Count);
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SqlPageModelOf<ApplicationRow>::headerData(section, orientation, role);
    return columnTitle(ApplicationColumn(section));
}

QVariant ApplicationsModel::data(const QModelIndex &index, int role) const
{
    const ApplicationRow *row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = ApplicationColumn(index.column());
    switch (role) {
    case Qt::DisplayRole: return display(*row, column);
    case Qt::ForegroundRole:
        if (row->clockRunning() && row->standing.overdue)
            return sdk::negativeColour();
        if (!isOpen(row->application.status))
            return sdk::mutedColour();
        return {};
    case Qt::FontRole:
        if (row->clockRunning() && row->standing.dueToday) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ApplicationColumn::Left)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole: return row->application.id;
    default: return {};
    }
}

QVariant ApplicationsModel::display(const ApplicationRow &row, ApplicationColumn column) const
{
    const Application &a = row.application;
    switch (column) {
    case ApplicationColumn::Person: return row.personName;
    case ApplicationColumn::PersonNo: return a.personNo;
    case ApplicationColumn::Kind: return kindTitle(a.kind);
    case ApplicationColumn::Channel: return channelTitle(a.channel);
    case ApplicationColumn::Status: return statusTitle(a.status);
    case ApplicationColumn::Received: return sdk::day(a.receivedOn);
    case ApplicationColumn::Due: return sdk::day(a.dueOn);
    case ApplicationColumn::Left:
        if (!row.clockRunning())
            return {};
        if (row.standing.overdue)
            return Tr::tr("%1 overdue").arg(-row.standing.workingDaysLeft);
        return row.standing.dueToday ? Tr::tr("due today") : QString::number(row.standing.workingDaysLeft);
    case ApplicationColumn::Handler: return a.handler;
    case ApplicationColumn::Count: break;
    }
    return {};
}

QList<ApplicationRow> ApplicationsModel::fetchPage(QSqlDatabase &db, int limit, int offset, QString *error)
{
    QList<ApplicationRow> page;
    listApplications(db, m_filter, m_today, limit, offset, [&page](const ApplicationRow &row) {
        page.append(row);
        return true;
    }, error);
    return page;
}

sdk::SqlPageModelBase::Count ApplicationsModel::count() const
{
    return Count{[filter = m_filter](QSqlDatabase &db) { return countApplications(db, filter); }, false};
}

} // namespace ltc::applications::ui
