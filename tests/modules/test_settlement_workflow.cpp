// The settlements module over a real store: claims import, stored audit runs and their diff,
// the two-level review with the four-eyes rule, frozen results, and the exports.
#include <catch2/catch.hpp>

#include "database/records/corereads.h"

#include "database/dbtestsupport.h"
#include "settlements/domain/auditrun.h"
#include "settlements/domain/batchsteps.h"
#include "settlements/domain/reviewcommands.h"
#include "settlements/domain/settlementexport.h"
#include "settlements/domain/settlementviews.h"
#include "sql.h"

#include <QFile>
#include <QJsonDocument>

using namespace ltc;
using namespace ltc::settlement;
using ltctest::str;

namespace {

const QString kDistrict = QStringLiteral("330302");

// Two persons of Wenzhou's 鹿城区 with severe conclusions, one care institution, the Wenzhou
// policy, and two claim lines for March 2024.
struct SettlementFixture {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity first = ltctest::user(QStringLiteral("chen"), {QStringLiteral("first_reviewer")}, kDistrict);
    UserIdentity second = ltctest::user(QStringLiteral("wang"), {QStringLiteral("second_reviewer")}, kDistrict);
    UserIdentity both = ltctest::user(QStringLiteral("li"), {QStringLiteral("first_reviewer"), QStringLiteral("second_reviewer")}, kDistrict);
    UserIdentity payer = ltctest::user(QStringLiteral("zhao"), {QStringLiteral("payer")}, kDistrict);

