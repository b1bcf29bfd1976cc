// Performance scoring and the year-end release of the quality deposit (seed 003 四(四), seed 004
// §35): a year's paid months withheld a deposit; the score releases the policy's share of it.
#include <catch2/catch.hpp>

#include "xlsxcells.h"

#include "database/dbtestsupport.h"

#include "settlements/output/settlementreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace ltc;
using ltctest::str;

namespace {

struct ReleaseFixture {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity first = ltctest::user(QStringLiteral("chen"), {QStringLiteral("first_reviewer")}, QStringLiteral("330302"));
    UserIdentity second = ltctest::user(QStringLiteral("wang"), {QStringLiteral("second_reviewer")}, QStringLiteral("330302"));
    UserIdentity payer = ltctest::user(QStringLiteral("zhao"), {QStringLiteral("payer")}, QStringLiteral("330302"));

    void importText(const QString &kind, const QByteArray &csv)
    {
        const ImportReport report = store->importer().importFile(admin, kind, store.file(kind + QStringLiteral(".csv"), csv));
        INFO(str(report.failure) << str(report.issues.formatErrors(kind)));
        REQUIRE(report.ok());
    }
    CommandOutcome run(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        const CommandOutcome outcome = store->commands().execute(user, name, args);
        if (!outcome.ok())
            UNSCOPED_INFO(str(outcome.error->message));
        return outcome;
    }
    // One person's home visits of March and April 2024 at WZ, audited, reviewed and paid;
    // `beforePaying` runs before each month is marked paid.
    explicit ReleaseFixture(const std::function<void(ReleaseFixture &, const QString &)> &beforePaying = {})
    {
        importText(QStringLiteral("persons"),
                   "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n"
                   "W1," + ltctest::citizenId(QStringLiteral("330302"), QDate(1940, 5, 6), 11).toUtf8()
                       + ",张三,M,1940-05-06,EMPLOYEE,2010-01-01,330302\n");
        importText(QStringLiteral("institutions"), "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                                                   "WZ,鹿城护理院,CARE,2,HOME_VISIT,2023-01-01,2025-12-31,330302\n");
        importText(QStringLiteral("beneficiaries"), "person_no,level,concluded_on,valid_until,service_form\n"
                                                    "W1,5,2024-01-10,2026-01-09,HOME_VISIT\n");
        importText(QStringLiteral("claims"),
                   "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                   "C3,WZ,2024-03,1,W1,HOME_VISIT,2024-03-01,2024-03-31,31,2500\n"
                   "C4,WZ,2024-04,1,W1,HOME_VISIT,2024-04-01,2024-04-30,30,2000\n");
        QFile policy(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(policy.open(QIODevice::ReadOnly));
        REQUIRE(run(admin, QStringLiteral("policy.load"), QJsonDocument::fromJson(policy.readAll()).object()).ok());
        for (const QString &period : {QStringLiteral("2024-03"), QStringLiteral("2024-04")}) {
            const QJsonObject batch{{QStringLiteral("period"), period}, {QStringLiteral("institution_code"), QStringLiteral("WZ")}};
            REQUIRE(run(first, QStringLiteral("settlement.run_audit"), {{QStringLiteral("period"), period}}).ok());
            REQUIRE(run(first, QStringLiteral("claim.accept_clean"), batch).ok());
            REQUIRE(run(first, QStringLiteral("claim.first_review"), batch).ok());
            QJsonObject approve = batch;
            approve.insert(QStringLiteral("decision"), QStringLiteral("approve"));
            REQUIRE(run(second, QStringLiteral("claim.second_review"), approve).ok());
            if (beforePaying)
                beforePaying(*this, period);
            REQUIRE(run(payer, QStringLiteral("claim.mark_paid"), batch).ok());
        }
    }
    CommandOutcome score(const QString &id, int points)
    {
        return run(admin, QStringLiteral("performance.record_score"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("institution_code"), QStringLiteral("WZ")},
                    {QStringLiteral("year"), 2024}, {QStringLiteral("criteria_set"), QStringLiteral("CHANGNING_STARS")},
                    {QStringLiteral("scored_on"), QStringLiteral("2024-12-20")},
                    {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("服务质量")},
                                                                     {QStringLiteral("max"), 60},
                                                                     {QStringLiteral("points"), points - 30}},
                                                         QJsonObject{{QStringLiteral("criterion"), QStringLiteral("满意度")},
                                                                     {QStringLiteral("max"), 40},
                                                                     {QStringLiteral("points"), 30}}}}});
    }
};

} // namespace

