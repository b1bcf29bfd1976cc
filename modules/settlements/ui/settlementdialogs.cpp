#include "settlements/ui/settlementdialogs.h"

#include "core/tr.h"
#include "sdk/widgets.h"
#include "settlements/output/settlementreport.h"
#include "settlements/ui/uiformat.h"

#include <QAbstractTableModel>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ltc::settlement::ui {
namespace {

// Totals as rows of (label, a, b, b − a): the audit's before/after and the what-if's in force/draft.
QList<QStringList> totalsRows(const AuditTotals &a, const AuditTotals &b)
{
    const QList<QPair<QString, QPair<Fen, Fen>>> figures{
        {Tr::tr("Claimed"), {a.claimed, b.claimed}},   {Tr::tr("Allowed"), {a.allowed, b.allowed}},
        {Tr::tr("Deducted"), {a.deducted, b.deducted}}, {Tr::tr("Fund"), {a.fund, b.fund}},
        {Tr::tr("Personal"), {a.personal, b.personal}}, {Tr::tr("Deposit withheld"), {a.deposit, b.deposit}},
        {Tr::tr("Payable"), {a.fund - a.deposit, b.fund - b.deposit}}};
    QList<QStringList> rows{{Tr::tr("Lines"), QString::number(a.lines), QString::number(b.lines),
                             QString::number(b.lines - a.lines)}};
    for (const auto &[label, values] : figures)
        rows << QStringList{label, yuan(values.first), yuan(values.second), signedYuan(values.second - values.first)};
    return rows;
}

QStringList difference(const QStringList &from, const QStringList &to)
{
    QStringList codes;
    for (const QString &code : to) {
        if (!from.contains(code))
            codes << code;
    }
    return codes;
}

// Why a line's result changed, in words.
QString explanation(const LineChange &change, bool frozen)
{
    if (frozen)
        return Tr::tr("Kept as reviewed: the institution is past first review");
    if (!change.was)
        return Tr::tr("New line");
    if (!change.now)
        return Tr::tr("No longer declared");
    QStringList parts;
    if (const QStringList added = difference(change.was->reasons, change.now->reasons); !added.isEmpty())
        parts << Tr::tr("now: %1").arg(reasonTitles(added));
    if (const QStringList gone = difference(change.now->reasons, change.was->reasons); !gone.isEmpty())
        parts << Tr::tr("no longer: %1").arg(reasonTitles(gone));
    if (parts.isEmpty())
        parts << (change.was->allowed != change.now->allowed ? Tr::tr("amount recomputed (rates, days or data)")
                                                              : Tr::tr("fund share recomputed"));
    return parts.join(Tr::tr("; "));
}

// The changed lines of a stored audit run: a model, since a re-run after a re-import may list
// many lines of a month.
class ChangesModel : public QAbstractTableModel {
public:
    ChangesModel(const AuditSummary &summary, QObject *parent) : QAbstractTableModel(parent), m_summary(summary) {}
    int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : int(changes().size()); }
    int columnCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : 8; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        const QStringList titles{Tr::tr("Claim"),           Tr::tr("Line"),         Tr::tr("Institution"),
                                 Tr::tr("Allowed before"), Tr::tr("Allowed now"), Tr::tr("Difference"),
                                 Tr::tr("Reasons now"),    Tr::tr("Why")};
        return titles.value(section);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const LineChange &c = changes().at(index.row());
        const LineResult &any = c.now ? *c.now : *c.was;
        const bool frozen = m_summary.frozenInstitutions.contains(any.institutionCode);
        if (role == Qt::TextAlignmentRole && index.column() >= 3 && index.column() <= 5)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole)
            return frozen ? QVariant(mutedColour()) : QVariant();
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const Fen before = c.was ? c.was->allowed : 0;
        const Fen after = c.now ? c.now->allowed : 0;
        switch (index.column()) {
        case 0: return c.claimNo;
        case 1: return c.lineNo;
        case 2: return m_summary.institutionNames.value(any.institutionCode, any.institutionCode);
        case 3: return c.was ? yuan(before) : QString();
        case 4: return c.now ? yuan(after) : QString();
        case 5: return signedYuan(after - before);
        case 6: return c.now ? reasonsText(c.now->reasons) : QString();
        case 7: return explanation(c, frozen);
        }
        return {};
    }

