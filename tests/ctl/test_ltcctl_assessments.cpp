// The assessments module's ltcctl verbs through the real program: `ltcctl list conclusions`
// (the expiry reminders) and `ltcctl report reassessments` (its usage and its CSV).
#include "ctlrun.h"

#include "core/citizenid.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ltc::test;

namespace {

QString personRow(const QString &personNo, int sequence)
{
    const QString first17 = QStringLiteral("330302194005%1%2").arg(sequence, 2, 10, QLatin1Char('0')).arg(sequence, 3, 10, QLatin1Char('0'));
    return QStringLiteral("%1,%2,测试,M,1940-05-%3,EMPLOYEE,2010-01-01,330302\n")
        .arg(personNo, first17 + ltc::citizenIdCheckChar(first17))
        .arg(sequence, 2, 10, QLatin1Char('0'));
}

// `ltcctl run NAME ARGS --as USER`, required to succeed.
void runAs(const Ctl &ctl, const QString &user, const QString &command, const QJsonObject &args)
{
    INFO(str(command));
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), command, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)),
                          QStringLiteral("--as"), user}),
                 0);
}

// A demo district, and in it PD1 (level 3 from 2025-06-10, home visits at any institution
// unless `institution`) and two home-visit institutions, IDA and IDB.
void careDistrict(const Ctl &ctl, const QString &institution = QString())
{
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20"), QStringLiteral("--months"),
                          QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("7")}),
                 0);
    const QString persons = ctl.file(QStringLiteral("persons.csv"),
                                     (QStringLiteral("person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n")
                                      + personRow(QStringLiteral("PD1"), 17))
                                         .toUtf8());
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("persons"), persons}), 0);
    const QString institutions = ctl.file(QStringLiteral("institutions.csv"),
                                          "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                                          "IDA,甲护理站,CARE,1,HOME_VISIT,2025-01-01,2029-12-31,330302\n"
                                          "IDB,乙护理站,CARE,1,HOME_VISIT,2025-01-01,2029-12-31,330302\n");
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("institutions"), institutions}), 0);
    const QString beneficiaries = ctl.file(QStringLiteral("b.csv"),
                                           (QStringLiteral("person_no,level,concluded_on,valid_until,service_form,institution_code\n"
                                                           "PD1,3,2025-06-10,2027-06-09,HOME_VISIT,%1\n")
                                                .arg(institution))
                                               .toUtf8());
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("beneficiaries"), beneficiaries}), 0);
}

// The stored result of a line after `ltcctl settlement audit`: "allowed_fen/reasons".
QString resultOf(const Ctl &ctl, const QString &claimNo, int lineNo)
{
    return ctl.scalar(QStringLiteral("SELECT allowed_fen || '/' || reasons FROM settlement_results WHERE claim_no = '%1' "
                                     "AND line_no = %2")
                          .arg(claimNo)
                          .arg(lineNo))
        .toString();
}

void audit(const Ctl &ctl, const QString &period)
{
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"), period}), 0);
}

} // namespace

TEST_CASE("ltcctl: a care dispatch changes the next settlement audit: the dispatched institution from its day, not the "
          "old one after it",
          "[assessments][ctl][settlement]")
{
    Ctl ctl;
    careDistrict(ctl);
    const QString claims = ctl.file(QStringLiteral("claims.csv"),
                                    "claim_no,institution_code,period,line_no,person_no,service_form,service_from,"
                                    "service_to,days,amount\n"
                                    "CDA,IDA,2026-10,1,PD1,HOME_VISIT,2026-10-01,2026-10-15,15,500.00\n"
                                    "CDA,IDA,2026-10,2,PD1,HOME_VISIT,2026-10-16,2026-10-31,16,500.00\n"
                                    "CDB,IDB,2026-10,1,PD1,HOME_VISIT,2026-10-16,2026-10-31,16,500.00\n");
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("claims"), claims}), 0);
    const auto dispatch = [&ctl](const QString &institution, const QString &day) {
        runAs(ctl, QStringLiteral("handler"), QStringLiteral("care.dispatch"),
              {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
               {QStringLiteral("person_no"), QStringLiteral("PD1")}, {QStringLiteral("service_form"), QStringLiteral("HOME_VISIT")},
               {QStringLiteral("institution_code"), institution}, {QStringLiteral("dispatched_on"), day}});
    };
    // The imported conclusion names no institution: both are paid, a day only once (R05).
    audit(ctl, QStringLiteral("2026-10"));
    CHECK(str(resultOf(ctl, QStringLiteral("CDA"), 2)) == "50000/");
    CHECK(str(resultOf(ctl, QStringLiteral("CDB"), 1)) == "0/R05");
    // Dispatched to IDA (派单): IDB is not the dispatch's institution.
    dispatch(QStringLiteral("IDA"), QStringLiteral("2026-09-20"));
    audit(ctl, QStringLiteral("2026-10"));
    CHECK(str(resultOf(ctl, QStringLiteral("CDA"), 1)) == "50000/");
    CHECK(str(resultOf(ctl, QStringLiteral("CDA"), 2)) == "50000/");
    CHECK(str(resultOf(ctl, QStringLiteral("CDB"), 1)) == "0/R07");
    // Dispatched to IDB from the 16th: IDA's days after the 15th are deducted (R07), IDB's paid.
    dispatch(QStringLiteral("IDB"), QStringLiteral("2026-10-16"));
    audit(ctl, QStringLiteral("2026-10"));
    CHECK(str(resultOf(ctl, QStringLiteral("CDA"), 1)) == "50000/");
    CHECK(str(resultOf(ctl, QStringLiteral("CDA"), 2)) == "0/R07");
    CHECK(str(resultOf(ctl, QStringLiteral("CDB"), 1)) == "50000/");
}

