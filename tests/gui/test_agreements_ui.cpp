// The agreements module's screens over a small store of 鹿城区 (330302): an institution's
// application for designation taken through every step in its forms — materials asked for all
// at once (with the one-time notice as a PDF), their arrival, the formal check, a review refused
// for a panel of four then passed by five, the publication with an objection, negotiation — to a
// signed agreement, asserting on the rows stored; then the institution list's filters, its page,
// the designated list as PDF and xlsx, and the term's actions (violation with damages,
// suspension, score, staff sanctions). The forms are the real dialogs, filled as a user would.
#include <catch2/catch.hpp>

#include "agreements/domain/agreementnotices.h"
#include "agreements/domain/designationcommands.h"
#include "agreements/ui/agreementspage.h"
#include "agreements/ui/agreementtexts.h"
#include "agreements/ui/commanddialog.h"
#include "agreements/ui/institutionsmodel.h"
#include "core/workcalendar.h"
#include "database/dbtestsupport.h"
#include "sdk/scriptedanswers.h"
#include "xlsxcells.h"
#include "shellcontext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTest>
#include <QTranslator>

using namespace ltc;
using namespace ltc::agreements;
using namespace ltc::agreements::ui;
using ltctest::str;

namespace {

const QString kDistrict = QStringLiteral("330302");

// Each form is filled by the step's function (by command), then submitted with OK; what the
// dialog said when it stayed open is kept.
struct ScriptedPrompts : sdk::ScriptedAnswers<Prompts> {
    QHash<QString, std::function<void(CommandDialog &)>> fill;
    QStringList problems;
    QString shownNotice;

