#include "assessments/ui/taskdialogs.h"

#include "assessments/domain/draw.h"
#include "core/tr.h"
#include "sdk/modulecontext.h"
#include "sdk/widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>

namespace ltc::assessments::ui {
namespace {

QDate officeToday() { return officeDate(QDateTime::currentDateTimeUtc()); }

// "重抽理由(&R)：" → "重抽理由": the label as a message names it.
QString plainLabel(QString label)
{
    label.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    label.remove(QLatin1Char('&'));
    while (label.endsWith(QLatin1Char(':')) || label.endsWith(QChar(0xFF1A)))
        label.chop(1);
    return label;
}

void insertArgument(QJsonObject &args, const QString &key, const QJsonValue &value)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        args.insert(key, value);
        return;
    }
    QJsonObject inner = args.value(key.left(dot)).toObject();
    inner.insert(key.mid(dot + 1), value);
    args.insert(key.left(dot), inner);
}

QString gradeText(int grade)
{
    static const char *const kGrades[] = {QT_TRANSLATE_NOOP("ltc", "intact"), QT_TRANSLATE_NOOP("ltc", "mildly impaired"),
                                          QT_TRANSLATE_NOOP("ltc", "moderately impaired"),
                                          QT_TRANSLATE_NOOP("ltc", "severely impaired")};
    return grade >= 0 && grade < 4 ? Tr::tr(kGrades[grade]) : Tr::tr("grade %1").arg(grade);
}

} // namespace

QString newSeed() { return seedText(QRandomGenerator::system()->generate64()); }

// ---- the form ---------------------------------------------------------------------------------

StepDialog::StepDialog(ModuleContext &context, const QString &command, const QString &title, const QString &taskId,
                       QWidget *parent)
    : QDialog(parent), m_context(context), m_command(command)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("assessments.dialog.") + command);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sdk::headingLabel(title, this));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    layout->addStretch(1);  // a taller dialog grows here, not between the form's rows
    m_problem = sdk::problemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    layout->addWidget(m_problem);
    layout->addWidget(sdk::okCancelButtons(this, Tr::tr("Confirm")));
    m_fixed.insert(QStringLiteral("id"), taskId);
    m_labels.insert(QStringLiteral("id"), Tr::tr("Task"));
    setMinimumWidth(480);
}

void StepDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void StepDialog::add(const QString &key, const QString &label, QWidget *widget, std::function<QJsonValue()> read)
{
    widget->setObjectName(key);
    m_form->addRow(label, widget);
    m_fields.insert(key, Field{widget, std::move(read)});
    m_labels.insert(key, plainLabel(label));
}

QLineEdit *StepDialog::addText(const QString &key, const QString &label, bool optional, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    add(key, label, edit, [edit, optional] {
        const QString text = edit->text().trimmed();
        return optional && text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    });
    return edit;
}

QPlainTextEdit *StepDialog::addLongText(const QString &key, const QString &label, bool optional)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(72);
    add(key, label, edit, [edit, optional] {
        const QString text = edit->toPlainText().trimmed();
        return optional && text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    });
    return edit;
}

