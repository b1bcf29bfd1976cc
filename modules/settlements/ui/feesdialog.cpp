#include "settlements/ui/feesdialog.h"

#include "core/money.h"
#include "database/domainregistry.h"
#include "sdk/modulecontext.h"
#include "settlements/ui/uiformat.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ltc::settlement::ui {
namespace {

QString kindText(const QString &kind)
{
    if (kind == QStringLiteral("FIRST"))
        return AssessmentFeesDialog::tr("First assessment");
    if (kind == QStringLiteral("DISPUTE"))
        return AssessmentFeesDialog::tr("Dispute");
    if (kind == QStringLiteral("REASSESS"))
        return AssessmentFeesDialog::tr("Re-assessment");
    return kind;
}

QString decisionText(const FeeLineRow &row)
{
    if (row.decision == QStringLiteral("accept"))
        return AssessmentFeesDialog::tr("Accepted");
    if (row.decision == QStringLiteral("override"))
        return AssessmentFeesDialog::tr("Set to %1").arg(yuan(row.allowed));
    return {};
}

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(name);
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void setRow(QTableWidget *view, int row, const QStringList &cells, const QList<int> &rightAligned)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (rightAligned.contains(column))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        view->setItem(row, column, item);
    }
}

} // namespace

AssessmentFeesDialog::AssessmentFeesDialog(ModuleContext &context, std::shared_ptr<Prompts> prompts,
                                           const QString &period, QWidget *parent)
    : QDialog(parent), m_context(context), m_prompts(std::move(prompts))
{
    setObjectName(QStringLiteral("assessmentFeesDialog"));
    setWindowTitle(tr("Assessment fees"));
    resize(1000, 640);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("Month of delivery:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("feePeriod"));
    m_period->setEditable(true);
    m_period->setMinimumWidth(110);
    // This month and the eleven before it, newest first; any other month can be typed.
    const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
    for (int back = 0; back < 12; ++back)
        m_period->addItem(today.addMonths(-back).toString(QStringLiteral("yyyy-MM")));
    periodLabel->setBuddy(m_period);
    m_compute = new QPushButton(tr("Compute fees"), this);
    m_compute->setObjectName(QStringLiteral("computeFees"));
    m_compute->setToolTip(tr("One line per conclusion letter delivered in the month, at the policy's rate; a month "
                             "past first review keeps its lines"));
    const CommandSpec *computeCommand = m_context.registry().command(QStringLiteral("assessment_fee.compute"));
    m_compute->setVisible(computeCommand && m_context.user().hasAnyRole(computeCommand->roles));
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_compute);
    top->addStretch();
    layout->addLayout(top);

    m_months = table(this, QStringLiteral("feeMonths"),
                     {tr("Agency"), tr("Agency name"), tr("Lines"), tr("Reviewed"), tr("Fees"), tr("Allowed"), tr("State")});
    m_lines = table(this, QStringLiteral("feeLines"),
                    {tr("Task"), tr("Person"), tr("Name"), tr("Kind"), tr("Delivered on"), tr("Fee"), tr("Review"),
                     tr("Reason")});
    layout->addWidget(m_months, 2);
    layout->addWidget(m_lines, 3);

    auto *steps = new QHBoxLayout;
    const auto step = [&](BatchStep which, const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        const CommandSpec *command = m_context.registry().command(feeStepCommand(which));
        button->setVisible(command && m_context.user().hasAnyRole(command->roles));
        steps->addWidget(button);
        return button;
    };
    m_steps.insert(BatchStep::ReviewLine, step(BatchStep::ReviewLine, tr("Accept line"), QStringLiteral("acceptFeeLine")));
    m_override = step(BatchStep::ReviewLine, tr("Adjust line…"), QStringLiteral("overrideFeeLine"));
    m_steps.insert(BatchStep::AcceptClean, step(BatchStep::AcceptClean, tr("Accept all"), QStringLiteral("acceptAllFees")));
    m_steps.insert(BatchStep::CompleteFirstReview,
                   step(BatchStep::CompleteFirstReview, tr("Complete first review"), QStringLiteral("completeFeeReview")));
    m_steps.insert(BatchStep::ReturnToInstitution,
                   step(BatchStep::ReturnToInstitution, tr("Return to agency…"), QStringLiteral("returnFees")));
    m_steps.insert(BatchStep::SecondReview, step(BatchStep::SecondReview, tr("Second review…"), QStringLiteral("secondFeeReview")));
    m_steps.insert(BatchStep::MarkPaid, step(BatchStep::MarkPaid, tr("Mark paid…"), QStringLiteral("markFeesPaid")));
    steps->addStretch();
    layout->addLayout(steps);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("feeStepHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compute, &QPushButton::clicked, this, &AssessmentFeesDialog::compute);
    connect(m_steps.value(BatchStep::ReviewLine), &QPushButton::clicked, this, &AssessmentFeesDialog::acceptLine);
    connect(m_override, &QPushButton::clicked, this, &AssessmentFeesDialog::overrideLine);
    connect(m_steps.value(BatchStep::AcceptClean), &QPushButton::clicked, this, &AssessmentFeesDialog::acceptAll);
    connect(m_steps.value(BatchStep::CompleteFirstReview), &QPushButton::clicked, this,
            &AssessmentFeesDialog::completeFirstReview);
    connect(m_steps.value(BatchStep::ReturnToInstitution), &QPushButton::clicked, this, &AssessmentFeesDialog::returnToAgency);
    connect(m_steps.value(BatchStep::SecondReview), &QPushButton::clicked, this, &AssessmentFeesDialog::secondReview);
    connect(m_steps.value(BatchStep::MarkPaid), &QPushButton::clicked, this, &AssessmentFeesDialog::markPaid);
    connect(m_period, &QComboBox::currentTextChanged, this, &AssessmentFeesDialog::reload);
    connect(m_months, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_months->currentRow();
        m_agency = row >= 0 && row < m_monthRows.size() ? m_monthRows.at(row).institution : QString();
        fillLines();
    });
    connect(m_lines, &QTableWidget::itemSelectionChanged, this, &AssessmentFeesDialog::updateSteps);
    connect(&m_context, &ModuleContext::dataChanged, this, &AssessmentFeesDialog::reload);
    setPeriod(period.isEmpty() ? m_period->itemText(0) : period);
    reload();
}