    bool submit(QWidget *, CommandDialog &dialog) override
    {
        dialog.show();
        if (const auto filler = fill.value(dialog.command()))
            filler(dialog);
        dialog.accept();
        if (!dialog.problem().isEmpty())
            problems << dialog.problem();
        return dialog.result() == QDialog::Accepted;
    }
    void showNotice(QWidget *, const QString &, const QString &html) override { shownNotice = html; }
    QString detailsTitle;
    QString shownDetails;
    void showDetails(QWidget *, const QString &title, const QString &html) override
    {
        detailsTitle = title;
        shownDetails = html;
    }
};

void setDate(CommandDialog &dialog, const char *key, QDate date)
{
    QDateEdit *edit = dialog.fieldAs<QDateEdit>(QLatin1String(key));
    REQUIRE(edit);
    edit->setDate(date);
}

void setText(CommandDialog &dialog, const char *key, const QString &text)
{
    if (auto *line = dialog.fieldAs<QLineEdit>(QLatin1String(key)))
        line->setText(text);  // QTest::keyClicks takes ASCII only: Chinese as an input method gives it
    else if (auto *plain = dialog.fieldAs<QPlainTextEdit>(QLatin1String(key)))
        plain->setPlainText(text);
    else
        FAIL("no text field " << key);
}

void tick(CommandDialog &dialog, const char *key, const QString &code)
{
    QListWidget *list = dialog.fieldAs<QListWidget>(QLatin1String(key));
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

QString panelOf(int members)
{
    QStringList names;
    for (int i = 1; i <= members; ++i)
        names << QStringLiteral("评审员%1").arg(i);
    return names.join(QLatin1Char('\n'));
}

// The district's calendar and a policy naming the service forms (Wenzhou 2023 for 330302).
struct AgreementsStore {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity officer = ltctest::user(QStringLiteral("officer"), {QStringLiteral("agreement_officer")}, kDistrict);

    AgreementsStore()
    {
        QSettings().remove(QStringLiteral("agreements"));
        for (const char *year : {"2026", "2027"}) {
            const QString calendar = QStringLiteral(":/calendar/cn-%1.csv").arg(QLatin1String(year));
            if (QFile::exists(calendar))
                REQUIRE(store->importer().importFile(admin, QStringLiteral("calendar"), calendar).ok());
        }
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
        policy.insert(QStringLiteral("region"), kDistrict);
        const CommandOutcome loaded = store->commands().execute(admin, QStringLiteral("policy.load"), policy);
        INFO(str(loaded.ok() ? QString() : loaded.error->message));
        REQUIRE(loaded.ok());
    }
    ~AgreementsStore() { QSettings().remove(QStringLiteral("agreements")); }

    QString designation(const char *column, const QString &id)
    {
        return store.scalar(QStringLiteral("SELECT %1 FROM designations WHERE id = ?").arg(QLatin1String(column)), {id}).toString();
    }
};

// 颐康护理站 applies on Monday 1 June 2026 as a new applicant.
void fillApplication(CommandDialog &dialog)
{
    setText(dialog, "institution_code", QStringLiteral("N1"));
    setDate(dialog, "applied_on", QDate(2026, 6, 1));
    setText(dialog, "name", QStringLiteral("鹿城区颐康护理站"));
    tick(dialog, "service_forms", QStringLiteral("HOME_VISIT"));
    setText(dialog, "address", QStringLiteral("鹿城区五马街道解放街 12 号"));
    setText(dialog, "phone", QStringLiteral("0577-88112233"));
}

} // namespace

TEST_CASE("agreements screens: from an application for designation through every step to a signed agreement",
          "[gui][agreements]")
{
    AgreementsStore office;
    ShellContext context(*office.store.store, office.officer);
    auto prompts = std::make_shared<ScriptedPrompts>();
    AgreementsPage page(context, prompts);
    page.show();
    REQUIRE(page.designationsTable()->rowCount() == 0);
    CHECK(page.action(QStringLiteral("apply"))->isEnabled());
    CHECK_FALSE(page.action(QStringLiteral("review"))->isEnabled());

    // The application: a name is required of a new applicant, and the form says which field.
    prompts->fill.insert(QStringLiteral("designation.apply"), [](CommandDialog &dialog) {
        fillApplication(dialog);
        setText(dialog, "name", QString());
    });
    CHECK_FALSE(page.runStep(QStringLiteral("apply")));
    REQUIRE(prompts->problems.size() == 1);
    CHECK((prompts->problems.last().contains(QStringLiteral("机构名称")) || prompts->problems.last().contains(QStringLiteral("Institution name"))));
    prompts->fill.insert(QStringLiteral("designation.apply"), fillApplication);
    REQUIRE(page.runStep(QStringLiteral("apply")));
    REQUIRE(page.designationsTable()->rowCount() == 1);
    const std::optional<Designation> applied = page.currentDesignation();
    REQUIRE(applied);
    const QString id = applied->id;
    CHECK(applied->status == state::Applied);
    CHECK(office.store.scalar(QStringLiteral("SELECT name FROM institutions WHERE code = 'N1'")).toString()
          == QStringLiteral("鹿城区颐康护理站"));

    // Every missing item at once; the one-time notice lists them and their due day.
    prompts->fill.insert(QStringLiteral("designation.request_materials"), [](CommandDialog &dialog) {
        setText(dialog, "items", QStringLiteral("消防验收合格证明\n护理人员资格证书"));
        setDate(dialog, "requested_on", QDate(2026, 6, 2));
    });
    REQUIRE(page.runStep(QStringLiteral("request")));
    CHECK(office.designation("status", id) == state::AwaitingMaterials);
    CHECK(office.designation("materials_due_on", id) == QStringLiteral("2026-06-16"));  // 10 working days
    CHECK_FALSE(page.action(QStringLiteral("request"))->isEnabled());  // once, all at once
    CHECK(page.designationsTable()->item(0, 4)->text() == QStringLiteral("2026-06-16"));
    REQUIRE(page.action(QStringLiteral("notice"))->isEnabled());
    page.action(QStringLiteral("notice"))->trigger();
    CHECK(prompts->shownNotice.contains(QStringLiteral("一次性告知")));
    CHECK(prompts->shownNotice.contains(QStringLiteral("护理人员资格证书")));
    prompts->saveAnswer = office.store.dir.filePath(QStringLiteral("materials.pdf"));
    page.action(QStringLiteral("notice_pdf"))->trigger();
    QFile pdf(prompts->saveAnswer);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArrayLiteral("%PDF-"));

    prompts->fill.insert(QStringLiteral("designation.receive_materials"),
                         [](CommandDialog &dialog) { setDate(dialog, "received_on", QDate(2026, 6, 5)); });
    REQUIRE(page.runStep(QStringLiteral("receive")));
    CHECK(office.designation("status", id) == state::Applied);
    CHECK(office.designation("waited_days", id) == QStringLiteral("3"));
    REQUIRE(page.runStep(QStringLiteral("formal")));
    CHECK(office.designation("status", id) == state::Reviewing);
    CHECK(office.designation("review_due_on", id) == QStringLiteral("2026-09-04"));  // 3 months and the 3 days waited

