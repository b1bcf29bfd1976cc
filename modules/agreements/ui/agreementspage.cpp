#include "agreements/ui/agreementspage.h"

#include "agreements/domain/designationcommands.h"
#include "agreements/ui/agreementtexts.h"
#include "agreements/ui/institutionsmodel.h"
#include "core/tr.h"
#include "core/workcalendar.h"
#include "database/records/corereads.h"
#include "sdk/format.h"
#include "sdk/modulecontext.h"
#include "sdk/widgets.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QUrl>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ltc::agreements::ui {
namespace {

const QString kSettings = QStringLiteral("agreements/");

// The sections of an institution's page, in tab order.
const QStringList kSections{QStringLiteral("profile"), QStringLiteral("agreements"), QStringLiteral("staff"),
                            QStringLiteral("scores"), QStringLiteral("violations"), QStringLiteral("suspensions"),
                            QStringLiteral("history")};

QString sectionTitle(const QString &section)
{
    if (section == QLatin1String("profile"))
        return Tr::tr("Profile");
    if (section == QLatin1String("agreements"))
        return Tr::tr("Service agreements");
    if (section == QLatin1String("staff"))
        return Tr::tr("Staff");
    if (section == QLatin1String("scores"))
        return Tr::tr("Scores");
    if (section == QLatin1String("violations"))
        return Tr::tr("Violations");
    if (section == QLatin1String("suspensions"))
        return Tr::tr("Suspensions");
    return Tr::tr("History");
}

QComboBox *choices(const QString &name, const QString &all, const QStringList &codes,
                   const std::function<QString(const QString &)> &title, QWidget *parent)
{
    QComboBox *combo = sdk::filterCombo(name, all, 12, parent);
    combo->addItem(all, QString());
    for (const QString &code : codes)
        combo->addItem(title(code), code);
    return combo;
}

// The documents in one drop-down, so that the bars fit a laptop.
QToolButton *documentsButton(const QList<QAction *> &actions, QWidget *parent)
{
    auto *documents = new QToolButton(parent);
    documents->setObjectName(QStringLiteral("agreementsDocuments"));
    documents->setText(Tr::tr("Documents"));
    documents->setPopupMode(QToolButton::InstantPopup);
    documents->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(documents);
    menu->addActions(actions);
    documents->setMenu(menu);
    return documents;
}

QToolBar *toolBar(const QList<QAction *> &actions, QWidget *parent)
{
    auto *tools = new QToolBar(parent);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions(actions);
    return tools;
}

QList<QAction *> named(const QHash<QString, QAction *> &actions, std::initializer_list<const char *> names)
{
    QList<QAction *> list;
    for (const char *name : names)
        list << actions.value(QString::fromLatin1(name));
    return list;
}

} // namespace

AgreementsPage::AgreementsPage(ModuleContext &context, std::shared_ptr<Prompts> prompts, QWidget *parent)
    : QWidget(parent), m_context(context), m_prompts(std::move(prompts))
{
    m_model = new InstitutionsModel(context, this);
    buildActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("agreementsTabs"));
    m_tabs->addTab(buildInstitutionsTab(), Tr::tr("Institutions"));
    m_tabs->addTab(buildDesignationsTab(), Tr::tr("Designations"));
    layout->addWidget(m_tabs);
    connect(&context, &ModuleContext::dataChanged, this, &AgreementsPage::refresh);
    connect(m_model, &InstitutionsModel::totalChanged, this,
            [this](qint64 total) { m_count->setText(total < 0 ? Tr::tr("counting…") : Tr::tr("%1 institutions").arg(total)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_code.isEmpty() && !selectInstitution(m_code))
            showInstitution();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        m_code = index.isValid() ? m_model->data(index.siblingAtColumn(0), Qt::UserRole).toString() : QString();
        showInstitution();
    });
    restoreState();
    applyFilter();
    fillDesignations();
    showInstitution();
}

AgreementsPage::~AgreementsPage() { saveState(); }

QDate AgreementsPage::today() const { return officeDate(); }

