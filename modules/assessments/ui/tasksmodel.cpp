#include "assessments/ui/tasksmodel.h"

#include "assessments/domain/dispatchrules.h"
#include "assessments/ui/tasktexts.h"
#include "core/tr.h"
#include "sdk/format.h"

#include <algorithm>

namespace ltc::assessments::ui {
namespace {

QString columnTitle(TaskColumn column)
{
    switch (column) {
    case TaskColumn::Person: return Tr::tr("Name");
    case TaskColumn::PersonNo: return Tr::tr("Person no.");
    case TaskColumn::Kind: return Tr::tr("Kind");
    case TaskColumn::State: return Tr::tr("State");
    case TaskColumn::Agency: return Tr::tr("Agency");
    case TaskColumn::Team: return Tr::tr("Team");
    case TaskColumn::Accepted: return Tr::tr("Accepted on");
    case TaskColumn::Due: return Tr::tr("Letter due");
    case TaskColumn::Left: return Tr::tr("Working days left");
    case TaskColumn::Mode: return Tr::tr("Mode");
    case TaskColumn::Count: break;
    }
    return {};
}

// The team by name (a member the registry does not know by number); with the numbers for the
// tooltip.
QString teamText(const TaskRow &row, bool withNumbers)
{
    QStringList members;
    for (int i = 0; i < row.team.size(); ++i) {
        const QString name = row.teamNames.value(i);
        if (name.isEmpty())
            members << row.team.at(i);
        else
            members << (withNumbers ? QStringLiteral("%1 (%2)").arg(name, row.team.at(i)) : name);
    }
    return members.join(QStringLiteral(", "));
}

} // namespace

TasksModel::TasksModel(const ReadAccess &reads, QObject *parent)
    : SqlPageModelOf<TaskRow>(reads, parent), m_today(officeDate(QDateTime::currentDateTimeUtc()))
{
}

void TasksModel::setFilter(const TaskFilter &filter)
{
    m_filter = filter;
    reload();
}

void TasksModel::setToday(QDate today) { m_today = today; }

int TasksModel::rowOf(const QString &taskId) const
{
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).id == taskId)
            return i;
    }
    return -1;
}

int TasksModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(TaskColumn::Count); }

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SqlPageModelOf<TaskRow>::headerData(section, orientation, role);
    return columnTitle(TaskColumn(section));
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    const TaskRow *row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = TaskColumn(index.column());
    switch (role) {
    case Qt::DisplayRole: return display(*row, column);
    case Qt::ToolTipRole:
        if (column == TaskColumn::Team)
            return teamText(*row, true);
        return column == TaskColumn::Agency ? QVariant(QStringLiteral("%1 %2").arg(row->agency, row->agencyName).trimmed()) : QVariant();
    case Qt::ForegroundRole:
        if (row->overdue())
            return sdk::negativeColour();
        if (!row->clockRunning)
            return sdk::mutedColour();
        return {};
    case Qt::TextAlignmentRole:
        if (column == TaskColumn::Left)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole: return row->id;
    default: return {};
    }
}

QVariant TasksModel::display(const TaskRow &row, TaskColumn column) const
{
    switch (column) {
    case TaskColumn::Person: return row.personName;
    case TaskColumn::PersonNo: return row.personNo;
    case TaskColumn::Kind: return kindTitle(row.kind);
    case TaskColumn::State: return row.deliveredOn.isValid() ? Tr::tr("Delivered") : stateTitle(row.state);
    case TaskColumn::Agency: return row.agencyName.isEmpty() ? row.agency : row.agencyName;
    case TaskColumn::Team: return teamText(row, false);
    case TaskColumn::Accepted: return sdk::day(row.acceptedOn);
    case TaskColumn::Due: return sdk::day(row.dueOn);
    case TaskColumn::Left:
        if (!row.clockRunning)
            return {};
        if (row.overdue())
            return Tr::tr("%1 overdue").arg(std::max(1, -row.workingDaysLeft));
        return row.workingDaysLeft == 0 ? Tr::tr("due today") : QString::number(row.workingDaysLeft);
    case TaskColumn::Mode: return row.online ? Tr::tr("online") : QString();
    case TaskColumn::Count: break;
    }
    return {};
}

QList<TaskRow> TasksModel::fetchPage(QSqlDatabase &db, int limit, int offset, QString *error)
{
    QList<TaskRow> page;
    listTaskRows(db, m_filter, m_today, limit, offset, [&page](const TaskRow &row) {
        page.append(row);
        return true;
    }, error);
    return page;
}

sdk::SqlPageModelBase::Count TasksModel::count() const
{
    return Count{[filter = m_filter, today = m_today](QSqlDatabase &db) { return countTaskRows(db, filter, today); }, false};
}

} // namespace ltc::assessments::ui