    // A panel of four is refused and the form names the panel; five pass.
    prompts->fill.insert(QStringLiteral("designation.review"), [](CommandDialog &dialog) {
        setDate(dialog, "reviewed_on", QDate(2026, 7, 1));
        setText(dialog, "panel", panelOf(4));
    });
    CHECK_FALSE(page.runStep(QStringLiteral("review")));
    CHECK((prompts->problems.last().contains(QStringLiteral("评估小组成员"))
           || prompts->problems.last().contains(QStringLiteral("Panel members"))));
    CHECK(office.designation("status", id) == state::Reviewing);
    prompts->fill.insert(QStringLiteral("designation.review"), [](CommandDialog &dialog) {
        setDate(dialog, "reviewed_on", QDate(2026, 7, 1));
        setText(dialog, "panel", panelOf(5));
    });
    REQUIRE(page.runStep(QStringLiteral("review")));
    CHECK(office.designation("status", id) == state::Passed);
    CHECK(page.currentNoticeHtml().contains(reviewNoticeTitle()));
    CHECK(page.currentNoticeHtml().contains(QStringLiteral("通过")));

    // Published for at least 5 working days, an objection during it, negotiation after it.
    prompts->fill.insert(QStringLiteral("designation.publish"), [](CommandDialog &dialog) {
        setDate(dialog, "published_from", QDate(2026, 7, 2));
        setDate(dialog, "published_to", QDate(2026, 7, 6));
    });
    CHECK_FALSE(page.runStep(QStringLiteral("publish")));  // 2..6 July: 3 working days
    prompts->fill.insert(QStringLiteral("designation.publish"), [](CommandDialog &dialog) {
        setDate(dialog, "published_from", QDate(2026, 7, 2));
        setDate(dialog, "published_to", QDate(2026, 7, 9));
    });
    REQUIRE(page.runStep(QStringLiteral("publish")));
    CHECK(office.designation("status", id) == state::Publishing);
    CHECK(page.publicationHtml().contains(QStringLiteral("鹿城区颐康护理站")));
    CHECK(page.publicationHtml().contains(QStringLiteral("2026年7月9日")));
    prompts->fill.insert(QStringLiteral("designation.record_objection"), [](CommandDialog &dialog) {
        setDate(dialog, "received_on", QDate(2026, 7, 3));
        setText(dialog, "text", QStringLiteral("反映护理员未持证上岗，经核实已整改"));
    });
    REQUIRE(page.runStep(QStringLiteral("objection")));
    CHECK(office.store.count(QStringLiteral("designation_objections")) == 1);
    CHECK(page.designationText().contains(QStringLiteral("未持证上岗")));
    prompts->fill.insert(QStringLiteral("designation.start_negotiation"),
                         [](CommandDialog &dialog) { setDate(dialog, "started_on", QDate(2026, 7, 10)); });
    REQUIRE(page.runStep(QStringLiteral("negotiate")));
    CHECK(office.designation("status", id) == state::Negotiating);

    // The first agreement: a year at most. It starts today, so the list's state does not age.
    const QDate today = officeDate();  // the page's day (UTC+8), not this machine's
    prompts->fill.insert(QStringLiteral("agreement.sign"), [today](CommandDialog &dialog) {
        setDate(dialog, "valid_from", today);
        setDate(dialog, "valid_to", today.addYears(1));  // a day too long
        setText(dialog, "deposit_permille", QStringLiteral("80"));
    });
    CHECK_FALSE(page.runStep(QStringLiteral("sign_first")));
    prompts->fill.insert(QStringLiteral("agreement.sign"), [today](CommandDialog &dialog) {
        setDate(dialog, "valid_from", today);
        setText(dialog, "deposit_permille", QStringLiteral("80"));
    });
    const bool signedFirst = page.runStep(QStringLiteral("sign_first"));
    INFO(str(prompts->problems.join(QLatin1Char('\n'))));
    REQUIRE(signedFirst);
    CHECK(office.designation("status", id) == state::Signed);
    const QString agreementId = office.designation("agreement_id", id);
    CHECK_FALSE(agreementId.isEmpty());
    CHECK(office.store.scalar(QStringLiteral("SELECT valid_from || '/' || valid_to || '/' || service_forms || '/' || "
                                             "deposit_permille || '/' || renewal FROM institution_agreements WHERE id = ?"),
                              {agreementId})
              .toString()
          == QStringLiteral("%1/%2/HOME_VISIT/80/0").arg(today.toString(Qt::ISODate), today.addYears(1).addDays(-1).toString(Qt::ISODate)));
    CHECK(page.designationsTable()->rowCount() == 0);  // open ones only
    page.findChild<QCheckBox *>(QStringLiteral("designationsOpenOnly"))->setChecked(false);
    CHECK(page.designationsTable()->rowCount() == 1);

