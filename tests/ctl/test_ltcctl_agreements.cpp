// Rule R10 and an agreement's own deposit ratio (CONTRACT.md rules 2 and 4) through the real
// ltcctl: staff and claims imported, the month audited, a renewal signed with `run`, audited again.
#include <catch2/catch.hpp>

#include "core/citizenid.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace {

std::string str(const QString &text) { return text.toStdString(); }

struct CtlRun {
    int code = -1;
    QString out;
    QString err;
};

class AgreementsCtl {
public:
    AgreementsCtl() { REQUIRE(m_dir.isValid()); }
    QString db() const { return m_dir.filePath(QStringLiteral("ltc.sqlite")); }

    CtlRun run(QStringList args) const
    {
        args << QStringLiteral("--db") << db();
        QProcess process;
        process.start(QStringLiteral(LTCCTL_PATH), args);
        REQUIRE(process.waitForStarted(10000));
        REQUIRE(process.waitForFinished(120000));
        CtlRun result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
        INFO("ltcctl " << str(args.join(QLatin1Char(' '))) << "\nstdout: " << str(result.out) << "\nstderr: " << str(result.err));
        return result;
    }
    void require(const QStringList &args, int expected = 0) const
    {
        const CtlRun result = run(args);
        INFO("stdout: " << str(result.out) << "\nstderr: " << str(result.err));
        REQUIRE(result.code == expected);
    }
    QString file(const QString &name, const QString &text) const
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        return path;
    }
    QString value(const QString &sql) const
    {
        const QString name = QStringLiteral("ctl-agreements-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString value;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            connection.setDatabaseName(db());
            REQUIRE(connection.open());
            {
                QSqlQuery query(connection);
                if (query.exec(sql) && query.next())
                    value = query.value(0).toString();
            }
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    // A stored result of one line: "paid_days/reasons/allowed/deposit".
    QString result(const QString &claimNo, int lineNo) const
    {
        return value(QStringLiteral("SELECT paid_days || '/' || reasons || '/' || allowed_fen || '/' || deposit_fen FROM "
                                    "settlement_results WHERE claim_no = '%1' AND line_no = %2")
                         .arg(claimNo)
                         .arg(lineNo));
    }

private:
    QTemporaryDir m_dir;
};

QString citizen(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("330302") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ltc::citizenIdCheckChar(first17);
}

} // namespace