TEST_CASE("ltcctl: a downgrading conclusion changes the next month's settlement audit, or from its own date in Wenzhou",
          "[assessments][ctl][settlement]")
{
    const bool wenzhou = GENERATE(false, true);
    Ctl ctl;
    careDistrict(ctl, QStringLiteral("IDA"));
    // Wenzhou's policy as the district's own version (a district admin loads it), with the
    // downgrade's stop as asked and seed 004's team by rotation.
    QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject terms{{QStringLiteral("agency_choice"), QStringLiteral("ROTATION")}};
    if (wenzhou)
        terms.insert(QStringLiteral("downgrade_stop"), QStringLiteral("CONCLUSION_DATE"));
    policy.insert(QStringLiteral("assessment"), terms);
    policy.insert(QStringLiteral("region"), QStringLiteral("330302"));
    policy.insert(QStringLiteral("name"), QStringLiteral("鹿城区 downgrade test"));
    REQUIRE_EXIT(ctl.run({QStringLiteral("policy"), QStringLiteral("load"),
                          ctl.file(QStringLiteral("policy.json"), QJsonDocument(policy).toJson()), QStringLiteral("--as"),
                          QStringLiteral("admin")}),
                 0);
    const QString claims = ctl.file(QStringLiteral("claims.csv"),
                                    "claim_no,institution_code,period,line_no,person_no,service_form,service_from,"
                                    "service_to,days,amount\n"
                                    "CD9,IDA,2026-09,1,PD1,HOME_VISIT,2026-09-01,2026-09-30,30,2980.00\n"
                                    "CD10,IDA,2026-10,1,PD1,HOME_VISIT,2026-10-01,2026-10-31,31,2980.00\n");
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("claims"), claims}), 0);
    audit(ctl, QStringLiteral("2026-09"));
    audit(ctl, QStringLiteral("2026-10"));
    CHECK(str(resultOf(ctl, QStringLiteral("CD9"), 1)) == "178800/R06");  // level 3's monthly standard
    CHECK(str(resultOf(ctl, QStringLiteral("CD10"), 1)) == "178800/R06");

    // A re-assessment through the programme's commands, to level 0, concluded on 15 September.
    const QString application = QUuid::createUuid().toString(QUuid::WithoutBraces);
    runAs(ctl, QStringLiteral("handler"), QStringLiteral("application.submit"),
          {{QStringLiteral("id"), application}, {QStringLiteral("person_no"), QStringLiteral("PD1")},
           {QStringLiteral("kind"), QStringLiteral("REASSESS")}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
           {QStringLiteral("received_on"), QStringLiteral("2026-08-10")}});
    runAs(ctl, QStringLiteral("handler"), QStringLiteral("application.accept"), {{QStringLiteral("id"), application}});
    const QString task = ctl.scalar(QStringLiteral("SELECT id FROM assessment_tasks WHERE application_id = '%1'").arg(application)).toString();
    REQUIRE(!task.isEmpty());
    const auto step = [&](const QString &command, QJsonObject args) {
        args.insert(QStringLiteral("id"), task);
        runAs(ctl, QStringLiteral("handler"), command, args);
    };
    step(QStringLiteral("assessment.dispatch"), {{QStringLiteral("seed"), QStringLiteral("0123456789abcdef")}});
    step(QStringLiteral("assessment.agency_accept"), {{QStringLiteral("accepted_on"), QStringLiteral("2026-08-20")}});
    const QJsonObject scores = QJsonDocument::fromJson(
        "{\"ADL\":{\"EATING\":10,\"DRESSING\":10,\"FACE_MOUTH\":5,\"BOWEL\":10,\"BLADDER\":10,\"TOILET\":10,"
        "\"WALKING\":15,\"TRANSFER\":15,\"STAIRS\":10,\"BATHING\":5},\"COGNITION\":{\"TIME\":4,\"PEOPLE\":4,"
        "\"PLACE\":4,\"MEMORY\":4},\"PERCEPTION\":{\"VISION\":4,\"HEARING\":4,\"COMMUNICATION\":4}}").object();
    step(QStringLiteral("assessment.record_result"),
         {{QStringLiteral("assessed_on"), QStringLiteral("2026-08-25")}, {QStringLiteral("scores"), scores}});
    const QString agency = ctl.scalar(QStringLiteral("SELECT agency_code FROM assessment_work WHERE task_id = '%1'").arg(task)).toString();
    for (int i = 0; i < 2; ++i) {
        const QString expert = ctl.scalar(QStringLiteral("SELECT staff_no FROM staff WHERE role = 'EXPERT' AND institution_code "
                                                         "= '%1' AND suspended_from IS NULL AND barred_from IS NULL ORDER "
                                                         "BY staff_no LIMIT 1 OFFSET %2")
                                              .arg(agency)
                                              .arg(i))
                                       .toString();
        REQUIRE(!expert.isEmpty());
        step(QStringLiteral("assessment.confirm"),
             {{QStringLiteral("staff_no"), expert}, {QStringLiteral("confirmed_on"), QStringLiteral("2026-09-01")}});
    }
    step(QStringLiteral("assessment.conclude"), {{QStringLiteral("concluded_on"), QStringLiteral("2026-09-15")}});

    // The next audit of each month, by the same program.
    audit(ctl, QStringLiteral("2026-09"));
    audit(ctl, QStringLiteral("2026-10"));
    CHECK(str(resultOf(ctl, QStringLiteral("CD10"), 1)) == "0/R09");  // level 0 pays nothing from October
    if (wenzhou)  // 自出具评估结论之日起停止: 1-14 September at level 3
        CHECK(str(resultOf(ctl, QStringLiteral("CD9"), 1)) == "83440/R01|R06");
    else
        CHECK(str(resultOf(ctl, QStringLiteral("CD9"), 1)) == "178800/R06");  // the whole month still at level 3
}

