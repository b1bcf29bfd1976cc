// The settlements module's screens over a small demo store: months, batches and the lazy
// claim-line list (SQL pages, filters, sorting), the audit with its confirmation, the review
// steps with roles and the four-eyes rule. (Imports, the statement, what-if, the sample, column
// state: test_settlements_output_ui.cpp.)
#include "settlementsfixture.h"

using namespace settlementstest;

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