    SettlementFixture()
    {
        importText(QStringLiteral("persons"),
                   "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n"
                   "W1," + ltctest::citizenId(kDistrict, QDate(1940, 5, 6), 11).toUtf8() + ",张三,M,1940-05-06,EMPLOYEE,2010-01-01,330302\n"
                   "W2," + ltctest::citizenId(kDistrict, QDate(1938, 2, 3), 22).toUtf8() + ",李四,F,1938-02-03,EMPLOYEE,2010-01-01,330302\n");
        importText(QStringLiteral("institutions"),
                   "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                   "WZ,鹿城护理院,CARE,2,HOME_VISIT|INST,2023-01-01,2025-12-31,330302\n");
        importText(QStringLiteral("beneficiaries"),
                   "person_no,level,concluded_on,valid_until,service_form,institution_code\n"
                   "W1,5,2024-01-10,2026-01-09,HOME_VISIT,\n"
                   "W2,3,2024-01-10,2026-01-09,INST,WZ\n");
        importText(QStringLiteral("claims"),
                   "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                   "C1,WZ,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-31,31,2500\n"
                   "C1,WZ,2024-03,2,W2,INST,2024-03-01,2024-03-31,31,2000.00\n");
        QFile policy(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(policy.open(QIODevice::ReadOnly));
        REQUIRE(store->commands().execute(admin, QStringLiteral("policy.load"),
                                          QJsonDocument::fromJson(policy.readAll()).object()).ok());
    }

    void importText(const QString &kind, const QByteArray &csv)
    {
        const ImportReport report = store->importer().importFile(admin, kind, store.file(kind + QStringLiteral(".csv"), csv));
        INFO(str(report.failure) << str(report.issues.formatErrors(kind)));
        REQUIRE(report.ok());
    }

    // What the audit finds (against the results stored before), and with keep, the command that
    // stores it.
    AuditRun audit(bool keep = true)
    {
        QSqlDatabase db = store.db();
        QString error;
        std::optional<AuditRun> run = previewAudit(db, QStringLiteral("2024-03"), &error);
        INFO(str(error));
        REQUIRE(run.has_value());
        if (keep) {
            const CommandOutcome stored = store->commands().execute(first, QStringLiteral("settlement.run_audit"),
                                                                    {{QStringLiteral("period"), QStringLiteral("2024-03")}});
            INFO(str(stored.ok() ? QString() : stored.error->message));
            REQUIRE(stored.ok());
        }
        return *run;
    }

    CommandOutcome run(const UserIdentity &user, const QString &name, QJsonObject args)
    {
        if (!args.contains(QStringLiteral("claim_no"))) {
            args.insert(QStringLiteral("period"), QStringLiteral("2024-03"));
            args.insert(QStringLiteral("institution_code"), QStringLiteral("WZ"));
        }
        return store->commands().execute(user, name, args);
    }

    QString batchStatus()
    {
        return store.scalar(QStringLiteral("SELECT status FROM settlement_batches WHERE period = '2024-03'")).toString();
    }
};

} // namespace

TEST_CASE("the audit of stored claims gives the CONTRACT figures and keeps them", "[settlement][store]")
{
    SettlementFixture f;
    const AuditRun run = f.audit();
    REQUIRE(run.results.size() == 2);
    // W1: level 5 home visit, 2500.00 within the 2980.00 cap; 80% fund, 5% deposit of the fund.
    CHECK(run.results.at(0).allowed == 250000);
    CHECK(run.results.at(0).fund == 200000);
    CHECK(run.results.at(0).deposit == 10000);
    // W2: level 3 residential, 2000.00 above the 1788.00 cap.
    CHECK(run.results.at(1).allowed == 178800);
    CHECK(run.results.at(1).reasons == QStringList{QStringLiteral("R06")});
    CHECK(run.totals.allowed == 428800);
    CHECK_FALSE(run.hadPreviousRun);
    QSqlDatabase db = f.store.db();
    CHECK(storedResults(db, QStringLiteral("2024-03")).size() == 2);
    CHECK(f.store.count(QStringLiteral("settlement_runs")) == 1);
}

TEST_CASE("re-running a month after data changed shows which lines changed and why", "[settlement][store]")
{
    SettlementFixture f;
    f.audit();
    f.importText(QStringLiteral("hospital-stays"), "person_no,admitted_on,discharged_on\nW1,2024-03-10,2024-03-20\n");
    const AuditRun dry = f.audit(false);
    REQUIRE(dry.changes.size() == 1);
    CHECK(dry.changes.first().claimNo == QStringLiteral("C1"));
    CHECK(dry.changes.first().lineNo == 1);
    CHECK(dry.changes.first().after.contains(QStringLiteral("R04")));
    QSqlDatabase db = f.store.db();
    CHECK(storedResults(db, QStringLiteral("2024-03")).first().reasons.isEmpty());  // a dry run stores nothing
    f.audit();
    CHECK(storedResults(db, QStringLiteral("2024-03")).first().reasons == QStringList{QStringLiteral("R04")});
}

TEST_CASE("the re-run's comparison pairs every line: new, removed, in any claim number order",
          "[settlement][store]")
{
    SettlementFixture f;
    // Claim numbers beyond the BMP sort differently in SQLite (UTF-8 bytes) and in the rules
    // (UTF-16 units): "C😀" comes before "C！" for the rules, after it for SQLite.
    f.importText(QStringLiteral("claims"),
                 "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                 "C\xF0\x9F\x98\x80,WZ,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-01,1,10\n"
                 "C\xEF\xBC\x81,WZ,2024-03,1,W1,HOME_VISIT,2024-03-02,2024-03-02,1,10\n");
    const AuditRun first = f.audit();
    // The month's first run: four new lines, counted (a first run keeps no change per line).
    CHECK(first.newLines == 4);
    CHECK(first.changes.isEmpty());
    CHECK_FALSE(first.hadPreviousRun);
    const AuditRun again = f.audit(false);
    CHECK(again.hadPreviousRun);
    CHECK(again.changes.isEmpty());
    CHECK(again.previousTotals.lines == 4);
    CHECK(again.previousTotals.allowed == again.totals.allowed);

    // A line no longer declared shows as removed; its result goes with the next stored run.
    QSqlDatabase db = f.store.db();
    REQUIRE(execSql(db, QStringLiteral("DELETE FROM claim_lines WHERE claim_no = 'C1' AND line_no = 2")));
    const AuditRun removed = f.audit();
    REQUIRE(removed.changes.size() == 1);
    CHECK(removed.changes.first().lineNo == 2);
    CHECK(removed.changes.first().after.isEmpty());
    CHECK_FALSE(removed.changes.first().now.has_value());
    CHECK(f.store.count(QStringLiteral("settlement_results")) == 3);

    // A line declared after the first run is new on the re-run: counted, and listed.
    f.importText(QStringLiteral("claims"),
                 "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                 "C9,WZ,2024-03,1,W2,INST,2024-03-01,2024-03-01,1,10\n");
    const AuditRun added = f.audit(false);
    CHECK(added.hadPreviousRun);
    CHECK(added.newLines == 1);
    REQUIRE(added.changes.size() == 1);
    CHECK(added.changes.first().claimNo == QStringLiteral("C9"));
    CHECK(added.changes.first().before.isEmpty());
}

TEST_CASE("a month's first run builds the results' indexes after its rows, as they were declared", "[settlement][store]")
{
    SettlementFixture f;
    QSqlDatabase db = f.store.db();
    const auto indexes = [&db] {
        QStringList all;
        QSqlQuery query = querySql(db, QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' "
                                                      "AND tbl_name = 'settlement_results' AND sql IS NOT NULL ORDER BY name"));
        while (query.next())
            all << query.value(0).toString();
        return all;
    };
    const QStringList declared = indexes();
    REQUIRE(declared.size() == 6);  // in order, per figure and by reasons (migrations 9, 11)
    f.audit();  // into an empty table: the indexes are dropped and built again after the rows
    CHECK(indexes() == declared);
    CHECK(f.store.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    // The build's settings are the store's again: its page cache, no sort helper; temporary
    // files stay files (1), which the sort helpers need.
    CHECK(f.store.scalar(QStringLiteral("PRAGMA cache_size")).toInt() == -65536);
    CHECK(f.store.scalar(QStringLiteral("PRAGMA threads")).toInt() == 0);
    CHECK(f.store.scalar(QStringLiteral("PRAGMA temp_store")).toInt() == 1);
    // The rebuilt indexes hold the rows: a question answered from one of them finds both lines.
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_results INDEXED BY settlement_results_by_allowed_fen "
                                        "WHERE period = '2024-03' AND allowed_fen >= 0")).toInt() == 2);
    // A re-run writes what changed into the indexes as they are (none is dropped for two rows).
    f.importText(QStringLiteral("hospital-stays"), "person_no,admitted_on,discharged_on\nW1,2024-03-10,2024-03-20\n");
    f.audit();
    CHECK(indexes() == declared);
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_results INDEXED BY settlement_results_by_reasons "
                                        "WHERE period = '2024-03' AND reasons LIKE '%R04%'")).toInt() == 1);
}

