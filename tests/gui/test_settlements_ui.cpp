// The settlements module's screens over a small demo store: months, batches and the lazy
// claim-line list (SQL pages, filters, sorting), the audit with its confirmation, the review
// steps with roles and the four-eyes rule, imports from the File menu with cancel, the person's
// settlement statement, what-if, the review sample, remembered column state. Dialogs are
// answered by a scripted Prompts, so no modal dialog blocks a test.
#include <catch2/catch.hpp>

#include "appearance.h"
#include "core/citizenid.h"
#include "database/dbtestsupport.h"
#include "demodata.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "readonlyconnections.h"
#include "sdk/backgroundtask.h"
#include "sdk/dialogs.h"
#include "sdk/importflow.h"
#include "sdk/scriptedanswers.h"
#include "settlements/domain/reviewcommands.h"
#include "settlements/domain/reviewsample.h"
#include "settlements/output/settlementreport.h"
#include "settlements/ui/batchesmodel.h"
#include "settlements/ui/claimlinesmodel.h"
#include "settlements/ui/prompts.h"
#include "settlements/ui/settlementdialogs.h"
#include "settlements/ui/settlementsmodule.h"
#include "settlements/ui/settlementspage.h"
#include "shellcontext.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ltc;
using namespace ltc::settlement;
using namespace ltc::settlement::ui;
using ltctest::str;

namespace {

// The number of matching lines, once the model's background count is in.
qint64 countOf(ClaimLinesModel &model)
{
    model.waitForCount();
    return model.totalCount();
}

const QString kPeriod = QStringLiteral("2026-10");  // the demo's last month

// Answers every question from what the test put here, and remembers what it was shown: the SDK's
// questions (a reason, a confirmation, files, the import result, errors) as sdk::ScriptedAnswers
// does, the settlement ones here.
struct ScriptedPrompts : sdk::ScriptedAnswers<Prompts> {
    std::optional<AuditSummary> shownAudit;
    std::optional<LineDecision> lineDecision = LineDecision{};
    std::optional<SecondReviewDecision> secondDecision = SecondReviewDecision{};
    std::optional<SampleCriteria> sample;
    std::optional<PolicyComparison> shownComparison;
    QString shownDraftName;
    QString previewHtml;

    ScriptedPrompts() { reasonAnswer = QStringLiteral("缺少护理记录"); }

    void showAudit(QWidget *, const AuditSummary &summary) override { shownAudit = summary; }
    std::optional<LineDecision> reviewLine(QWidget *, const LineRow &, const QString &) override { return lineDecision; }
    std::optional<SecondReviewDecision> secondReview(QWidget *, const BatchRow &) override { return secondDecision; }
    std::optional<SampleCriteria> sampleCriteria(QWidget *, const QString &, const QString &) override { return sample; }
    void showWhatIf(QWidget *, const PolicyComparison &comparison, const QString &draftName,
                    const QHash<QString, QString> &) override
    {
        shownComparison = comparison;
        shownDraftName = draftName;
    }
    void printPreview(QWidget *, const QString &, const QString &html, bool) override { previewHtml = html; }
};

// A small demo district with one month of claims, and a page per signed-in user.
struct SettlementsDemo {
    ltctest::TempStore store;
    ReadOnlyConnections reads{store.path};  // what a screen reads through

    SettlementsDemo()
    {
        QSettings().remove(QStringLiteral("settlements"));  // no column state from another test
        DemoOptions options;
        options.persons = 500;
        options.months = 1;
        QString error;
        INFO(str(error));
        REQUIRE(buildDemo(*store.store, options, &error));
    }
    ~SettlementsDemo() { QSettings().remove(QStringLiteral("settlements")); }

    UserIdentity demoUser(const QString &name)
    {
        const std::optional<UserIdentity> user = store->users().verify(name, demoPassword());
        REQUIRE(user.has_value());
        return *user;
    }
    qint64 scalar(const QString &sql, const QVariantList &params = {})
    {
        return store.scalar(sql, params).toLongLong();
    }
    void audit()
    {
        const CommandOutcome outcome = store->commands().execute(demoUser(QStringLiteral("first_reviewer")),
                                                                 QStringLiteral("settlement.run_audit"),
                                                                 {{QStringLiteral("period"), kPeriod}});
        REQUIRE(outcome.ok());
    }
    QString batchStatus(const QString &institution)
    {
        const QVariant status = store.scalar(QStringLiteral("SELECT status FROM settlement_batches WHERE period = ? AND "
                                                            "institution_code = ?"),
                                             {kPeriod, institution});
        return status.isValid() ? status.toString() : batch::Open;
    }
};

// One signed-in session's context and page.
struct PageSession {
    ShellContext context;
    std::shared_ptr<ScriptedPrompts> prompts = std::make_shared<ScriptedPrompts>();
    SettlementsPage page;