QString AssessmentFeesDialog::period() const { return m_period->currentText().trimmed(); }

void AssessmentFeesDialog::setPeriod(const QString &period)
{
    if (m_period->findText(period) < 0)
        m_period->insertItem(0, period);
    m_period->setCurrentText(period);
}

void AssessmentFeesDialog::selectAgency(int row) { m_months->selectRow(row); }
void AssessmentFeesDialog::selectLine(int row) { m_lines->selectRow(row); }

const FeeMonth *AssessmentFeesDialog::currentMonth() const
{
    for (const FeeMonth &month : m_monthRows) {
        if (month.institution == m_agency)
            return &month;
    }
    return nullptr;
}

const FeeLineRow *AssessmentFeesDialog::currentLine() const
{
    const int row = m_lines->currentRow();
    return row >= 0 && row < m_lineRows.size() && !m_lines->selectedItems().isEmpty() ? &m_lineRows.at(row) : nullptr;
}

void AssessmentFeesDialog::reload()
{
    QSqlDatabase db = m_context.readConnection();
    // Only the agencies of the user's district (all for a city-level user).
    m_monthRows = feeMonths(db, period(), &m_context.user());
    fillMonths();
}

void AssessmentFeesDialog::fillMonths()
{
    const QSignalBlocker blocker(m_months);
    m_months->setRowCount(int(m_monthRows.size()));
    int selected = m_monthRows.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_monthRows.size(); ++row) {
        const FeeMonth &month = m_monthRows.at(row);
        setRow(m_months, row,
               {month.institution, month.institutionName, QString::number(month.lines), QString::number(month.reviewedLines),
                yuan(month.fee), yuan(month.allowed), batchStatusTitle(feeMonthBatch(month))},
               {2, 3, 4, 5});
        if (month.institution == m_agency)
            selected = row;
    }
    m_agency = selected >= 0 ? m_monthRows.at(selected).institution : QString();
    if (selected >= 0)
        m_months->selectRow(selected);
    m_months->resizeColumnsToContents();
    fillLines();
}