TEST_CASE("a claims import into a smaller table builds the lines' indexes after its rows, as declared", "[settlement][store]")
{
    ltctest::TempStore fresh;  // the claim lines' indexes as the migrations declare them
    SettlementFixture f;       // its claims went into an empty table: indexes built after the rows
    const auto indexes = [](QSqlDatabase db) {
        QStringList all;
        QSqlQuery query = querySql(db, QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' "
                                                      "AND tbl_name = 'claim_lines' AND sql IS NOT NULL ORDER BY name"));
        while (query.next())
            all << query.value(0).toString();
        return all;
    };
    const QStringList declared = indexes(fresh.db());
    REQUIRE(declared.size() >= 4);  // by period, by claim, by days, by amount
    CHECK(indexes(f.store.db()) == declared);
    CHECK(f.store.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines INDEXED BY claim_lines_by_period WHERE period = "
                                        "'2024-03' AND person_no >= ''")).toInt() == 2);
    // A file of fewer rows than the table holds writes into the indexes as they are.
    f.importText(QStringLiteral("claims"),
                 "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                 "C9,WZ,2024-03,1,W2,INST,2024-03-01,2024-03-01,1,10\n");
    CHECK(indexes(f.store.db()) == declared);
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines INDEXED BY claim_lines_by_claim WHERE period = "
                                        "'2024-03' AND institution_code = 'WZ'")).toInt() == 3);
}

TEST_CASE("two-level review: first review, four-eyes second review, payment", "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    // Not every line reviewed yet: the first review cannot be completed.
    CHECK(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    CommandOutcome early = f.run(f.first, QStringLiteral("claim.first_review"), {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error->code == QStringLiteral("state"));

    // An override needs a reason and an amount within the claim.
    CommandOutcome noReason = f.run(f.first, QStringLiteral("claim.review_line"),
                                    {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                                     {QStringLiteral("decision"), QStringLiteral("override")},
                                     {QStringLiteral("allowed"), QStringLiteral("1700")}});
    CHECK(noReason.error->code == QStringLiteral("invalid"));
    CommandOutcome tooMuch = f.run(f.first, QStringLiteral("claim.review_line"),
                                   {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                                    {QStringLiteral("decision"), QStringLiteral("override")},
                                    {QStringLiteral("allowed"), QStringLiteral("2000.01")},
                                    {QStringLiteral("reason"), QStringLiteral("核实")}});
    CHECK(tooMuch.error->code == QStringLiteral("invalid"));
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"),
                  {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                   {QStringLiteral("decision"), QStringLiteral("override")}, {QStringLiteral("allowed"), QStringLiteral("1700")},
                   {QStringLiteral("reason"), QStringLiteral("护理记录缺3天")}})
                .ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
    CHECK(f.batchStatus() == batch::FirstReviewed);

    // The payer cannot pay before the second review; a second reviewer role is needed.
    CHECK(f.run(f.payer, QStringLiteral("claim.mark_paid"), {}).error->code == QStringLiteral("state"));
    CHECK(f.run(f.first, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}})
              .error->code == QStringLiteral("forbidden"));
    REQUIRE(f.run(f.second, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}}).ok());
    CHECK(f.batchStatus() == batch::SecondReviewed);
    REQUIRE(f.run(f.payer, QStringLiteral("claim.mark_paid"), {}).ok());
    CHECK(f.batchStatus() == batch::Paid);
    CHECK(f.store.scalar(QStringLiteral("SELECT paid_by FROM settlement_batches")).toString() == QStringLiteral("zhao"));
}

TEST_CASE("the same person may not do both reviews, even holding both roles", "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    REQUIRE(f.run(f.both, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.both, QStringLiteral("claim.review_line"),
                  {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                   {QStringLiteral("decision"), QStringLiteral("accept")}})
                .ok());
    REQUIRE(f.run(f.both, QStringLiteral("claim.first_review"), {}).ok());
    const int outboxBefore = f.store.count(QStringLiteral("outbox"));
    const CommandOutcome refused =
        f.run(f.both, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error->code == QStringLiteral("forbidden"));
    CHECK(f.batchStatus() == batch::FirstReviewed);
    CHECK(f.store.count(QStringLiteral("outbox")) == outboxBefore);
}

namespace {

QJsonObject lineDecision(int lineNo, const QString &decision)
{
    QJsonObject args{{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), lineNo},
                     {QStringLiteral("decision"), decision}};
    if (decision == QStringLiteral("override")) {
        args.insert(QStringLiteral("allowed"), QStringLiteral("1700"));
        args.insert(QStringLiteral("reason"), QStringLiteral("护理记录缺3天"));
    }
    return args;
}

// What the review page says about the second-review step for this user.
StepCheck secondReviewStep(SettlementFixture &f, const UserIdentity &user)
{
    QSqlDatabase db = f.store.db();
    const QList<BatchRow> batches = batchesOf(db, QStringLiteral("2024-03"));
    REQUIRE(batches.size() == 1);
    return checkStep(BatchStep::SecondReview, batches.first(), user, f.store->registry());
}

} // namespace