    PageSession(SettlementsDemo &demo, const UserIdentity &user)
        : context(*demo.store.store, user), page(context, prompts)
    {
    }
};

// The institution with the most audited lines that have deductions, and some without: a batch
// with work of both kinds in it.
QString busiestInstitution(SettlementsDemo &demo)
{
    return demo.store
        .scalar(QStringLiteral("SELECT institution_code FROM settlement_results WHERE period = ? GROUP BY "
                               "institution_code HAVING SUM(CASE WHEN reasons = '' THEN 1 ELSE 0 END) > 0 ORDER BY "
                               "SUM(CASE WHEN reasons <> '' THEN 1 ELSE 0 END) DESC, institution_code LIMIT 1"),
                {kPeriod})
        .toString();
}

// First review of a whole batch through the page: clean lines, then each remaining line.
void firstReviewThroughPage(PageSession &session, const QString &institution)
{
    SettlementsPage &page = session.page;
    page.setInstitution(institution);
    if (page.stepAction(BatchStep::AcceptClean)->isEnabled())
        REQUIRE(page.acceptCleanLines());
    for (int row = 0; row < page.linesModel()->rowCount(); ++row) {
        page.selectLine(row);
        if (!page.currentLine()->review)
            REQUIRE(page.reviewCurrentLine());
    }
    REQUIRE(page.completeFirstReview());
}

QString writeFile(ltctest::TempStore &store, const QString &name, const QByteArray &bytes)
{
    return store.file(name, bytes);
}

} // namespace

TEST_CASE("the settlements page shows the months, batches and lines of a demo store", "[gui][settlements]")
{
    SettlementsDemo demo;
    PageSession session(demo, demo.demoUser(QStringLiteral("first_reviewer")));
    SettlementsPage &page = session.page;
    CHECK(page.periods() == QStringList{kPeriod});
    CHECK(page.period() == kPeriod);
    const qint64 institutions =
        demo.scalar(QStringLiteral("SELECT COUNT(DISTINCT institution_code) FROM claim_lines WHERE period = ?"), {kPeriod});
    REQUIRE(institutions > 1);
    CHECK(page.batchesModel()->rowCount() == institutions);
    const qint64 lines = demo.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = ?"), {kPeriod});
    CHECK(countOf(*page.linesModel()) == lines);
    // Before the audit: every batch says so, and the review steps are closed with that reason.
    CHECK(page.batchesModel()->data(page.batchesModel()->index(0, BatchesModel::Status), Qt::DisplayRole).toString()
          == QStringLiteral("Not audited"));
    page.setInstitution(page.batchesModel()->batchAt(0)->totals.code);
    CHECK_FALSE(page.stepAction(BatchStep::AcceptClean)->isEnabled());
    CHECK(page.stepAction(BatchStep::AcceptClean)->toolTip() == QStringLiteral("Run the audit of this month first."));
    // A first reviewer is not shown the payer's step.
    CHECK_FALSE(page.stepAction(BatchStep::MarkPaid)->isVisible());

    SECTION("money is yuan with two decimals, right-aligned")
    {
        ClaimLinesModel *model = page.linesModel();
        const QModelIndex claimed = model->index(0, int(LineColumn::Claimed));
        CHECK(model->data(claimed, Qt::DisplayRole).toString() == formatYuan(model->lineAt(0)->line.amount, true));
        CHECK(model->data(claimed, Qt::DisplayRole).toString().contains(QRegularExpression(QStringLiteral("\\.\\d\\d$"))));
        CHECK((model->data(claimed, Qt::TextAlignmentRole).toInt() & Qt::AlignRight) != 0);
    }
    SECTION("the side panel shows the selected line's person with the ID masked")
    {
        page.selectLine(0);
        const LineRow *line = page.currentLine();
        REQUIRE(line);
        const QString id = demo.store.scalar(QStringLiteral("SELECT id_number FROM persons WHERE person_no = ?"),
                                             {line->line.personNo}).toString();
        const QString panel = page.personPanelText();
        CHECK(panel.contains(line->personName));
        CHECK(panel.contains(maskCitizenId(id)));
        CHECK_FALSE(panel.contains(id));
    }
}

TEST_CASE("the claim-line model counts off the UI thread and drops a count overtaken by a new filter",
          "[gui][settlements]")
{
    SettlementsDemo demo;
    ClaimLinesModel model(demo.reads);
    QSignalSpy totals(&model, &ClaimLinesModel::totalChanged);
    LineFilter month;
    month.period = kPeriod;
    model.setFilter(month);
    CHECK(model.rowCount() > 0);  // the first page is there at once
    LineFilter nobody = month;
    nobody.text = QStringLiteral("NO-SUCH-PERSON");
    model.setFilter(nobody);  // before the first count is in
    CHECK(countOf(model) == 0);
    QTest::qWait(50);  // let the first count's queued result arrive: it is dropped
    CHECK(model.totalCount() == 0);
    REQUIRE_FALSE(totals.isEmpty());
    CHECK(totals.first().at(0).toLongLong() == -1);  // "counting" was announced first
    CHECK(totals.last().at(0).toLongLong() == 0);
}

