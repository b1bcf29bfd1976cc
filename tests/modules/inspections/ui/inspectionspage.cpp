#include "inspections/ui/inspectionspage.h"

#include "inspections/domain/inspections.h"
#include "sdk/modulecontext.h"
#include "sdk/sqlpagemodel.h"
#include "sdk/widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ltc::inspection::ui {

InspectionsPage::InspectionsPage(ModuleContext &context, QWidget *parent)
    : QWidget(parent), m_model(new sdk::SqlPageModel(context, this))
{
    m_finding = sdk::filterCombo(QStringLiteral("findingFilter"), tr("Show one finding only"), 12, this);
    m_finding->addItem(tr("all findings"), QString());
    for (const QString &finding : findings())
        m_finding->addItem(finding, finding);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("inspectionsTotal"));
    m_view = sdk::worklistView(QStringLiteral("inspectionsView"), this);
    m_view->setModel(m_model);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_finding);
    filters->addStretch(1);
    filters->addWidget(m_total);
    auto *column = new QVBoxLayout(this);
    column->addLayout(filters);
    column->addWidget(m_view, 1);

    connect(m_finding, &QComboBox::currentIndexChanged, this, &InspectionsPage::query);
    connect(m_model, &sdk::SqlPageModelBase::totalChanged, this, &InspectionsPage::showTotal);
    // A command or a sync may have changed what is listed.
    connect(&context, &ModuleContext::dataChanged, m_model, &sdk::SqlPageModelBase::refresh);
    query();
}

void InspectionsPage::query()
{
    const Selection chosen = selection(m_finding->currentData().toString(), {});
    sdk::SqlPageQuery page;
    page.from = kListFrom;
    page.where = chosen.where;
    page.bindings = chosen.bindings;
    page.columns = {{tr("Inspected on"), QStringLiteral("n.inspected_on"), {}},
                    {tr("Institution"), QStringLiteral("n.institution_code"), {}},
                    {tr("Name"), QStringLiteral("i.name"), {}},
                    {tr("Finding"), QStringLiteral("n.finding"), {}},
                    {tr("Note"), QStringLiteral("n.note"), {}},
                    {tr("Inspector"), QStringLiteral("n.inspector"), {}}};
    page.tieBreak = kListOrder;
    m_model->setQuery(std::move(page));
}

void InspectionsPage::showTotal(qint64 total) { m_total->setText(tr("Inspections: %1").arg(total)); }

} // namespace ltc::inspection::ui
