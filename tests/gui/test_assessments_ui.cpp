// The assessments module's screens over a small store of 鹿城区 (330302), through the real
// widgets: a task from an accepted application dispatched (its draw shown), a redraw refused
// without a reason and then made with one, the agency's acceptance, the result entered item by
// item (the totals and the level change as the items are scored), two experts confirming,
// the conclusion, its letter (preview and PDF) and its delivery, the stored rows checked at each
// step; and the worklist's filters by state, agency, assessor and overdue.
#include <catch2/catch.hpp>

#include "assessments/ui/assessmentspage.h"
#include "assessments/ui/taskdialogs.h"
#include "assessments/ui/tasksmodel.h"
#include "database/dbtestsupport.h"
#include "database/records/handovers.h"
#include "sdk/scriptedanswers.h"
#include "shellcontext.h"
#include "sql.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QUuid>

using namespace ltc;
using namespace ltc::assessments;
using namespace ltc::assessments::ui;
using ltctest::str;

namespace {

const QString kDistrict = QStringLiteral("330302");

QDate today() { return officeDate(QDateTime::currentDateTimeUtc()); }
QString iso(QDate day) { return day.toString(Qt::ISODate); }

// Each step's dialog is filled in by the test's function for its command, through its widgets.
struct ScriptedPrompts : sdk::ScriptedAnswers<Prompts> {
    QHash<QString, std::function<void(StepDialog &)>> steps;
    QStringList shownDraws;
    QString shownLetter;

    bool runStep(StepDialog &dialog) override
    {
        dialog.show();
        const auto step = steps.value(dialog.command());
        if (!step)
            return false;
        step(dialog);
        return dialog.result() == QDialog::Accepted;
    }
    void showDraws(QWidget *, const QString &html) override { shownDraws << html; }
    void showLetter(QWidget *, const QString &, const QString &html) override { shownLetter = html; }
    void openEvidence(QWidget *, const QString &path) override { openedEvidence << path; }
    QStringList openedEvidence;
};

void clickOk(StepDialog &dialog)
{
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

template<typename W>
W *fieldOf(StepDialog &dialog, const QString &key)
{
    W *widget = qobject_cast<W *>(dialog.field(key));
    REQUIRE(widget);
    return widget;
}

void choose(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// The label a field shows, as a refusal names it ("重抽理由(&R)：" → "重抽理由").
QString labelOf(StepDialog &dialog, const QString &key)
{
    auto *form = dialog.findChild<QFormLayout *>();
    auto *label = qobject_cast<QLabel *>(form->labelForField(dialog.field(key)));
    REQUIRE(label);
    QString text = label->text();
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.remove(QLatin1Char('&'));
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text;
}

struct TaskStore {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity handler = ltctest::handler(kDistrict);

    TaskStore()
    {
        QSettings().remove(QStringLiteral("assessments"));
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
        policy.insert(QStringLiteral("assessment"), QJsonObject{{QStringLiteral("agency_choice"), QStringLiteral("ROTATION")}});
        require(admin, QStringLiteral("policy.load"), policy);
        const auto id = [](int sequence) { return ltctest::citizenId(kDistrict, QDate(1970, 1, 1), sequence).toUtf8(); };
        importText(QStringLiteral("persons"),
                   "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n"
                   "P1," + ltctest::citizenId(kDistrict, QDate(1940, 5, 6), 11).toUtf8() + ",张三,M,1940-05-06,EMPLOYEE,2010-01-01,330302\n"
                   "P2," + ltctest::citizenId(kDistrict, QDate(1938, 2, 3), 22).toUtf8() + ",李四,F,1938-02-03,EMPLOYEE,2010-01-01,330302\n"
                   "P3," + ltctest::citizenId(kDistrict, QDate(1936, 3, 4), 33).toUtf8() + ",王五,M,1936-03-04,EMPLOYEE,2010-01-01,330302\n"
                   "P4," + ltctest::citizenId(kDistrict, QDate(1935, 4, 5), 44).toUtf8() + ",赵六,F,1935-04-05,EMPLOYEE,2010-01-01,330302\n");
        importText(QStringLiteral("institutions"),
                   "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                   "AG1,第一评估所,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31,330302\n"
                   "AG2,第二评估所,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31,330302\n"
                   "CARE1,护理站,CARE,1,HOME_VISIT|INST,2025-01-01,2030-12-31,330302\n");
        importText(QStringLiteral("staff"),
                   "staff_no,institution_code,name,id_number,role,employed_from\n"
                   "E1,AG1,专家一," + id(101) + ",EXPERT,2020-01-01\n"
                   "E2,AG1,专家二," + id(103) + ",EXPERT,2020-01-01\n"
                   "X1,AG1,评估员一," + id(107) + ",ASSESSOR,2020-01-01\n"
                   "X2,AG1,评估员二," + id(109) + ",ASSESSOR,2020-01-01\n"
                   "E4,AG2,专家四," + id(117) + ",EXPERT,2020-01-01\n"
                   "E5,AG2,专家五," + id(119) + ",EXPERT,2020-01-01\n"
                   "Y1,AG2,评估员六," + id(121) + ",ASSESSOR,2020-01-01\n");
    }
    ~TaskStore() { QSettings().remove(QStringLiteral("assessments")); }

    void importText(const QString &kind, const QByteArray &csv)
    {
        const ImportReport report = store->importer().importFile(admin, kind, store.file(kind + QStringLiteral(".csv"), csv));
        INFO(str(report.failure) << str(report.issues.formatErrors(kind)));
        REQUIRE(report.ok());
    }
    void require(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        const CommandOutcome outcome = store->commands().execute(user, name, args);
        INFO(str(name) << ": " << str(outcome.ok() ? QString() : outcome.error->message));
        REQUIRE(outcome.ok());
    }
    QString acceptedTask(const QString &personNo)
    {
        const QString application = QUuid::createUuid().toString(QUuid::WithoutBraces);
        require(handler, QStringLiteral("application.submit"),
                {{QStringLiteral("id"), application}, {QStringLiteral("person_no"), personNo},
                 {QStringLiteral("kind"), QStringLiteral("FIRST")}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                 {QStringLiteral("received_on"), iso(today())}});
        require(handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), application}});
        return assessmentTaskId(application);
    }
    QString stateOf(const QString &task)
    {
        return store.scalar(QStringLiteral("SELECT state FROM assessment_tasks WHERE id = ?"), {task}).toString();
    }
};