private:
    const QList<LineChange> &changes() const { return m_summary.run.changes; }
    AuditSummary m_summary;
};

QTableView *changesTable(const AuditSummary &summary, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QStringLiteral("changes"));
    view->setModel(new ChangesModel(summary, view));
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {150, 44, 170, 100, 100, 100, 190};
    for (int i = 0; i < 7; ++i)
        view->setColumnWidth(i, widths[i]);
    return view;
}
} // namespace

// ---- audit summary ------------------------------------------------------------------------

AuditChangesDialog::AuditChangesDialog(const AuditSummary &summary, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("auditChangesDialog"));
    setWindowTitle(tr("Audit of %1").arg(summary.run.period));
    auto *layout = new QVBoxLayout(this);
    const AuditRun &run = summary.run;
    const QString intro =
        run.hadPreviousRun
            ? tr("The audit of %1 is stored: %2 line(s) changed since the previous run.")
                  .arg(run.period)
                  .arg(run.changes.size())
            : tr("The first audit of %1 is stored: %2 line(s) got a result.").arg(run.period).arg(run.newLines);
    layout->addWidget(sdk::headingLabel(intro, this));
    layout->addWidget(sdk::smallTable({QString(), tr("Stored now"), tr("After this run"), tr("Difference")},
                                 totalsRows(run.previousTotals, run.totals), this));
    if (!summary.frozenInstitutions.isEmpty()) {
        QStringList names;
        for (const QString &code : summary.frozenInstitutions)
            names << summary.institutionNames.value(code, code);
        auto *frozen = new QLabel(tr("Kept as reviewed (past first review, not changed by this run): %1")
                                      .arg(names.join(tr(", "))),
                                  this);
        frozen->setWordWrap(true);
        layout->addWidget(frozen);
    }
    if (!run.changes.isEmpty())
        layout->addWidget(changesTable(summary, this), 1);
    else if (run.hadPreviousRun)
        layout->addWidget(new QLabel(tr("No line's result changed."), this));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    sdk::resizeWithin(this, {1040, 620});
}

// ---- first review of a line ---------------------------------------------------------------

ReviewLineDialog::ReviewLineDialog(const LineRow &row, const QString &formName, QWidget *parent)
    : QDialog(parent),
      m_accept(new QRadioButton(tr("&Accept the audit result"), this)),
      m_override(new QRadioButton(tr("&Override the allowed amount"), this)),
      m_amount(new QLineEdit(this)),
      m_reason(new QLineEdit(this)),
      m_problem(sdk::problemLabel(this))
{
    setObjectName(QStringLiteral("reviewLineDialog"));
    setWindowTitle(tr("Review claim line"));
    const ClaimLine &l = row.line;
    const LineResult r = row.result.value_or(LineResult{});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sdk::headingLabel(tr("Claim %1, line %2 · %3 (%4)").arg(l.claimNo).arg(l.lineNo).arg(row.personName, l.personNo), this));
    auto *facts = new QFormLayout;
    facts->addRow(tr("Institution:"), new QLabel(row.institutionName, this));
    facts->addRow(tr("Service:"), new QLabel(tr("%1, %2 to %3, %4 day(s)")
                                                 .arg(formName, day(l.serviceFrom), day(l.serviceTo))
                                                 .arg(l.days), this));
    facts->addRow(tr("Claimed:"), new QLabel(yuan(l.amount), this));
    facts->addRow(tr("Allowed by the rules:"), new QLabel(yuan(r.allowed), this));
    auto *reasons = new QLabel(r.reasons.isEmpty() ? tr("none") : reasonsText(r.reasons), this);
    reasons->setWordWrap(true);
    facts->addRow(tr("Deductions:"), reasons);
    layout->addLayout(facts);

    m_accept->setObjectName(QStringLiteral("acceptResult"));
    m_override->setObjectName(QStringLiteral("overrideResult"));
    m_amount->setObjectName(QStringLiteral("overrideAmount"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_amount->setPlaceholderText(tr("yuan, e.g. 1700.00"));
    m_reason->setPlaceholderText(tr("why the amount differs from the audit"));
    layout->addWidget(m_accept);
    layout->addWidget(m_override);
    auto *overrideForm = new QFormLayout;
    overrideForm->setContentsMargins(24, 0, 0, 0);
    overrideForm->addRow(tr("Allowed (yuan):"), m_amount);
    overrideForm->addRow(tr("Reason:"), m_reason);
    layout->addLayout(overrideForm);
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, tr("Record decision")));

    const bool overridden = row.review && row.review->decision == QStringLiteral("override");
    (overridden ? m_override : m_accept)->setChecked(true);
    m_amount->setText(formatYuan(overridden ? row.review->allowed : r.allowed));
    if (overridden)
        m_reason->setText(row.review->reason);
    auto sync = [this] {
        m_amount->setEnabled(m_override->isChecked());
        m_reason->setEnabled(m_override->isChecked());
    };
    connect(m_override, &QRadioButton::toggled, this, sync);
    sync();
    setMinimumWidth(520);
}

