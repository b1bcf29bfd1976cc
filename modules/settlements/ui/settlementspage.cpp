// The page itself: its toolbar, the batches and lines tables with the filter bar and the person
// panel, what is selected, and the state it remembers. The steps a user takes are in
// settlementsteps.cpp.
#include "settlements/ui/settlementspage.h"

#include "core/tr.h"
#include "database/domainregistry.h"
#include "sdk/backgroundtask.h"
#include "sdk/modulecontext.h"
#include "sdk/widgets.h"
#include "settlements/domain/reviewcommands.h"
#include "settlements/output/settlementreport.h"
#include "settlements/ui/batchesmodel.h"
#include "settlements/ui/claimlinesmodel.h"
#include "settlements/ui/personpanel.h"
#include "settlements/ui/uiformat.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ltc::settlement::ui {
namespace {

const QString kSettings = QStringLiteral("settlements/");
constexpr int kSearchDelayMs = 250;  // filter as the user types, not at every key

const QList<BatchStep> kSteps{BatchStep::AcceptClean,          BatchStep::ReviewLine,
                              BatchStep::CompleteFirstReview,  BatchStep::ReturnToInstitution,
                              BatchStep::SecondReview,         BatchStep::MarkPaid};

// The page's own touches on the shell's palette: a white tool bar with one primary action, quiet
// section titles, amber for why a step is closed. The tool bar's » button (actions that do not
// fit, at 150 %) keeps no padding: with the buttons' padding its arrow would not be drawn.
QString pageStyle()
{
    return QStringLiteral(R"(
QToolBar#settlementsToolBar { background: #ffffff; border: 1px solid #dde2e8; border-radius: 6px; padding: 3px 6px; spacing: 2px; }
QToolBar#settlementsToolBar QToolButton { padding: 4px 9px; border-radius: 4px; }
QToolBar#settlementsToolBar QToolButton:hover { background: #eef3fb; }
QToolBar#settlementsToolBar QToolButton#qt_toolbar_ext_button { padding: 0px; min-width: 16px; }
QToolButton#primaryButton { background: #1f6feb; color: #ffffff; font-weight: 600; }
QToolButton#primaryButton:hover { background: #1a62d6; }
QToolButton#primaryButton:disabled { background: #9bbcf5; }
#sectionTitle, #panelTitle { font-weight: 600; color: #1f2328; }
#monthTotals { color: #424a53; }
#stepHint { color: #9a6700; }
#lineCount { color: #6e7781; }
)");
}

} // namespace

SettlementsPage::SettlementsPage(ModuleContext &context, std::shared_ptr<Prompts> prompts, QWidget *parent)
    : QWidget(parent), m_context(context), m_prompts(prompts ? std::move(prompts) : std::make_shared<DialogPrompts>()),
      m_tasks(new sdk::BackgroundTasks(this)), m_batches(new BatchesModel(this)),
      m_lines(new ClaimLinesModel(context, this)), m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("settlementsPage"));
    setStyleSheet(pageStyle());
    buildActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(buildToolBar());

    m_monthTotals = new QLabel(this);
    m_monthTotals->setObjectName(QStringLiteral("monthTotals"));
    m_monthTotals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_monthTotals->setWordWrap(true);
    layout->addWidget(m_monthTotals);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("verticalSplitter"));
    m_vertical->setChildrenCollapsible(false);
    m_vertical->addWidget(buildBatchesTable());
    // The filters span the lines and the person beside them: the bar fits a laptop's width.
    auto *lower = new QWidget(m_vertical);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(4);
    lowerLayout->addWidget(buildFilterBar());
    m_horizontal = new QSplitter(Qt::Horizontal, lower);
    m_horizontal->setChildrenCollapsible(false);
    m_horizontal->addWidget(buildLinesTable());
    m_person = new PersonPanel(m_horizontal);
    m_person->setMinimumWidth(240);
    m_horizontal->addWidget(m_person);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 1);
    lowerLayout->addWidget(m_horizontal, 1);
    m_vertical->addWidget(lower);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 3);
    layout->addWidget(m_vertical, 1);

    connectSignals();
    reloadPeriods();
    restoreState();
}

