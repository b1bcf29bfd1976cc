// The applications module's screens over a small store of 鹿城区 (330302): the counter intake
// through its real dialog driven by keys and clicks (find the person, see their history, tick
// the materials handed in, submit), the worklist and its filters, the missing-materials request
// with its one-time notice as a PDF, their arrival, the acceptance that hands the assessment
// task over, and the refusal. The other dialogs are answered by a script.
#include <catch2/catch.hpp>

#include "applications/domain/applicationnotices.h"
#include "applications/ui/applicationdialogs.h"
#include "applications/ui/applicationsmodel.h"
#include "applications/ui/applicationspage.h"
#include "database/dbtestsupport.h"
#include "sdk/scriptedanswers.h"
#include "shellcontext.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace ltc;
using namespace ltc::applications;
using namespace ltc::applications::ui;
using ltctest::str;

namespace {

const QString kDistrict = QStringLiteral("330302");

// The intake is the real dialog, driven as a user would; the rest answer from the script.
struct ScriptedPrompts : sdk::ScriptedAnswers<Prompts> {
    std::function<std::optional<QString>(IntakeDialog &)> fillIntake;
    std::optional<MaterialsRequest> materialsAnswer;
    std::optional<Refusal> refusalAnswer;
    QString shownNotice;
    std::optional<QString> scanItemAnswer = QString();
    QStringList openedScans;

    std::optional<QString> intake(QWidget *parent, ModuleContext &context) override
    {
        IntakeDialog dialog(context, parent);
        dialog.show();
        return fillIntake ? fillIntake(dialog) : std::nullopt;
    }
    std::optional<MaterialsRequest> requestMaterials(QWidget *, const QList<MaterialState> &) override { return materialsAnswer; }
    std::optional<Refusal> refusal(QWidget *, const QList<EligibilityHint> &) override { return refusalAnswer; }
    void showNotice(QWidget *, const QString &, const QString &html) override { shownNotice = html; }
    std::optional<QString> scanItem(QWidget *, const QList<MaterialState> &) override { return scanItemAnswer; }
    void openScan(QWidget *, const QString &path) override { openedScans << path; }
};

// Two insured persons of 330302, this year's calendar, and a district policy in force with
// Changning's checklist (seed 001): discharge summary and pledge for every kind, the
// self-assessment form for a first assessment.
struct CounterStore {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity handler = ltctest::handler(kDistrict);

    CounterStore()
    {
        QSettings().remove(QStringLiteral("applications"));
        importText(QStringLiteral("persons"),
                   "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,insured_until,district\n"
                   "A1," + ltctest::citizenId(kDistrict, QDate(1940, 5, 6), 11).toUtf8() + ",张三,M,1940-05-06,EMPLOYEE,2010-01-01,,330302\n"
                   "A2," + ltctest::citizenId(kDistrict, QDate(1938, 2, 3), 22).toUtf8() + ",李四,F,1938-02-03,EMPLOYEE,2010-01-01,,330302\n");
        const QString year = QString::number(QDate::currentDate().year());
        if (QFile::exists(QStringLiteral(":/calendar/cn-%1.csv").arg(year)))
            REQUIRE(store->importer().importFile(admin, QStringLiteral("calendar"), QStringLiteral(":/calendar/cn-%1.csv").arg(year)).ok());
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
        policy.insert(QStringLiteral("region"), kDistrict);
        policy.insert(QStringLiteral("name"), QStringLiteral("鹿城区"));
        const auto item = [](const char *code, const char *name, QStringList kinds) {
            return QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                               {QStringLiteral("name"), QString::fromUtf8(name)},
                               {QStringLiteral("required_for"), QJsonArray::fromStringList(kinds)}};
        };
        const QStringList all{QStringLiteral("FIRST"), QStringLiteral("DISPUTE"), QStringLiteral("REASSESS")};
        policy.insert(QStringLiteral("application_materials"),
                      QJsonArray{item("DISCHARGE", "出院小结/门诊病历/残疾证", all), item("PLEDGE", "诚信承诺书", all),
                                 item("SELF_ASSESS", "自评表", {QStringLiteral("FIRST")})});
        const CommandOutcome loaded = store->commands().execute(admin, QStringLiteral("policy.load"), policy);
        INFO(str(loaded.ok() ? QString() : loaded.error->message));
        REQUIRE(loaded.ok());
    }
    ~CounterStore() { QSettings().remove(QStringLiteral("applications")); }

