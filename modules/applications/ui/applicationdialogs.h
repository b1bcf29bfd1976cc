#pragma once
// The application screens' dialogs: the counter intake (find the person, see their history,
// choose the kind and the applicant, tick the materials handed in, submit), the request for
// missing materials (every missing item at once) and the refusal (one of seed 004 §6's reasons).
#include "applications/domain/applicationreads.h"
#include "applications/ui/applicationprompts.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTextBrowser;

namespace ltc::applications::ui {

class IntakeDialog : public QDialog {
    Q_OBJECT
public:
    explicit IntakeDialog(ModuleContext &context, QWidget *parent = nullptr);

    // For the keyboard and the tests: the search box, the persons found, the kind, the checklist.
    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *foundTable() const { return m_found; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *applicantCombo() const { return m_applicant; }
    QLineEdit *applicantNameEdit() const { return m_applicantName; }
    QLineEdit *applicantIdEdit() const { return m_applicantId; }
    QListWidget *materialsList() const { return m_materials; }
    QString historyText() const;
    QString problem() const;
    QString submittedId() const { return m_submittedId; }

public slots:
    void search();
    bool registerPerson();  // RegisterPersonDialog; the person registered is then chosen
    void accept() override;  // submits application.submit; stays open with the reason when refused

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choosePerson(int row);
    void fillMaterials();
    void updateApplicant();
    QJsonObject submission() const;

    ModuleContext &m_context;
    QList<PersonRecord> m_persons;
    std::optional<PersonRecord> m_person;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_found = nullptr;
    QTextBrowser *m_history = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_received = nullptr;
    QComboBox *m_applicant = nullptr;
    QLineEdit *m_applicantName = nullptr;
    QLineEdit *m_applicantId = nullptr;
    QListWidget *m_materials = nullptr;
    QLabel *m_problem = nullptr;
    QString m_submittedId;
};

// A person not yet in the store, registered at the counter (person.register): birth date and
// sex come from the ID number, which is checked as it is typed.
class RegisterPersonDialog : public QDialog {
    Q_OBJECT
public:
    explicit RegisterPersonDialog(ModuleContext &context, QWidget *parent = nullptr);
    QLineEdit *personNoEdit() const { return m_personNo; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QLineEdit *nameEdit() const { return m_name; }
    QString problem() const;
    QString registeredPersonNo() const { return m_registered; }
    void accept() override;  // person.register; stays open with the reason when refused

private:
    void checkIdNumber();

    ModuleContext &m_context;
    QLineEdit *m_personNo = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_derived = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_insurance = nullptr;
    QDateEdit *m_enrolled = nullptr;
    QLabel *m_problem = nullptr;
    QString m_registered;
};

class MaterialsRequestDialog : public QDialog {
    Q_OBJECT
public:
    MaterialsRequestDialog(const QList<MaterialState> &materials, QWidget *parent = nullptr);
    MaterialsRequest request() const;
    void accept() override;

private:
    QListWidget *m_items = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

class RefusalDialog : public QDialog {
    Q_OBJECT
public:
    RefusalDialog(const QList<EligibilityHint> &hints, QWidget *parent = nullptr);
    Refusal refusal() const;
    void accept() override;

private:
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ltc::applications::ui
