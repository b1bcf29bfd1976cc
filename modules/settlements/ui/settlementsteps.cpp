// The steps a reviewer takes on the settlements page: the audit (previewed off the UI thread,
// stored on confirmation), the line and batch review steps as commands, the review sample, and
// the outputs (exports, printed report and statement, what-if). The page's layout, filters and
// state are in settlementspage.cpp.
#include "settlements/ui/settlementspage.h"

#include "core/tr.h"
#include "sdk/backgroundtask.h"
#include "sdk/modulecontext.h"
#include "settlements/domain/auditrun.h"
#include "settlements/domain/reviewcommands.h"
#include "settlements/domain/reviewsample.h"
#include "settlements/output/settlementreport.h"
#include "settlements/ui/batchesmodel.h"
#include "settlements/ui/claimlinesmodel.h"
#include "settlements/ui/feesdialog.h"
#include "settlements/ui/uiformat.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTableView>

namespace ltc::settlement::ui {
namespace {

QString sampleText(const SampleCriteria &c, qsizetype lines)
{
    switch (c.method) {
    case SampleMethod::RandomShare:
        return Tr::tr("Sample: random %1 %, seed %2 — %3 line(s)").arg(c.percent).arg(c.seed).arg(lines);
    case SampleMethod::AboveAmount:
        return Tr::tr("Sample: claims above %1 — %2 line(s)").arg(yuan(c.threshold)).arg(lines);
    case SampleMethod::AboveLevelAverage:
        return Tr::tr("Sample: allowed above the average of the level — %1 line(s)").arg(lines);
    }
    return {};
}

std::optional<ExportFormat> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("csv"))
        return ExportFormat::Csv;
    if (suffix == QStringLiteral("xlsx"))
        return ExportFormat::Xlsx;
    if (suffix == QStringLiteral("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

// Work results that carry their own error (a worker cannot show a message box).
template<typename T>
struct Computed {
    std::optional<T> value;
    QString error;
};
} // namespace

QJsonObject SettlementsPage::batchArgs(const BatchRow &batch) const
{
    // base_version: a step taken on figures someone else has changed meanwhile is refused.
    return {{QStringLiteral("period"), period()},
            {QStringLiteral("institution_code"), batch.totals.code},
            {QStringLiteral("base_version"), batch.rowVersion}};
}

bool SettlementsPage::refuse(const QString &title, const QString &message)
{
    m_prompts->error(this, title, message);
    return false;
}

bool SettlementsPage::runStep(BatchStep step, const QJsonObject &args, const QString &done)
{
    const QString title = m_stepActions.value(step)->text().remove(QStringLiteral("…"));
    const CommandOutcome outcome = m_context.execute(stepCommand(step), args);
    if (!outcome.ok())
        return refuse(title, outcome.error->message);
    m_context.showStatus(done);
    return true;
}

AssessmentFeesDialog *SettlementsPage::openAssessmentFees()
{
    // One dialog per page, reused: it follows dataChanged itself.
    auto *dialog = findChild<AssessmentFeesDialog *>();
    if (!dialog) {
        dialog = new AssessmentFeesDialog(m_context, m_prompts, period(), this);
    } else if (!period().isEmpty()) {
        dialog->setPeriod(period());
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

bool SettlementsPage::runAudit()
{
    const QString month = period();
    if (month.isEmpty())
        return false;
    ModuleContext &context = m_context;
    const ReadAccess &reads = m_context;
    // Which decisions a re-run discards is known only once the month is judged (and stored):
    // the reviewer is told how many could be, before.
    QSqlDatabase reviewed = reads.readConnection();
    if (const qint64 reviews = reviewsAtRisk(reviewed, month);
        reviews > 0
        && !m_prompts->confirm(this, tr("Run audit"),
                               tr("%1 has %2 first-review decision(s) in batches not yet past first review. A line "
                                  "whose result changes loses its decision and must be reviewed again. Run the "
                                  "audit?")
                                   .arg(month)
                                   .arg(reviews)))
        return false;
    // The command audits the month once and hands back what it found (AuditReport), shown once
    // it is stored: no preview auditing the same million lines a second time.
    const std::optional<Computed<AuditSummary>> done = m_tasks->run<Computed<AuditSummary>>(
        tr("Auditing %1…").arg(month), sdk::BackgroundTasks::Cancel::None,
        [&context, &reads, month](sdk::TaskProgress &) {
            Computed<AuditSummary> computed;
            AuditReport report;
            const CommandOutcome outcome =
                context.execute(QStringLiteral("settlement.run_audit"), {{QStringLiteral("period"), month}});
            if (!outcome.ok() || !report.run) {
                computed.error = outcome.ok() ? QString() : outcome.error->message;
                return computed;
            }
            QSqlDatabase db = reads.readConnection();
            computed.value = AuditSummary{std::move(*report.run), frozenInstitutions(db, month), institutionNames(db)};
            return computed;
        });
    if (!done || !done->value)
        return refuse(tr("Run audit"), done ? done->error : QString());
    refresh();
    m_context.showStatus(tr("The audit of %1 is stored: %2 line(s).").arg(month).arg(done->value->run.totals.lines));
    m_prompts->showAudit(this, *done->value);
    return true;
}

bool SettlementsPage::acceptCleanLines()
{
    const BatchRow *batch = currentBatch();
    if (!check(BatchStep::AcceptClean, batch).allowed)
        return false;
    return runStep(BatchStep::AcceptClean, batchArgs(*batch),
                   tr("%1 line(s) without deductions accepted.").arg(batch->cleanOpenLines));
}

bool SettlementsPage::reviewCurrentLine()
{
    const LineRow *line = currentLine();
    const BatchRow *batch = line ? batchOf(line->line.institutionCode) : nullptr;
    if (!line || !check(BatchStep::ReviewLine, batch).allowed)
        return false;
    const std::optional<LineDecision> decision =
        m_prompts->reviewLine(this, *line, m_formNames.value(line->line.serviceForm, line->line.serviceForm));
    if (!decision)
        return false;
    QJsonObject args = batchArgs(*batch);
    args.insert(QStringLiteral("claim_no"), line->line.claimNo);
    args.insert(QStringLiteral("line_no"), line->line.lineNo);
    args.insert(QStringLiteral("decision"), decision->accept ? QStringLiteral("accept") : QStringLiteral("override"));
    if (!decision->accept) {
        args.insert(QStringLiteral("allowed"), decision->allowed);
        args.insert(QStringLiteral("reason"), decision->reason);
    }
    const int row = m_lineView->currentIndex().row();
    if (!runStep(BatchStep::ReviewLine, args, tr("Claim %1 line %2 reviewed.").arg(line->line.claimNo).arg(line->line.lineNo)))
        return false;
    selectLine(row + 1);  // on to the next line: review by keyboard, Enter after Enter
    return true;
}

bool SettlementsPage::completeFirstReview()
{
    const BatchRow *batch = currentBatch();
    if (!check(BatchStep::CompleteFirstReview, batch).allowed)
        return false;
    return runStep(BatchStep::CompleteFirstReview, batchArgs(*batch),
                   tr("First review of %1 completed.").arg(batch->totals.name));
}

bool SettlementsPage::secondReview()
{
    const BatchRow *batch = currentBatch();
    if (!check(BatchStep::SecondReview, batch).allowed)
        return false;
    const std::optional<SecondReviewDecision> decision = m_prompts->secondReview(this, *batch);
    if (!decision)
        return false;
    QJsonObject args = batchArgs(*batch);
    args.insert(QStringLiteral("decision"), decision->approve ? QStringLiteral("approve") : QStringLiteral("return"));
    if (!decision->approve)
        args.insert(QStringLiteral("reason"), decision->reason);
    return runStep(BatchStep::SecondReview, args,
                   decision->approve ? tr("Second review of %1 approved.").arg(batch->totals.name)
                                     : tr("%1 returned to first review.").arg(batch->totals.name));
}

bool SettlementsPage::returnToInstitution()
{
    const BatchRow *batch = currentBatch();
    if (!check(BatchStep::ReturnToInstitution, batch).allowed)
        return false;
    const std::optional<QString> reason =
        m_prompts->reason(this, tr("Return to institution"),
                          tr("Why does the month of %1 go back to the institution? The reason is sent with it.")
                              .arg(batch->totals.name));
    if (!reason)
        return false;
    QJsonObject args = batchArgs(*batch);
    args.insert(QStringLiteral("reason"), *reason);
    return runStep(BatchStep::ReturnToInstitution, args, tr("%1 returned to the institution.").arg(batch->totals.name));
}

bool SettlementsPage::markPaid()
{
    const BatchRow *batch = currentBatch();
    if (!check(BatchStep::MarkPaid, batch).allowed)
        return false;
    if (!m_prompts->confirm(this, tr("Mark paid"),
                            tr("Record that %1 has been paid %2 for %3 (deposit withheld: %4)?")
                                .arg(batch->totals.name, yuan(batch->totals.payable()), period(),
                                     yuan(batch->totals.deposit))))
        return false;
    return runStep(BatchStep::MarkPaid, batchArgs(*batch), tr("%1 marked as paid.").arg(batch->totals.name));
}

// ---- sample, exports, prints, what-if ------------------------------------------------------

bool SettlementsPage::chooseSample()
{
    const BatchRow *batch = currentBatch();
    const std::optional<SampleCriteria> criteria =
        m_prompts->sampleCriteria(this, institution(), batch ? batch->totals.name : QString());
    if (!criteria || period().isEmpty())
        return false;
    const ReadAccess &reads = m_context;
    const QString month = period();
    const std::optional<Computed<QList<LineKey>>> chosen = m_tasks->run<Computed<QList<LineKey>>>(
        tr("Choosing the sample…"), sdk::BackgroundTasks::Cancel::Abandon, [&reads, month, c = *criteria](sdk::TaskProgress &) {
            QSqlDatabase db = reads.readConnection();
            Computed<QList<LineKey>> computed;
            computed.value = selectSample(db, month, c, &computed.error);
            return computed;
        });
    if (!chosen)
        return false;
    QSqlDatabase db = connection();  // the sample is a TEMP table of this connection
    QString error = chosen->error;
    if (!error.isEmpty() || !storeSample(db, *chosen->value, &error))
        return refuse(tr("Review sample"), error);
    m_sampleText = sampleText(*criteria, chosen->value->size());
    m_sampleOnly->setEnabled(true);
    m_sampleOnly->setToolTip(m_sampleText);
    if (m_sampleOnly->isChecked())
        applyFilter();
    else
        m_sampleOnly->setChecked(true);
    return true;
}

void SettlementsPage::clearSample()
{
    m_sampleText.clear();
    m_sampleOnly->setChecked(false);
    m_sampleOnly->setEnabled(false);
}

bool SettlementsPage::exportResults()
{
    const QString month = period();
    QString path = m_prompts->saveFile(this, tr("Export the settlement of %1").arg(month),
                                       QStringLiteral("settlement-%1.xlsx").arg(month),
                                       tr("Excel workbook (*.xlsx);;CSV file (*.csv);;PDF report (*.pdf)"),
                                       QStringLiteral("export"));
    if (path.isEmpty())
        return false;
    if (!formatOf(path))
        path += QStringLiteral(".xlsx");
    const ExportFormat format = *formatOf(path);
    const ReadAccess &reads = m_context;
    const std::optional<QString> error = m_tasks->run<QString>(
        tr("Exporting %1…").arg(QFileInfo(path).fileName()), sdk::BackgroundTasks::Cancel::None,
        [&reads, month, format, path](sdk::TaskProgress &) {
            QSqlDatabase db = reads.readConnection();
            QString why;
            return settlement::exportMonth(db, month, format, path, &why) ? QString() : why;
        });
    if (!error || !error->isEmpty())
        return refuse(tr("Export"), error.value_or(QString()));
    m_context.showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SettlementsPage::printMonthReport()
{
    const QString month = period();
    const ReadAccess &reads = m_context;
    const std::optional<QString> html = m_tasks->run<QString>(tr("Preparing the report…"), sdk::BackgroundTasks::Cancel::Abandon,
                                                              [&reads, month](sdk::TaskProgress &) {
                                                                  QSqlDatabase db = reads.readConnection();
                                                                  return monthReportHtml(db, month);
                                                              });
    if (!html)
        return false;
    if (html->isEmpty())
        return refuse(tr("Print month report"), tr("%1 has no audited lines: run the audit first.").arg(month));
    m_prompts->printPreview(this, tr("Settlement report %1").arg(month), *html, true);
    return true;
}

QString SettlementsPage::currentStatementHtml() const
{
    const LineRow *line = currentLine();
    if (!line)
        return {};
    QSqlDatabase db = connection();
    const std::optional<StatementData> statement =
        statementData(db, period(), line->line.personNo, line->line.institutionCode);
    return statement ? statementHtml(*statement) : QString();
}

bool SettlementsPage::printStatement()
{
    const LineRow *line = currentLine();
    const QString html = currentStatementHtml();
    if (!line || html.isEmpty())
        return refuse(tr("Print statement"), tr("Select a claim line of the person first."));
    m_prompts->printPreview(this, tr("Settlement statement %1 %2").arg(line->personName, period()), html, false);
    return true;
}

bool SettlementsPage::whatIf()
{
    const QString path = m_prompts->openFile(this, tr("Draft policy for the what-if"), tr("Policy files (*.json)"),
                                             QStringLiteral("policy"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("Policy what-if"), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    QStringList problems;
    const std::optional<Policy> draft =
        json.isObject() ? Policy::fromJson(json.object(), &problems) : std::nullopt;
    if (!draft)
        return refuse(tr("Policy what-if"), problems.isEmpty() ? parseError.errorString() : problems.join(QLatin1Char('\n')));
    const ReadAccess &reads = m_context;
    const QString month = period();
    const std::optional<Computed<PolicyComparison>> comparison = m_tasks->run<Computed<PolicyComparison>>(
        tr("Auditing %1 under the draft…").arg(month), sdk::BackgroundTasks::Cancel::Abandon,
        [&reads, month, policy = *draft](sdk::TaskProgress &) {
            QSqlDatabase db = reads.readConnection();
            Computed<PolicyComparison> computed;
            computed.value = compareWithDraft(db, month, policy, &computed.error);
            return computed;
        });
    if (!comparison)
        return false;
    if (!comparison->value)
        return refuse(tr("Policy what-if"), comparison->error);
    QSqlDatabase db = connection();
    m_prompts->showWhatIf(this, *comparison->value, draft->name, institutionNames(db));
    return true;
}

} // namespace ltc::settlement::ui
