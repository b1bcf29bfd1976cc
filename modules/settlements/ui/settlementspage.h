#pragma once
// The settlements module's page: a month's institutions with their review state and totals,
// the month's claim lines (lazy, filtered and sorted by SQL) with the selected line's person
// beside them, and the review workflow's steps as actions — each enabled by the user's roles and
// the batch's state (batchsteps.h), each a command through ModuleContext::execute, which checks
// again. Long work (audit preview, what-if, exports) runs off the UI thread.
#include "settlements/domain/batchsteps.h"
#include "settlements/domain/settlementviews.h"
#include "settlements/ui/prompts.h"

#include <QHash>
#include <QSqlDatabase>
#include <QJsonObject>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace ltc {
class ModuleContext;
}

namespace ltc::sdk {
class BackgroundTasks;
}

namespace ltc::settlement::ui {

class AssessmentFeesDialog;
class BatchesModel;
class ClaimLinesModel;
class PersonPanel;

class SettlementsPage : public QWidget {
    Q_OBJECT
public:
    SettlementsPage(ModuleContext &context, std::shared_ptr<Prompts> prompts, QWidget *parent = nullptr);
    ~SettlementsPage() override;

    QStringList periods() const;
    QString period() const;
    void setPeriod(const QString &period);
    // The institution whose batch the steps act on (also the lines' filter); empty: all.
    QString institution() const;
    void setInstitution(const QString &code);
    void selectLine(int row);
    const LineRow *currentLine() const;
    const BatchRow *currentBatch() const;

    ClaimLinesModel *linesModel() const { return m_lines; }
    BatchesModel *batchesModel() const { return m_batches; }
    sdk::BackgroundTasks &tasks() const { return *m_tasks; }
    QAction *stepAction(BatchStep step) const { return m_stepActions.value(step); }
    QString personPanelText() const;
    QString sampleDescription() const;

    // The statement of the selected line's person with its institution, as printed.
    QString currentStatementHtml() const;

public slots:
    void refresh();      // after a change anywhere (ModuleContext::dataChanged)
    bool runAudit();     // settlement.run_audit off the UI thread, then what it changed
    bool acceptCleanLines();
    bool reviewCurrentLine();
    bool completeFirstReview();
    bool secondReview();
    bool returnToInstitution();
    bool markPaid();
    bool chooseSample();
    void clearSample();
    bool exportResults();
    bool printMonthReport();
    bool printStatement();
    bool whatIf();
    // The assessment agencies' fee months (feesdialog.h), opened beside the page.
    AssessmentFeesDialog *openAssessmentFees();

private:
    void buildActions();
    void connectActions();
    void showPermittedSteps();
    QToolBar *buildToolBar();
    QWidget *buildFilterBar();
    QWidget *buildBatchesTable();
    QWidget *buildLinesTable();
    void connectSignals();
    void reloadPeriods();
    void reloadBatches();
    void applyFilter();
    void showCurrentLine();
    void updateActions();
    void updateCount();
    void fillInstitutionFilter();
    QString firstBatchWithWork(const QList<BatchRow> &batches) const;
    bool runStep(BatchStep step, const QJsonObject &args, const QString &done);
    StepCheck check(BatchStep step, const BatchRow *batch) const;
    const BatchRow *batchOf(const QString &institution) const;
    QJsonObject batchArgs(const BatchRow &batch) const;
    bool refuse(const QString &title, const QString &message);
    void restoreState();
    void saveState() const;
    QSqlDatabase connection() const;

    ModuleContext &m_context;
    std::shared_ptr<Prompts> m_prompts;
    sdk::BackgroundTasks *m_tasks;
    BatchesModel *m_batches;
    ClaimLinesModel *m_lines;
    PersonPanel *m_person = nullptr;
    QHash<QString, QString> m_formNames;
    QHash<BatchStep, QAction *> m_stepActions;
    QAction *m_runAudit = nullptr;
    QAction *m_sample = nullptr;
    QAction *m_whatIf = nullptr;
    QAction *m_fees = nullptr;
    QAction *m_export = nullptr;
    QAction *m_printReport = nullptr;
    QAction *m_printStatement = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_institution = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_review = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_sampleOnly = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_stepHint = nullptr;
    QLabel *m_monthTotals = nullptr;
    QTableView *m_batchView = nullptr;
    QTableView *m_lineView = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QTimer *m_searchDelay = nullptr;
    QString m_sampleText;
    bool m_loading = false;
    bool m_openedOnce = false;
    bool m_allInScope = true;   // every institution of the month is in the user's district  // the first load opens the first batch with work for the user
};

} // namespace ltc::settlement::ui