void AssessmentFeesDialog::fillLines()
{
    const QSignalBlocker blocker(m_lines);
    m_lineRows.clear();
    if (!m_agency.isEmpty()) {
        QSqlDatabase db = m_context.readConnection();
        m_lineRows = feeLineRows(db, period(), m_agency);
    }
    m_lines->setRowCount(int(m_lineRows.size()));
    for (int row = 0; row < m_lineRows.size(); ++row) {
        const FeeLineRow &line = m_lineRows.at(row);
        setRow(m_lines, row,
               {line.line.taskId.left(8), line.line.personNo, line.personName, kindText(line.line.kind),
                day(line.line.deliveredOn), yuan(line.line.fee), decisionText(line), line.reason},
               {5});
    }
    m_lines->resizeColumnsToContents();
    updateSteps();
}

bool AssessmentFeesDialog::allowed(BatchStep step) const
{
    const FeeMonth *month = currentMonth();
    return month && checkFeeStep(step, *month, m_context.user(), m_context.registry()).allowed;
}

void AssessmentFeesDialog::updateSteps()
{
    const FeeMonth *month = currentMonth();
    QStringList why;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        if (!month) {
            it.value()->setEnabled(false);
            continue;
        }
        const StepCheck check = checkFeeStep(it.key(), *month, m_context.user(), m_context.registry());
        const bool needsLine = it.key() == BatchStep::ReviewLine;
        it.value()->setEnabled(check.allowed && (!needsLine || currentLine()));
        it.value()->setToolTip(check.why);
        if (it.value()->isVisible() && !check.allowed && !why.contains(check.why))
            why << check.why;
    }
    m_override->setEnabled(m_steps.value(BatchStep::ReviewLine)->isEnabled());
    m_override->setToolTip(m_steps.value(BatchStep::ReviewLine)->toolTip());
    m_hint->setText(month ? why.join(QLatin1Char(' '))
                          : tr("No assessment fee lines in %1: compute the month's fees first.").arg(period()));
}

QJsonObject AssessmentFeesDialog::monthArgs(const FeeMonth &month) const
{
    // base_version: a step taken on a month someone else has changed meanwhile is refused.
    return {{QStringLiteral("period"), month.period},
            {QStringLiteral("institution_code"), month.institution},
            {QStringLiteral("base_version"), month.rowVersion}};
}

bool AssessmentFeesDialog::runStep(BatchStep step, const QJsonObject &args, const QString &title, const QString &done)
{
    const CommandOutcome outcome = m_context.execute(feeStepCommand(step), args);
    if (!outcome.ok()) {
        m_prompts->error(this, title, outcome.error->message);
        return false;
    }
    m_context.showStatus(done);
    reload();
    return true;
}

bool AssessmentFeesDialog::compute()
{
    const CommandOutcome outcome =
        m_context.execute(QStringLiteral("assessment_fee.compute"), {{QStringLiteral("period"), period()}});
    if (!outcome.ok()) {
        m_prompts->error(this, tr("Compute fees"), outcome.error->message);
        return false;
    }
    reload();
    m_context.showStatus(tr("The assessment fees of %1 are computed: %2 agency month(s).").arg(period()).arg(m_monthRows.size()));
    return true;
}

bool AssessmentFeesDialog::acceptLine()
{
    const FeeLineRow *line = currentLine();
    if (!line || !allowed(BatchStep::ReviewLine))
        return false;
    return runStep(BatchStep::ReviewLine,
                   {{QStringLiteral("task_id"), line->line.taskId}, {QStringLiteral("decision"), QStringLiteral("accept")}},
                   tr("Accept line"), tr("The fee of %1 is accepted.").arg(line->personName));
}

