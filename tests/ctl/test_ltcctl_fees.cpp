// The assessment fees through the real ltcctl: the demo's delivered conclusion gives its agency's
// fee line for the current month; `ltcctl settlement fees` computes and prints the agencies'
// months, `ltcctl list assessment-fees` lists the lines, and the review's commands run with
// `ltcctl run` under the demo users' roles (a first reviewer may not take the second review).
#include "ctlrun.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ltc::test;

TEST_CASE("ltcctl: settlement fees computes the demo's assessment fee month; list assessment-fees lists it; the "
          "review runs through ltcctl run",
          "[ctl][fees]")
{
    Ctl ctl;
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("80"), QStringLiteral("--seed"),
                          QStringLiteral("7")}),
                 0);
    const QString period = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date().toString(QStringLiteral("yyyy-MM"));
    const int delivered = ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_work WHERE substr(delivered_on, 1, 7) = '%1'")
                                         .arg(period))
                              .toInt();
    REQUIRE(delivered >= 1);
    CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_fee_lines WHERE period = '%1'").arg(period)).toInt() == delivered);
    // No care month was touched: the fee months are their own.
    CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM settlement_batches WHERE institution_code IN (SELECT "
                                    "institution_code FROM assessment_fee_lines)")).toInt() == 0);

    const Run fees = ctl.run({QStringLiteral("settlement"), QStringLiteral("fees"), QStringLiteral("--period"), period,
                              QStringLiteral("--as"), QStringLiteral("first_reviewer")});
    REQUIRE_EXIT(fees, 0);
    CHECK(fees.out.contains(QStringLiteral(": lines %1, fee %2.00").arg(delivered).arg(200 * delivered)));
    CHECK(fees.out.contains(QStringLiteral(", open")));
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("fees"), QStringLiteral("--period"), QStringLiteral("2026-13"),
                          QStringLiteral("--as"), QStringLiteral("first_reviewer")}),
                 2);

    const Run listed = ctl.run({QStringLiteral("list"), QStringLiteral("assessment-fees"), QStringLiteral("--period"), period});
    REQUIRE_EXIT(listed, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + delivered);
    CHECK(lines.at(0) == QStringLiteral("task_id,institution_code,institution_name,person_no,person_name,kind,delivered_on,fee,"
                                        "policy,review,review_allowed,review_reason,batch_status"));
    CHECK(lines.at(1).contains(QStringLiteral(",FIRST,")));
    CHECK(lines.at(1).contains(QStringLiteral(",200.00,330300/2023-01-01,")));
    REQUIRE_EXIT(ctl.run({QStringLiteral("list"), QStringLiteral("assessment-fees")}), 1);  // --period is required

    const QString agency = ctl.scalar(QStringLiteral("SELECT institution_code FROM assessment_fee_lines ORDER BY task_id LIMIT 1")).toString();
    const QString month = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("institution_code"), agency}}).toJson(QJsonDocument::Compact));
    const auto run = [&](const QString &command, const QString &args, const QString &user) {
        return ctl.run({QStringLiteral("run"), command, args, QStringLiteral("--as"), user});
    };
    REQUIRE_EXIT(run(QStringLiteral("assessment_fee.accept_all"), month, QStringLiteral("first_reviewer")), 0);
    REQUIRE_EXIT(run(QStringLiteral("assessment_fee.first_review"), month, QStringLiteral("first_reviewer")), 0);
    QString approve = month;
    approve.chop(1);
    approve += QStringLiteral(",\"decision\":\"approve\"}");
    REQUIRE_EXIT(run(QStringLiteral("assessment_fee.second_review"), approve, QStringLiteral("first_reviewer")), 3);
    REQUIRE_EXIT(run(QStringLiteral("assessment_fee.second_review"), approve, QStringLiteral("second_reviewer")), 0);
    REQUIRE_EXIT(run(QStringLiteral("assessment_fee.mark_paid"), month, QStringLiteral("payer")), 0);
    CHECK(ctl.scalar(QStringLiteral("SELECT status FROM assessment_fee_batches WHERE institution_code = '%1'").arg(agency)).toString()
          == QStringLiteral("paid"));

    // A re-compute keeps the paid month as it was.
    const Run again = ctl.run({QStringLiteral("settlement"), QStringLiteral("fees"), QStringLiteral("--period"), period,
                               QStringLiteral("--as"), QStringLiteral("first_reviewer")});
    REQUIRE_EXIT(again, 0);
    CHECK(again.out.contains(QStringLiteral("kept as reviewed (past first review): ") + agency));
}