TEST_CASE("Year-end: the deposit withheld in a year is released by the score's ratio, once", "[agreements][settlement]")
{
    ReleaseFixture f;
    // Wenzhou: fund 80 %, deposit 5 % of it. March 2500.00 → fund 2000.00, deposit 100.00; April
    // 2000.00 → 1600.00, 80.00.
    CHECK(f.store.scalar(QStringLiteral("SELECT SUM(withheld_fen) FROM settlement_batches")).toLongLong() == 18000);
    const QJsonObject release{{QStringLiteral("institution_code"), QStringLiteral("WZ")}, {QStringLiteral("year"), 2024}};
    CHECK(f.run(f.payer, QStringLiteral("deposit.release_year"), release).error->code == QStringLiteral("state"));  // no score
    QJsonObject badItems{{QStringLiteral("id"), QStringLiteral("S0")}, {QStringLiteral("institution_code"), QStringLiteral("WZ")},
                         {QStringLiteral("year"), 2024}, {QStringLiteral("criteria_set"), QStringLiteral("X")},
                         {QStringLiteral("scored_on"), QStringLiteral("2024-12-20")},
                         {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("a")},
                                                                          {QStringLiteral("max"), 90},
                                                                          {QStringLiteral("points"), 80}}}}};
    CHECK(f.run(f.admin, QStringLiteral("performance.record_score"), badItems).error->code == QStringLiteral("invalid"));
    CHECK(f.score(QStringLiteral("S1"), 101).error->code == QStringLiteral("invalid"));  // 71 points of 60
    REQUIRE(f.score(QStringLiteral("S1"), 85).ok());
    CHECK(f.run(f.first, QStringLiteral("deposit.release_year"), release).error->code == QStringLiteral("forbidden"));
    REQUIRE(f.run(f.payer, QStringLiteral("deposit.release_year"), release).ok());
    // 85 reaches the 80 row: 90 % of 180.00.
    CHECK(f.store.scalar(QStringLiteral("SELECT withheld_fen || '/' || score || '/' || release_permille || '/' || "
                                        "released_fen || '/' || kept_fen FROM deposit_releases"))
              .toString() == QStringLiteral("18000/85/900/16200/1800"));
    CHECK(f.run(f.payer, QStringLiteral("deposit.release_year"), release).error->code == QStringLiteral("conflict"));
}