    void importText(const QString &kind, const QByteArray &csv)
    {
        const ImportReport report = store->importer().importFile(admin, kind, store.file(kind + QStringLiteral(".csv"), csv));
        INFO(str(report.failure) << str(report.issues.formatErrors(kind)));
        REQUIRE(report.ok());
    }
    QString statusOf(const QString &id)
    {
        return store.scalar(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString();
    }
};

void tick(QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

// At the counter: 张三 is found by his ID number, his history shown, the discharge summary and
// the pledge handed in — the self-assessment form is not.
std::optional<QString> intakeOfZhang(IntakeDialog &dialog)
{
    QTest::keyClicks(dialog.searchEdit(), ltctest::citizenId(kDistrict, QDate(1940, 5, 6), 11));
    QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
    REQUIRE(dialog.foundTable()->rowCount() == 1);
    CHECK(dialog.historyText().contains(QStringLiteral("张三")));
    CHECK(dialog.historyText().contains(QStringLiteral("A1")));
    REQUIRE(dialog.materialsList()->count() == 3);
    tick(dialog.materialsList(), QStringLiteral("DISCHARGE"));
    tick(dialog.materialsList(), QStringLiteral("PLEDGE"));
    dialog.accept();
    INFO(str(dialog.problem()));
    REQUIRE(dialog.result() == QDialog::Accepted);
    return dialog.submittedId();
}

} // namespace

TEST_CASE("applications screens: from counter intake through missing materials to acceptance", "[gui][applications]")
{
    CounterStore counter;
    ShellContext context(*counter.store.store, counter.handler);
    auto prompts = std::make_shared<ScriptedPrompts>();
    ApplicationsPage page(context, prompts);
    page.show();
    REQUIRE(page.model()->rowCount() == 0);
    CHECK_FALSE(page.action(QStringLiteral("accept"))->isEnabled());  // nothing chosen

    prompts->fillIntake = intakeOfZhang;
    REQUIRE(page.newApplication());
    REQUIRE(page.model()->rowCount() == 1);
    const std::optional<Application> submitted = page.currentApplication();
    REQUIRE(submitted.has_value());
    CHECK(submitted->status == status::Received);
    CHECK(submitted->channel == QStringLiteral("COUNTER"));
    CHECK(submitted->dueOn.isValid());
    CHECK(page.detailText().contains(QStringLiteral("自评表")));
    CHECK(page.action(QStringLiteral("accept"))->isEnabled());
    CHECK_FALSE(page.action(QStringLiteral("receive"))->isEnabled());

    // A scan of the discharge summary is attached (kept under its digest, named in the
    // checklist) and opens as a copy named as it was attached.
    const QByteArray scanned("%PDF-1.4\n% discharge summary\n%%EOF\n");
    const QString scanPath = counter.store.dir.filePath(QStringLiteral("出院小结.pdf"));
    {
        QFile file(scanPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(scanned);
    }
    prompts->openAnswer = scanPath;
    prompts->scanItemAnswer = QStringLiteral("DISCHARGE");
    REQUIRE(page.attachScan());
    CHECK(page.detailText().contains(QStringLiteral("出院小结.pdf")));
    const QString scanId = counter.store.scalar(QStringLiteral("SELECT id FROM application_scans")).toString();
    REQUIRE(page.openScan(scanId));
    REQUIRE(prompts->openedScans.size() == 1);
    CHECK(QFileInfo(prompts->openedScans.first()).fileName() == QStringLiteral("出院小结.pdf"));
    QFile opened(prompts->openedScans.first());
    REQUIRE(opened.open(QIODevice::ReadOnly));
    CHECK(opened.readAll() == scanned);
    prompts->openAnswer.clear();

    // Accepting with the self-assessment form missing is refused, and says so.
    CHECK_FALSE(page.acceptCurrent());
    REQUIRE(prompts->errors.size() == 1);
    CHECK(counter.statusOf(submitted->id) == status::Received);

    // Every missing item is asked for at once: the clock stops; the notice lists them.
    prompts->materialsAnswer = MaterialsRequest{{QStringLiteral("SELF_ASSESS")}, QStringLiteral("请补交自评表")};
    const bool requested = page.requestMaterials();
    INFO(str(prompts->errors.join(QLatin1Char('\n'))));
    REQUIRE(requested);
    CHECK(counter.statusOf(submitted->id) == status::AwaitingMaterials);
    CHECK(page.action(QStringLiteral("receive"))->isEnabled());
    CHECK_FALSE(page.action(QStringLiteral("accept"))->isEnabled());
    REQUIRE(page.printNotice());
    CHECK(prompts->shownNotice.contains(QStringLiteral("一次性告知")));
    CHECK(prompts->shownNotice.contains(QStringLiteral("自评表")));
    CHECK_FALSE(prompts->shownNotice.contains(QStringLiteral("诚信承诺书")));  // handed in already
    prompts->saveAnswer = counter.store.dir.filePath(QStringLiteral("notice.pdf"));
    REQUIRE(page.exportNoticePdf());
    QFile pdf(prompts->saveAnswer);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArrayLiteral("%PDF-"));

    // They arrive; the application is accepted and the assessment task handed over.
    REQUIRE(page.receiveMaterials());
    CHECK(counter.statusOf(submitted->id) == status::Received);
    REQUIRE(page.acceptCurrent());
    CHECK(counter.statusOf(submitted->id) == status::Accepted);
    CHECK(counter.store.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_tasks WHERE application_id = ?"),
                               {submitted->id}).toInt() == 1);
    CHECK((page.detailText().contains(QStringLiteral("Accepted")) || page.detailText().contains(QStringLiteral("受理"))));
    CHECK(page.currentNoticeHtml().contains(noticeTitle(NoticeKind::Acceptance)));
    CHECK_FALSE(page.action(QStringLiteral("refuse"))->isEnabled());