TEST_CASE("ltcctl: list conclusions shows the expiring and the expired; report reassessments ranks, or says its usage",
          "[assessments][ctl]")
{
    Ctl ctl;
    const QString persons = ctl.file(QStringLiteral("persons.csv"),
                                     (QStringLiteral("person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n")
                                      + personRow(QStringLiteral("P1"), 11) + personRow(QStringLiteral("P2"), 13))
                                         .toUtf8());
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("persons"), persons}), 0);
    const QString beneficiaries = ctl.file(QStringLiteral("b.csv"),
                                           "person_no,level,concluded_on,valid_until,service_form,institution_code\n"
                                           "P1,3,2025-06-10,2027-06-09,HOME_VISIT,\n"
                                           "P2,4,2025-01-10,2027-01-09,HOME_VISIT,\n");
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("beneficiaries"), beneficiaries}), 0);

    const Run listed = ctl.run({QStringLiteral("list"), QStringLiteral("conclusions"), QStringLiteral("--as-of"),
                                QStringLiteral("2027-04-10"), QStringLiteral("--expiring-within"), QStringLiteral("60")});
    REQUIRE_EXIT(listed, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("person_no,name,district,level,concluded_on,valid_until,days_left,reminder")));
    CHECK(lines.at(1).startsWith(QStringLiteral("P2,")));  // the earliest end first
    CHECK(lines.at(1).contains(QStringLiteral(",OVERDUE")));
    CHECK(lines.at(2).startsWith(QStringLiteral("P1,")));
    CHECK(lines.at(2).contains(QStringLiteral(",60,EXPIRING")));
    REQUIRE_EXIT(ctl.run({QStringLiteral("list"), QStringLiteral("conclusions"), QStringLiteral("--expiring-within"),
                          QStringLiteral("soon")}),
                 1);

    const Run report = ctl.run({QStringLiteral("report"), QStringLiteral("reassessments"), QStringLiteral("--from"),
                                QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE_EXIT(report, 0);
    CHECK(report.out.startsWith(QStringLiteral("section,rank,code,name,district,requests,persons,institutions\n")));
    const Run usage = ctl.run({QStringLiteral("report"), QStringLiteral("reassessments"), QStringLiteral("--from"),
                               QStringLiteral("2026-01-01")});
    REQUIRE_EXIT(usage, 1);
    CHECK(usage.err.contains(QStringLiteral("usage: ltcctl report reassessments")));
}