TEST_CASE("the claim-line model fetches in pages and lets SQL filter and sort", "[gui][settlements]")
{
    SettlementsDemo demo;
    demo.audit();
    ClaimLinesModel model(demo.reads);
    model.setPageSize(5);
    LineFilter filter;
    filter.period = kPeriod;
    model.setFilter(filter);
    const qint64 all = demo.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = ?"), {kPeriod});
    REQUIRE(all > 10);
    CHECK(model.rowCount() == 5);
    CHECK(countOf(model) == all);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 10);
    CHECK(model.lineAt(5)->line.claimNo + QString::number(model.lineAt(5)->line.lineNo)
          != model.lineAt(4)->line.claimNo + QString::number(model.lineAt(4)->line.lineNo));
    model.refresh();  // after a change: the lines fetched so far stay fetched
    CHECK(model.rowCount() == 10);

    SECTION("by reason, as SQL counts it")
    {
        filter.reason = QStringLiteral("R06");
        model.setFilter(filter);
        const qint64 withR06 = demo.scalar(
            QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE period = ? AND reasons LIKE '%R06%'"), {kPeriod});
        REQUIRE(withR06 > 0);
        CHECK(countOf(model) == withR06);
        CHECK(model.rowCount() == std::min<qint64>(5, withR06));
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(model.lineAt(row)->result->reasons.contains(QStringLiteral("R06")));
        filter.reason = kNoDeduction;
        model.setFilter(filter);
        CHECK(countOf(model)
              == demo.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE period = ? AND reasons = ''"),
                             {kPeriod}));
    }
    SECTION("by text and by review state")
    {
        const QString person = model.lineAt(0)->line.personNo;
        filter.text = person;
        model.setFilter(filter);
        CHECK(countOf(model)
              == demo.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = ? AND person_no = ?"),
                             {kPeriod, person}));
        filter.text = QStringLiteral("%");  // literally a percent sign: matches nothing
        model.setFilter(filter);
        CHECK(countOf(model) == 0);
        filter.text.clear();
        filter.review = ReviewFilter::Reviewed;
        model.setFilter(filter);
        CHECK(countOf(model) == 0);
        filter.review = ReviewFilter::NotReviewed;
        model.setFilter(filter);
        CHECK(countOf(model) == all);
    }
    SECTION("sorted by the claimed amount, largest first")
    {
        model.sort(int(LineColumn::Claimed), Qt::DescendingOrder);
        CHECK(model.lineAt(0)->line.amount
              == demo.scalar(QStringLiteral("SELECT MAX(amount_fen) FROM claim_lines WHERE period = ?"), {kPeriod}));
        CHECK(model.lineAt(0)->line.amount >= model.lineAt(1)->line.amount);
    }
}

TEST_CASE("running the audit from the page stores it once and shows what it changed", "[gui][settlements]")
{
    SettlementsDemo demo;
    PageSession session(demo, demo.demoUser(QStringLiteral("first_reviewer")));
    const qint64 lines = demo.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = ?"), {kPeriod});

    // One command: stored, then shown from the command's own report (no audit before it).
    REQUIRE(session.page.runAudit());
    CHECK(demo.store.count(QStringLiteral("settlement_results")) == lines);
    CHECK(demo.store.count(QStringLiteral("settlement_runs")) == 1);
    REQUIRE(session.prompts->shownAudit.has_value());
    CHECK_FALSE(session.prompts->shownAudit->run.hadPreviousRun);
    CHECK(session.prompts->shownAudit->run.totals.lines == lines);
    CHECK(session.prompts->shownAudit->run.newLines == lines);
    CHECK(session.prompts->shownAudit->run.changes.isEmpty());
    CHECK(session.page.batchesModel()->grandTotals().lines == lines);
    CHECK(session.prompts->confirmations.isEmpty());  // nothing reviewed yet: nothing to lose

    SECTION("with first-review decisions made, a re-run asks first; declined, nothing runs")
    {
        const QString institution = busiestInstitution(demo);
        session.page.setInstitution(institution);
        REQUIRE(session.page.acceptCleanLines());
        const qint64 reviews = demo.scalar(QStringLiteral("SELECT COUNT(*) FROM line_reviews"));
        REQUIRE(reviews > 0);
        session.prompts->confirmAnswer = false;
        CHECK_FALSE(session.page.runAudit());
        REQUIRE(session.prompts->confirmations.size() == 1);
        CHECK(session.prompts->confirmations.constFirst().contains(QString::number(reviews)));
        CHECK(demo.store.count(QStringLiteral("settlement_runs")) == 1);
        session.prompts->confirmAnswer = true;
        REQUIRE(session.page.runAudit());
        CHECK(demo.store.count(QStringLiteral("settlement_runs")) == 2);
        CHECK(demo.scalar(QStringLiteral("SELECT COUNT(*) FROM line_reviews")) == reviews);  // none changed
    }

    SECTION("a re-run after new data lists the changed line and why")
    {
        LineFilter filter;
        filter.period = kPeriod;
        filter.reason = kNoDeduction;
        QSqlDatabase db = demo.store.db();
        const QList<LineRow> rows = fetchLines(db, filter, {}, 1, 0);
        REQUIRE(rows.size() == 1);
        const LineRow clean = rows.first();
        const QString stays = writeFile(demo.store, QStringLiteral("stay.csv"),
                                        "person_no,admitted_on,discharged_on\n" + clean.line.personNo.toUtf8() + ","
                                            + clean.line.serviceFrom.addDays(2).toString(Qt::ISODate).toUtf8() + ","
                                            + clean.line.serviceFrom.addDays(5).toString(Qt::ISODate).toUtf8() + "\n");
        REQUIRE(session.context.importFile(QStringLiteral("hospital-stays"), stays, {}).ok());
        REQUIRE(session.page.runAudit());
        const AuditSummary &preview = *session.prompts->shownAudit;
        CHECK(preview.run.hadPreviousRun);
        const auto changed = std::find_if(preview.run.changes.cbegin(), preview.run.changes.cend(), [&](const LineChange &c) {
            return c.claimNo == clean.line.claimNo && c.lineNo == clean.line.lineNo;
        });
        REQUIRE(changed != preview.run.changes.cend());
        CHECK(changed->now->reasons.contains(reason::InHospital));
        CHECK(changed->now->allowed < changed->was->allowed);
        // What is shown is what was stored, by the one run.
        CHECK(demo.store.count(QStringLiteral("settlement_runs")) == 2);
        CHECK(demo.scalar(QStringLiteral("SELECT allowed_fen FROM settlement_results WHERE claim_no = ? AND line_no = ?"),
                          {clean.line.claimNo, clean.line.lineNo})
              == changed->now->allowed);
        CHECK(preview.run.totals.allowed < preview.run.previousTotals.allowed);
    }
}

