#pragma once
// The agreements module's page, two tabs. Institutions: the registry (lazy, filtered by SQL: kind,
// agreement state, district, expiring, name/code/credit code) beside the selected institution's
// page — profile and unmet staffing minimums, agreements, staff, scores, violations,
// suspensions, history — with the term's actions and the designated list (print, PDF, xlsx).
// Designations: the worklist in deadline order (working days left, overdue marked) beside the
// selected application, with each step of the lifecycle and its notices. Every step is a form
// (CommandDialog) that applies its command through ModuleContext::execute; a step the state or
// the user's roles do not allow is disabled.
#include "agreements/domain/agreementreads.h"
#include "agreements/ui/agreementprompts.h"
#include "agreements/ui/agreementdialogs.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace ltc {
class ModuleContext;
}

namespace ltc::agreements::ui {

class InstitutionsModel;

class AgreementsPage : public QWidget {
    Q_OBJECT
public:
    AgreementsPage(ModuleContext &context, std::shared_ptr<Prompts> prompts, QWidget *parent = nullptr);
    ~AgreementsPage() override;

    // For the keyboard and the tests.
    InstitutionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *districtFilter() const { return m_district; }
    QCheckBox *expiringFilter() const { return m_expiring; }
    QLineEdit *searchFilter() const { return m_search; }
    QTableWidget *designationsTable() const { return m_designations; }
    QTabWidget *tabs() const { return m_tabs; }
    bool selectInstitution(const QString &code);  // among the rows fetched so far
    bool selectDesignation(const QString &id);
    // The staff member's history (employment, role and certificate changes, sanctions) in its
    // window: a staff number in the staff section opens it, by click or Tab and Enter.
    bool showStaffHistory(const QString &staffNo);
    QTextBrowser *section(const QString &name) const { return m_sections.value(name); }
    QString currentCode() const { return m_code; }
    std::optional<Designation> currentDesignation() const;
    // The institution page's section ("profile", "agreements", "staff", "scores", "violations",
    // "suspensions", "history") as plain text, and the designation's panel.
    QString sectionText(const QString &section) const;
    QString designationText() const;
    // Designation steps: "apply", "request", "receive", "refuse", "formal", "review", "second",
    // "publish", "objection", "negotiate", "sign_first"; the term's: "sign", "end", "suspend",
    // "score", "violation", "staff_suspend", "staff_bar", "representative_bar", "profile";
    // documents: "notice", "notice_pdf", "publication", "designated", "designated_pdf",
    // "designated_xlsx".
    QAction *action(const QString &name) const { return m_actions.value(name); }
    bool runStep(const QString &name);  // the step's form through Prompts::submit
    QString currentNoticeHtml() const;  // the notice the selected designation's state calls for
    QString publicationHtml() const;
    QString designatedHtml() const;

public slots:
    void refresh();

private:
    void buildActions();
    QWidget *buildInstitutionsTab();
    QWidget *buildDesignationsTab();
    void applyFilter();
    void fillDesignations();
    void showInstitution();
    void showDesignation();
    void updateActions();
    Dialog stepDialog(const QString &name);
    bool printNotice();
    bool exportNoticePdf();
    bool showList(const QString &which);
    bool exportListPdf();
    bool exportListXlsx();
    bool writePdf(const QString &title, const QString &html);
    QDate today() const;
    void restoreState();
    void saveState() const;

    ModuleContext &m_context;
    std::shared_ptr<Prompts> m_prompts;
    QTabWidget *m_tabs = nullptr;
    InstitutionsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_district = nullptr;
    QCheckBox *m_expiring = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTabWidget *m_panel = nullptr;
    QHash<QString, QTextBrowser *> m_sections;
    QSplitter *m_splitter = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QTableWidget *m_designations = nullptr;
    QTextBrowser *m_designationDetail = nullptr;
    QSplitter *m_designationSplitter = nullptr;
    QHash<QString, QAction *> m_actions;
    QString m_code;
    QString m_designationId;
};

} // namespace ltc::agreements::ui