TEST_CASE("four-eyes: whoever decided one line of the first review may not do the second review",
          "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    // li overrides one line and leaves; chen decides the rest and completes the first review.
    REQUIRE(f.run(f.both, QStringLiteral("claim.review_line"), lineDecision(2, QStringLiteral("override"))).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
    CHECK(f.store.scalar(QStringLiteral("SELECT first_reviewer FROM settlement_batches")).toString() == QStringLiteral("chen"));

    const StepCheck closed = secondReviewStep(f, f.both);
    CHECK_FALSE(closed.allowed);
    CHECK(closed.why.contains(QStringLiteral("took part in the first review")));
    const int outboxBefore = f.store.count(QStringLiteral("outbox"));
    const CommandOutcome refused =
        f.run(f.both, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error->code == QStringLiteral("forbidden"));
    CHECK(refused.error->message.contains(QStringLiteral("took part in the first review")));
    CHECK(f.batchStatus() == batch::FirstReviewed);
    CHECK(f.store.count(QStringLiteral("outbox")) == outboxBefore);

    // wang took no part: the step is open to him, and he may approve.
    CHECK(secondReviewStep(f, f.second).allowed);
    REQUIRE(f.run(f.second, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}}).ok());
    CHECK(f.batchStatus() == batch::SecondReviewed);
}

TEST_CASE("four-eyes: a decision another replaced and a return to the institution were part of the first review",
          "[settlement][review]")
{
    SettlementFixture f;
    const UserIdentity zhou = ltctest::user(QStringLiteral("zhou"), {QStringLiteral("first_reviewer"), QStringLiteral("second_reviewer")}, kDistrict);
    f.audit();
    // li returns the month to the institution; in the next round zhou accepts a line, chen
    // decides it again (line_reviews then names only chen) and completes the first review.
    REQUIRE(f.run(f.both, QStringLiteral("claim.return"), {{QStringLiteral("reason"), QStringLiteral("缺签字")}}).ok());
    REQUIRE(f.run(zhou, QStringLiteral("claim.review_line"), lineDecision(2, QStringLiteral("accept"))).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"), lineDecision(2, QStringLiteral("override"))).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM line_reviews WHERE reviewer <> 'chen'")).toInt() == 0);

    QSqlDatabase db = f.store.db();
    QStringList takers = firstReviewTakers(db, QStringLiteral("2024-03")).value(QStringLiteral("WZ"));
    takers.sort();
    CHECK(takers == QStringList{QStringLiteral("chen"), QStringLiteral("li"), QStringLiteral("zhou")});
    for (const UserIdentity &user : {f.both, zhou, f.first}) {
        INFO(user.username.toStdString());
        CHECK_FALSE(secondReviewStep(f, user).allowed);
        const CommandOutcome refused =
            f.run(user, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error->code == QStringLiteral("forbidden"));
    }
    CHECK(f.batchStatus() == batch::FirstReviewed);
    REQUIRE(f.run(f.second, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}}).ok());
}

TEST_CASE("migration 5 counts the reviewers stored before it as first-review takers", "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    REQUIRE(f.run(f.both, QStringLiteral("claim.review_line"), lineDecision(2, QStringLiteral("accept"))).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
    // As a store reviewed before version 5 left it: line reviewers and the batch's first reviewer.
    QSqlDatabase db = f.store.db();
    REQUIRE(execSql(db, QStringLiteral("DELETE FROM first_review_takers")));
    const QList<Migration> v5 = firstReviewTakersMigrations();
    REQUIRE(v5.size() == 1);
    for (const QString &statement : v5.first().statements.mid(1))  // the table exists already
        REQUIRE(execSql(db, statement));
    QStringList takers = firstReviewTakers(db, QStringLiteral("2024-03")).value(QStringLiteral("WZ"));
    takers.sort();
    CHECK(takers == QStringList{QStringLiteral("chen"), QStringLiteral("li")});
    CHECK(f.run(f.both, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}})
              .error->code == QStringLiteral("forbidden"));
}

TEST_CASE("a second reviewer may return the month with a reason, and it is reviewed again", "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"),
                  {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                   {QStringLiteral("decision"), QStringLiteral("accept")}})
                .ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
    CHECK(f.run(f.second, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("return")}})
              .error->code == QStringLiteral("invalid"));  // a return needs its reason
    REQUIRE(f.run(f.second, QStringLiteral("claim.second_review"),
                  {{QStringLiteral("decision"), QStringLiteral("return")}, {QStringLiteral("reason"), QStringLiteral("签字不全")}})
                .ok());
    CHECK(f.batchStatus() == batch::Returned);
    CHECK(f.store.scalar(QStringLiteral("SELECT returned_reason FROM settlement_batches")).toString()
          == QStringLiteral("签字不全"));
    CHECK(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
}

TEST_CASE("a stale base_version is refused and names who changed the batch", "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    REQUIRE(f.run(f.first, QStringLiteral("claim.return"), {{QStringLiteral("reason"), QStringLiteral("缺签字")}}).ok());
    const CommandOutcome stale = f.run(f.first, QStringLiteral("claim.accept_clean"), {{QStringLiteral("base_version"), 0}});
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error->code == QStringLiteral("conflict"));
    CHECK(stale.error->message.contains(QStringLiteral("chen")));
}

TEST_CASE("results past first review stay as reviewed when the month is audited again", "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"),
                  {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                   {QStringLiteral("decision"), QStringLiteral("accept")}})
                .ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
    f.importText(QStringLiteral("hospital-stays"), "person_no,admitted_on,discharged_on\nW1,2024-03-10,2024-03-20\n");
    f.audit();
    QSqlDatabase db = f.store.db();
    CHECK(storedResults(db, QStringLiteral("2024-03")).first().reasons.isEmpty());
    CHECK(frozenInstitutions(db, QStringLiteral("2024-03")) == QStringList{QStringLiteral("WZ")});
}