TEST_CASE("the review steps move a batch from first review to paid", "[gui][settlements]")
{
    SettlementsDemo demo;
    demo.audit();
    const QString institution = busiestInstitution(demo);
    {
        PageSession first(demo, demo.demoUser(QStringLiteral("first_reviewer")));
        first.page.setInstitution(institution);
        REQUIRE(first.page.stepAction(BatchStep::AcceptClean)->isEnabled());
        CHECK_FALSE(first.page.stepAction(BatchStep::CompleteFirstReview)->isEnabled());
        REQUIRE(first.page.acceptCleanLines());
        CHECK(demo.scalar(QStringLiteral("SELECT COUNT(*) FROM line_reviews WHERE institution_code = ?"), {institution})
              == demo.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE institution_code = ? AND "
                                            "reasons = ''"),
                             {institution}));

        // An override beyond the claimed amount: the command refuses, and the page says why.
        first.page.selectLine(0);
        while (first.page.currentLine()->review)
            first.page.selectLine(first.page.linesModel()->rowOf(first.page.currentLine()->line.claimNo,
                                                                 first.page.currentLine()->line.lineNo) + 1);
        const LineRow line = *first.page.currentLine();
        first.prompts->lineDecision = LineDecision{false, formatYuan(line.line.amount + 1), QStringLiteral("核对")};
        CHECK_FALSE(first.page.reviewCurrentLine());
        REQUIRE(first.prompts->errors.size() == 1);
        CHECK(first.prompts->errors.first().contains(formatYuan(line.line.amount)));
        first.prompts->lineDecision = LineDecision{false, QStringLiteral("100.00"), QStringLiteral("护理记录不全")};
        first.page.selectLine(first.page.linesModel()->rowOf(line.line.claimNo, line.line.lineNo));
        REQUIRE(first.page.reviewCurrentLine());
        CHECK(demo.scalar(QStringLiteral("SELECT allowed_fen FROM line_reviews WHERE claim_no = ? AND line_no = ?"),
                          {line.line.claimNo, line.line.lineNo})
              == 10000);
        // The batch's figures are the reviewed ones now, and say how far the review moved them.
        REQUIRE(first.page.currentBatch());
        CHECK(first.page.currentBatch()->reviewAdjustment == 10000 - line.result->allowed);
        first.prompts->lineDecision = LineDecision{};
        firstReviewThroughPage(first, institution);
        CHECK(demo.batchStatus(institution) == batch::FirstReviewed);
        CHECK_FALSE(first.page.stepAction(BatchStep::AcceptClean)->isEnabled());
        // The table names the reviewer as the staff know them; the user name is in the tool tip.
        BatchesModel *batches = first.page.batchesModel();
        const QString reviewer =
            batches->index(batches->rowOf(institution), BatchesModel::FirstReviewer).data().toString();
        const QString displayName =
            demo.store.scalar(QStringLiteral("SELECT display_name FROM users WHERE username = 'first_reviewer'")).toString();
        CHECK(reviewer == displayName);
        CHECK(batches->index(batches->rowOf(institution), BatchesModel::FirstReviewer).data(Qt::ToolTipRole).toString()
              == QStringLiteral("first_reviewer"));
    }
    {
        PageSession second(demo, demo.demoUser(QStringLiteral("second_reviewer")));
        second.page.setInstitution(institution);
        REQUIRE(second.page.stepAction(BatchStep::SecondReview)->isEnabled());
        REQUIRE(second.page.secondReview());
        CHECK(demo.batchStatus(institution) == batch::SecondReviewed);
    }
    PageSession payer(demo, demo.demoUser(QStringLiteral("payer")));
    payer.page.setInstitution(institution);
    payer.prompts->confirmAnswer = false;
    CHECK_FALSE(payer.page.markPaid());
    CHECK(demo.batchStatus(institution) == batch::SecondReviewed);
    payer.prompts->confirmAnswer = true;
    REQUIRE(payer.page.markPaid());
    CHECK(demo.batchStatus(institution) == batch::Paid);
    CHECK(payer.page.currentBatch()->status == batch::Paid);  // the page followed the change
    CHECK(payer.page.currentBatch()->paidAmount == std::optional<Fen>(payer.page.currentBatch()->totals.payable()));
}

