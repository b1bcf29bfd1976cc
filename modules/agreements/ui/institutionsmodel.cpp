#include "agreements/ui/institutionsmodel.h"

#include "agreements/ui/agreementtexts.h"
#include "core/tr.h"
#include "core/workcalendar.h"
#include "sdk/format.h"

#include <QFont>

namespace ltc::agreements::ui {
namespace {

QString columnTitle(InstitutionColumn column)
{
    switch (column) {
    case InstitutionColumn::Code: return Tr::tr("Code");
    case InstitutionColumn::Name: return Tr::tr("Institution name");
    case InstitutionColumn::Kind: return Tr::tr("Kind");
    case InstitutionColumn::Grade: return Tr::tr("Grade");
    case InstitutionColumn::District: return Tr::tr("District");
    case InstitutionColumn::Status: return Tr::tr("Agreement");
    case InstitutionColumn::Until: return Tr::tr("Agreement until");
    case InstitutionColumn::Suspended: return Tr::tr("Suspended");
    case InstitutionColumn::Designation: return Tr::tr("Designation");
    case InstitutionColumn::Phone: return Tr::tr("Phone");
    case InstitutionColumn::Count: break;
    }
    return {};
}

InstitutionOrder orderBy(int column)
{
    switch (InstitutionColumn(column)) {
    case InstitutionColumn::Code: return InstitutionOrder::Code;
    case InstitutionColumn::Name: return InstitutionOrder::Name;
    case InstitutionColumn::Kind: return InstitutionOrder::Kind;
    case InstitutionColumn::Grade: return InstitutionOrder::Grade;
    case InstitutionColumn::District: return InstitutionOrder::District;
    case InstitutionColumn::Status: return InstitutionOrder::Status;
    case InstitutionColumn::Until: return InstitutionOrder::LastDay;
    case InstitutionColumn::Suspended: return InstitutionOrder::Suspended;
    case InstitutionColumn::Designation: return InstitutionOrder::Designation;
    case InstitutionColumn::Phone: return InstitutionOrder::Phone;
    case InstitutionColumn::Count: break;
    }
    return InstitutionOrder::Default;
}

} // namespace

InstitutionsModel::InstitutionsModel(const ReadAccess &reads, QObject *parent)
    : SqlPageModelOf<InstitutionRow>(reads, parent), m_today(officeDate())
{
}

void InstitutionsModel::setFilter(const InstitutionFilter &filter, QDate today)
{
    m_filter = filter;
    m_today = today;
    reload();
}

void InstitutionsModel::sort(int column, Qt::SortOrder order)
{
    m_sort = {orderBy(column), order == Qt::DescendingOrder};
    reload();
}

int InstitutionsModel::rowOf(const QString &code) const
{
    for (int i = 0; i < rows().size(); ++i) {
        if (rows().at(i).code == code)
            return i;
    }
    return -1;
}

int InstitutionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(InstitutionColumn::Count);
}

QVariant InstitutionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SqlPageModelOf<InstitutionRow>::headerData(section, orientation, role);
    return columnTitle(InstitutionColumn(section));
}

QVariant InstitutionsModel::data(const QModelIndex &index, int role) const
{
    const InstitutionRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*row, InstitutionColumn(index.column()));
    case Qt::ForegroundRole:
        if (row->status == listed::Overdue || (row->suspended && InstitutionColumn(index.column()) == InstitutionColumn::Suspended))
            return sdk::negativeColour();
        if (row->status == listed::Ended || row->status == listed::None)
            return sdk::mutedColour();
        return {};
    case Qt::FontRole:
        if (row->status == listed::Expiring) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::UserRole: return row->code;
    default: return {};
    }
}

QVariant InstitutionsModel::display(const InstitutionRow &row, InstitutionColumn column) const
{
    switch (column) {
    case InstitutionColumn::Code: return row.code;
    case InstitutionColumn::Name: return row.name;
    case InstitutionColumn::Kind: return kindTitle(row.kind);
    case InstitutionColumn::Grade: return row.grade;
    case InstitutionColumn::District: return row.district;
    case InstitutionColumn::Status: return listedTitle(row);
    case InstitutionColumn::Until:
        if (row.status == listed::Expiring)
            return Tr::tr("%1 (%2 days)").arg(sdk::day(row.lastAgreementDay)).arg(m_today.daysTo(row.lastAgreementDay));
        return sdk::day(row.lastAgreementDay);
    case InstitutionColumn::Suspended: return row.suspended ? Tr::tr("suspended") : QString();
    case InstitutionColumn::Designation: return row.designation.isEmpty() ? QString() : designationTitle(row.designation);
    case InstitutionColumn::Phone: return row.phone;
    case InstitutionColumn::Count: break;
    }
    return {};
}

QList<InstitutionRow> InstitutionsModel::fetchPage(QSqlDatabase &db, int limit, int offset, QString *error)
{
    QList<InstitutionRow> page;
    listInstitutions(db, m_filter, m_today, limit, offset, page, error, m_sort);
    return page;
}

sdk::SqlPageModelBase::Count InstitutionsModel::count() const
{
    return Count{[filter = m_filter, today = m_today](QSqlDatabase &db) { return countInstitutions(db, filter, today); }, false};
}

} // namespace ltc::agreements::ui