LineDecision ReviewLineDialog::decision() const
{
    if (m_accept->isChecked())
        return {};
    return {false, m_amount->text().trimmed(), m_reason->text().trimmed()};
}

void ReviewLineDialog::accept()
{
    if (m_override->isChecked()) {
        QString why;
        if (!parseYuan(m_amount->text(), &why)) {
            sdk::showProblem(m_problem, why);
            m_amount->setFocus();
            return;
        }
        if (m_reason->text().trimmed().isEmpty()) {
            sdk::showProblem(m_problem, tr("An override needs a reason."));
            m_reason->setFocus();
            return;
        }
    }
    QDialog::accept();
}

// ---- second review ------------------------------------------------------------------------

SecondReviewDialog::SecondReviewDialog(const BatchRow &batch, QWidget *parent)
    : QDialog(parent), m_approve(new QRadioButton(tr("&Approve for payment"), this)),
      m_reason(new QPlainTextEdit(this)), m_problem(sdk::problemLabel(this))
{
    setObjectName(QStringLiteral("secondReviewDialog"));
    setWindowTitle(tr("Second review"));
    const InstitutionTotals &t = batch.totals;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sdk::headingLabel(tr("%1 (%2)").arg(t.name, t.code), this));
    auto *facts = new QFormLayout;
    facts->addRow(tr("First review by:"), new QLabel(QStringLiteral("%1（%2）").arg(batch.staffName(batch.firstReviewer), batch.firstReviewer), this));
    facts->addRow(tr("Lines:"), new QLabel(QString::number(t.lines), this));
    facts->addRow(tr("Allowed:"), new QLabel(yuan(t.allowed), this));
    facts->addRow(tr("Payable after the deposit:"), new QLabel(yuan(t.payable()), this));
    layout->addLayout(facts);
    auto *returnIt = new QRadioButton(tr("&Return to first review"), this);
    m_approve->setObjectName(QStringLiteral("approve"));
    returnIt->setObjectName(QStringLiteral("return"));
    m_approve->setChecked(true);
    layout->addWidget(m_approve);
    layout->addWidget(returnIt);
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_reason->setPlaceholderText(tr("Why the month goes back (required when returning)"));
    m_reason->setMaximumHeight(90);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, tr("Record second review")));
    setMinimumWidth(480);
}

SecondReviewDecision SecondReviewDialog::decision() const
{
    return {m_approve->isChecked(), m_approve->isChecked() ? QString() : m_reason->toPlainText().trimmed()};
}