TEST_CASE("a month returned to the institution, and a second review that returns it", "[gui][settlements]")
{
    SettlementsDemo demo;
    demo.audit();
    const QString institution = busiestInstitution(demo);
    PageSession first(demo, demo.demoUser(QStringLiteral("first_reviewer")));
    first.page.setInstitution(institution);
    first.prompts->reasonAnswer.reset();
    CHECK_FALSE(first.page.returnToInstitution());  // cancelled: nothing happens
    CHECK(demo.batchStatus(institution) == batch::Open);
    first.prompts->reasonAnswer = QStringLiteral("服务记录缺少护理员签字");
    REQUIRE(first.page.returnToInstitution());
    CHECK(demo.batchStatus(institution) == batch::Returned);
    CHECK(demo.store.scalar(QStringLiteral("SELECT returned_reason FROM settlement_batches WHERE institution_code = ?"),
                            {institution}).toString()
          == QStringLiteral("服务记录缺少护理员签字"));

    firstReviewThroughPage(first, institution);
    PageSession second(demo, demo.demoUser(QStringLiteral("second_reviewer")));
    second.page.setInstitution(institution);
    second.prompts->secondDecision = SecondReviewDecision{false, QStringLiteral("扣减依据不足")};
    REQUIRE(second.page.secondReview());
    CHECK(demo.batchStatus(institution) == batch::Returned);
}

TEST_CASE("the second review is closed, with the reason, to whoever did the first review", "[gui][settlements]")
{
    SettlementsDemo demo;
    demo.audit();
    const QString institution = busiestInstitution(demo);
    const UserIdentity both{QStringLiteral("li"), QStringLiteral("li"), QStringLiteral("李审核"),
                            {QStringLiteral("first_reviewer"), QStringLiteral("second_reviewer")}, QStringLiteral("330302")};
    PageSession session(demo, both);
    firstReviewThroughPage(session, institution);
    QAction *second = session.page.stepAction(BatchStep::SecondReview);
    CHECK(second->isVisible());
    CHECK_FALSE(second->isEnabled());
    CHECK(second->toolTip().contains(QStringLiteral("another person")));
    CHECK_FALSE(session.page.secondReview());
    CHECK(demo.batchStatus(institution) == batch::FirstReviewed);

    PageSession other(demo, demo.demoUser(QStringLiteral("second_reviewer")));
    other.page.setInstitution(institution);
    CHECK(other.page.stepAction(BatchStep::SecondReview)->isEnabled());
}