QDateEdit *StepDialog::addDate(const QString &key, const QString &label, QDate value)
{
    auto *edit = new QDateEdit(value, this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    add(key, label, edit, [edit] { return QJsonValue(edit->date().toString(Qt::ISODate)); });
    return edit;
}

QComboBox *StepDialog::addChoice(const QString &key, const QString &label, const QList<NamedCode> &choices)
{
    auto *combo = new QComboBox(this);
    for (const NamedCode &c : choices)
        combo->addItem(c.name.isEmpty() ? c.code : QStringLiteral("%1 %2").arg(c.code, c.name), c.code);
    add(key, label, combo, [combo] {
        const QString code = combo->currentData().toString();
        return code.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(code);
    });
    return combo;
}

QCheckBox *StepDialog::addFlag(const QString &key, const QString &label, bool value)
{
    auto *check = new QCheckBox(label, this);
    check->setChecked(value);
    check->setObjectName(key);
    m_form->addRow(QString(), check);
    m_fields.insert(key, Field{check, [check] { return QJsonValue(check->isChecked()); }});
    m_labels.insert(key, plainLabel(label));
    return check;
}

void StepDialog::setFixed(const QString &key, const QJsonValue &value) { m_fixed.insert(key, value); }

void StepDialog::nameArgument(const QString &key, const QString &label) { m_labels.insert(key, label); }

QString StepDialog::problem() const { return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString(); }

QString StepDialog::withLabels(const QString &message) const
{
    QStringList parts = message.split(QStringLiteral("; "));
    for (QString &part : parts) {
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        if (colon > 0 && m_labels.contains(part.left(colon)))
            part = m_labels.value(part.left(colon)) + part.mid(colon);
    }
    return parts.join(QLatin1Char('\n'));
}

void StepDialog::accept()
{
    QJsonObject args = m_fixed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QJsonValue value = it->read();
        if (!value.isUndefined())
            insertArgument(args, it.key(), value);
    }
    addArguments(args);
    const CommandOutcome outcome = m_context.execute(m_command, args);
    if (!outcome.ok()) {
        sdk::showProblem(m_problem, withLabels(outcome.error->message));
        return;
    }
    m_submitted = args;
    sdk::showProblem(m_problem, QString());
    QDialog::accept();
}

// ---- the result -------------------------------------------------------------------------------

ResultDialog::ResultDialog(ModuleContext &context, const Task &task, const Instrument &instrument, QWidget *parent)
    : StepDialog(context, QStringLiteral("assessment.record_result"), Tr::tr("Assessment result"), task.record.id, parent),
      m_instrument(instrument)
{
    setIntro(Tr::tr("%1 %2 · %3 version %4%5")
                 .arg(task.person.name, task.record.personNo, instrument.name)
                 .arg(instrument.version)
                 .arg(task.work && task.work->online ? Tr::tr(" · online assessment (living elsewhere)") : QString()));
    auto *grid = new QHBoxLayout;
    for (const Indicator &indicator : instrument.indicators) {
        auto *box = new QGroupBox(indicator.name.isEmpty() ? indicator.code : indicator.name, this);
        auto *items = new QFormLayout(box);
        for (const InstrumentItem &item : indicator.items) {
            auto *combo = new QComboBox(box);
            combo->setObjectName(indicator.code + QLatin1Char('.') + item.code);
            combo->addItem(QStringLiteral("—"), QVariant());  // not yet scored
            for (int score : item.scores)
                combo->addItem(QString::number(score), score);
            connect(combo, &QComboBox::currentIndexChanged, this, &ResultDialog::showScoring);
            items->addRow(item.name.isEmpty() ? item.code : item.name, combo);
            m_items.insert(combo->objectName(), combo);
            nameArgument(QStringLiteral("scores.") + combo->objectName(),
                         QStringLiteral("%1 · %2").arg(box->title(), item.name.isEmpty() ? item.code : item.name));
        }
        auto *total = new QLabel(box);
        total->setObjectName(QStringLiteral("total.") + indicator.code);
        items->addRow(Tr::tr("Total:"), total);
        m_totals.insert(indicator.code, total);
        grid->addWidget(box);
    }
    form()->addRow(grid);
    m_level = new QLabel(this);
    m_level->setObjectName(QStringLiteral("level"));
    QFont bold = m_level->font();
    bold.setBold(true);
    m_level->setFont(bold);
    form()->addRow(Tr::tr("Level:"), m_level);
    addDate(QStringLiteral("assessed_on"), Tr::tr("Assessed &on:"), officeToday());
    addLongText(QStringLiteral("advice"), Tr::tr("Care-service &advice:"), true);
    showScoring();
}

QComboBox *ResultDialog::itemCombo(const QString &indicator, const QString &item) const
{
    return m_items.value(indicator + QLatin1Char('.') + item);
}

bool ResultDialog::setScore(const QString &indicator, const QString &item, int score)
{
    QComboBox *combo = itemCombo(indicator, item);
    const int index = combo ? combo->findData(score) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

ItemScores ResultDialog::scores() const
{
    ItemScores scores;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const QVariant score = it.value()->currentData();
        if (score.isValid())
            scores[it.key().section(QLatin1Char('.'), 0, 0)][it.key().section(QLatin1Char('.'), 1)] = score.toInt();
    }
    return scores;
}

