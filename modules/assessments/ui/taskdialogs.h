#pragma once
// One dialog per step of a task, each the SDK's command form submitting its command through
// ModuleContext::execute: OK applies it; a refusal keeps the dialog open with the reason, each
// argument named by its field's label (so "reason: …" reads "重抽理由: …"), and what was typed
// stays. The result entry
// offers each item's allowed scores from the instrument's data and shows the totals, the
// indicators' grades and the level as the scoring code (scoring.h) gives them, the same code
// the command scores with.
#include "assessments/domain/assessmentreads.h"
#include "assessments/domain/taskpagereads.h"

#include "sdk/commanddialog.h"

#include <QHash>

class QComboBox;
class QLabel;

namespace ltc::assessments::ui {

// A step's form: the SDK's command form (sdk/commanddialog.h) on one task, whose id it submits,
// named "assessments.dialog.<command>".
class StepDialog : public sdk::CommandDialog {
    Q_OBJECT
public:
    StepDialog(ModuleContext &context, const QString &command, const QString &title, const QString &taskId,
               QWidget *parent = nullptr);

    using sdk::CommandDialog::addChoice;
    // "code name" for each; a choice without a code leaves the argument out.
    QComboBox *addChoice(const QString &key, const QString &label, const QList<NamedCode> &choices);
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