TEST_CASE("imports from the File menu: progress, cancel, and every error line", "[gui][settlements][import]")
{
    SettlementsDemo demo;
    const UserIdentity reviewer = demo.demoUser(QStringLiteral("first_reviewer"));
    ShellContext context(*demo.store.store, reviewer);
    QWidget window;
    auto prompts = std::make_shared<ScriptedPrompts>();
    sdk::ImportFlow flow(context, &window, SettlementsModule::importKinds(), prompts);

    // A first reviewer may import hospital stays and claims, not conclusions.
    QStringList offered;
    for (QAction *action : flow.actions())
        offered << action->objectName();
    CHECK(offered == QStringList{QStringLiteral("import-hospital-stays"), QStringLiteral("import-claims")});

    const QString person = demo.store.scalar(QStringLiteral("SELECT MIN(person_no) FROM persons")).toString();
    QByteArray csv = "person_no,admitted_on,discharged_on\n";
    for (int i = 0; i < 50; ++i)
        csv += person.toUtf8() + "," + QDate(2020, 1, 1).addDays(i * 3).toString(Qt::ISODate).toUtf8() + ","
               + QDate(2020, 1, 2).addDays(i * 3).toString(Qt::ISODate).toUtf8() + "\n";
    const QString path = writeFile(demo.store, QStringLiteral("stays.csv"), csv);
    const QStringList before = ltctest::dumpAll(demo.store.db());

    SECTION("through the context, a progress callback that cancels writes nothing")
    {
        int calls = 0;
        const ImportReport report = context.importFile(QStringLiteral("hospital-stays"), path, [&](qint64, qint64) {
            ++calls;
            return false;
        });
        CHECK(calls >= 1);
        CHECK(report.cancelled);
        CHECK(report.rows == 0);
        CHECK(ltctest::dumpAll(demo.store.db()) == before);
    }
    SECTION("through the flow, Cancel in the progress dialog writes nothing and says so")
    {
        flow.tasks().setCancelImmediately(true);
        prompts->openAnswer = path;
        const std::optional<ImportReport> report = flow.chooseAndImport(QStringLiteral("hospital-stays"));
        REQUIRE(report.has_value());
        CHECK(report->cancelled);
        REQUIRE(prompts->shownImport.has_value());
        CHECK(sdk::importSummary(path, *prompts->shownImport).contains(QStringLiteral("nothing was written")));
        CHECK(ltctest::dumpAll(demo.store.db()) == before);
    }
    SECTION("a good file: its rows and encoding")
    {
        const ImportReport report = flow.importPath(QStringLiteral("hospital-stays"), path);
        CHECK(report.ok());
        CHECK(report.rows == 50);
        CHECK(sdk::importSummary(path, report) == QStringLiteral("50 row(s) imported from stays.csv (encoding UTF-8)."));
    }
    SECTION("a bad file: every error line, in the dialog's copyable text")
    {
        const QString bad = writeFile(demo.store, QStringLiteral("bad.csv"),
                                      "person_no,admitted_on,discharged_on\nNOBODY,2020-01-01,\n" + person.toUtf8()
                                          + ",2020-13-01,\n");
        const ImportReport report = flow.importPath(QStringLiteral("hospital-stays"), bad);
        CHECK_FALSE(report.ok());
        CHECK(ltctest::dumpAll(demo.store.db()) == before);
        sdk::ImportResultDialog dialog(bad, report);
        auto *errors = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importErrors"));
        REQUIRE(errors);
        CHECK(errors->isReadOnly());
        const QStringList lines = errors->toPlainText().split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(0).startsWith(QStringLiteral("bad.csv:2: person_no: ")));
        CHECK(lines.at(1).startsWith(QStringLiteral("bad.csv:3: admitted_on: ")));
        CHECK(dialog.findChild<QPushButton *>(QStringLiteral("copyErrors")) != nullptr);
    }
}

TEST_CASE("File › Import holds the permitted modules' import actions", "[gui][settlements][import]")
{
    SettlementsDemo demo;
    auto importTexts = [&](const QString &user) {
        ShellContext context(*demo.store.store, demo.demoUser(user));
        ModuleRegistry modules(demo.store->registry());
        modules.initialize(context);
        MainWindow window(context, modules);
        QStringList texts;
        if (auto *menu = window.findChild<QMenu *>(QStringLiteral("importMenu"))) {
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    texts << action->objectName();
            }
        }
        return texts;
    };
    CHECK(importTexts(QStringLiteral("first_reviewer"))
          == QStringList{QStringLiteral("import-hospital-stays"), QStringLiteral("import-claims")});
    // Settlements' three, then (one group per module, in navigation order) the test module's.
    CHECK(importTexts(QStringLiteral("admin"))
          == QStringList{QStringLiteral("import-beneficiaries"), QStringLiteral("import-hospital-stays"),
                         QStringLiteral("import-claims"), QStringLiteral("import-inspections")});
    CHECK(importTexts(QStringLiteral("payer")).isEmpty());
}

TEST_CASE("the settlement statement names the person, masks the ID and says why in words", "[gui][settlements]")
{
    SettlementsDemo demo;
    demo.audit();
    PageSession session(demo, demo.demoUser(QStringLiteral("first_reviewer")));
    session.page.setInstitution(QString());
    session.page.linesModel()->sort(int(LineColumn::Deducted), Qt::DescendingOrder);
    session.page.selectLine(0);
    const LineRow line = *session.page.currentLine();
    REQUIRE(line.result->deducted > 0);
    REQUIRE(session.page.printStatement());
    const QString html = session.prompts->previewHtml;
    const QString id =
        demo.store.scalar(QStringLiteral("SELECT id_number FROM persons WHERE person_no = ?"), {line.line.personNo}).toString();
    CHECK(html.contains(line.personName));
    CHECK(html.contains(maskCitizenId(id)));
    CHECK_FALSE(html.contains(id));
    CHECK(html.contains(kPeriod));
    CHECK(html.contains(reasonTitle(line.result->reasons.first()).toHtmlEscaped()));
    CHECK(html.contains(formatYuan(line.result->fund, true)));
    CHECK(html.contains(QStringLiteral("signature")));

    SECTION("and the month report previews the institutions' totals")
    {
        REQUIRE(session.page.printMonthReport());
        CHECK(session.prompts->previewHtml.contains(QStringLiteral("Totals by institution")));
    }
}