TEST_CASE("claims import refuses unknown persons and institutions, negative and over-precise amounts", "[settlement][import]")
{
    SettlementFixture f;
    const QString path = f.store.file(QStringLiteral("bad-claims.csv"),
        "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
        "C9,WZ,2024-03,1,NOBODY,HOME_VISIT,2024-03-01,2024-03-31,31,100\n"
        "C9,XX,2024-03,2,W1,HOME_VISIT,2024-03-01,2024-03-31,31,100\n"
        "C9,WZ,2024-03,3,W1,HOME_VISIT,2024-03-01,2024-03-31,31,-1\n"
        "C9,WZ,2024-03,4,W1,HOME_VISIT,2024-03-01,2024-03-31,31,1.005\n"
        "C9,WZ,2024-03,5,W1,HOME_VISIT,2024-03-01,2024-03-31,0,100\n"
        "C9,WZ,2024-3,6,W1,HOME_VISIT,2024-03-01,2024-03-31,31,100\n");
    const int before = f.store.count(QStringLiteral("claim_lines"));
    const ImportReport report = f.store->importer().importFile(f.admin, QStringLiteral("claims"), path);
    REQUIRE_FALSE(report.ok());
    const QStringList errors = report.issues.formatErrors(QStringLiteral("bad-claims.csv"));
    INFO(str(errors));
    CHECK(errors.filter(QStringLiteral("bad-claims.csv:2: person_no:")).size() == 1);
    CHECK(errors.filter(QStringLiteral("bad-claims.csv:3: institution_code:")).size() == 1);
    CHECK(errors.filter(QStringLiteral("bad-claims.csv:4: amount:")).size() == 1);
    CHECK(errors.filter(QStringLiteral("bad-claims.csv:5: amount:")).size() == 1);
    CHECK(errors.filter(QStringLiteral("bad-claims.csv:6: days:")).size() == 1);
    CHECK(errors.filter(QStringLiteral("bad-claims.csv:7: period:")).size() == 1);
    CHECK(f.store.count(QStringLiteral("claim_lines")) == before);

    const QString references = f.store.file(QStringLiteral("refs.csv"),
        "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
        "C9,WZ,2024-03,1,NOBODY,HOME_VISIT,2024-03-01,2024-03-31,31,100\n"
        "C9,XX,2024-03,2,W1,HOME_VISIT,2024-03-01,2024-03-31,31,100\n");
    const QStringList refErrors =
        f.store->importer().importFile(f.admin, QStringLiteral("claims"), references).issues.formatErrors(QStringLiteral("refs.csv"));
    INFO(str(refErrors));
    CHECK(refErrors.filter(QStringLiteral("refs.csv:2: person_no:")).size() == 1);
    CHECK(refErrors.filter(QStringLiteral("refs.csv:3: institution_code:")).size() == 1);
    CHECK(f.store.count(QStringLiteral("claim_lines")) == before);
}

namespace {

const QByteArray kClaimsHeader =
    "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n";

void completeFirstReview(SettlementFixture &f)
{
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"), lineDecision(2, QStringLiteral("accept"))).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
}

} // namespace

TEST_CASE("claims of a month past first review are not imported again: the whole file is refused",
          "[settlement][import][review]")
{
    SettlementFixture f;
    f.importText(QStringLiteral("institutions"),
                 "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                 "WY,瓯海护理院,CARE,2,HOME_VISIT|INST,2023-01-01,2025-12-31,330302\n");
    f.importText(QStringLiteral("claims"), kClaimsHeader + "C7,WY,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-05,5,300\n");
    f.audit();
    completeFirstReview(f);
    QSqlDatabase db = f.store.db();
    const QStringList before = ltctest::tableRows(db, QStringLiteral("claim_lines"));

    // A changed line and a new line of WZ's reviewed month, a line moved out of it, and a line
    // of WY's month, which is still in first review.
    const QString path = f.store.file(QStringLiteral("again.csv"),
        kClaimsHeader + "C1,WZ,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-31,31,2400\n"
                        "C1,WZ,2024-03,3,W1,HOME_VISIT,2024-03-01,2024-03-02,2,100\n"
                        "C1,WY,2024-04,2,W2,INST,2024-04-01,2024-04-30,30,2000\n"
                        "C7,WY,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-05,5,250\n");
    const ImportReport report = f.store->importer().importFile(f.admin, QStringLiteral("claims"), path);
    const QStringList errors = report.issues.formatErrors(QStringLiteral("again.csv"));
    INFO(str(errors));
    REQUIRE_FALSE(report.ok());
    CHECK(report.refused());
    REQUIRE(errors.size() == 3);
    CHECK(errors.at(0).startsWith(QStringLiteral("again.csv:2: period: ")));
    CHECK(errors.at(0).contains(QStringLiteral("WZ")));
    CHECK(errors.at(0).contains(QStringLiteral("first_reviewed")));
    CHECK(errors.at(1).startsWith(QStringLiteral("again.csv:3: period: ")));
    CHECK(errors.at(2).startsWith(QStringLiteral("again.csv:4: claim_no: ")));
    CHECK(errors.at(2).contains(QStringLiteral("2024-03")));
    CHECK(ltctest::tableRows(db, QStringLiteral("claim_lines")) == before);

    // Bad data alone is bad input, not a refusal.
    const ImportReport bad = f.store->importer().importFile(
        f.admin, QStringLiteral("claims"),
        f.store.file(QStringLiteral("bad.csv"), kClaimsHeader + "C7,WY,2024-03,1,NOBODY,HOME_VISIT,2024-03-01,2024-03-05,5,250\n"));
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(bad.refused());

    // Past the second review too; the message names the state.
    REQUIRE(f.run(f.second, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}}).ok());
    const QStringList later = f.store->importer().importFile(f.admin, QStringLiteral("claims"), path).issues.formatErrors(QStringLiteral("again.csv"));
    INFO(str(later));
    CHECK(later.filter(QStringLiteral("second_reviewed")).size() == 3);
    CHECK(ltctest::tableRows(db, QStringLiteral("claim_lines")) == before);
}