// The scores of a severely impaired person: ADL 40, cognition 1, perception 12 → level 5.
const QList<std::tuple<const char *, const char *, int>> kSevere{
    {"ADL", "EATING", 5},     {"ADL", "DRESSING", 5}, {"ADL", "FACE_MOUTH", 0}, {"ADL", "BOWEL", 5},
    {"ADL", "BLADDER", 5},    {"ADL", "TOILET", 5},   {"ADL", "WALKING", 5},    {"ADL", "TRANSFER", 10},
    {"ADL", "STAIRS", 0},     {"ADL", "BATHING", 0},  {"COGNITION", "TIME", 0}, {"COGNITION", "PEOPLE", 1},
    {"COGNITION", "PLACE", 0}, {"COGNITION", "MEMORY", 0}, {"PERCEPTION", "VISION", 4},
    {"PERCEPTION", "HEARING", 4}, {"PERCEPTION", "COMMUNICATION", 4}};

} // namespace

TEST_CASE("assessments screens: from dispatch through the result and two experts to a delivered conclusion",
          "[gui][assessments]")
{
    TaskStore f;
    const QString task = f.acceptedTask(QStringLiteral("P1"));
    ShellContext context(*f.store.store, f.handler);
    auto prompts = std::make_shared<ScriptedPrompts>();
    AssessmentsPage page(context, prompts);
    page.show();
    REQUIRE(page.model()->rowCount() == 1);
    CHECK_FALSE(page.action(QStringLiteral("dispatch"))->isEnabled());  // nothing chosen

    // The task is chosen with the mouse; only dispatch is open to it.
    const QRect cell = page.view()->visualRect(page.model()->index(0, 0));
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(page.currentTask().has_value());
    CHECK(page.currentTask()->record.id == task);
    CHECK(page.action(QStringLiteral("dispatch"))->isEnabled());
    CHECK_FALSE(page.action(QStringLiteral("result"))->isEnabled());

    // Dispatch: the seed is the dialog's, stored with the draw; the draw is shown.
    QString seed;
    prompts->steps.insert(QStringLiteral("assessment.dispatch"), [&seed](StepDialog &dialog) {
        seed = fieldOf<QLineEdit>(dialog, QStringLiteral("seed"))->text();
        CHECK(seed.size() == 16);
        clickOk(dialog);
        INFO(str(dialog.problem()));
        CHECK(dialog.result() == QDialog::Accepted);
    });
    REQUIRE(page.dispatchCurrent());
    CHECK(f.stateOf(task) == state::Dispatched);
    CHECK(f.store.scalar(QStringLiteral("SELECT seed FROM assessment_draws WHERE task_id = ? AND seq = 1"), {task}).toString() == seed);
    CHECK(f.store.scalar(QStringLiteral("SELECT agency_code FROM assessment_work WHERE task_id = ?"), {task}).toString()
          == QStringLiteral("AG1"));
    REQUIRE(prompts->shownDraws.size() == 1);
    CHECK(prompts->shownDraws.first().contains(seed));
    CHECK(page.detailText().contains(QStringLiteral("AG1")));

    // The worklist names the agency and the team (the codes in the tooltips); the draw shown
    // right after the dispatch names the team too.
    {
        const int row = page.model()->rowOf(task);
        REQUIRE(row >= 0);
        const auto text = [&](TaskColumn column, int role) {
            return page.model()->data(page.model()->index(row, int(column)), role).toString();
        };
        CHECK(text(TaskColumn::Agency, Qt::DisplayRole) == QStringLiteral("第一评估所"));
        CHECK(text(TaskColumn::Agency, Qt::ToolTipRole).startsWith(QStringLiteral("AG1")));
        const TaskRow *dispatched = page.model()->rowAt(row);
        REQUIRE(dispatched->team.size() >= 2);
        REQUIRE(dispatched->teamNames.size() == dispatched->team.size());
        for (int i = 0; i < dispatched->team.size(); ++i) {
            INFO(str(dispatched->team.at(i)));
            CHECK_FALSE(dispatched->teamNames.at(i).isEmpty());
            CHECK(text(TaskColumn::Team, Qt::DisplayRole).contains(dispatched->teamNames.at(i)));
            CHECK_FALSE(text(TaskColumn::Team, Qt::DisplayRole).contains(dispatched->team.at(i)));
            CHECK(text(TaskColumn::Team, Qt::ToolTipRole).contains(dispatched->team.at(i)));
            CHECK(prompts->shownDraws.first().contains(dispatched->teamNames.at(i)));
        }
    }

    // A redraw without a reason is refused in the dialog, the field named by its label; with one
    // it is recorded beside the first draw.
    prompts->steps.insert(QStringLiteral("assessment.redraw"), [](StepDialog &dialog) {
        clickOk(dialog);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.isVisible());
        const QString label = labelOf(dialog, QStringLiteral("reason"));
        CHECK(dialog.problem().startsWith(label));
        CHECK_FALSE(dialog.problem().startsWith(QStringLiteral("reason:")));
        fieldOf<QPlainTextEdit>(dialog, QStringLiteral("reason"))->insertPlainText(QStringLiteral("评估员生病"));  // as an input method commits it
        clickOk(dialog);
        CHECK(dialog.result() == QDialog::Accepted);
    });
    REQUIRE(page.redrawCurrent());
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_draws WHERE task_id = ?"), {task}).toInt() == 2);
    CHECK(f.store.scalar(QStringLiteral("SELECT reason FROM assessment_draws WHERE task_id = ? AND seq = 2"), {task}).toString()
          == QStringLiteral("评估员生病"));
    REQUIRE(page.showDraws());
    CHECK(prompts->shownDraws.last().contains(QStringLiteral("评估员生病")));

    // The agency accepts (30 days ago), the result is entered item by item.
    prompts->steps.insert(QStringLiteral("assessment.agency_accept"), [](StepDialog &dialog) {
        fieldOf<QDateEdit>(dialog, QStringLiteral("accepted_on"))->setDate(today().addDays(-30));
        clickOk(dialog);
    });
    REQUIRE(page.acceptCurrent());
    CHECK(f.stateOf(task) == state::Accepted);
    CHECK(page.action(QStringLiteral("result"))->isEnabled());

    // A photo from the visit (kept under its digest, opened as a copy named as attached) and a note.
    const QByteArray photo("\xFF\xD8\xFF\xE0 a photo of the room");
    prompts->openAnswer = f.store.file(QStringLiteral("卧室.jpg"), photo);
    REQUIRE(page.attachEvidence());
    prompts->openAnswer.clear();
    CHECK(f.store.scalar(QStringLiteral("SELECT media_type FROM assessment_evidence WHERE task_id = ?"), {task}).toString()
          == QStringLiteral("image/jpeg"));
    CHECK(page.detailText().contains(QStringLiteral("卧室.jpg")));
    const QString evidenceId = f.store.scalar(QStringLiteral("SELECT id FROM assessment_evidence WHERE task_id = ?"), {task}).toString();
    REQUIRE(page.openEvidence(evidenceId));
    REQUIRE(prompts->openedEvidence.size() == 1);
    QFile opened(prompts->openedEvidence.first());
    REQUIRE(opened.open(QIODevice::ReadOnly));
    CHECK(opened.readAll() == photo);
    prompts->reasonAnswer = QStringLiteral("卧床，需协助翻身");
    REQUIRE(page.addNote());
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_evidence WHERE task_id = ?"), {task}).toInt() == 2);
    CHECK(page.detailText().contains(QStringLiteral("卧床")));

    // A wrong note is taken away through its remove link in the panel, after a confirmation;
    // cancelled, it stays.
    {
        prompts->reasonAnswer = QStringLiteral("记错了的人");
        REQUIRE(page.addNote());
        const QString wrong = f.store.scalar(QStringLiteral("SELECT id FROM assessment_evidence WHERE note = ?"),
                                             {QStringLiteral("记错了的人")}).toString();
        REQUIRE_FALSE(wrong.isEmpty());
        auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("assessmentDetail"));
        REQUIRE(detail);
        CHECK(detail->toHtml().contains(QStringLiteral("remove-evidence:") + wrong));
        prompts->confirmAnswer = false;
        emit detail->anchorClicked(QUrl(QStringLiteral("remove-evidence:") + wrong));
        CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_evidence WHERE id = ?"), {wrong}).toInt() == 1);
        prompts->confirmAnswer = true;
        emit detail->anchorClicked(QUrl(QStringLiteral("remove-evidence:") + wrong));
        CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_evidence WHERE id = ?"), {wrong}).toInt() == 0);
        CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_evidence WHERE task_id = ?"), {task}).toInt() == 2);
        CHECK_FALSE(page.detailText().contains(QStringLiteral("记错了的人")));
    }

    prompts->steps.insert(QStringLiteral("assessment.record_result"), [](StepDialog &dialog) {
        auto &result = dynamic_cast<ResultDialog &>(dialog);
        const QString levelBefore = result.levelLabel()->text();
        const QString adlBefore = result.totalLabel(QStringLiteral("ADL"))->text();
        // An item offers only its allowed scores (face and mouth: 0 or 5).
        QComboBox *face = result.itemCombo(QStringLiteral("ADL"), QStringLiteral("FACE_MOUTH"));
        REQUIRE(face);
        CHECK(face->count() == 3);  // unscored, 0, 5
        CHECK(face->findData(10) < 0);
        QSignalSpy scored(result.itemCombo(QStringLiteral("ADL"), QStringLiteral("EATING")), &QComboBox::currentIndexChanged);
        for (const auto &[indicator, item, score] : kSevere) {
            QComboBox *combo = result.itemCombo(QString::fromLatin1(indicator), QString::fromLatin1(item));
            REQUIRE(combo);
            combo->setFocus();
            // Typing the score selects it (the keyboard's way through the form).
            QTest::keyClicks(combo, QString::number(score));
            if (combo->currentData().toInt() != score || !combo->currentData().isValid())
                REQUIRE(result.setScore(QString::fromLatin1(indicator), QString::fromLatin1(item), score));
        }
        CHECK(scored.count() >= 1);
        CHECK(result.totalLabel(QStringLiteral("ADL"))->text() != adlBefore);
        CHECK(result.totalLabel(QStringLiteral("ADL"))->text().startsWith(QStringLiteral("40")));
        CHECK(result.totalLabel(QStringLiteral("COGNITION"))->text().startsWith(QStringLiteral("1 ")));
        CHECK(result.levelLabel()->text() != levelBefore);
        CHECK(result.levelLabel()->text().contains(QLatin1Char('5')));
        // One item changed: the level follows the scoring code (ADL 60 → grade 2; cognition 1 still severe → 3).
        REQUIRE(result.setScore(QStringLiteral("ADL"), QStringLiteral("WALKING"), 15));
        REQUIRE(result.setScore(QStringLiteral("ADL"), QStringLiteral("TRANSFER"), 15));
        REQUIRE(result.setScore(QStringLiteral("ADL"), QStringLiteral("STAIRS"), 5));
        CHECK(result.totalLabel(QStringLiteral("ADL"))->text().startsWith(QStringLiteral("60")));
        CHECK(result.levelLabel()->text().contains(QLatin1Char('3')));
        REQUIRE(result.setScore(QStringLiteral("ADL"), QStringLiteral("WALKING"), 5));
        REQUIRE(result.setScore(QStringLiteral("ADL"), QStringLiteral("TRANSFER"), 10));
        REQUIRE(result.setScore(QStringLiteral("ADL"), QStringLiteral("STAIRS"), 0));
        CHECK(result.levelLabel()->text().contains(QLatin1Char('5')));
        fieldOf<QDateEdit>(dialog, QStringLiteral("assessed_on"))->setDate(today().addDays(-25));
        fieldOf<QPlainTextEdit>(dialog, QStringLiteral("advice"))->insertPlainText(QStringLiteral("建议机构护理"));
        clickOk(dialog);
        INFO(str(dialog.problem()));
        CHECK(dialog.result() == QDialog::Accepted);
    });
    REQUIRE(page.recordResult());
    CHECK(f.stateOf(task) == state::Assessed);
    CHECK(f.store.scalar(QStringLiteral("SELECT level FROM assessment_results WHERE task_id = ?"), {task}).toInt() == 5);
    CHECK(f.store.scalar(QStringLiteral("SELECT advice FROM assessment_results WHERE task_id = ?"), {task}).toString()
          == QStringLiteral("建议机构护理"));

    // Two experts confirm; after the first the task cannot be concluded yet.
    const auto confirmBy = [&](const QString &expert) {
        prompts->steps.insert(QStringLiteral("assessment.confirm"), [expert](StepDialog &dialog) {
            choose(fieldOf<QComboBox>(dialog, QStringLiteral("staff_no")), expert);
            fieldOf<QDateEdit>(dialog, QStringLiteral("confirmed_on"))->setDate(today().addDays(-20));
            clickOk(dialog);
            INFO(str(dialog.problem()));
            CHECK(dialog.result() == QDialog::Accepted);
        });
        return page.confirmCurrent();
    };
    REQUIRE(confirmBy(QStringLiteral("E1")));
    CHECK(f.stateOf(task) == state::AwaitingConfirmation);
    CHECK_FALSE(page.action(QStringLiteral("conclude"))->isEnabled());
    CHECK(page.action(QStringLiteral("confirm"))->isEnabled());
    // The expert who confirmed is not offered again.
    prompts->steps.insert(QStringLiteral("assessment.confirm"), [](StepDialog &dialog) {
        CHECK(fieldOf<QComboBox>(dialog, QStringLiteral("staff_no"))->findData(QStringLiteral("E1")) < 0);
        dialog.reject();
    });
    CHECK_FALSE(page.confirmCurrent());
    REQUIRE(confirmBy(QStringLiteral("E4")));
    CHECK(f.stateOf(task) == state::InPublication);  // level 5 qualifies: published first
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_confirmations WHERE task_id = ?"), {task}).toInt() == 2);

    // The conclusion with the person's choice; the letter; its delivery.
    prompts->steps.insert(QStringLiteral("assessment.conclude"), [](StepDialog &dialog) {
        choose(fieldOf<QComboBox>(dialog, QStringLiteral("service_form")), QStringLiteral("HOME_VISIT"));
        choose(fieldOf<QComboBox>(dialog, QStringLiteral("institution_code")), QStringLiteral("CARE1"));
        clickOk(dialog);
        INFO(str(dialog.problem()));
        CHECK(dialog.result() == QDialog::Accepted);
    });
    REQUIRE(page.concludeCurrent());
    CHECK(f.stateOf(task) == state::Concluded);
    CHECK(f.store.scalar(QStringLiteral("SELECT level FROM conclusions WHERE source = ?"), {QStringLiteral("assessment:") + task})
              .toInt()
          == 5);
    REQUIRE(page.printLetter());
    CHECK(prompts->shownLetter.contains(QStringLiteral("失能等级：5级")));
    CHECK(prompts->shownLetter.contains(QStringLiteral("张三")));
    CHECK(prompts->shownLetter.contains(QStringLiteral("第1版")));
    CHECK(prompts->shownLetter.contains(QStringLiteral("15个工作日")));
    CHECK_FALSE(prompts->shownLetter.contains(QStringLiteral("即")));  // no last day before delivery
    prompts->saveAnswer = f.store.dir.filePath(QStringLiteral("letter.pdf"));
    REQUIRE(page.exportLetterPdf());
    QFile pdf(prompts->saveAnswer);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArrayLiteral("%PDF-"));

    prompts->steps.insert(QStringLiteral("assessment.deliver"), [](StepDialog &dialog) { clickOk(dialog); });
    REQUIRE(page.deliverCurrent());
    CHECK(f.store.scalar(QStringLiteral("SELECT delivered_on FROM assessment_work WHERE task_id = ?"), {task}).toString() == iso(today()));
    CHECK_FALSE(page.action(QStringLiteral("deliver"))->isEnabled());
    CHECK(page.model()->data(page.model()->index(0, int(TaskColumn::Left)), Qt::DisplayRole).toString().isEmpty());  // no clock
    // Delivered: the evidence is no longer removable.
    CHECK_FALSE(page.findChild<QTextBrowser *>(QStringLiteral("assessmentDetail"))->toHtml().contains(QStringLiteral("remove-evidence:")));
    REQUIRE(page.printLetter());
    CHECK(prompts->shownLetter.contains(QStringLiteral("即")));  // the last day to dispute, once delivered
}