void SecondReviewDialog::accept()
{
    if (!m_approve->isChecked() && m_reason->toPlainText().trimmed().isEmpty()) {
        sdk::showProblem(m_problem, tr("A return needs a reason."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

// ---- review sample ------------------------------------------------------------------------

SampleDialog::SampleDialog(const QString &institution, const QString &institutionName, QWidget *parent)
    : QDialog(parent), m_method(new QButtonGroup(this)), m_percent(new QSpinBox(this)), m_seed(new QLineEdit(this)),
      m_threshold(new QLineEdit(this)), m_onlyInstitution(new QCheckBox(this)), m_problem(sdk::problemLabel(this)),
      m_institution(institution)
{
    setObjectName(QStringLiteral("sampleDialog"));
    setWindowTitle(tr("Review sample"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose the lines to check by hand:"), this));
    auto *grid = new QGridLayout;
    auto *random = new QRadioButton(tr("A &random share of the lines"), this);
    auto *above = new QRadioButton(tr("Lines claiming &more than"), this);
    auto *average = new QRadioButton(tr("Lines allowed more than the &average of their level"), this);
    m_method->addButton(random, int(SampleMethod::RandomShare));
    m_method->addButton(above, int(SampleMethod::AboveAmount));
    m_method->addButton(average, int(SampleMethod::AboveLevelAverage));
    random->setChecked(true);
    m_percent->setRange(1, 100);
    m_percent->setValue(5);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_seed->setText(QString::number(QRandomGenerator::global()->bounded(100000, 999999)));
    m_seed->setToolTip(tr("The same seed over the same lines gives the same sample: write it down to repeat it."));
    m_threshold->setPlaceholderText(tr("yuan"));
    m_threshold->setText(QStringLiteral("2000.00"));
    grid->addWidget(random, 0, 0);
    grid->addWidget(m_percent, 0, 1);
    grid->addWidget(new QLabel(tr("seed"), this), 0, 2);
    grid->addWidget(m_seed, 0, 3);
    grid->addWidget(above, 1, 0);
    grid->addWidget(m_threshold, 1, 1, 1, 2);
    grid->addWidget(new QLabel(tr("yuan"), this), 1, 3);
    grid->addWidget(average, 2, 0, 1, 4);
    layout->addLayout(grid);
    m_onlyInstitution->setText(tr("Only %1 (%2)").arg(institutionName, institution));
    m_onlyInstitution->setChecked(!institution.isEmpty());
    m_onlyInstitution->setVisible(!institution.isEmpty());
    layout->addWidget(m_onlyInstitution);
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, tr("Choose sample")));
    setMinimumWidth(480);
}

SampleCriteria SampleDialog::criteria() const
{
    SampleCriteria criteria;
    criteria.method = SampleMethod(m_method->checkedId());
    criteria.percent = m_percent->value();
    criteria.seed = m_seed->text().trimmed().toUInt();
    criteria.threshold = parseYuan(m_threshold->text()).value_or(0);
    criteria.institution = m_onlyInstitution->isChecked() ? m_institution : QString();
    return criteria;
}

void SampleDialog::accept()
{
    bool seedOk = false;
    m_seed->text().trimmed().toUInt(&seedOk);
    QString why;
    if (m_method->checkedId() == int(SampleMethod::RandomShare) && !seedOk)
        sdk::showProblem(m_problem, tr("The seed is a whole number."));
    else if (m_method->checkedId() == int(SampleMethod::AboveAmount) && !parseYuan(m_threshold->text(), &why))
        sdk::showProblem(m_problem, why);
    else
        QDialog::accept();
}

// ---- what-if ------------------------------------------------------------------------------

WhatIfDialog::WhatIfDialog(const PolicyComparison &comparison, const QString &draftName,
                           const QHash<QString, QString> &institutionNames, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("whatIfDialog"));
    setWindowTitle(tr("Policy what-if"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sdk::headingLabel(tr("%1 under the draft \"%2\"").arg(comparison.inForce.period, draftName), this));
    auto *note = new QLabel(tr("A trial computation: nothing was stored or changed."), this);
    note->setStyleSheet(QStringLiteral("color: #57606a;"));
    layout->addWidget(note);
    layout->addWidget(sdk::smallTable({QString(), tr("Policy in force"), tr("Draft"), tr("Difference")},
                                 totalsRows(comparison.inForce.totals, comparison.draft.totals), this));
    const QList<InstitutionTotals> now = totalsByInstitution(comparison.inForce.results, institutionNames);
    const QList<InstitutionTotals> draft = totalsByInstitution(comparison.draft.results, institutionNames);
    QList<QStringList> rows;
    for (qsizetype i = 0; i < now.size() && i < draft.size(); ++i) {
        rows << QStringList{now.at(i).name.isEmpty() ? now.at(i).code : now.at(i).name, yuan(now.at(i).allowed),
                            yuan(draft.at(i).allowed), signedYuan(draft.at(i).allowed - now.at(i).allowed),
                            yuan(now.at(i).payable()), yuan(draft.at(i).payable()),
                            signedYuan(draft.at(i).payable() - now.at(i).payable())};
    }
    layout->addWidget(new QLabel(tr("By institution:"), this));
    layout->addWidget(sdk::smallTable({tr("Institution"), tr("Allowed in force"), tr("Allowed draft"), tr("Difference"),
                                  tr("Payable in force"), tr("Payable draft"), tr("Difference")},
                                 rows, this),
                      1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    sdk::resizeWithin(this, {980, 640});
}

} // namespace ltc::settlement::ui