TEST_CASE("claims of a month in first review or returned to it import again as before", "[settlement][import][review]")
{
    SettlementFixture f;
    f.audit();
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());  // in first review
    const QByteArray changed = kClaimsHeader + "C1,WZ,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-31,31,2400\n";
    f.importText(QStringLiteral("claims"), changed);
    CHECK(f.store.scalar(QStringLiteral("SELECT amount_fen FROM claim_lines WHERE claim_no = 'C1' AND line_no = 1")).toLongLong() == 240000);

    // Returned by the second reviewer: the institution declares anew.
    f.audit();
    completeFirstReview(f);
    REQUIRE(f.run(f.second, QStringLiteral("claim.second_review"),
                  {{QStringLiteral("decision"), QStringLiteral("return")}, {QStringLiteral("reason"), QStringLiteral("签字不全")}})
                .ok());
    f.importText(QStringLiteral("claims"), kClaimsHeader + "C1,WZ,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-31,31,2300\n");
    CHECK(f.store.scalar(QStringLiteral("SELECT amount_fen FROM claim_lines WHERE claim_no = 'C1' AND line_no = 1")).toLongLong() == 230000);
}

TEST_CASE("exports: CSV lines in yuan, xlsx written, per-institution totals with the deposit", "[settlement][export]")
{
    SettlementFixture f;
    f.audit();
    QSqlDatabase db = f.store.db();
    const QList<SettledLine> settled = settledResults(db, QStringLiteral("2024-03"));
    const QString csvPath = f.store.dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(writeResultsCsv(csvPath, settled));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("claim_no,line_no,person_no,")));
    // Not reviewed yet: the audit's figures, and no review.
    CHECK(lines.at(2) == QStringLiteral("C1,2,W2,WZ,2000.00,1788.00,212.00,1430.40,357.60,71.52,R06,1788.00,,,,"));

    const QList<InstitutionTotals> totals = totalsByInstitution(settled, {{QStringLiteral("WZ"), QStringLiteral("鹿城护理院")}});
    REQUIRE(totals.size() == 1);
    CHECK(totals.first().allowed == 428800);
    CHECK(totals.first().name == QStringLiteral("鹿城护理院"));
    CHECK(totals.first().payable() == totals.first().fund - totals.first().deposit);
    const QString xlsxPath = f.store.dir.filePath(QStringLiteral("out.xlsx"));
    REQUIRE(writeResultsXlsx(xlsxPath, QStringLiteral("2024-03"), settled, totals));
    QFile xlsx(xlsxPath);
    REQUIRE(xlsx.open(QIODevice::ReadOnly));
    CHECK(xlsx.read(2) == QByteArray("PK"));  // a zip container, as xlsx files are
}

TEST_CASE("an override pays what the reviewer allowed: shares, totals, exports, statement and payment",
          "[settlement][review][export]")
{
    SettlementFixture f;
    f.audit();
    // W2's residential care: the audit allows the 1788.00 cap; the reviewer allows 1700.00.
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"),
                  {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                   {QStringLiteral("decision"), QStringLiteral("override")}, {QStringLiteral("allowed"), QStringLiteral("1700")},
                   {QStringLiteral("reason"), QStringLiteral("护理记录缺3天")}})
                .ok());
    QSqlDatabase db = f.store.db();
    // Rule 4 with Wenzhou's policy: 80% fund, the deposit 5% of the fund.
    CHECK(f.store.scalar(QStringLiteral("SELECT fund_fen || '/' || personal_fen || '/' || deposit_fen || '/' || "
                                        "deducted_fen FROM line_reviews WHERE line_no = 2")).toString()
          == QStringLiteral("136000/34000/6800/30000"));

    const QList<SettledLine> settled = settledResults(db, QStringLiteral("2024-03"));
    REQUIRE(settled.size() == 2);
    CHECK(settled.at(1).paid.allowed == 170000);
    CHECK(settled.at(1).auditedAllowed == 178800);
    CHECK(settled.at(1).overridden());
    CHECK(settled.at(1).paid.reasons == QStringList{QStringLiteral("R06")});
    const QList<InstitutionTotals> totals = totalsByInstitution(settled, {});
    REQUIRE(totals.size() == 1);
    CHECK(totals.first().allowed == 250000 + 170000);
    CHECK(totals.first().fund == 200000 + 136000);
    CHECK(totals.first().deposit == 10000 + 6800);
    CHECK(totals.first().payable() == 336000 - 16800);
    const QList<QPair<QString, Fen>> byReason = deductionsByReason(settled);
    CHECK(byReason.contains(QPair<QString, Fen>(QStringLiteral("R06"), 21200)));
    CHECK(byReason.contains(QPair<QString, Fen>(kReviewAdjustment, 8800)));

    // The batch list shows the month as reviewed, and by how much the review changed it.
    const QList<BatchRow> batches = batchesOf(db, QStringLiteral("2024-03"));
    REQUIRE(batches.size() == 1);
    CHECK(batches.first().totals.allowed == 420000);
    CHECK(batches.first().reviewAdjustment == -8800);

    const QString csvPath = f.store.dir.filePath(QStringLiteral("reviewed.csv"));
    REQUIRE(writeResultsCsv(csvPath, settled));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n')).at(2)
          == QStringLiteral("C1,2,W2,WZ,2000.00,1700.00,300.00,1360.00,340.00,68.00,R06,1788.00,override,护理记录缺3天,,"));

    // The person's statement pays the reviewed amount.
    const std::optional<StatementData> statement =
        statementData(db, QStringLiteral("2024-03"), QStringLiteral("W2"), QStringLiteral("WZ"));
    REQUIRE(statement.has_value());
    REQUIRE(statement->lines.size() == 1);
    CHECK(statement->lines.first().paid->allowed == 170000);
    CHECK(statement->lines.first().result->allowed == 178800);

    // The payment records what the fund paid and the deposit withheld, as reviewed.
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
    REQUIRE(f.run(f.second, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}}).ok());
    REQUIRE(f.run(f.payer, QStringLiteral("claim.mark_paid"), {}).ok());
    CHECK(f.store.scalar(QStringLiteral("SELECT paid_fen FROM settlement_batches")).toLongLong() == 319200);
    CHECK(f.store.scalar(QStringLiteral("SELECT withheld_fen FROM settlement_batches")).toLongLong() == 16800);
    const QList<BatchRow> paid = batchesOf(db, QStringLiteral("2024-03"));
    CHECK(paid.first().paidAmount == std::optional<Fen>(319200));
}