TEST_CASE("what-if runs a draft policy over the month and writes nothing", "[gui][settlements]")
{
    SettlementsDemo demo;
    demo.audit();
    QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
    policy.insert(QStringLiteral("name"), QStringLiteral("温州 2027 草案"));
    policy.insert(QStringLiteral("fund_ratio_permille"), 900);
    PageSession session(demo, demo.demoUser(QStringLiteral("first_reviewer")));
    session.prompts->openAnswer =
        writeFile(demo.store, QStringLiteral("draft.json"), QJsonDocument(policy).toJson());
    const QStringList before = ltctest::dumpAll(demo.store.db());

    REQUIRE(session.page.whatIf());
    REQUIRE(session.prompts->shownComparison.has_value());
    const PolicyComparison &comparison = *session.prompts->shownComparison;
    CHECK(session.prompts->shownDraftName == QStringLiteral("温州 2027 草案"));
    CHECK(comparison.draft.totals.allowed == comparison.inForce.totals.allowed);
    CHECK(comparison.draft.totals.fund > comparison.inForce.totals.fund);
    CHECK(ltctest::dumpAll(demo.store.db()) == before);

    SECTION("a draft that is not a policy is refused with its problems")
    {
        session.prompts->openAnswer = writeFile(demo.store, QStringLiteral("bad.json"), "{\"region\": \"33\"}");
        CHECK_FALSE(session.page.whatIf());
        REQUIRE(session.prompts->errors.size() == 1);
        CHECK(session.prompts->errors.first().contains(QStringLiteral("region")));
    }
}

TEST_CASE("the review sample: reproducible from its seed, shown as a filter", "[gui][settlements]")
{
    SettlementsDemo demo;
    demo.audit();
    QSqlDatabase db = demo.store.db();
    SampleCriteria random;
    random.percent = 20;
    random.seed = 4242;
    const QList<LineKey> once = selectSample(db, kPeriod, random);
    CHECK(once == selectSample(db, kPeriod, random));
    const qint64 lines = demo.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = ?"), {kPeriod});
    CHECK(once.size() == sampleSize(lines, 20));
    random.seed = 4243;
    CHECK_FALSE(once == selectSample(db, kPeriod, random));

    SampleCriteria above;
    above.method = SampleMethod::AboveAmount;
    above.threshold = 250000;
    CHECK(selectSample(db, kPeriod, above).size()
          == demo.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = ? AND amount_fen > 250000"),
                         {kPeriod}));
    SampleCriteria average;
    average.method = SampleMethod::AboveLevelAverage;
    const QList<LineKey> aboveAverage = selectSample(db, kPeriod, average);
    CHECK_FALSE(aboveAverage.isEmpty());
    CHECK(aboveAverage.size() < lines);

    PageSession session(demo, demo.demoUser(QStringLiteral("first_reviewer")));
    session.page.setInstitution(QString());  // the whole month
    random.seed = 4242;
    session.prompts->sample = random;
    REQUIRE(session.page.chooseSample());
    CHECK(session.page.linesModel()->filter().sampleOnly);
    CHECK(countOf(*session.page.linesModel()) == once.size());
    CHECK(session.page.sampleDescription().contains(QStringLiteral("4242")));
}

TEST_CASE("the page remembers column widths and order, and the month", "[gui][settlements]")
{
    SettlementsDemo demo;
    const UserIdentity reviewer = demo.demoUser(QStringLiteral("first_reviewer"));
    {
        PageSession session(demo, reviewer);
        auto *lines = session.page.findChild<QTableView *>(QStringLiteral("lines"));
        REQUIRE(lines);
        lines->setColumnWidth(int(LineColumn::PersonName), 133);
        lines->horizontalHeader()->moveSection(int(LineColumn::Claimed), 0);
    }
    PageSession again(demo, reviewer);
    auto *lines = again.page.findChild<QTableView *>(QStringLiteral("lines"));
    CHECK(lines->columnWidth(int(LineColumn::PersonName)) == 133);
    CHECK(lines->horizontalHeader()->logicalIndex(0) == int(LineColumn::Claimed));
    CHECK(QSettings().value(QStringLiteral("settlements/lastPeriod")).toString() == kPeriod);
}