SettlementsPage::~SettlementsPage() { saveState(); }

// ---- building -----------------------------------------------------------------------------

void SettlementsPage::buildActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_runAudit = make(tr("Run audit"), QStringLiteral("runAudit"), QKeySequence(Qt::Key_F9));
    m_stepActions.insert(BatchStep::AcceptClean, make(tr("Accept clean lines"), QStringLiteral("acceptClean")));
    m_stepActions.insert(BatchStep::ReviewLine, make(tr("Review line…"), QStringLiteral("reviewLine")));
    m_stepActions.insert(BatchStep::CompleteFirstReview, make(tr("Complete first review"), QStringLiteral("completeFirstReview")));
    m_stepActions.insert(BatchStep::ReturnToInstitution, make(tr("Return to institution…"), QStringLiteral("returnToInstitution")));
    m_stepActions.insert(BatchStep::SecondReview, make(tr("Second review…"), QStringLiteral("secondReview")));
    m_stepActions.insert(BatchStep::MarkPaid, make(tr("Mark paid…"), QStringLiteral("markPaid")));
    m_sample = make(tr("Review sample…"), QStringLiteral("sample"));
    m_whatIf = make(tr("Policy what-if…"), QStringLiteral("whatIf"));
    m_fees = make(tr("Assessment fees…"), QStringLiteral("assessmentFees"));
    m_fees->setToolTip(tr("The assessment agencies' fees of a month: one line per conclusion letter delivered, "
                          "reviewed twice like the care months"));
    m_export = make(tr("Export…"), QStringLiteral("export"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printReport = make(tr("Print month report…"), QStringLiteral("printReport"));
    m_printStatement = make(tr("Print statement…"), QStringLiteral("printStatement"), QKeySequence::Print);
    m_runAudit->setToolTip(tr("Compute the month's results, show what changes, and store them (F9)"));
    m_whatIf->setToolTip(tr("Run a draft policy over this month and compare the totals; nothing is stored"));
    m_printStatement->setToolTip(tr("The settlement statement of the selected line's person, to sign (Ctrl+P)"));
    m_export->setToolTip(tr("The month's results as Excel, CSV or a PDF report (Ctrl+E)"));
    connectActions();
    showPermittedSteps();
}

void SettlementsPage::connectActions()
{
    connect(m_runAudit, &QAction::triggered, this, &SettlementsPage::runAudit);
    connect(m_stepActions.value(BatchStep::AcceptClean), &QAction::triggered, this, &SettlementsPage::acceptCleanLines);
    connect(m_stepActions.value(BatchStep::ReviewLine), &QAction::triggered, this, &SettlementsPage::reviewCurrentLine);
    connect(m_stepActions.value(BatchStep::CompleteFirstReview), &QAction::triggered, this,
            &SettlementsPage::completeFirstReview);
    connect(m_stepActions.value(BatchStep::ReturnToInstitution), &QAction::triggered, this,
            &SettlementsPage::returnToInstitution);
    connect(m_stepActions.value(BatchStep::SecondReview), &QAction::triggered, this, &SettlementsPage::secondReview);
    connect(m_stepActions.value(BatchStep::MarkPaid), &QAction::triggered, this, &SettlementsPage::markPaid);
    connect(m_sample, &QAction::triggered, this, &SettlementsPage::chooseSample);
    connect(m_whatIf, &QAction::triggered, this, &SettlementsPage::whatIf);
    connect(m_fees, &QAction::triggered, this, &SettlementsPage::openAssessmentFees);
    connect(m_export, &QAction::triggered, this, &SettlementsPage::exportResults);
    connect(m_printReport, &QAction::triggered, this, &SettlementsPage::printMonthReport);
    connect(m_printStatement, &QAction::triggered, this, &SettlementsPage::printStatement);
}

void SettlementsPage::showPermittedSteps()
{
    // Steps the user's roles never allow are not shown at all (a payer sees no review steps).
    const CommandSpec *audit = m_context.registry().command(QStringLiteral("settlement.run_audit"));
    m_runAudit->setVisible(audit && m_context.user().hasAnyRole(audit->roles));
    for (auto it = m_stepActions.cbegin(); it != m_stepActions.cend(); ++it) {
        const CommandSpec *command = m_context.registry().command(stepCommand(it.key()));
        it.value()->setVisible(command && m_context.user().hasAnyRole(command->roles));
    }
    m_whatIf->setVisible(m_runAudit->isVisible());
}

QToolBar *SettlementsPage::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("settlementsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *periodLabel = new QLabel(tr("Period:"), bar);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setMinimumWidth(110);
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addSeparator();
    bar->addAction(m_runAudit);
    for (BatchStep step : kSteps)
        bar->addAction(m_stepActions.value(step));
    bar->addSeparator();
    bar->addAction(m_sample);
    bar->addAction(m_whatIf);
    bar->addAction(m_fees);
    bar->addSeparator();
    bar->addAction(m_export);
    bar->addAction(m_printReport);
    bar->addAction(m_printStatement);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_runAudit)))
        button->setObjectName(QStringLiteral("primaryButton"));
    return bar;
}

