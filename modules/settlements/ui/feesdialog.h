#pragma once
// The assessment agencies' fee months (assessmentfees.h), from the settlements page: a month's
// agencies with their fee, amount allowed and review state, the selected agency's lines (one per
// delivered conclusion letter), and the same review steps as a care month — each enabled by the
// user's roles and the month's state (batchsteps.h checkFeeStep), each a command through
// ModuleContext::execute, which checks again (and the server once more).
#include "settlements/domain/assessmentfees.h"
#include "settlements/domain/batchsteps.h"
#include "settlements/ui/prompts.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ltc {
class ModuleContext;
}

namespace ltc::settlement::ui {

class AssessmentFeesDialog : public QDialog {
    Q_OBJECT
public:
    AssessmentFeesDialog(ModuleContext &context, std::shared_ptr<Prompts> prompts, const QString &period,
                         QWidget *parent = nullptr);

    QString period() const;
    void setPeriod(const QString &period);
    void selectAgency(int row);
    void selectLine(int row);
    const FeeMonth *currentMonth() const;
    const FeeLineRow *currentLine() const;
    QPushButton *stepButton(BatchStep step) const { return m_steps.value(step); }
    QTableWidget *monthsTable() const { return m_months; }
    QTableWidget *linesTable() const { return m_lines; }

public slots:
    void reload();
    bool compute();
    bool acceptLine();
    bool overrideLine();
    bool acceptAll();
    bool completeFirstReview();
    bool secondReview();
    bool returnToAgency();
    bool markPaid();

private:
    void fillMonths();
    void fillLines();
    void updateSteps();
    QJsonObject monthArgs(const FeeMonth &month) const;
    bool allowed(BatchStep step) const;
    bool runStep(BatchStep step, const QJsonObject &args, const QString &title, const QString &done);

    ModuleContext &m_context;
    std::shared_ptr<Prompts> m_prompts;
    QComboBox *m_period = nullptr;
    QPushButton *m_compute = nullptr;
    QTableWidget *m_months = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_override = nullptr;
    QHash<BatchStep, QPushButton *> m_steps;
    QList<FeeMonth> m_monthRows;
    QList<FeeLineRow> m_lineRows;
    QString m_agency;  // the selected agency's code, kept across reloads
};

} // namespace ltc::settlement::ui