TEST_CASE("assessments screens: the worklist filters by state, agency, assessor and overdue", "[gui][assessments]")
{
    TaskStore f;
    const QString first = f.acceptedTask(QStringLiteral("P1"));
    const QString second = f.acceptedTask(QStringLiteral("P2"));
    const QString third = f.acceptedTask(QStringLiteral("P3"));
    const QString fourth = f.acceptedTask(QStringLiteral("P4"));
    for (const QString &task : {first, second})
        f.require(f.handler, QStringLiteral("assessment.dispatch"),
                  {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000004d2")}});
    // The first task's letter fell due a week ago (as if accepted long ago).
    {
        QSqlDatabase db = f.store.db();
        REQUIRE(execSql(db, QStringLiteral("UPDATE assessment_work SET due_on = ?, deadline_order = ? WHERE task_id = ?"),
                        {iso(today().addDays(-7)), iso(today().addDays(-7)), first}));
        // The fourth was accepted 90 days ago and is still not dispatched: its 30 working days
        // (from acceptance, seed 004 §8(四)) have run out too.
        REQUIRE(execSql(db, QStringLiteral("UPDATE assessment_tasks SET created_at = ? WHERE id = ?"),
                        {QDateTime::currentDateTimeUtc().addDays(-90).toString(Qt::ISODate), fourth}));
    }
    ShellContext context(*f.store.store, f.handler);
    AssessmentsPage page(context, std::make_shared<ScriptedPrompts>());
    page.show();
    REQUIRE(page.model()->rowCount() == 4);
    // Not yet dispatched first (by acceptance), then by due date: the overdue ones in the
    // negative ink.
    CHECK(page.model()->rowAt(0)->id == fourth);
    CHECK(page.model()->rowAt(1)->id == third);
    CHECK(page.model()->rowAt(2)->id == first);
    CHECK(page.model()->rowAt(0)->overdue());
    CHECK_FALSE(page.model()->rowAt(1)->overdue());
    CHECK(page.model()->rowAt(2)->overdue());
    CHECK(page.model()->data(page.model()->index(0, 0), Qt::ForegroundRole).isValid());
    CHECK(page.model()->data(page.model()->index(2, 0), Qt::ForegroundRole).isValid());

    QSignalSpy totals(page.model(), &TasksModel::totalChanged);
    choose(page.stateFilter(), state::Dispatched);
    CHECK(page.model()->rowCount() == 2);
    page.model()->waitForCount();
    CHECK(page.model()->totalCount() == 2);
    CHECK(totals.count() >= 1);
    choose(page.stateFilter(), state::ToDispatch);
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.model()->rowAt(1)->id == third);
    page.stateFilter()->setCurrentIndex(0);

    // Rotation sent the first to AG1, the second to AG2.
    choose(page.agencyFilter(), QStringLiteral("AG2"));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0)->id == second);
    page.agencyFilter()->setCurrentIndex(0);

    // By an assessor of the latest draw's team.
    const QString member = page.model()->rowAt(2)->team.value(0);
    REQUIRE_FALSE(member.isEmpty());
    choose(page.assessorFilter(), member);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0)->team.contains(member));
    choose(page.assessorFilter(), QStringLiteral("Y1"));  // AG2's assessor: never on AG1's team
    for (const TaskRow &row : page.model()->rows())
        CHECK(row.id != first);
    page.assessorFilter()->setCurrentIndex(0);

    // Overdue: the rows marked red, dispatched or not, and only those.
    QTest::mouseClick(page.overdueFilter(), Qt::LeftButton);
    REQUIRE(page.overdueFilter()->isChecked());
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.model()->rowAt(0)->id == fourth);
    CHECK(page.model()->rowAt(1)->id == first);
    for (const TaskRow &row : page.model()->rows())
        CHECK(row.overdue());
    page.model()->waitForCount();
    CHECK(page.model()->totalCount() == 2);
    choose(page.stateFilter(), state::ToDispatch);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0)->id == fourth);
    page.stateFilter()->setCurrentIndex(0);
    page.overdueFilter()->setChecked(false);
    CHECK(page.model()->rowCount() == 4);
}