QWidget *SettlementsPage::buildBatchesTable()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Institutions this month"), box);
    title->setObjectName(QStringLiteral("sectionTitle"));
    header->addWidget(title);
    m_stepHint = new QLabel(box);
    m_stepHint->setObjectName(QStringLiteral("stepHint"));
    m_stepHint->setWordWrap(false);
    m_stepHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // never widens the page
    m_stepHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_stepHint, 1);
    layout->addLayout(header);
    m_batchView = sdk::worklistView(QStringLiteral("batches"), box);
    m_batchView->setModel(m_batches);
    sdk::setColumnWidths(m_batchView, {96, 184, 84, 64, 80, 104, 104, 100, 104, 100, 104, 100, 100});
    m_batchView->setColumnHidden(BatchesModel::Fund, true);  // deposit and payable say it; the menu shows it
    m_batchView->horizontalHeader()->setStretchLastSection(true);
    sdk::addColumnMenu(m_batchView);
    layout->addWidget(m_batchView);
    return box;
}

QWidget *SettlementsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    auto *label = new QLabel(tr("&Filter:"), bar);
    row->addWidget(label);
    m_institution = sdk::filterCombo(QStringLiteral("institutionFilter"), tr("Institution"), 13, bar);
    label->setBuddy(m_institution);
    m_reason = sdk::filterCombo(QStringLiteral("reasonFilter"), tr("Deduction reason"), 9, bar);
    m_reason->addItem(tr("All reasons"), QString());
    m_reason->addItem(tr("No deduction"), kNoDeduction);
    for (int n = 1; n <= 9; ++n) {
        const QString code = QStringLiteral("R%1").arg(n, 2, 10, QLatin1Char('0'));
        m_reason->addItem(code + QLatin1Char(' ') + reasonTitle(code), code);
    }
    m_review = sdk::filterCombo(QStringLiteral("reviewFilter"), tr("First review"), 7, bar);
    m_review->addItem(tr("Any review state"), int(ReviewFilter::Any));
    m_review->addItem(tr("Waiting for review"), int(ReviewFilter::NotReviewed));
    m_review->addItem(tr("Reviewed"), int(ReviewFilter::Reviewed));
    m_review->addItem(tr("Overridden"), int(ReviewFilter::Overridden));
    m_review->addItem(tr("Not audited"), int(ReviewFilter::NotAudited));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Person no., claim no. or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_sampleOnly = new QCheckBox(tr("&Sample only"), bar);
    m_sampleOnly->setObjectName(QStringLiteral("sampleOnly"));
    m_sampleOnly->setEnabled(false);
    // Room beyond the minimum goes to the institution's name and the search.
    row->addWidget(m_institution, 2);
    row->addWidget(m_reason, 1);
    row->addWidget(m_review);
    row->addWidget(m_search, 2);
    row->addWidget(m_sampleOnly);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    return bar;
}