TEST_CASE("liquidated damages come off the institution's next payments, oldest first, never more than a payment",
          "[settlement][review][agreements]")
{
    SettlementFixture f;
    const auto violation = [&](const QString &id, const QString &foundOn, qint64 damagesFen) {
        return f.store->commands().execute(f.admin, QStringLiteral("violation.record"),
                                           {{QStringLiteral("id"), id}, {QStringLiteral("institution_code"), QStringLiteral("WZ")},
                                            {QStringLiteral("found_on"), foundOn},
                                            {QStringLiteral("description"), QStringLiteral("护理记录与实际服务不符")},
                                            {QStringLiteral("damages_fen"), damagesFen}});
    };
    // March 2024 pays 336000 - 16800 = 319200 before damages (the override case above, audited).
    REQUIRE(violation(QStringLiteral("V2"), QStringLiteral("2024-02-20"), 300000).ok());
    REQUIRE(violation(QStringLiteral("V1"), QStringLiteral("2024-01-15"), 50000).ok());
    f.audit();
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"),
                  {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                   {QStringLiteral("decision"), QStringLiteral("override")}, {QStringLiteral("allowed"), QStringLiteral("1700")},
                   {QStringLiteral("reason"), QStringLiteral("护理记录缺3天")}})
                .ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.first_review"), {}).ok());
    REQUIRE(f.run(f.second, QStringLiteral("claim.second_review"), {{QStringLiteral("decision"), QStringLiteral("approve")}}).ok());
    REQUIRE(f.run(f.payer, QStringLiteral("claim.mark_paid"), {}).ok());
    // V1 (older) whole, then 269200 of V2: the payment is spent; V2's 30800 wait for the next.
    CHECK(f.store.scalar(QStringLiteral("SELECT damages_fen FROM settlement_batches")).toLongLong() == 319200);
    CHECK(f.store.scalar(QStringLiteral("SELECT paid_fen FROM settlement_batches")).toLongLong() == 0);
    CHECK(f.store.scalar(QStringLiteral("SELECT withheld_fen FROM settlement_batches")).toLongLong() == 16800);
    CHECK(f.store.scalar(QStringLiteral("SELECT deducted_fen || '/' || deducted_period FROM agreement_violations WHERE "
                                        "id = 'V1'")).toString() == QStringLiteral("50000/2024-03"));
    CHECK(f.store.scalar(QStringLiteral("SELECT deducted_fen FROM agreement_violations WHERE id = 'V2'")).toLongLong()
          == 269200);
    QSqlDatabase db = f.store.db();
    const QList<OutstandingDamages> left = outstandingDamagesOf(db, QStringLiteral("WZ"));
    REQUIRE(left.size() == 1);
    CHECK(left.first().outstanding == 30800);
}

TEST_CASE("an override is dropped when a re-run changes its line, and the audit's figures apply again",
          "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"),
                  {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                   {QStringLiteral("decision"), QStringLiteral("override")}, {QStringLiteral("allowed"), QStringLiteral("1700")},
                   {QStringLiteral("reason"), QStringLiteral("护理记录缺3天")}})
                .ok());
    f.importText(QStringLiteral("hospital-stays"), "person_no,admitted_on,discharged_on\nW2,2024-03-20,2024-04-02\n");
    f.audit();
    QSqlDatabase db = f.store.db();
    CHECK(f.store.count(QStringLiteral("line_reviews")) == 0);
    const QList<SettledLine> settled = settledResults(db, QStringLiteral("2024-03"));
    REQUIRE(settled.size() == 2);
    CHECK(settled.at(1).decision.isEmpty());
    CHECK(settled.at(1).paid.allowed == settled.at(1).auditedAllowed);
    CHECK(settled.at(1).paid.reasons.contains(QStringLiteral("R04")));
}

