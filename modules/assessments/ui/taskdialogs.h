#pragma once
// One dialog per step of a task, each submitting its command through ModuleContext::execute: OK
// applies it; a refusal keeps the dialog open with the reason, each argument named by its
// field's label (so "reason: …" reads "重抽理由: …"), and what was typed stays. The result entry
// offers each item's allowed scores from the instrument's data and shows the totals, the
// indicators' grades and the level as the scoring code (scoring.h) gives them, the same code
// the command scores with.
#include "assessments/domain/assessmentreads.h"
#include "assessments/domain/taskpagereads.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ltc {
class ModuleContext;
}

namespace ltc::assessments::ui {

class StepDialog : public QDialog {
    Q_OBJECT
public:
    StepDialog(ModuleContext &context, const QString &command, const QString &title, const QString &taskId,
               QWidget *parent = nullptr);

    const QString &command() const { return m_command; }
    void setIntro(const QString &text);
    // Fields, each bound to an argument; a key "a.b" is the member b of the object argument a.
    QLineEdit *addText(const QString &key, const QString &label, bool optional = false, const QString &value = {});
    QPlainTextEdit *addLongText(const QString &key, const QString &label, bool optional = false);
    QDateEdit *addDate(const QString &key, const QString &label, QDate value);
    QComboBox *addChoice(const QString &key, const QString &label, const QList<NamedCode> &choices);
    QCheckBox *addFlag(const QString &key, const QString &label, bool value = false);
    void setFixed(const QString &key, const QJsonValue &value);
    // A label for an argument without a field of its own (an item's score), for refusals.
    void nameArgument(const QString &key, const QString &label);

    QWidget *field(const QString &key) const { return m_fields.value(key).widget; }
    QString problem() const;
    QJsonObject submitted() const { return m_submitted; }

public slots:
    void accept() override;

protected:
    QFormLayout *form() const { return m_form; }
    virtual void addArguments(QJsonObject &) const {}

private:
    struct Field {
        QWidget *widget = nullptr;
        std::function<QJsonValue()> read;  // undefined: leave the argument out
    };
    void add(const QString &key, const QString &label, QWidget *widget, std::function<QJsonValue()> read);
    QString withLabels(const QString &message) const;

    ModuleContext &m_context;
    QString m_command;
    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_problem = nullptr;
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_labels;  // argument → label, for refusals
    QJsonObject m_fixed;
    QJsonObject m_submitted;
};

// The scores of an assessment on the task's instrument: one combo box per item with its allowed
// scores; the totals, grades and level change as items are scored.
class ResultDialog : public StepDialog {
    Q_OBJECT
public:
    ResultDialog(ModuleContext &context, const Task &task, const Instrument &instrument, QWidget *parent = nullptr);

    QComboBox *itemCombo(const QString &indicator, const QString &item) const;
    QLabel *totalLabel(const QString &indicator) const { return m_totals.value(indicator); }
    QLabel *levelLabel() const { return m_level; }
    // Sets an item's score by value (for the keyboard and the tests); false when not allowed.
    bool setScore(const QString &indicator, const QString &item, int score);

protected:
    void addArguments(QJsonObject &args) const override;

private:
    ItemScores scores() const;  // the items scored so far
    void showScoring();

    Instrument m_instrument;
    QHash<QString, QComboBox *> m_items;  // "INDICATOR.ITEM"
    QHash<QString, QLabel *> m_totals;    // by indicator: total and grade
    QLabel *m_level = nullptr;
};

// The other steps' dialogs, their fields filled with what the step needs.
StepDialog *dispatchDialog(ModuleContext &context, const Task &task, QWidget *parent);
StepDialog *redrawDialog(ModuleContext &context, const Task &task, QWidget *parent);
StepDialog *agencyAcceptDialog(ModuleContext &context, const Task &task, QWidget *parent);
StepDialog *confirmDialog(ModuleContext &context, const Task &task, QWidget *parent);
StepDialog *objectionDialog(ModuleContext &context, const Task &task, QWidget *parent);
StepDialog *concludeDialog(ModuleContext &context, const Task &task, QWidget *parent);
StepDialog *deliverDialog(ModuleContext &context, const Task &task, QWidget *parent);

// A new seed for a draw: 64 bits from the system's generator, as 16 hex digits.
QString newSeed();

} // namespace ltc::assessments::ui