bool AssessmentFeesDialog::overrideLine()
{
    const FeeLineRow *line = currentLine();
    if (!line || !allowed(BatchStep::ReviewLine))
        return false;
    const FeeLineRow chosen = *line;  // the prompts may reload the table
    const std::optional<QString> amount =
        m_prompts->reason(this, tr("Adjust line"),
                          tr("The amount allowed for %1 in yuan (the fee is %2):").arg(chosen.personName, yuan(chosen.line.fee)));
    if (!amount)
        return false;
    const std::optional<QString> reason =
        m_prompts->reason(this, tr("Adjust line"), tr("Why is the fee of %1 adjusted?").arg(chosen.personName));
    if (!reason)
        return false;
    return runStep(BatchStep::ReviewLine,
                   {{QStringLiteral("task_id"), chosen.line.taskId}, {QStringLiteral("decision"), QStringLiteral("override")},
                    {QStringLiteral("allowed"), amount->trimmed()}, {QStringLiteral("reason"), *reason}},
                   tr("Adjust line"), tr("The fee of %1 is adjusted.").arg(chosen.personName));
}

bool AssessmentFeesDialog::acceptAll()
{
    const FeeMonth *month = currentMonth();
    if (!month || !allowed(BatchStep::AcceptClean))
        return false;
    return runStep(BatchStep::AcceptClean, monthArgs(*month), tr("Accept all"),
                   tr("%1 fee line(s) accepted.").arg(month->lines - month->reviewedLines));
}

bool AssessmentFeesDialog::completeFirstReview()
{
    const FeeMonth *month = currentMonth();
    if (!month || !allowed(BatchStep::CompleteFirstReview))
        return false;
    return runStep(BatchStep::CompleteFirstReview, monthArgs(*month), tr("Complete first review"),
                   tr("The first review of %1's fees is complete.").arg(month->institutionName));
}

bool AssessmentFeesDialog::secondReview()
{
    const FeeMonth *month = currentMonth();
    if (!month || !allowed(BatchStep::SecondReview))
        return false;
    const FeeMonth chosen = *month;
    const std::optional<SecondReviewDecision> decision = m_prompts->secondReview(this, feeMonthBatch(chosen));
    if (!decision)
        return false;
    QJsonObject args = monthArgs(chosen);
    args.insert(QStringLiteral("decision"), decision->approve ? QStringLiteral("approve") : QStringLiteral("return"));
    if (!decision->approve)
        args.insert(QStringLiteral("reason"), decision->reason);
    return runStep(BatchStep::SecondReview, args, tr("Second review"),
                   decision->approve ? tr("Second review of %1's fees approved.").arg(chosen.institutionName)
                                     : tr("%1's fees returned to first review.").arg(chosen.institutionName));
}

bool AssessmentFeesDialog::returnToAgency()
{
    const FeeMonth *month = currentMonth();
    if (!month || !allowed(BatchStep::ReturnToInstitution))
        return false;
    const FeeMonth chosen = *month;
    const std::optional<QString> reason =
        m_prompts->reason(this, tr("Return to agency"),
                          tr("Why do the fees of %1 go back to the agency? The reason is sent with them.")
                              .arg(chosen.institutionName));
    if (!reason)
        return false;
    QJsonObject args = monthArgs(chosen);
    args.insert(QStringLiteral("reason"), *reason);
    return runStep(BatchStep::ReturnToInstitution, args, tr("Return to agency"),
                   tr("The fees of %1 are returned to the agency.").arg(chosen.institutionName));
}

bool AssessmentFeesDialog::markPaid()
{
    const FeeMonth *month = currentMonth();
    if (!month || !allowed(BatchStep::MarkPaid))
        return false;
    const FeeMonth chosen = *month;
    if (!m_prompts->confirm(this, tr("Mark paid"),
                            tr("Mark the fees of %1 for %2 as paid: %3?").arg(chosen.institutionName, chosen.period,
                                                                               yuan(chosen.allowed))))
        return false;
    return runStep(BatchStep::MarkPaid, monthArgs(chosen), tr("Mark paid"),
                   tr("The fees of %1 are marked paid.").arg(chosen.institutionName));
}

} // namespace ltc::settlement::ui