// The totals as the items are scored; the grades and the level once every item is, from the
// scoring code the command uses (its bands and matrix, the instrument's data).
void ResultDialog::showScoring()
{
    const ItemScores given = scores();
    QStringList problems;
    const std::optional<ScoreResult> result = scoreAssessment(m_instrument, given, &problems);
    for (const Indicator &indicator : m_instrument.indicators) {
        const QMap<QString, int> items = given.value(indicator.code);
        int total = 0;
        for (int score : items)
            total += score;
        QString text = Tr::tr("%1 of %2").arg(total).arg(indicator.maxTotal());
        if (result) {
            for (const IndicatorResult &r : result->indicators) {
                if (r.code == indicator.code)
                    text = Tr::tr("%1 of %2 · %3").arg(r.total).arg(indicator.maxTotal()).arg(gradeText(r.grade));
            }
        } else if (items.size() < indicator.items.size()) {
            text += Tr::tr(" · %1 items to score").arg(indicator.items.size() - items.size());
        }
        m_totals.value(indicator.code)->setText(text);
    }
    m_level->setText(result ? Tr::tr("level %1").arg(result->level) : Tr::tr("— (score every item)"));
}

void ResultDialog::addArguments(QJsonObject &args) const { args.insert(QStringLiteral("scores"), itemScoresToJson(scores())); }

// ---- the other steps ---------------------------------------------------------------------------

namespace {

QString taskLine(const Task &task)
{
    return Tr::tr("%1 %2, task %3").arg(task.person.name, task.record.personNo, task.record.id);
}

AssessmentTerms termsOf(ModuleContext &context, const Task &task)
{
    QSqlDatabase db = context.readConnection();
    return termsFor(db, task.person.district, officeToday());
}

} // namespace

StepDialog *dispatchDialog(ModuleContext &context, const Task &task, QWidget *parent)
{
    auto *dialog = new StepDialog(context, QStringLiteral("assessment.dispatch"), Tr::tr("Dispatch and draw"), task.record.id, parent);
    const AssessmentTerms terms = termsOf(context, task);
    const TeamTerms &team = task.isDispute() ? terms.disputeTeam : terms.team;
    dialog->setIntro(Tr::tr("%1. The agency is chosen by %2; the team of %3 (at least %4 experts) is drawn from the seed, "
                            "which is stored with the draw so that anyone can re-run it.")
                         .arg(taskLine(task), terms.agencyChoice == QLatin1String("RANDOM") ? Tr::tr("lot") : Tr::tr("rotation"))
                         .arg(team.members)
                         .arg(team.expertsAtLeast));
    QLineEdit *seed = dialog->addText(QStringLiteral("seed"), Tr::tr("&Seed:"), false, newSeed());
    seed->setReadOnly(true);
    for (const QString &function : team.officers)
        dialog->addText(QStringLiteral("officers.") + function, Tr::tr("Officer %1:").arg(function));
    dialog->addFlag(QStringLiteral("online"), Tr::tr("&Online assessment (the person lives elsewhere)"));
    return dialog;
}

StepDialog *redrawDialog(ModuleContext &context, const Task &task, QWidget *parent)
{
    auto *dialog = new StepDialog(context, QStringLiteral("assessment.redraw"), Tr::tr("Redraw the team"), task.record.id, parent);
    dialog->setIntro(Tr::tr("%1. The agency stays; the team is drawn again from a new seed. Every earlier draw is kept.")
                         .arg(taskLine(task)));
    QLineEdit *seed = dialog->addText(QStringLiteral("seed"), Tr::tr("&Seed:"), false, newSeed());
    seed->setReadOnly(true);
    dialog->addLongText(QStringLiteral("reason"), Tr::tr("&Reason for the redraw:"));
    return dialog;
}

StepDialog *agencyAcceptDialog(ModuleContext &context, const Task &task, QWidget *parent)
{
    auto *dialog = new StepDialog(context, QStringLiteral("assessment.agency_accept"), Tr::tr("The agency accepts the task"),
                                  task.record.id, parent);
    dialog->setIntro(taskLine(task));
    dialog->addDate(QStringLiteral("accepted_on"), Tr::tr("Accepted &on:"), officeToday());
    return dialog;
}