QWidget *SettlementsPage::buildLinesTable()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_lineView = sdk::worklistView(QStringLiteral("lines"), box);
    m_lineView->setModel(m_lines);
    // Declaration order until the user sorts (the indicator first: enabling sorting sorts by it).
    m_lineView->horizontalHeader()->setSortIndicator(int(LineColumn::ClaimNo), Qt::AscendingOrder);
    m_lineView->setSortingEnabled(true);
    sdk::setColumnWidths(m_lineView, {108, 64, 76, 40, 92, 92, 92, 190, 96, 88, 88, 140, 40, 160, 92, 92});
    sdk::addColumnMenu(m_lineView);
    layout->addWidget(m_lineView, 1);
    m_count = new QLabel(box);
    m_count->setObjectName(QStringLiteral("lineCount"));
    layout->addWidget(m_count);
    return box;
}

void SettlementsPage::connectSignals()
{
    connect(&m_context, &ModuleContext::dataChanged, this, &SettlementsPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        QSettings().setValue(kSettings + QStringLiteral("lastPeriod"), period());
        clearSample();
        reloadBatches();
        applyFilter();
    });
    connect(m_institution, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const int row = m_batches->rowOf(institution());
        m_loading = true;
        if (row >= 0)
            m_batchView->selectRow(row);
        else
            m_batchView->clearSelection();
        m_loading = false;
        applyFilter();
    });
    connect(m_batchView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_loading || !current.isValid())
                    return;
                setInstitution(m_batches->batchAt(current.row())->totals.code);
            });
    for (QComboBox *combo : {m_reason, m_review})
        connect(combo, &QComboBox::currentIndexChanged, this, &SettlementsPage::applyFilter);
    connect(m_sampleOnly, &QCheckBox::toggled, this, &SettlementsPage::applyFilter);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &SettlementsPage::applyFilter);
    connect(m_lineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SettlementsPage::showCurrentLine);
    connect(m_lineView, &QTableView::activated, this, [this] {
        if (m_stepActions.value(BatchStep::ReviewLine)->isEnabled())
            reviewCurrentLine();
    });
    connect(m_lines, &ClaimLinesModel::totalChanged, this, &SettlementsPage::updateCount);
    connect(m_lines, &QAbstractItemModel::rowsInserted, this, &SettlementsPage::updateCount);
    connect(m_lines, &QAbstractItemModel::modelReset, this, &SettlementsPage::showCurrentLine);
}

// ---- state --------------------------------------------------------------------------------

QStringList SettlementsPage::periods() const
{
    QStringList list;
    for (int i = 0; i < m_period->count(); ++i)
        list << m_period->itemText(i);
    return list;
}

QString SettlementsPage::period() const { return m_period->currentText(); }