// Not a test: renders the module's dialogs in Chinese with the desktop's appearance, for
// scripts/screenshot.sh --settlements (LTC_SCREENSHOT_DIR names the folder). Hidden from the
// normal run: it installs the Chinese catalogue for the whole process.
TEST_CASE("settlements dialogs, for screenshots", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("LTC_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    installTranslations(*qApp, QStringLiteral("zh_CN"));
    applyAppearance(*qApp);
    SettlementsDemo demo;
    demo.audit();
    auto shoot = [&](QWidget &widget, const QString &name) {
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
        QTest::qWait(300);
        CHECK(widget.grab().save(folder + QStringLiteral("/settlements-") + name + QStringLiteral(".png")));
        widget.close();
    };
    QSqlDatabase db = demo.store.db();
    // A re-run after new hospital stays: a few lines change.
    QByteArray stays = "person_no,admitted_on,discharged_on\n";
    QSqlQuery people = querySql(db, QStringLiteral("SELECT DISTINCT person_no FROM settlement_results WHERE reasons = '' "
                                                   "ORDER BY person_no LIMIT 6"));
    while (people.next())
        stays += people.value(0).toString().toUtf8() + ",2026-10-12,2026-10-20\n";
    const UserIdentity admin = ltctest::admin();
    REQUIRE(demo.store->importer()
                .importFile(admin, QStringLiteral("hospital-stays"), demo.store.file(QStringLiteral("s.csv"), stays))
                .ok());
    AuditSummary preview{*previewAudit(db, kPeriod), frozenInstitutions(db, kPeriod), institutionNames(db)};
    AuditChangesDialog changes(preview);
    shoot(changes, QStringLiteral("audit-changes"));

    LineFilter filter;
    filter.period = kPeriod;
    filter.reason = QStringLiteral("R06");
    const LineRow deducted = fetchLines(db, filter, {}, 1, 0).first();
    ReviewLineDialog review(deducted, QStringLiteral("家庭照护"));
    shoot(review, QStringLiteral("review-line"));

    const BatchRow batch = batchesOf(db, kPeriod).first();
    SecondReviewDialog second(batch);
    shoot(second, QStringLiteral("second-review"));
    SampleDialog sample(batch.totals.code, batch.totals.name);
    shoot(sample, QStringLiteral("sample"));

    QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.insert(QStringLiteral("name"), QStringLiteral("温州市长期护理保险 2027 草案"));
    json.insert(QStringLiteral("fund_ratio_permille"), 850);
    QStringList problems;
    const std::optional<PolicyComparison> comparison = compareWithDraft(db, kPeriod, *Policy::fromJson(json, &problems));
    WhatIfDialog whatIf(*comparison, json.value(QStringLiteral("name")).toString(), institutionNames(db));
    shoot(whatIf, QStringLiteral("what-if"));

    const QString bad = demo.store.file(QStringLiteral("claims-2026-11.csv"),
                                        "claim_no,institution_code,period,line_no,person_no,service_form,service_from,"
                                        "service_to,days,amount\nC9,I330302001,2026-11,1,P999,HOME_VISIT,2026-11-01,"
                                        "2026-11-30,30,1,200.00\nC9,I330302001,2026-11,2,P03020000019,HOME_VISIT,"
                                        "2026-11-01,2026-11-30,0,1200.005\n");
    sdk::ImportResultDialog result(bad, demo.store->importer().importFile(admin, QStringLiteral("claims"), bad));
    shoot(result, QStringLiteral("import-errors"));

    // The statement of a line the first review lowered: it pays the reviewed amount.
    const CommandOutcome lowered = demo.store->commands().execute(
        demo.demoUser(QStringLiteral("first_reviewer")), QStringLiteral("claim.review_line"),
        {{QStringLiteral("claim_no"), deducted.line.claimNo},
         {QStringLiteral("line_no"), deducted.line.lineNo},
         {QStringLiteral("decision"), QStringLiteral("override")},
         {QStringLiteral("allowed"), formatYuan(deducted.result->allowed - 5000)},
         {QStringLiteral("reason"), QStringLiteral("护理记录缺少2天签字")}});
    INFO(ltctest::str(lowered.ok() ? QString() : lowered.error->message));
    REQUIRE(lowered.ok());
    const std::optional<StatementData> statement =
        statementData(db, kPeriod, deducted.line.personNo, deducted.line.institutionCode);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog printPreview(&printer);
    const QString html = statementHtml(*statement);
    QObject::connect(&printPreview, &QPrintPreviewDialog::paintRequested, &printPreview,
                     [&html](QPrinter *device) { printHtml(html, *device); });
    printPreview.resize(900, 860);
    shoot(printPreview, QStringLiteral("statement"));

    // The question before a re-run of a month with first-review decisions, in the page's words
    // and the real box (declined: nothing runs).
    {
        PageSession session(demo, demo.demoUser(QStringLiteral("first_reviewer")));
        session.prompts->confirmAnswer = false;
        REQUIRE_FALSE(session.page.runAudit());
        REQUIRE(session.prompts->confirmations.size() == 1);
        bool shot = false;
        QTimer::singleShot(400, qApp, [&] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                shot = box->grab().save(folder + QStringLiteral("/settlements-rerun-question.png"));
                box->close();
            }
        });
        CHECK_FALSE(sdk::dialogs::confirm(nullptr, SettlementsPage::tr("Run audit"),
                                          session.prompts->confirmations.constFirst()));
        CHECK(shot);
    }

    // File › Import as a first reviewer sees it.
    ShellContext context(*demo.store.store, demo.demoUser(QStringLiteral("first_reviewer")));
    ModuleRegistry modules(demo.store->registry());
    modules.initialize(context);
    MainWindow window(context, modules);
    auto *imports = window.findChild<QMenu *>(QStringLiteral("importMenu"));
    REQUIRE(imports);
    imports->popup(QPoint(40, 40));
    REQUIRE(QTest::qWaitForWindowExposed(imports));
    QTest::qWait(200);
    CHECK(imports->grab().save(folder + QStringLiteral("/settlements-import-menu.png")));
    imports->hide();
}