// At 150 % on a 1440 × 900 laptop the page has about 960 − 200 logical pixels (the navigation
// beside it): both bars show every step, each a short word whose tooltip names the whole step
// with its shortcut.
TEST_CASE("assessments screens: the step bars fit at 150 %, tooltips with shortcuts", "[gui][assessments]")
{
    TaskStore f;
    ShellContext context(*f.store.store, f.handler);
    AssessmentsPage page(context, std::make_shared<ScriptedPrompts>());
    page.resize(760, 560);
    page.show();
    QCoreApplication::processEvents();
    const QList<QToolBar *> bars = page.findChildren<QToolBar *>();
    REQUIRE(bars.size() == 2);
    int shown = 0;
    for (QToolBar *bar : bars) {
        for (QAction *action : bar->actions()) {
            INFO(str(action->text()));
            QWidget *button = bar->widgetForAction(action);
            REQUIRE(button);
            CHECK(button->isVisible());
            CHECK(button->geometry().right() <= bar->contentsRect().right());
            CHECK(qobject_cast<QToolButton *>(button)->text() == action->iconText());
            ++shown;
        }
    }
    CHECK(shown == 13);
    CHECK(page.action(QStringLiteral("dispatch"))->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText)));
    CHECK_FALSE(page.action(QStringLiteral("dispatch"))->toolTip().contains(QLatin1Char('&')));
    CHECK(page.action(QStringLiteral("deliver"))->toolTip().startsWith(page.action(QStringLiteral("deliver"))->text().remove(QLatin1Char('&')).remove(QChar(0x2026))));
}