TEST_CASE("The settlement export shows per institution the liquidated damages deducted and the amount paid",
          "[agreements][settlement][export]")
{
    // 500.00 of damages recorded in April come off April's payment: fund 1600.00 − deposit 80.00.
    ReleaseFixture f([](ReleaseFixture &fixture, const QString &period) {
        if (period == QStringLiteral("2024-04"))
            REQUIRE(fixture.run(fixture.admin, QStringLiteral("violation.record"),
                                {{QStringLiteral("id"), QStringLiteral("V1")}, {QStringLiteral("institution_code"), QStringLiteral("WZ")},
                                 {QStringLiteral("found_on"), QStringLiteral("2024-04-15")},
                                 {QStringLiteral("description"), QStringLiteral("虚记服务时长")},
                                 {QStringLiteral("damages_fen"), 50000}})
                        .ok());
    });
    QSqlDatabase db = f.store.db();
    const auto csvOf = [&](const QString &period) {
        const QString path = f.store.dir.filePath(period + QStringLiteral(".csv"));
        REQUIRE(settlement::exportMonth(db, period, settlement::ExportFormat::Csv, path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    const QStringList april = csvOf(QStringLiteral("2024-04"));
    REQUIRE(april.size() == 2);
    // CONTRACT.md's columns and the review's unchanged, the institution's payment appended.
    CHECK(april.first() == QStringLiteral("claim_no,line_no,person_no,institution_code,claimed,allowed,deducted,fund,personal,"
                                          "deposit,reasons,audited_allowed,review,review_reason,"
                                          "institution_damages_deducted,institution_paid"));
    CHECK(april.at(1).startsWith(QStringLiteral("C4,1,W1,WZ,2000.00,2000.00,0.00,1600.00,400.00,80.00,")));
    CHECK(april.at(1).endsWith(QStringLiteral(",500.00,1020.00")));
    CHECK(csvOf(QStringLiteral("2024-03")).at(1).endsWith(QStringLiteral(",0.00,1900.00")));  // nothing owed then

    // The PDF report's totals by institution, and its total row.
    const QString html = settlement::monthReportHtml(db, QStringLiteral("2024-04"));
    CHECK(html.count(QStringLiteral("<td align=right>500.00</td><td align=right>1,020.00</td></tr>")) == 2);
    const QString xlsx = f.store.dir.filePath(QStringLiteral("2024-04.xlsx"));
    REQUIRE(settlement::exportMonth(db, QStringLiteral("2024-04"), settlement::ExportFormat::Xlsx, xlsx));
    // The workbook's first sheet, the totals: the period, the titles on row 3, WZ on row 4 —
    // fund 1,600.00 less 80.00 withheld is 1,520.00 payable; 500.00 damages; 1,020.00 paid.
    const QMap<QString, QString> cells = ltctest::xlsxCells(xlsx, 1);
    INFO(str(QStringList(cells.keys())));
    CHECK(cells.value(QStringLiteral("A1")).contains(QStringLiteral("2024-04")));
    CHECK(cells.value(QStringLiteral("A4")) == QStringLiteral("WZ"));
    CHECK(cells.value(QStringLiteral("C4")) == QStringLiteral("1"));
    CHECK(cells.value(QStringLiteral("D4")) == QStringLiteral("2000"));
    CHECK(cells.value(QStringLiteral("I4")) == QStringLiteral("80"));
    CHECK(cells.value(QStringLiteral("J4")) == QStringLiteral("1520"));
    CHECK(cells.value(QStringLiteral("K4")) == QStringLiteral("500"));
    CHECK(cells.value(QStringLiteral("L4")) == QStringLiteral("1020"));
    CHECK_FALSE(cells.contains(QStringLiteral("A5")));
    CHECK_FALSE(QFile::exists(xlsx + QStringLiteral(".part")));
    // The second, the lines: CONTRACT.md's column names, the line's claim and its fund share.
    const QMap<QString, QString> lines = ltctest::xlsxCells(xlsx, 2);
    CHECK(lines.value(QStringLiteral("A1")) == QStringLiteral("claim_no"));
    CHECK(lines.value(QStringLiteral("A2")) == QStringLiteral("C4"));
    CHECK(lines.value(QStringLiteral("H2")) == QStringLiteral("1600"));

    // The figures are the batch's: kept as paid.
    QList<settlement::InstitutionTotals> totals{settlement::InstitutionTotals{}};
    totals.first().code = QStringLiteral("WZ");
    settlement::addPayments(db, QStringLiteral("2024-04"), totals);
    CHECK(totals.first().damagesDeducted == 50000);
    CHECK(totals.first().paid == 102000);
    QList<settlement::InstitutionTotals> unpaid{settlement::InstitutionTotals{}};
    unpaid.first().code = QStringLiteral("WZ");
    settlement::addPayments(db, QStringLiteral("2024-05"), unpaid);
    CHECK_FALSE(unpaid.first().paid);  // a month not paid has neither
}