    // The institution list and its page.
    REQUIRE(page.model()->rowCount() == 1);
    REQUIRE(page.selectInstitution(QStringLiteral("N1")));
    CHECK(page.sectionText(QStringLiteral("agreements")).contains(today.toString(Qt::ISODate)));
    CHECK(page.sectionText(QStringLiteral("history")).contains(QStringLiteral("officer")));
    CHECK(page.model()->data(page.model()->index(0, int(InstitutionColumn::Status)), Qt::DisplayRole).toString()
          == listedTitle(listed::InForce));
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(listed::Expiring));
    CHECK(page.model()->rowCount() == 0);
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(listed::InForce));
    CHECK(page.model()->rowCount() == 1);
    page.statusFilter()->setCurrentIndex(0);
    page.expiringFilter()->setChecked(true);
    CHECK(page.model()->rowCount() == 0);
    page.expiringFilter()->setChecked(false);
    page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(QStringLiteral("ASSESS")));
    CHECK(page.model()->rowCount() == 0);
    page.kindFilter()->setCurrentIndex(0);
    page.searchFilter()->setText(QStringLiteral("颐康"));
    QTest::keyClick(page.searchFilter(), Qt::Key_Return);
    CHECK(page.model()->rowCount() == 1);
    page.searchFilter()->setText(QStringLiteral("XYZ"));
    QTest::keyClick(page.searchFilter(), Qt::Key_Return);
    CHECK(page.model()->rowCount() == 0);
    page.searchFilter()->clear();
    REQUIRE(page.model()->rowCount() == 1);

    // The designated list: on paper, as PDF and as xlsx.
    CHECK(page.designatedHtml().contains(QStringLiteral("0577-88112233")));
    // The issuing office is the shell's one setting, read through the context.
    ShellContext::setOfficeName(QStringLiteral("温州市鹿城区医疗保障局"));
    CHECK(page.designatedHtml().contains(QStringLiteral("温州市鹿城区医疗保障局")));
    QSettings().remove(QStringLiteral("applications/office"));
    CHECK(page.designatedHtml().contains(QStringLiteral("上门护理")));
    prompts->saveAnswer = office.store.dir.filePath(QStringLiteral("list.xlsx"));
    page.action(QStringLiteral("designated_xlsx"))->trigger();
    QFile xlsx(prompts->saveAnswer);
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == QByteArrayLiteral("PK"));
    // Its cells: the Chinese titles, then the one institution in force.
    const QMap<QString, QString> cells = ltctest::xlsxCells(prompts->saveAnswer);
    CHECK(cells.value(QStringLiteral("A1")) == QStringLiteral("机构编码"));
    CHECK(cells.value(QStringLiteral("G1")) == QStringLiteral("协议截止日期"));
    CHECK(cells.value(QStringLiteral("A2")) == QStringLiteral("N1"));
    CHECK(cells.value(QStringLiteral("B2")) == QStringLiteral("鹿城区颐康护理站"));
    CHECK(cells.value(QStringLiteral("C2")) == QStringLiteral("护理服务机构"));
    CHECK(cells.value(QStringLiteral("D2")) == QStringLiteral("鹿城区五马街道解放街 12 号"));
    CHECK(cells.value(QStringLiteral("E2")) == QStringLiteral("0577-88112233"));
    CHECK(cells.value(QStringLiteral("F2")) == QStringLiteral("上门护理"));
    CHECK(cells.value(QStringLiteral("G2")) == today.addYears(1).addDays(-1).toString(Qt::ISODate));
    CHECK_FALSE(cells.contains(QStringLiteral("A3")));
    prompts->saveAnswer = office.store.dir.filePath(QStringLiteral("list.pdf"));
    page.action(QStringLiteral("designated_pdf"))->trigger();
    CHECK(QFile(prompts->saveAnswer).size() > 0);

    SECTION("the term: a violation with damages, an intake suspension, a year's score, a staff member barred")
    {
        REQUIRE(page.selectInstitution(QStringLiteral("N1")));
        prompts->fill.insert(QStringLiteral("violation.record"), [](CommandDialog &dialog) {
            setText(dialog, "description", QStringLiteral("虚记服务时长"));
            setText(dialog, "damages_fen", QStringLiteral("1234.5"));
        });
        REQUIRE(page.runStep(QStringLiteral("violation")));
        CHECK(office.store.scalar(QStringLiteral("SELECT damages_fen FROM agreement_violations")).toLongLong() == 123450);
        CHECK(page.sectionText(QStringLiteral("violations")).contains(QStringLiteral("1,234.50")));

        prompts->fill.insert(QStringLiteral("institution.suspend"),
                             [](CommandDialog &dialog) { setText(dialog, "reason", QStringLiteral("整改期间")); });
        REQUIRE(page.runStep(QStringLiteral("suspend")));
        CHECK(office.store.scalar(QStringLiteral("SELECT kind FROM institution_suspensions")).toString() == QStringLiteral("INTAKE"));
        CHECK(page.model()->data(page.model()->index(0, int(InstitutionColumn::Suspended)), Qt::DisplayRole).toString()
              != QString());

        prompts->fill.insert(QStringLiteral("performance.record_score"), [](CommandDialog &dialog) {
            QTableWidget *items = dialog.fieldAs<QTableWidget>(QStringLiteral("items"));
            REQUIRE(items);
            for (int row = 0; row < items->rowCount(); ++row)
                items->item(row, 2)->setText(items->item(row, 1)->text());  // full marks
            items->item(0, 2)->setText(QStringLiteral("25"));
        });
        REQUIRE(page.runStep(QStringLiteral("score")));
        CHECK(office.store.scalar(QStringLiteral("SELECT score FROM performance_scores")).toInt() == 95);

        const ImportReport staff = office.store->importer().importFile(
            office.admin, QStringLiteral("staff"),
            office.store.file(QStringLiteral("staff.csv"),
                              "staff_no,institution_code,name,id_number,role,employed_from\nS1,N1,Zhang," +
                                  ltctest::citizenId(kDistrict, QDate(1980, 1, 2), 11).toUtf8() + ",CAREGIVER,2026-01-01\n"));
        INFO(str(staff.failure));
        REQUIRE(staff.ok());
        page.refresh();
        REQUIRE(page.action(QStringLiteral("staff_bar"))->isEnabled());
        prompts->fill.insert(QStringLiteral("staff.bar"), [](CommandDialog &dialog) {
            dialog.fieldAs<QSpinBox>(QStringLiteral("years"))->setValue(2);
        });
        REQUIRE(page.runStep(QStringLiteral("staff_bar")));
        CHECK(office.store.scalar(QStringLiteral("SELECT barred_to FROM staff WHERE staff_no = 'S1'")).toString()
              == today.addYears(2).addDays(-1).toString(Qt::ISODate));
        CHECK(page.sectionText(QStringLiteral("staff")).contains(QStringLiteral("S1")));
    }
    SECTION("terminated without its filing, the filing (报备) recorded later from the page, once")
    {
        REQUIRE(page.selectInstitution(QStringLiteral("N1")));
        CHECK_FALSE(page.action(QStringLiteral("filing"))->isEnabled());  // nothing ended yet
        prompts->fill.insert(QStringLiteral("agreement.end"), [](CommandDialog &dialog) {
            setText(dialog, "reason", QStringLiteral("机构申请退出"));
        });
        REQUIRE(page.runStep(QStringLiteral("end")));
        CHECK(page.sectionText(QStringLiteral("agreements")).contains(QStringLiteral("not yet filed")));
        REQUIRE(page.action(QStringLiteral("filing"))->isEnabled());
        prompts->fill.insert(QStringLiteral("agreement.record_filing"), [today](CommandDialog &dialog) {
            setDate(dialog, "filed_on", today);
            setText(dialog, "filed_ref", QStringLiteral("鹿医保〔2026〕7号"));
        });
        REQUIRE(page.runStep(QStringLiteral("filing")));
        CHECK(office.store.scalar(QStringLiteral("SELECT filed_on || ' ' || filed_ref FROM institution_agreements WHERE id = ?"),
                                  {agreementId})
                  .toString()
              == today.toString(Qt::ISODate) + QStringLiteral(" 鹿医保〔2026〕7号"));
        CHECK_FALSE(page.action(QStringLiteral("filing"))->isEnabled());  // recorded once
        CHECK_FALSE(page.sectionText(QStringLiteral("agreements")).contains(QStringLiteral("not yet filed")));
    }
    SECTION("a manager sees the list and the page, but no step")
    {
        ShellContext managerContext(*office.store.store,
                                    ltctest::user(QStringLiteral("boss"), {QStringLiteral("manager")}, kDistrict));
        AgreementsPage managerPage(managerContext, prompts);
        REQUIRE(managerPage.model()->rowCount() == 1);
        REQUIRE(managerPage.selectInstitution(QStringLiteral("N1")));
        CHECK_FALSE(managerPage.action(QStringLiteral("apply"))->isEnabled());
        CHECK_FALSE(managerPage.action(QStringLiteral("sign"))->isEnabled());
        CHECK_FALSE(managerPage.action(QStringLiteral("violation"))->isEnabled());
        CHECK(managerPage.action(QStringLiteral("designated"))->isEnabled());
    }
}

