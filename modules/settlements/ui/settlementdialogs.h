#pragma once
// The settlement screens' own dialogs (those every module shows are the SDK's: sdk/dialogs.h).
// Each shows what the user needs to decide and hands back the decision; none writes anything
// (the page runs the commands).
#include "settlements/ui/prompts.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace ltc::settlement::ui {

// What a stored audit run changed: totals before and after, and on a re-run the changed lines.
class AuditChangesDialog : public QDialog {
    Q_OBJECT
public:
    AuditChangesDialog(const AuditSummary &summary, QWidget *parent = nullptr);
};

// First review of one line: accept the computed result, or override it with an amount and a
// reason.
class ReviewLineDialog : public QDialog {
    Q_OBJECT
public:
    ReviewLineDialog(const LineRow &row, const QString &formName, QWidget *parent = nullptr);
    LineDecision decision() const;
    void accept() override;  // checks the amount and the reason first

private:
    QRadioButton *m_accept;
    QRadioButton *m_override;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QLabel *m_problem;
};

class SecondReviewDialog : public QDialog {
    Q_OBJECT
public:
    SecondReviewDialog(const BatchRow &batch, QWidget *parent = nullptr);
    SecondReviewDecision decision() const;
    void accept() override;

private:
    QRadioButton *m_approve;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
};

// How to choose the review sample.
class SampleDialog : public QDialog {
    Q_OBJECT
public:
    SampleDialog(const QString &institution, const QString &institutionName, QWidget *parent = nullptr);
    SampleCriteria criteria() const;
    void accept() override;

private:
    QButtonGroup *m_method;
    QSpinBox *m_percent;
    QLineEdit *m_seed;
    QLineEdit *m_threshold;
    QCheckBox *m_onlyInstitution;
    QLabel *m_problem;
    QString m_institution;
};

// A month under the policies in force and under a draft: totals side by side, differences.
class WhatIfDialog : public QDialog {
    Q_OBJECT
public:
    WhatIfDialog(const PolicyComparison &comparison, const QString &draftName,
                 const QHash<QString, QString> &institutionNames, QWidget *parent = nullptr);
};

} // namespace ltc::settlement::ui