TEST_CASE("ltcctl: settlement audit refuses a caregiver's days off the staff, suspended or barred (R10), first and "
          "last day; an agreement's deposit ratio replaces the policy's",
          "[ctl][agreements]")
{
    AgreementsCtl ctl;
    ctl.require({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20"), QStringLiteral("--months"),
                 QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5")});
    ctl.require({QStringLiteral("import"), QStringLiteral("persons"),
                 ctl.file(QStringLiteral("persons.csv"),
                          QStringLiteral("person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n"
                                         "PR10-1,%1,王阿婆,F,1931-04-02,EMPLOYEE,2001-07-01,330302\n"
                                         "PR10-2,%2,陈阿公,M,1932-05-03,EMPLOYEE,2001-07-01,330302\n")
                              .arg(citizen(QDate(1931, 4, 2), 902), citizen(QDate(1932, 5, 3), 903)))});
    ctl.require({QStringLiteral("import"), QStringLiteral("institutions"),
                 ctl.file(QStringLiteral("institutions.csv"),
                          QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                                         "IR10,鹿城颐康护理站,CARE,2,HOME_VISIT,2031-01-01,2031-12-31,330302\n"))});
    ctl.require({QStringLiteral("import"), QStringLiteral("staff"),
                 ctl.file(QStringLiteral("staff.csv"),
                          QStringLiteral("staff_no,institution_code,name,id_number,role,employed_from,employed_to,"
                                         "suspended_from,suspended_to,barred_from,barred_to\n"
                                         "SR10-1,IR10,李护理,%1,CAREGIVER,2031-01-01,,2031-03-10,2031-03-20,,\n"
                                         "SR10-2,IR10,周护理,%2,CAREGIVER,2031-01-01,2031-03-15,,,,\n"
                                         "SR10-3,IR10,吴护理,%3,CAREGIVER,2031-01-01,,,,2031-03-31,\n")
                              .arg(citizen(QDate(1980, 1, 2), 904), citizen(QDate(1981, 2, 3), 905),
                                   citizen(QDate(1982, 3, 4), 906)))});
    ctl.require({QStringLiteral("import"), QStringLiteral("beneficiaries"),
                 ctl.file(QStringLiteral("beneficiaries.csv"),
                          QStringLiteral("person_no,level,concluded_on,valid_until,service_form\n"
                                         "PR10-1,3,2030-12-10,2032-12-09,HOME_VISIT\n"
                                         "PR10-2,3,2030-12-10,2032-12-09,HOME_VISIT\n"))});
    const QString header = QStringLiteral("claim_no,institution_code,period,line_no,person_no,service_form,service_from,"
                                          "service_to,days,amount,caregiver_no\n");
    // A caregiver no one knows is a bad row: nothing of the file is written.
    const CtlRun unknown = ctl.run({QStringLiteral("import"), QStringLiteral("claims"),
                                    ctl.file(QStringLiteral("unknown.csv"),
                                             header + QStringLiteral("CR10-9,IR10,2031-03,1,PR10-1,HOME_VISIT,2031-03-01,"
                                                                     "2031-03-01,1,50.00,NOBODY\n"))});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral(":2: caregiver_no:")));
    ctl.require({QStringLiteral("import"), QStringLiteral("claims"),
                 ctl.file(QStringLiteral("claims.csv"),
                          header + QStringLiteral("CR10-1,IR10,2031-03,1,PR10-1,HOME_VISIT,2031-03-01,2031-03-09,9,450.00,SR10-1\n"
                                                  "CR10-1,IR10,2031-03,2,PR10-1,HOME_VISIT,2031-03-10,2031-03-20,11,550.00,SR10-1\n"
                                                  "CR10-1,IR10,2031-03,3,PR10-1,HOME_VISIT,2031-03-21,2031-03-30,10,500.00,SR10-1\n"
                                                  "CR10-1,IR10,2031-03,4,PR10-1,HOME_VISIT,2031-03-31,2031-03-31,1,50.00,SR10-3\n"
                                                  "CR10-2,IR10,2031-03,1,PR10-2,HOME_VISIT,2031-03-01,2031-03-31,31,1550.00,SR10-2\n"))});
    ctl.require({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"), QStringLiteral("2031-03")});
    // Wenzhou 2023: fund 80 %, deposit 5 % of the fund share.
    CHECK(str(ctl.result(QStringLiteral("CR10-1"), 1)) == "9//45000/1800");       // up to the day before the suspension
    CHECK(str(ctl.result(QStringLiteral("CR10-1"), 2)) == "0/R10/0/0");            // its first to its last day
    CHECK(str(ctl.result(QStringLiteral("CR10-1"), 3)) == "10//50000/2000");      // from the day after
    CHECK(str(ctl.result(QStringLiteral("CR10-1"), 4)) == "0/R10/0/0");            // barred from that day
    CHECK(str(ctl.result(QStringLiteral("CR10-2"), 1)) == "15/R10/75000/3000");   // employed until 15 March

    // Wenzhou's renewal_terms: 3 years need a latest score of at least 90.
    ctl.require({QStringLiteral("run"), QStringLiteral("performance.record_score"),
                 QStringLiteral("{\"id\":\"PS-R10\",\"institution_code\":\"IR10\",\"year\":2030,"
                                "\"criteria_set\":\"CHANGNING_STARS\",\"scored_on\":\"2031-01-15\",\"items\":"
                                "[{\"criterion\":\"服务质量\",\"max\":100,\"points\":91}]}"),
                 QStringLiteral("--as"), QStringLiteral("agreement_officer")});
    // A renewal from 1 March that sets its own deposit ratio (10 %) replaces the policy's.
    ctl.require({QStringLiteral("run"), QStringLiteral("agreement.sign"),
                 QStringLiteral("{\"id\":\"AG-R10\",\"institution_code\":\"IR10\",\"valid_from\":\"2031-03-01\","
                                "\"valid_to\":\"2034-02-28\",\"service_forms\":\"HOME_VISIT\",\"deposit_permille\":100,"
                                "\"signed_on\":\"2031-02-20\"}"),
                 QStringLiteral("--as"), QStringLiteral("agreement_officer")});
    ctl.require({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"), QStringLiteral("2031-03")});
    CHECK(str(ctl.result(QStringLiteral("CR10-1"), 1)) == "9//45000/3600");
    CHECK(str(ctl.result(QStringLiteral("CR10-2"), 1)) == "15/R10/75000/6000");
    // The renewal worklist: the imported agreement's last weeks are covered by the renewal.
    const CtlRun renewals = ctl.run({QStringLiteral("list"), QStringLiteral("agreements"), QStringLiteral("--on"),
                                     QStringLiteral("2031-12-15"), QStringLiteral("--status"), QStringLiteral("RENEWED")});
    REQUIRE(renewals.code == 0);
    CHECK(renewals.out.startsWith(QStringLiteral("institution_code,institution_name,agreement_id,valid_from,valid_to,")));
    CHECK(renewals.out.contains(QStringLiteral("IR10,鹿城颐康护理站,import:IR10,2031-01-01,2031-12-31,,HOME_VISIT,RENEWED,16")));
    CHECK(ctl.run({QStringLiteral("list"), QStringLiteral("agreements"), QStringLiteral("--status"), QStringLiteral("LATE")}).code == 1);

    // The renewal ended from 25 March: the imported agreement still runs, so the days are paid,
    // and a line whose last day is after the end takes the policy's deposit ratio again.
    ctl.require({QStringLiteral("run"), QStringLiteral("agreement.end"),
                 QStringLiteral("{\"id\":\"AG-R10\",\"ended_on\":\"2031-03-25\",\"reason\":\"违约解除\"}"),
                 QStringLiteral("--as"), QStringLiteral("agreement_officer")});
    ctl.require({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"), QStringLiteral("2031-03")});
    CHECK(str(ctl.result(QStringLiteral("CR10-1"), 1)) == "9//45000/3600");
    CHECK(str(ctl.result(QStringLiteral("CR10-1"), 3)) == "10//50000/2000");  // the imported agreement still runs
}