TEST_CASE("agreements screens: a refused form names its field in Chinese, and keeps what was typed", "[gui][agreements]")
{
    AgreementsStore office;
    ShellContext context(*office.store.store, office.officer);
    auto prompts = std::make_shared<ScriptedPrompts>();
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/ltcdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    AgreementsPage page(context, prompts);

    prompts->fill.insert(QStringLiteral("designation.apply"), [](CommandDialog &dialog) {
        fillApplication(dialog);
        setText(dialog, "name", QString());
        setText(dialog, "legal_representative_id", QStringLiteral("33030219700101001X"));  // wrong check character
    });
    CHECK_FALSE(page.runStep(QStringLiteral("apply")));
    QCoreApplication::removeTranslator(&chinese);
    REQUIRE(prompts->problems.size() == 1);
    const QString problem = prompts->problems.first();
    INFO(str(problem));
    CHECK(problem.contains(QStringLiteral("机构名称: 为必填项")));
    CHECK(problem.contains(QStringLiteral("法定代表人身份证号: ")));
    CHECK_FALSE(problem.contains(QStringLiteral("legal_representative_id")));
    CHECK(office.store.count(QStringLiteral("designations")) == 0);
}

namespace {

QStringList listedCodes(const InstitutionsModel &model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes << model.data(model.index(row, int(InstitutionColumn::Code)), Qt::DisplayRole).toString();
    return codes;
}

void clickHeader(QTableView *view, InstitutionColumn column)
{
    QHeaderView *header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(int(column)) + header->sectionSize(int(column)) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

} // namespace

TEST_CASE("agreements screens: a header click sorts the institution list in SQL, either way, and is remembered",
          "[gui][agreements]")
{
    AgreementsStore office;
    const ImportReport report = office.store->importer().importFile(
        office.admin, QStringLiteral("institutions"),
        office.store.file(QStringLiteral("institutions.csv"),
                          "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                          "I1,安康护理院,CARE,1,INST,2025-01-01,2027-06-30,330302\n"
                          "I2,博爱护理站,CARE,1,HOME_VISIT,2025-01-01,2026-12-31,330302\n"
                          "I3,长寿护理院,CARE,1,INST,2025-01-01,2028-12-31,330302\n"
                          "I4,德馨护理站,CARE,1,HOME_VISIT,2025-01-01,2027-01-31,330302\n"));
    INFO(str(report.failure));
    REQUIRE(report.ok());
    ShellContext context(*office.store.store, office.officer);
    auto prompts = std::make_shared<ScriptedPrompts>();
    const QStringList byUntil{QStringLiteral("I2"), QStringLiteral("I4"), QStringLiteral("I1"), QStringLiteral("I3")};
    {
        AgreementsPage page(context, prompts);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        InstitutionsModel &model = *page.model();
        CHECK(listedCodes(model) == QStringList{QStringLiteral("I1"), QStringLiteral("I2"), QStringLiteral("I3"), QStringLiteral("I4")});
        // Names in the store's BINARY collation, by code point (博 U+535A, 安 U+5B89, 德 U+5FB7,
        // 长 U+957F): institutions keep no pinyin key, so this is not 安博长德.
        clickHeader(page.view(), InstitutionColumn::Name);
        CHECK(model.sortOrder().by == InstitutionOrder::Name);
        CHECK(listedCodes(model) == QStringList{QStringLiteral("I2"), QStringLiteral("I1"), QStringLiteral("I4"), QStringLiteral("I3")});
        clickHeader(page.view(), InstitutionColumn::Name);
        CHECK(model.sortOrder().descending);
        CHECK(listedCodes(model) == QStringList{QStringLiteral("I3"), QStringLiteral("I4"), QStringLiteral("I1"), QStringLiteral("I2")});
        // By the agreement's last day, soonest first, then latest first.
        clickHeader(page.view(), InstitutionColumn::Until);  // a new column: ascending first
        CHECK(model.sortOrder().by == InstitutionOrder::LastDay);
        CHECK_FALSE(model.sortOrder().descending);
        CHECK(listedCodes(model) == byUntil);
        clickHeader(page.view(), InstitutionColumn::Until);
        CHECK(model.sortOrder().descending);
        CHECK(listedCodes(model) == QStringList{QStringLiteral("I3"), QStringLiteral("I1"), QStringLiteral("I4"), QStringLiteral("I2")});
        clickHeader(page.view(), InstitutionColumn::Until);
        REQUIRE(listedCodes(model) == byUntil);
        // A filter keeps the order.
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(QStringLiteral("CARE")));
        CHECK(listedCodes(model) == byUntil);
    }
    // The page closed with the list by its last day: a new one opens so.
    AgreementsPage again(context, prompts);
    CHECK(again.model()->sortOrder().by == InstitutionOrder::LastDay);
    CHECK_FALSE(again.model()->sortOrder().descending);
    CHECK(listedCodes(*again.model()) == byUntil);
}