    SECTION("the worklist filters by state and by person")
    {
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(status::Received));
        CHECK(page.model()->rowCount() == 0);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(status::Accepted));
        CHECK(page.model()->rowCount() == 1);
        page.statusFilter()->setCurrentIndex(0);
        page.personFilter()->setText(QStringLiteral("李四"));
        QTest::keyClick(page.personFilter(), Qt::Key_Return);
        CHECK(page.model()->rowCount() == 0);
        page.personFilter()->clear();
        CHECK(page.model()->rowCount() == 1);
        // By handler, and by the day received (the lowest date means no bound).
        const int mine = page.handlerFilter()->findData(QStringLiteral("handler"));
        REQUIRE(mine > 0);
        page.handlerFilter()->setCurrentIndex(mine);
        CHECK(page.model()->rowCount() == 1);
        page.handlerFilter()->setCurrentIndex(0);
        page.receivedFromFilter()->setDate(submitted->receivedOn.addDays(1));
        CHECK(page.model()->rowCount() == 0);
        page.receivedFromFilter()->setDate(submitted->receivedOn);
        page.receivedToFilter()->setDate(submitted->receivedOn);
        CHECK(page.model()->rowCount() == 1);
        page.receivedFromFilter()->setDate(page.receivedFromFilter()->minimumDate());
        page.receivedToFilter()->setDate(submitted->receivedOn.addDays(-1));
        CHECK(page.model()->rowCount() == 0);
    }
    SECTION("a second open application of the kind is refused at the counter, and the dialog keeps what was typed")
    {
        prompts->fillIntake = [](IntakeDialog &dialog) -> std::optional<QString> {
            dialog.searchEdit()->setText(QStringLiteral("李四"));  // what an input method types
            QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
            REQUIRE(dialog.foundTable()->rowCount() == 1);
            dialog.applicantCombo()->setCurrentIndex(dialog.applicantCombo()->findData(QStringLiteral("AGENT")));
            dialog.applicantNameEdit()->setText(QStringLiteral("李小四"));
            QTest::keyClicks(dialog.applicantIdEdit(), QStringLiteral("33030219700101001X"));  // wrong check character
            dialog.accept();
            CHECK(dialog.result() != QDialog::Accepted);
            CHECK(dialog.problem().contains(QStringLiteral("applicant_id_number")));
            CHECK(dialog.applicantNameEdit()->text() == QStringLiteral("李小四"));
            return std::nullopt;
        };
        CHECK_FALSE(page.newApplication());
        CHECK(counter.store.count(QStringLiteral("applications")) == 1);
    }
}

