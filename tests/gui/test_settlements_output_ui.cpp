// The settlements module's screens that bring files in and put paper out, over a small demo
// store: imports from the File menu with cancel, the person's settlement statement, what-if, the
// review sample, remembered column state, and the dialogs rendered for screenshots. (The page,
// the list, the audit and the review steps: test_settlements_ui.cpp.)
#include "settlementsfixture.h"

using namespace settlementstest;

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
