#include "assessments/ui/taskdialogs.h"

#include "assessments/domain/draw.h"
#include "assessments/ui/tasktexts.h"
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
    : sdk::CommandDialog(context, QStringLiteral("assessments"), command, title, parent)
{
    setFixed(QStringLiteral("id"), taskId);
    nameArgument(QStringLiteral("id"), Tr::tr("Task"));
    setMinimumWidth(480);
}

QComboBox *StepDialog::addChoice(const QString &key, const QString &label, const QList<NamedCode> &choices)
{
    sdk::Choices titled;
    for (const NamedCode &c : choices)
        titled.append({c.code, c.name.isEmpty() ? c.code : QStringLiteral("%1 %2").arg(c.code, c.name)});
    return addChoice(key, label, titled, {}, true);
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
    QLineEdit *seed = dialog->addText(QStringLiteral("seed"), Tr::tr("&Seed:"), newSeed());
    seed->setReadOnly(true);
    for (const QString &function : team.officers)
        dialog->addText(QStringLiteral("officers.") + function, Tr::tr("%1 (name):").arg(officerTitle(function)));
    dialog->addCheck(QStringLiteral("online"), Tr::tr("&Online assessment (the person lives elsewhere)"));
    return dialog;
}

StepDialog *redrawDialog(ModuleContext &context, const Task &task, QWidget *parent)
{
    auto *dialog = new StepDialog(context, QStringLiteral("assessment.redraw"), Tr::tr("Redraw the team"), task.record.id, parent);
    dialog->setIntro(Tr::tr("%1. The agency stays; the team is drawn again from a new seed. Every earlier draw is kept.")
                         .arg(taskLine(task)));
    QLineEdit *seed = dialog->addText(QStringLiteral("seed"), Tr::tr("&Seed:"), newSeed());
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
    dialog->addCheck(QStringLiteral("substantiated"), Tr::tr("&Substantiated: order a re-assessment"));
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