TEST_CASE("an override's shares come from the line's policy version; migration 4 fills older reviews",
          "[settlement][review]")
{
    SettlementFixture f;
    f.audit();
    REQUIRE(f.run(f.first, QStringLiteral("claim.accept_clean"), {}).ok());
    REQUIRE(f.run(f.first, QStringLiteral("claim.review_line"),
                  {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                   {QStringLiteral("decision"), QStringLiteral("override")}, {QStringLiteral("allowed"), QStringLiteral("0.05")},
                   {QStringLiteral("reason"), QStringLiteral("试算")}})
                .ok());
    // 0.05 × 80% = 0.04 fund; the deposit 5% of 4 fen rounds half up to 0 fen.
    CHECK(f.store.scalar(QStringLiteral("SELECT fund_fen || '/' || personal_fen || '/' || deposit_fen FROM "
                                        "line_reviews WHERE line_no = 2")).toString() == QStringLiteral("4/1/0"));

    // Reviews stored before version 4 had no figures: its data step gives them theirs.
    QSqlDatabase db = f.store.db();
    REQUIRE(execSql(db, QStringLiteral("UPDATE line_reviews SET deducted_fen = 0, fund_fen = 0, personal_fen = 0, "
                                       "deposit_fen = 0")));
    const QList<Migration> v4 = reviewedFiguresMigrations();
    REQUIRE(v4.size() == 1);
    QString error;
    REQUIRE(v4.first().dataStep(db, &error));
    CHECK(f.store.scalar(QStringLiteral("SELECT fund_fen || '/' || personal_fen || '/' || deposit_fen || '/' || "
                                        "deducted_fen FROM line_reviews WHERE line_no = 2")).toString()
          == QStringLiteral("4/1/0/199995"));
    CHECK(f.store.scalar(QStringLiteral("SELECT fund_fen || '/' || personal_fen || '/' || deposit_fen || '/' || "
                                        "deducted_fen FROM line_reviews WHERE line_no = 1")).toString()
          == QStringLiteral("200000/50000/10000/0"));

    // A policy version that is no longer stored cannot price an override.
    REQUIRE(execSql(db, QStringLiteral("UPDATE settlement_results SET policy = '330300/1999-01-01'")));
    const CommandOutcome refused = f.run(f.first, QStringLiteral("claim.review_line"),
                                         {{QStringLiteral("claim_no"), QStringLiteral("C1")}, {QStringLiteral("line_no"), 2},
                                          {QStringLiteral("decision"), QStringLiteral("override")},
                                          {QStringLiteral("allowed"), QStringLiteral("100")},
                                          {QStringLiteral("reason"), QStringLiteral("试算")}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error->message.contains(QStringLiteral("330300/1999-01-01")));
}

TEST_CASE("a district's reviewer audits only the district's institutions", "[settlement][store]")
{
    SettlementFixture f;
    f.importText(QStringLiteral("institutions"),
                 "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                 "WZ3,瓯海护理院,CARE,2,HOME_VISIT|INST,2023-01-01,2025-12-31,330303\n");
    f.importText(QStringLiteral("claims"),
                 "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                 "C3,WZ3,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-10,10,500\n");
    QSqlDatabase db = f.store.db();
    // Judged with every line of the month, shown for the reviewer's own district only.
    const std::optional<AuditRun> preview = previewAudit(db, QStringLiteral("2024-03"), nullptr, &f.first);
    REQUIRE(preview.has_value());
    CHECK(preview->results.size() == 2);
    REQUIRE(f.store->commands().execute(f.first, QStringLiteral("settlement.run_audit"),
                                        {{QStringLiteral("period"), QStringLiteral("2024-03")}}).ok());
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE institution_code = 'WZ3'")).toInt() == 0);
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE institution_code = 'WZ'")).toInt() == 2);
    REQUIRE(f.store->commands().execute(f.admin, QStringLiteral("settlement.run_audit"),
                                        {{QStringLiteral("period"), QStringLiteral("2024-03")}}).ok());
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE institution_code = 'WZ3'")).toInt() == 1);
    // The line of WZ3 covers days W1 already has paid by WZ (C1 sorts before C3): R05.
    CHECK(f.store.scalar(QStringLiteral("SELECT reasons FROM settlement_results WHERE institution_code = 'WZ3'")).toString()
          == QStringLiteral("R05"));
}

TEST_CASE("the batch list shows a month's declared claims before its first audit, and the audited claims after it",
          "[settlement][review]")
{
    SettlementFixture f;
    QSqlDatabase db = f.store.db();
    const QList<BatchRow> before = batchesOf(db, QStringLiteral("2024-03"));
    REQUIRE(before.size() == 1);
    CHECK_FALSE(before.first().audited());
    CHECK(before.first().declaredLines == 2);
    CHECK(before.first().totals.claimed == 250000 + 200000);
    CHECK(before.first().totals.allowed == 0);

    f.audit();
    const QList<BatchRow> after = batchesOf(db, QStringLiteral("2024-03"));
    REQUIRE(after.first().audited());
    CHECK(after.first().totals.claimed == 450000);
    CHECK(after.first().totals.allowed > 0);
}
