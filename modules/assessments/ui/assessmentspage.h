#pragma once
// The assessments module's page: the task worklist in deadline order (lazy, filtered by SQL:
// state, agency, assessor, overdue) with the selected task beside it — its clock, agency and
// team, result, confirmations, objections — and each step as an action opening its dialog:
// dispatch with the draw, redraw, the agency's acceptance, the result, an expert's
// confirmation, an objection, the conclusion, the letter delivered; the draw history; the
// conclusion letter (print preview or PDF). A step the state or the user's roles do not allow is
// disabled; the command checks again.
#include "assessments/domain/assessmentreads.h"
#include "assessments/ui/assessmentprompts.h"

#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace ltc {
class ModuleContext;
}

namespace ltc::assessments::ui {

class StepDialog;
class TasksModel;
struct TaskPanel;

class AssessmentsPage : public QWidget {
    Q_OBJECT
public:
    AssessmentsPage(ModuleContext &context, std::shared_ptr<Prompts> prompts, QWidget *parent = nullptr);
    ~AssessmentsPage() override;

    TasksModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *agencyFilter() const { return m_agency; }
    QComboBox *assessorFilter() const { return m_assessor; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QLabel *countLabel() const { return m_count; }
    bool selectTask(const QString &id);  // among the rows fetched so far
    std::optional<Task> currentTask() const;
    QString detailText() const;
    QString currentLetterHtml() const;  // empty unless the selected task is concluded
    // "dispatch", "redraw", "accept", "result", "confirm", "objection", "conclude", "deliver",
    // "evidence", "note", "draws", "letter", "pdf"
    QAction *action(const QString &name) const;

public slots:
    void refresh();
    bool dispatchCurrent();
    bool redrawCurrent();
    bool acceptCurrent();
    bool recordResult();
    bool confirmCurrent();
    bool recordObjection();
    bool concludeCurrent();
    bool deliverCurrent();
    bool attachEvidence();
    bool addNote();
    bool openEvidence(const QString &evidenceId);
    bool removeEvidence(const QString &evidenceId);  // asks first
    bool showDraws();
    bool printLetter();
    bool exportLetterPdf();

private:
    void buildActions();
    void buildLayout();
    void fillChoices();
    void applyFilter();
    void showCurrent();
    void updateActions();
    bool mayHandle() const;  // the steps are the handlers' (and an administrator's)
    TaskPanel panelOf(const Task &task) const;
    bool runStep(StepDialog *dialog, const QString &done);
    bool run(const QString &command, const QJsonObject &args, const QString &done);
    void restoreState();
    void saveState() const;

    ModuleContext &m_context;
    std::shared_ptr<Prompts> m_prompts;
    TasksModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_assessor = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLabel *m_count = nullptr;
    QTextBrowser *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QHash<QString, QAction *> m_actions;
    QString m_currentId;
};

} // namespace ltc::assessments::ui
