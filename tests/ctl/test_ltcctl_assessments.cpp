// The assessments module's ltcctl verbs through the real program: `ltcctl list conclusions`
// (the expiry reminders) and `ltcctl report reassessments` (its usage and its CSV).
#include "ctlrun.h"

#include "core/citizenid.h"

#include <QDate>

using namespace ltc::test;

namespace {

QString personRow(const QString &personNo, int sequence)
{
    const QString first17 = QStringLiteral("330302194005%1%2").arg(sequence, 2, 10, QLatin1Char('0')).arg(sequence, 3, 10, QLatin1Char('0'));
    return QStringLiteral("%1,%2,测试,M,1940-05-%3,EMPLOYEE,2010-01-01,330302\n")
        .arg(personNo, first17 + ltc::citizenIdCheckChar(first17))
        .arg(sequence, 2, 10, QLatin1Char('0'));
}

} // namespace

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
