#pragma once
// The applications module's page: the worklist in deadline order (lazy, filtered by SQL) with
// the selected application beside it — its kind, clock, eligibility hints, materials and
// history — and the review's steps as actions: new counter application, accept, request the
// missing materials, their arrival, refuse, and the notice (print preview or PDF). Each step is
// a command through ModuleContext::execute, which checks again; a step the state or the user's
// roles do not allow is disabled.
#include "applications/ui/applicationprompts.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace ltc {
class ModuleContext;
}

namespace ltc::applications::ui {

class ApplicationsModel;

class ApplicationsPage : public QWidget {
    Q_OBJECT
public:
    ApplicationsPage(ModuleContext &context, std::shared_ptr<Prompts> prompts, QWidget *parent = nullptr);
    ~ApplicationsPage() override;

    ApplicationsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *personFilter() const { return m_person; }
    QComboBox *handlerFilter() const { return m_handler; }
    QDateEdit *receivedFromFilter() const { return m_receivedFrom; }  // its minimum: no bound
    QDateEdit *receivedToFilter() const { return m_receivedTo; }
    bool selectApplication(const QString &id);  // among the rows fetched so far
    std::optional<Application> currentApplication() const;
    QString detailText() const;
    QString currentNoticeHtml() const;  // the notice the selected application's state calls for
    QAction *action(const QString &name) const;  // "new", "accept", "request", "receive", "refuse", "attach", "notice", "pdf"

public slots:
    void refresh();
    bool newApplication();
    bool acceptCurrent();
    bool requestMaterials();
    bool receiveMaterials();
    bool refuseCurrent();
    bool attachScan();
    bool openScan(const QString &scanId);
    bool printNotice();
    bool exportNoticePdf();

private:
    void buildActions();
    void buildLayout();
    void applyFilter();
    void fillHandlers();
    QDateEdit *receivedBound(const QString &name, const QString &none);
    void showCurrent();
    void updateActions();
    bool run(const QString &command, const QJsonObject &args, const QString &done);
    void restoreState();
    void saveState() const;

    ModuleContext &m_context;
    std::shared_ptr<Prompts> m_prompts;
    ApplicationsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_person = nullptr;
    QComboBox *m_handler = nullptr;
    QDateEdit *m_receivedFrom = nullptr;
    QDateEdit *m_receivedTo = nullptr;
    QLabel *m_count = nullptr;
    QTextBrowser *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QHash<QString, QAction *> m_actions;
    QString m_currentId;
};

} // namespace ltc::applications::ui
