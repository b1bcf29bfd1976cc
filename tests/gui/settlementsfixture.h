#pragma once
// What the settlements module's screen tests share (test_settlements_ui.cpp, the page, the lazy
// list, the audit and the review steps; test_settlements_output_ui.cpp, imports, the statement,
// what-if, the review sample, column state and the screenshots): a small demo district, a page per
// signed-in user, and a scripted Prompts, so no modal dialog blocks a test.
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

namespace settlementstest {

using namespace ltc;
using namespace ltc::settlement;
using namespace ltc::settlement::ui;
using ltctest::str;

// The number of matching lines, once the model's background count is in.
inline qint64 countOf(ClaimLinesModel &model)
{
    model.waitForCount();
    return model.totalCount();
}

inline const QString kPeriod = QStringLiteral("2026-10");  // the demo's last month

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
inline QString busiestInstitution(SettlementsDemo &demo)
{
    return demo.store
        .scalar(QStringLiteral("SELECT institution_code FROM settlement_results WHERE period = ? GROUP BY "
                               "institution_code HAVING SUM(CASE WHEN reasons = '' THEN 1 ELSE 0 END) > 0 ORDER BY "
                               "SUM(CASE WHEN reasons <> '' THEN 1 ELSE 0 END) DESC, institution_code LIMIT 1"),
                {kPeriod})
        .toString();
}

// First review of a whole batch through the page: clean lines, then each remaining line.
inline void firstReviewThroughPage(PageSession &session, const QString &institution)
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

inline QString writeFile(ltctest::TempStore &store, const QString &name, const QByteArray &bytes)
{
    return store.file(name, bytes);
}

} // namespace settlementstest
