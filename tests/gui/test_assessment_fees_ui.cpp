// The assessment agencies' fee months on the settlements page (feesdialog.h) over a small demo
// store: the demo's delivered conclusion gives its agency's month with one line; a first reviewer
// adjusts the line (amount and reason), completes the first review and sees no second-review step;
// a second reviewer then approves it and a payer marks it paid, each step a button enabled by the
// roles and the month's state. Dialogs are answered by a script.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"
#include "demodata.h"
#include "readonlyconnections.h"
#include "sdk/scriptedanswers.h"
#include "settlements/ui/feesdialog.h"
#include "settlements/ui/prompts.h"
#include "settlements/ui/settlementspage.h"
#include "shellcontext.h"

#include <QDateTime>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

using namespace ltc;
using namespace ltc::settlement;
using namespace ltc::settlement::ui;
using ltctest::str;

namespace {

struct FeePrompts : sdk::ScriptedAnswers<Prompts> {
    QStringList answers;  // reason() answers, in order
    std::optional<SecondReviewDecision> secondDecision = SecondReviewDecision{};
    std::optional<QString> reason(QWidget *, const QString &, const QString &) override
    {
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    }
    void showAudit(QWidget *, const AuditSummary &) override {}
    std::optional<LineDecision> reviewLine(QWidget *, const LineRow &, const QString &) override { return std::nullopt; }
    std::optional<SecondReviewDecision> secondReview(QWidget *, const BatchRow &) override { return secondDecision; }
    std::optional<SampleCriteria> sampleCriteria(QWidget *, const QString &, const QString &) override { return std::nullopt; }
    void showWhatIf(QWidget *, const PolicyComparison &, const QString &, const QHash<QString, QString> &) override {}
    void printPreview(QWidget *, const QString &, const QString &, bool) override {}
};

struct Session {
    ShellContext context;
    std::shared_ptr<FeePrompts> prompts = std::make_shared<FeePrompts>();
    SettlementsPage page;
    Session(LocalStore &store, const UserIdentity &user) : context(store, user), page(context, prompts) {}
};

UserIdentity demoUser(LocalStore &store, const QString &name)
{
    const std::optional<UserIdentity> user = store.users().verify(name, demoPassword());
    REQUIRE(user.has_value());
    return *user;
}

} // namespace

TEST_CASE("settlements page: an agency's assessment fee month through both reviews and the payment", "[gui][fees]")
{
    QSettings().remove(QStringLiteral("settlements"));
    ltctest::TempStore store;
    DemoOptions options;
    options.persons = 300;
    options.months = 1;
    QString error;
    INFO(str(error));
    REQUIRE(buildDemo(*store.store, options, &error));
    const QString period = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date().toString(QStringLiteral("yyyy-MM"));

    Session first(*store.store, demoUser(*store.store, QStringLiteral("first_reviewer")));
    AssessmentFeesDialog *dialog = first.page.openAssessmentFees();
    REQUIRE(dialog);
    dialog->setPeriod(period);
    REQUIRE(dialog->monthsTable()->rowCount() == 1);
    REQUIRE(dialog->linesTable()->rowCount() == 1);
    REQUIRE(dialog->currentMonth());
    CHECK(dialog->currentMonth()->fee == 20000);
    CHECK_FALSE(dialog->stepButton(BatchStep::SecondReview)->isVisible());  // not a second reviewer
    CHECK_FALSE(dialog->stepButton(BatchStep::CompleteFirstReview)->isEnabled());  // a line is open
    dialog->selectLine(0);
    first.prompts->answers = {QStringLiteral("180"), QStringLiteral("评估报告缺少专家签字")};
    REQUIRE(dialog->overrideLine());
    CHECK(store.scalar(QStringLiteral("SELECT allowed_fen FROM assessment_fee_lines")).toLongLong() == 18000);
    CHECK(dialog->linesTable()->item(0, 7)->text() == QStringLiteral("评估报告缺少专家签字"));
    REQUIRE(dialog->stepButton(BatchStep::CompleteFirstReview)->isEnabled());
    REQUIRE(dialog->completeFirstReview());
    CHECK(dialog->currentMonth()->status == QStringLiteral("first_reviewed"));
    CHECK_FALSE(dialog->stepButton(BatchStep::ReviewLine)->isEnabled());  // frozen
    CHECK(first.prompts->errors.isEmpty());
    // For the README's screenshots: the dialog after the first review (LTC_SCREENSHOT_DIR).
    if (const QString folder = qEnvironmentVariable("LTC_SCREENSHOT_DIR"); !folder.isEmpty())
        CHECK(dialog->grab().save(folder + QStringLiteral("/assessment-fees.png")));

    Session second(*store.store, demoUser(*store.store, QStringLiteral("second_reviewer")));
    AssessmentFeesDialog *secondDialog = second.page.openAssessmentFees();
    secondDialog->setPeriod(period);
    REQUIRE(secondDialog->stepButton(BatchStep::SecondReview)->isEnabled());
    REQUIRE(secondDialog->secondReview());
    CHECK(secondDialog->currentMonth()->status == QStringLiteral("second_reviewed"));

    Session payer(*store.store, demoUser(*store.store, QStringLiteral("payer")));
    AssessmentFeesDialog *payerDialog = payer.page.openAssessmentFees();
    payerDialog->setPeriod(period);
    REQUIRE(payerDialog->stepButton(BatchStep::MarkPaid)->isEnabled());
    REQUIRE(payerDialog->markPaid());
    CHECK(store.scalar(QStringLiteral("SELECT paid_fen FROM assessment_fee_batches")).toLongLong() == 18000);
    // The care months of the same store know nothing of it.
    CHECK(store.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_batches WHERE institution_code IN (SELECT "
                                      "institution_code FROM assessment_fee_lines)")).toLongLong() == 0);
    QSettings().remove(QStringLiteral("settlements"));
}