QWidget *AgreementsPage::buildInstitutionsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *filters = new QHBoxLayout;
    m_kind = choices(QStringLiteral("agreementsKind"), Tr::tr("All kinds"), {QStringLiteral("CARE"), QStringLiteral("ASSESS")},
                     kindTitle, tab);
    m_status = choices(QStringLiteral("agreementsStatus"), Tr::tr("Any agreement state"), institutionStatuses(),
                       [](const QString &status) { return listedTitle(status); }, tab);
    m_status->setMinimumContentsLength(16);  // "Expired, not renewed"
    m_district = choices(QStringLiteral("agreementsDistrict"), Tr::tr("All districts"), {},
                         [](const QString &code) { return code; }, tab);
    m_expiring = new QCheckBox(Tr::tr("Expiring within 60 days or overdue"), tab);
    m_expiring->setObjectName(QStringLiteral("agreementsExpiring"));
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("agreementsSearch"));
    m_search->setPlaceholderText(Tr::tr("Name, code or credit code"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(tab);
    for (QWidget *widget : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_status),
                            static_cast<QWidget *>(m_district), static_cast<QWidget *>(m_expiring)})
        filters->addWidget(widget);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    for (QComboBox *combo : {m_kind, m_status, m_district})
        connect(combo, &QComboBox::currentIndexChanged, this, &AgreementsPage::applyFilter);
    connect(m_expiring, &QCheckBox::toggled, this, &AgreementsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &AgreementsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    QToolBar *tools = toolBar(named(m_actions, {"sign", "end", "filing", "suspend", "score", "violation", "staff_suspend",
                                                "staff_bar", "representative_bar", "profile"}),
                              tab);
    tools->addSeparator();
    tools->addWidget(documentsButton(named(m_actions, {"designated", "designated_pdf", "designated_xlsx"}), tab));
    layout->addWidget(tools);

    m_splitter = new QSplitter(tab);
    m_view = sdk::worklistView(QStringLiteral("agreementsTable"), m_splitter);
    m_view->setModel(m_model);
    sdk::addColumnMenu(m_view);
    sdk::setColumnWidths(m_view, {105, 210, 110, 45, 65, 90, 120, 60, 90, 110});
    // A header click sorts in SQL (InstitutionsModel::sort); no indicator is the default order.
    // The header's saved state brings the last sort back with the columns.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_panel = new QTabWidget(m_splitter);
    m_panel->setObjectName(QStringLiteral("institutionPanel"));
    for (const QString &section : kSections) {
        auto *browser = new QTextBrowser(m_panel);
        browser->setObjectName(QStringLiteral("institution_") + section);
        m_sections.insert(section, browser);
        if (section == QLatin1String("staff")) {
            browser->setOpenLinks(false);
            connect(browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
                if (link.scheme() == QLatin1String("staff"))
                    showStaffHistory(link.path());
            });
        }
        m_panel->addTab(browser, sectionTitle(section));
    }
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_panel);
    layout->addWidget(m_splitter, 1);
    return tab;
}

QWidget *AgreementsPage::buildDesignationsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *top = new QHBoxLayout;
    m_openOnly = new QCheckBox(Tr::tr("Open only"), tab);
    m_openOnly->setObjectName(QStringLiteral("designationsOpenOnly"));
    m_openOnly->setChecked(true);
    connect(m_openOnly, &QCheckBox::toggled, this, &AgreementsPage::fillDesignations);
    top->addWidget(m_openOnly);
    top->addStretch(1);
    top->addWidget(documentsButton(named(m_actions, {"notice", "notice_pdf", "publication", "designated"}), tab));
    layout->addLayout(top);
    layout->addWidget(toolBar(named(m_actions, {"apply", "request", "receive", "refuse", "formal", "review", "second",
                                                "publish", "objection", "negotiate", "sign_first"}),
                              tab));
    m_designationSplitter = new QSplitter(tab);
    m_designations = new QTableWidget(0, 6, m_designationSplitter);
    m_designations->setObjectName(QStringLiteral("designationsTable"));
    m_designations->setHorizontalHeaderLabels({Tr::tr("Institution"), Tr::tr("Code"), Tr::tr("State"), Tr::tr("Applied on"),
                                               Tr::tr("Deadline"), Tr::tr("Working days left")});
    m_designations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_designations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_designations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_designations->setAlternatingRowColors(true);
    m_designations->verticalHeader()->hide();
    m_designations->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < 6; ++column)
        m_designations->setColumnWidth(column, QList<int>{180, 105, 100, 90, 90, 120}.at(column));
    connect(m_designations, &QTableWidget::currentCellChanged, this, [this](int row) {
        QTableWidgetItem *item = row >= 0 ? m_designations->item(row, 0) : nullptr;
        m_designationId = item ? item->data(Qt::UserRole).toString() : QString();
        showDesignation();
    });
    m_designationDetail = new QTextBrowser(m_designationSplitter);
    m_designationDetail->setObjectName(QStringLiteral("designationDetail"));
    m_designationSplitter->addWidget(m_designations);
    m_designationSplitter->addWidget(m_designationDetail);
    layout->addWidget(m_designationSplitter, 1);
    return tab;
}

void AgreementsPage::applyFilter()
{
    InstitutionFilter filter;
    filter.kind = m_kind->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.district = m_district->currentData().toString();
    filter.expiring = m_expiring->isChecked();
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter, today());
}

void AgreementsPage::refresh()
{
    // Districts appear with the institutions imported or registered.
    QSqlDatabase db = m_context.readConnection();
    for (const QString &district : institutionDistricts(db)) {
        if (m_district->findData(district) < 0)
            m_district->addItem(district, district);
    }
    m_model->refresh();
    fillDesignations();
    showInstitution();
}