TEST_CASE("applications screens: a refusal takes one of the six reasons and its notice says how to object",
          "[gui][applications]")
{
    CounterStore counter;
    ShellContext context(*counter.store.store, counter.handler);
    auto prompts = std::make_shared<ScriptedPrompts>();
    ApplicationsPage page(context, prompts);
    prompts->fillIntake = intakeOfZhang;
    REQUIRE(page.newApplication());
    const QString id = page.currentApplication()->id;

    prompts->refusalAnswer = Refusal{QStringLiteral("NOT_ELIGIBLE"), QStringLiteral("已有未到期的评估结论")};
    REQUIRE(page.refuseCurrent());
    CHECK(counter.statusOf(id) == status::Refused);
    const QString notice = page.currentNoticeHtml();
    CHECK(notice.contains(noticeTitle(NoticeKind::Refusal)));
    CHECK(notice.contains(QStringLiteral("不符合待遇享受条件")));
    CHECK(notice.contains(QStringLiteral("行政复议")));
    CHECK_FALSE(page.action(QStringLiteral("accept"))->isEnabled());
    CHECK_FALSE(page.action(QStringLiteral("refuse"))->isEnabled());

    SECTION("a user without the handler's role sees the list but no step")
    {
        ShellContext managerContext(*counter.store.store,
                                    ltctest::user(QStringLiteral("boss"), {QStringLiteral("manager")}, kDistrict));
        ApplicationsPage managerPage(managerContext, prompts);
        REQUIRE(managerPage.model()->rowCount() == 1);
        REQUIRE(managerPage.selectApplication(id));
        CHECK_FALSE(managerPage.action(QStringLiteral("new"))->isEnabled());
        CHECK(managerPage.action(QStringLiteral("notice"))->isEnabled());
    }
}

TEST_CASE("applications screens: a person not yet insured here is registered at the counter, the ID number checked",
          "[gui][applications]")
{
    CounterStore counter;
    ShellContext context(*counter.store.store, counter.handler);
    RegisterPersonDialog dialog(context);
    dialog.show();
    QTest::keyClicks(dialog.personNoEdit(), QStringLiteral("A9"));
    const QString id = ltctest::citizenId(kDistrict, QDate(1942, 3, 4), 24);
    QTest::keyClicks(dialog.idNumberEdit(), ltctest::withWrongCheckChar(id));
    dialog.nameEdit()->setText(QStringLiteral("王芳"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem().startsWith(QStringLiteral("id_number")));
    CHECK(counter.store.count(QStringLiteral("persons")) == 2);

    dialog.idNumberEdit()->clear();
    QTest::keyClicks(dialog.idNumberEdit(), id);
    dialog.accept();
    INFO(str(dialog.problem()));
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.registeredPersonNo() == QStringLiteral("A9"));
    // Birth date and sex come from the ID number (an even sequence: female).
    CHECK(counter.store.scalar(QStringLiteral("SELECT birth_date || sex || district FROM persons WHERE person_no = 'A9'"))
              .toString() == QStringLiteral("1942-03-04F330302"));

    SECTION("the same ID number again is refused: it belongs to A9")
    {
        RegisterPersonDialog again(context);
        QTest::keyClicks(again.personNoEdit(), QStringLiteral("A10"));
        QTest::keyClicks(again.idNumberEdit(), id);
        again.nameEdit()->setText(QStringLiteral("王芳"));
        again.accept();
        CHECK(again.result() != QDialog::Accepted);
        CHECK(again.problem().contains(QStringLiteral("A9")));
    }
}