StepDialog *confirmDialog(ModuleContext &context, const Task &task, QWidget *parent)
{
    auto *dialog = new StepDialog(context, QStringLiteral("assessment.confirm"), Tr::tr("Expert confirmation"), task.record.id, parent);
    QSqlDatabase db = context.readConnection();
    const QList<ConfirmationRow> done = confirmationsOf(db, task.record.id);
    QStringList names;
    for (const ConfirmationRow &c : done)
        names << c.staffNo + QLatin1Char(' ') + c.name;
    dialog->setIntro(Tr::tr("%1. At least %2 different experts confirm the result; so far: %3.")
                         .arg(taskLine(task))
                         .arg(termsOf(context, task).expertConfirmations)
                         .arg(names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
    QList<NamedCode> experts;
    for (const NamedCode &expert : assessmentStaff(db, true)) {
        if (std::none_of(done.cbegin(), done.cend(), [&](const ConfirmationRow &c) { return c.staffNo == expert.code; }))
            experts << expert;
    }
    dialog->addChoice(QStringLiteral("staff_no"), Tr::tr("&Expert:"), experts);
    dialog->addDate(QStringLiteral("confirmed_on"), Tr::tr("Confirmed &on:"), officeToday());
    return dialog;
}

StepDialog *objectionDialog(ModuleContext &context, const Task &task, QWidget *parent)
{
    auto *dialog = new StepDialog(context, QStringLiteral("assessment.record_objection"), Tr::tr("Objection during publication"),
                                  task.record.id, parent);
    dialog->setIntro(Tr::tr("%1. Published until %2. A substantiated objection ends this task and opens a re-assessment.")
                         .arg(taskLine(task), task.work ? task.work->publicationUntil.toString(Qt::ISODate) : QString()));
    dialog->addText(QStringLiteral("objector"), Tr::tr("&Objector (by name):"));
    dialog->addLongText(QStringLiteral("text"), Tr::tr("&What they report:"));
    dialog->addDate(QStringLiteral("received_on"), Tr::tr("&Received on:"), officeToday());
    dialog->addFlag(QStringLiteral("substantiated"), Tr::tr("&Substantiated: order a re-assessment"));
    return dialog;
}

StepDialog *concludeDialog(ModuleContext &context, const Task &task, QWidget *parent)
{
    auto *dialog = new StepDialog(context, QStringLiteral("assessment.conclude"), Tr::tr("Conclude"), task.record.id, parent);
    dialog->setIntro(Tr::tr("%1. The conclusion becomes the record the settlement reads.").arg(taskLine(task)));
    dialog->addDate(QStringLiteral("concluded_on"), Tr::tr("Concluded &on:"), officeToday());
    if (task.record.state == state::InPublication) {  // a qualifying level: the person's choice
        QSqlDatabase db = context.readConnection();
        QList<NamedCode> forms;
        if (const std::optional<Policy> policy = policyFor(db, task.person.district, officeToday())) {
            for (const ServiceFormRates &form : policy->serviceForms)
                forms.append({form.code, form.name});
        }
        dialog->addChoice(QStringLiteral("service_form"), Tr::tr("Service &form:"), forms);
        QList<NamedCode> institutions{{QString(), Tr::tr("(none chosen yet)")}};
        institutions += careInstitutions(db);
        dialog->addChoice(QStringLiteral("institution_code"), Tr::tr("Care &institution:"), institutions);
    }
    return dialog;
}

StepDialog *deliverDialog(ModuleContext &context, const Task &task, QWidget *parent)
{
    auto *dialog = new StepDialog(context, QStringLiteral("assessment.deliver"), Tr::tr("Letter delivered"), task.record.id, parent);
    dialog->setIntro(Tr::tr("%1. Delivery ends the 30-working-day clock and opens the dispute window.").arg(taskLine(task)));
    dialog->addDate(QStringLiteral("delivered_on"), Tr::tr("Delivered &on:"), officeToday());
    return dialog;
}

} // namespace ltc::assessments::ui