void AgreementsPage::fillDesignations()
{
    QSqlDatabase db = m_context.readConnection();
    const QList<Designation> list = listDesignations(db, m_openOnly->isChecked());
    const WorkCalendar calendar = m_context.calendar();
    const QString keep = m_designationId;
    const QSignalBlocker blocker(m_designations);
    m_designations->setRowCount(int(list.size()));
    int current = -1;
    for (int row = 0; row < list.size(); ++row) {
        const Designation &d = list.at(row);
        const DeadlineLeft left = deadlineLeft(calendar, d.deadline(), today());
        const QStringList cells{d.institutionName, d.institutionCode, designationTitle(d.status), sdk::day(d.appliedOn),
                                sdk::day(d.deadline()), deadlineText(left, d.deadline().isValid())};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (left.overdue && d.deadline().isValid())
                item->setForeground(sdk::negativeColour());
            else if (!d.isOpen())
                item->setForeground(sdk::mutedColour());
            if (left.dueToday) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_designations->setItem(row, column, item);
        }
        m_designations->item(row, 0)->setData(Qt::UserRole, d.id);
        if (d.id == keep)
            current = row;
    }
    if (current >= 0)
        m_designations->setCurrentCell(current, 0);
    else
        m_designationId.clear();
    showDesignation();
}

bool AgreementsPage::selectInstitution(const QString &code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

bool AgreementsPage::selectDesignation(const QString &id)
{
    for (int row = 0; row < m_designations->rowCount(); ++row) {
        if (m_designations->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_designations->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

std::optional<Designation> AgreementsPage::currentDesignation() const
{
    if (m_designationId.isEmpty())
        return std::nullopt;
    QSqlDatabase db = m_context.readConnection();
    return findDesignation(db, m_designationId);
}

QString AgreementsPage::sectionText(const QString &section) const
{
    QTextBrowser *browser = m_sections.value(section);
    return browser ? browser->toPlainText() : QString();
}

QString AgreementsPage::designationText() const { return m_designationDetail->toPlainText(); }

void AgreementsPage::showInstitution()
{
    QSqlDatabase db = m_context.readConnection();
    const std::optional<InstitutionProfile> profile = m_code.isEmpty() ? std::nullopt : institutionProfile(db, m_code, today());
    if (!profile) {
        const QString hint = QStringLiteral("<p>%1</p>").arg(Tr::tr("Choose an institution.").toHtmlEscaped());
        for (QTextBrowser *browser : std::as_const(m_sections))
            browser->setHtml(hint);
        updateActions();
        return;
    }
    const QHash<QString, QString> forms = serviceFormNames(db);
    m_sections.value(QStringLiteral("profile"))->setHtml(profileHtml(*profile, unmetStaffingOf(db, m_code, today()), forms));
    m_sections.value(QStringLiteral("agreements"))->setHtml(agreementsHtml(agreementsOf(db, m_code), forms, today()));
    m_sections.value(QStringLiteral("staff"))->setHtml(staffHtml(staffOf(db, m_code), today()));
    m_sections.value(QStringLiteral("scores"))->setHtml(scoresHtml(scoresOf(db, m_code)));
    m_sections.value(QStringLiteral("violations"))->setHtml(violationsHtml(violationsOf(db, m_code)));
    m_sections.value(QStringLiteral("suspensions"))->setHtml(suspensionsHtml(suspensionsOf(db, m_code), today()));
    m_sections.value(QStringLiteral("history"))->setHtml(historyHtml(historyOf(db, m_code)));
    updateActions();
}

bool AgreementsPage::showStaffHistory(const QString &staffNo)
{
    QSqlDatabase db = m_context.readConnection();
    const std::optional<StaffHistory> history = staffHistory(db, staffNo);
    if (!history)
        return false;
    m_prompts->showDetails(this, Tr::tr("Staff history: %1 %2").arg(history->staffNo, history->name),
                           staffHistoryHtml(*history));
    return true;
}

void AgreementsPage::showDesignation()
{
    const std::optional<Designation> d = currentDesignation();
    if (!d) {
        m_designationDetail->setHtml(QStringLiteral("<p>%1</p>").arg(
            Tr::tr("Choose an application for designation, or receive a new one.").toHtmlEscaped()));
    } else {
        QSqlDatabase db = m_context.readConnection();
        m_designationDetail->setHtml(
            designationHtml(*d, objectionsOf(db, d->id), deadlineLeft(m_context.calendar(), d->deadline(), today())));
    }
    updateActions();
}

void AgreementsPage::restoreState()
{
    QSettings settings;
    QHeaderView *header = m_view->horizontalHeader();
    header->restoreState(settings.value(kSettings + QStringLiteral("header")).toByteArray());
    // The sort the header saved, in the model too (whether or not restoring told the view).
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_designations->horizontalHeader()->restoreState(
        settings.value(kSettings + QStringLiteral("designationsHeader")).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSettings + QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({720, 480});
    if (!m_designationSplitter->restoreState(settings.value(kSettings + QStringLiteral("designationsSplitter")).toByteArray()))
        m_designationSplitter->setSizes({700, 440});
    QSqlDatabase db = m_context.readConnection();
    for (const QString &district : institutionDistricts(db))
        m_district->addItem(district, district);
}

void AgreementsPage::saveState() const
{
    QSettings settings;
    settings.setValue(kSettings + QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(kSettings + QStringLiteral("designationsHeader"), m_designations->horizontalHeader()->saveState());
    settings.setValue(kSettings + QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(kSettings + QStringLiteral("designationsSplitter"), m_designationSplitter->saveState());
}

} // namespace ltc::agreements::ui