void SettlementsPage::setPeriod(const QString &period)
{
    const int index = m_period->findText(period);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

QString SettlementsPage::institution() const { return m_institution->currentData().toString(); }

void SettlementsPage::setInstitution(const QString &code)
{
    const int index = m_institution->findData(code);
    m_institution->setCurrentIndex(std::max(0, index));
}

void SettlementsPage::selectLine(int row)
{
    while (row >= m_lines->rowCount() && m_lines->canFetchMore({}))
        m_lines->fetchMore({});
    if (row >= 0 && row < m_lines->rowCount())
        m_lineView->setCurrentIndex(m_lines->index(row, 0));
}

const LineRow *SettlementsPage::currentLine() const
{
    const QModelIndex current = m_lineView->currentIndex();
    return current.isValid() ? m_lines->lineAt(current.row()) : nullptr;
}

const BatchRow *SettlementsPage::batchOf(const QString &institution) const
{
    return m_batches->batchAt(m_batches->rowOf(institution));
}

const BatchRow *SettlementsPage::currentBatch() const { return batchOf(institution()); }

QString SettlementsPage::personPanelText() const { return m_person->text(); }

QString SettlementsPage::sampleDescription() const { return m_sampleText; }

void SettlementsPage::refresh()
{
    reloadPeriods();
}

void SettlementsPage::reloadPeriods()
{
    QSqlDatabase db = connection();
    const QStringList periods = periodsWithClaims(db);
    const QString wanted = period().isEmpty() ? QSettings().value(kSettings + QStringLiteral("lastPeriod")).toString()
                                              : period();
    m_loading = true;
    m_period->clear();
    m_period->addItems(periods);
    m_period->setCurrentIndex(std::max<int>(0, int(periods.indexOf(wanted))));
    m_loading = false;
    reloadBatches();
    m_lines->setFormNames(m_formNames);
    // A refresh keeps the lines already fetched and the selected line.
    const LineRow *selected = currentLine();
    const QString claimNo = selected ? selected->line.claimNo : QString();
    const int lineNo = selected ? selected->line.lineNo : 0;
    applyFilter();
    if (!claimNo.isEmpty())
        selectLine(m_lines->rowOf(claimNo, lineNo));
}

void SettlementsPage::reloadBatches()
{
    QSqlDatabase db = connection();
    m_formNames = serviceFormNames(db);
    QList<BatchRow> visible;
    const QList<BatchRow> all = batchesOf(db, period());
    for (const BatchRow &batch : all) {
        if (batch.district.isEmpty() || m_context.user().canAccessDistrict(batch.district))
            visible << batch;
    }
    m_allInScope = visible.size() == all.size();
    const QString selected = m_openedOnce ? institution() : firstBatchWithWork(visible);
    m_openedOnce = true;
    m_loading = true;
    m_batches->setBatches(visible);
    fillInstitutionFilter();
    setInstitution(selected);
    const int row = m_batches->rowOf(institution());
    if (row >= 0)
        m_batchView->selectRow(row);
    m_loading = false;
    const InstitutionTotals sum = m_batches->grandTotals();
    m_monthTotals->setText(tr("%1 · %2 institution(s) · %3 audited line(s) · claimed %4 · allowed %5 · deducted %6 · "
                              "deposit withheld %7 · payable %8")
                               .arg(period())
                               .arg(visible.size())
                               .arg(sum.lines)
                               .arg(yuan(sum.claimed), yuan(sum.allowed), yuan(sum.deducted), yuan(sum.deposit),
                                    yuan(sum.payable())));
    updateActions();
}

// Where the user has something to do: the first batch with a step open to them.
QString SettlementsPage::firstBatchWithWork(const QList<BatchRow> &batches) const
{
    for (const BatchRow &batch : batches) {
        for (auto it = m_stepActions.cbegin(); it != m_stepActions.cend(); ++it) {
            if (it.key() != BatchStep::ReviewLine && it.value()->isVisible() && check(it.key(), &batch).allowed)
                return batch.totals.code;
        }
    }
    return {};
}

void SettlementsPage::fillInstitutionFilter()
{
    m_institution->clear();
    m_institution->addItem(tr("All institutions"), QString());
    for (const BatchRow &batch : m_batches->batches()) {
        m_institution->addItem(batch.totals.name.isEmpty() ? batch.totals.code : batch.totals.name, batch.totals.code);
        m_institution->setItemData(m_institution->count() - 1, batch.totals.code, Qt::ToolTipRole);
    }
}

void SettlementsPage::applyFilter()
{
    if (m_loading)
        return;
    LineFilter filter;
    filter.period = period();
    if (!m_allInScope) {  // institutions of another district are in the file: list only the user's
        for (const BatchRow &batch : m_batches->batches())
            filter.institutions << batch.totals.code;
        if (filter.institutions.isEmpty())
            filter.period.clear();  // nothing the user may see
    }
    filter.institution = institution();
    filter.reason = m_reason->currentData().toString();
    filter.review = ReviewFilter(m_review->currentData().toInt());
    filter.text = m_search->text();
    filter.sampleOnly = m_sampleOnly->isChecked();
    if (filter == m_lines->filter())
        m_lines->refresh();  // the same list after a change: keep the lines fetched so far
    else
        m_lines->setFilter(filter);
    if (m_lines->rowCount() > 0 && !m_lineView->currentIndex().isValid())
        m_lineView->setCurrentIndex(m_lines->index(0, 0));
    updateActions();
}

void SettlementsPage::updateCount()
{
    const QString matching = m_lines->counting() ? tr("Counting lines…; %1 shown").arg(m_lines->rowCount())
                                                 : tr("%1 line(s) match; %2 shown").arg(m_lines->totalCount()).arg(m_lines->rowCount());
    m_count->setText(matching + (m_sampleText.isEmpty() ? QString() : QStringLiteral(" · ") + m_sampleText));
}

void SettlementsPage::showCurrentLine()
{
    const LineRow *row = currentLine();
    if (!row) {
        m_person->clear();
    } else {
        QSqlDatabase db = connection();
        m_person->showLine(*row, personContext(db, period(), row->line.personNo), m_formNames);
    }
    updateActions();
}

StepCheck SettlementsPage::check(BatchStep step, const BatchRow *batch) const
{
    if (!batch)
        return {false, step == BatchStep::ReviewLine ? tr("Select a claim line.") : tr("Select an institution.")};
    return checkStep(step, *batch, m_context.user(), m_context.registry());
}

void SettlementsPage::updateActions()
{
    QStringList hints;
    const LineRow *line = currentLine();
    for (auto it = m_stepActions.cbegin(); it != m_stepActions.cend(); ++it) {
        const BatchRow *batch = it.key() == BatchStep::ReviewLine ? (line ? batchOf(line->line.institutionCode) : nullptr)
                                                                  : currentBatch();
        const StepCheck result = check(it.key(), batch);
        it.value()->setEnabled(result.allowed);
        it.value()->setToolTip(result.allowed ? it.value()->text().remove(QStringLiteral("…")) : result.why);
        // Say why a step the user is here for is closed: four-eyes, lines left, state.
        if (!result.allowed && it.value()->isVisible() && batch && it.key() != BatchStep::ReviewLine
            && it.key() != BatchStep::ReturnToInstitution && !hints.contains(result.why))
            hints << result.why;
    }
    const BatchRow *batch = currentBatch();
    m_stepHint->setToolTip(hints.join(QLatin1Char('\n')));
    if (batch && batch->status == batch::Returned && !batch->returnedReason.isEmpty())
        hints.prepend(tr("Returned because: %1.").arg(batch->returnedReason));
    m_stepHint->setText(batch ? QStringLiteral("%1 · %2  %3").arg(batch->totals.name, batchStatusTitle(*batch),
                                                                  hints.join(QLatin1Char(' ')))
                              : tr("Select an institution to review its month."));
    const bool hasPeriod = !period().isEmpty();
    m_runAudit->setEnabled(hasPeriod);
    m_whatIf->setEnabled(hasPeriod);
    m_sample->setEnabled(hasPeriod);
    m_export->setEnabled(hasPeriod);
    m_printReport->setEnabled(hasPeriod);
    m_printStatement->setEnabled(line != nullptr);
}

void SettlementsPage::restoreState()
{
    QSettings settings;
    QHeaderView *lines = m_lineView->horizontalHeader();
    if (lines->restoreState(settings.value(kSettings + QStringLiteral("linesHeader")).toByteArray()))
        m_lineView->sortByColumn(lines->sortIndicatorSection(), lines->sortIndicatorOrder());
    m_batchView->horizontalHeader()->restoreState(settings.value(kSettings + QStringLiteral("batchesHeader")).toByteArray());
    if (!m_vertical->restoreState(settings.value(kSettings + QStringLiteral("verticalSplitter")).toByteArray()))
        m_vertical->setSizes({230, 520});
    if (!m_horizontal->restoreState(settings.value(kSettings + QStringLiteral("horizontalSplitter")).toByteArray()))
        m_horizontal->setSizes({900, 360});
}

void SettlementsPage::saveState() const
{
    QSettings settings;
    settings.setValue(kSettings + QStringLiteral("linesHeader"), m_lineView->horizontalHeader()->saveState());
    settings.setValue(kSettings + QStringLiteral("batchesHeader"), m_batchView->horizontalHeader()->saveState());
    settings.setValue(kSettings + QStringLiteral("verticalSplitter"), m_vertical->saveState());
    settings.setValue(kSettings + QStringLiteral("horizontalSplitter"), m_horizontal->saveState());
    if (!period().isEmpty())
        settings.setValue(kSettings + QStringLiteral("lastPeriod"), period());
}

// ---- the review steps ---------------------------------------------------------------------

// The UI thread's read-only connection, for its short queries.
QSqlDatabase SettlementsPage::connection() const { return m_context.readConnection(); }

} // namespace ltc::settlement::ui