TEST_CASE("agreements screens: after a first failure the worklist and the form show the second review's window, "
          "whose first and last day the command keeps",
          "[gui][agreements]")
{
    AgreementsStore office;
    const auto run = [&office](const char *name, const QJsonObject &args) {
        const CommandOutcome outcome = office.store->commands().execute(office.officer, QLatin1String(name), args);
        INFO(str(outcome.ok() ? QString() : outcome.error->message));
        REQUIRE(outcome.ok());
    };
    const QString id = QStringLiteral("D-SECOND");
    run("designation.apply", {{QStringLiteral("id"), id}, {QStringLiteral("institution_code"), QStringLiteral("N2")},
                              {QStringLiteral("applied_on"), QStringLiteral("2026-06-01")},
                              {QStringLiteral("name"), QStringLiteral("鹿城区安宁护理站")}, {QStringLiteral("kind"), QStringLiteral("CARE")},
                              {QStringLiteral("grade"), 1}, {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT")}});
    run("designation.pass_formal_check", {{QStringLiteral("id"), id}});
    QJsonArray panel;
    for (int i = 1; i <= 5; ++i)
        panel.append(QStringLiteral("评审员%1").arg(i));
    run("designation.review", {{QStringLiteral("id"), id}, {QStringLiteral("reviewed_on"), QStringLiteral("2026-07-01")},
                               {QStringLiteral("result"), QStringLiteral("FAIL")}, {QStringLiteral("panel"), panel},
                               {QStringLiteral("reasons"), QStringLiteral("护理人员不足")}});

    ShellContext context(*office.store.store, office.officer);
    auto prompts = std::make_shared<ScriptedPrompts>();
    AgreementsPage page(context, prompts);
    page.show();
    REQUIRE(page.selectDesignation(id));
    // The worklist's deadline is the second review's last day: 3 months after the failure.
    REQUIRE(page.designationsTable()->rowCount() == 1);
    CHECK(page.designationsTable()->item(0, 4)->text() == QStringLiteral("2026-10-01"));
    REQUIRE(page.action(QStringLiteral("second"))->isEnabled());

    QString intro;
    const auto requestOn = [&](QDate day) {
        prompts->fill.insert(QStringLiteral("designation.request_second_review"), [&intro, day](CommandDialog &dialog) {
            intro = dialog.intro();
            setDate(dialog, "requested_on", day);
        });
        return page.runStep(QStringLiteral("second"));
    };
    CHECK_FALSE(requestOn(QDate(2026, 6, 30)));  // before the failure
    CHECK(intro.contains(QStringLiteral("2026-07-01")));
    CHECK(intro.contains(QStringLiteral("2026-10-01")));
    CHECK((intro.contains(QStringLiteral("1 year")) || intro.contains(QStringLiteral("1年"))));
    CHECK_FALSE(requestOn(QDate(2026, 10, 2)));  // a day after the last
    CHECK(prompts->problems.last().contains(QStringLiteral("2026-10-01")));
    CHECK(office.designation("status", id) == state::Failed);

    SECTION("the first day") { REQUIRE(requestOn(QDate(2026, 7, 1))); }
    SECTION("the last day") { REQUIRE(requestOn(QDate(2026, 10, 1))); }
    CHECK(office.designation("status", id) == state::Reviewing);
    CHECK(office.designation("attempt", id) == QStringLiteral("2"));
}

TEST_CASE("agreements screens: a staff number in the institution's staff opens the member's history, by keyboard",
          "[gui][agreements]")
{
    AgreementsStore office;
    REQUIRE(office.store->importer()
                .importFile(office.admin, QStringLiteral("institutions"),
                            office.store.file(QStringLiteral("institutions.csv"),
                                              "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                                              "I1,安康护理院,CARE,1,INST,2025-01-01,2027-06-30,330302\n"))
                .ok());
    const QByteArray idNumber = ltctest::citizenId(kDistrict, QDate(1980, 1, 2), 11).toUtf8();
    for (const QByteArray &role : {QByteArrayLiteral("CAREGIVER"), QByteArrayLiteral("NURSE")}) {
        const ImportReport staff = office.store->importer().importFile(
            office.admin, QStringLiteral("staff"),
            office.store.file(QStringLiteral("staff.csv"), "staff_no,institution_code,name,id_number,role,employed_from\n"
                                                           "S1,I1,张护理," + idNumber + "," + role + ",2025-03-01\n"));
        INFO(str(staff.failure));
        REQUIRE(staff.ok());
    }
    const CommandOutcome suspended = office.store->commands().execute(
        office.officer, QStringLiteral("staff.suspend_settlement"),
        {{QStringLiteral("staff_no"), QStringLiteral("S1")}, {QStringLiteral("suspended_from"), QStringLiteral("2026-08-01")},
         {QStringLiteral("months"), 3}});
    REQUIRE(suspended.ok());

    ShellContext context(*office.store.store, office.officer);
    auto prompts = std::make_shared<ScriptedPrompts>();
    AgreementsPage page(context, prompts);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.selectInstitution(QStringLiteral("I1")));
    QTextBrowser *staff = page.section(QStringLiteral("staff"));
    REQUIRE(staff);
    QTabWidget *panel = page.findChild<QTabWidget *>(QStringLiteral("institutionPanel"));
    REQUIRE(panel);
    panel->setCurrentWidget(staff);
    staff->setFocus();
    QTest::keyClick(staff, Qt::Key_Tab);  // to the first link, the staff number
    QTest::keyClick(staff, Qt::Key_Return);
    REQUIRE_FALSE(prompts->shownDetails.isEmpty());
    CHECK(prompts->detailsTitle.contains(QStringLiteral("S1")));
    QTextDocument shown;
    shown.setHtml(prompts->shownDetails);
    const QString text = shown.toPlainText();
    INFO(str(text));
    CHECK(text.contains(QStringLiteral("张护理")));
    CHECK(text.contains(QStringLiteral("2026-08-01 – 2026-10-31")));  // the suspension's first and last day
    CHECK((text.contains(QStringLiteral("role")) || text.contains(QStringLiteral("岗位"))));
    CHECK(shown.toHtml().count(QStringLiteral("<tr")) >= 4);  // the header and three versions
    CHECK_FALSE(page.showStaffHistory(QStringLiteral("NOBODY")));
}

TEST_CASE("agreements screens: an ended agreement's status says whether it was suspended (中止) or terminated (解除)",
          "[gui][agreements]")
{
    InstitutionRow row;
    row.status = listed::Ended;
    row.endKind = QStringLiteral("SUSPEND");
    const QString suspended = listedTitle(row);
    row.endKind = QStringLiteral("TERMINATE");
    const QString terminated = listedTitle(row);
    row.endKind.clear();  // ended before the kind was recorded: terminated, the default
    CHECK(listedTitle(row) == terminated);
    CHECK(suspended.contains(QStringLiteral("中止")));
    CHECK(terminated.contains(QStringLiteral("解除")));
    row.status = listed::InForce;
    CHECK(listedTitle(row) == listedTitle(listed::InForce));
}
