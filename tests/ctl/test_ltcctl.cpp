// The real ltcctl binary, as bureau IT staff script it: verbs, exit codes (0 done, 1 usage,
// 2 bad input with nothing written, 3 refused) and FILE:LINE: column: message on stderr.
#include <catch2/catch.hpp>

#include "core/citizenid.h"
#include "core/csv.h"
#include "core/money.h"
#include "ctl/ctlrun.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using ltc::test::Ctl;
using ltc::test::Run;
using ltc::test::str;

namespace {

QString person(const QString &no, QDate birth, int sequence, const QString &sex, const QString &birthText)
{
    const QString first17 = QStringLiteral("330302") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    const QString id = first17 + ltc::citizenIdCheckChar(first17);
    return QStringList{no, id, QStringLiteral("张秀英"), sex, birthText, QStringLiteral("EMPLOYEE"),
                       QStringLiteral("2001-07-01"), QString(), QString(), QStringLiteral("330302")}
               .join(QLatin1Char(','))
           + QLatin1Char('\n');
}

const QString kHeader = QStringLiteral(
    "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,insured_until,died_on,district\n");

} // namespace

TEST_CASE("ltcctl: init and usage errors", "[ctl]")
{
    Ctl ctl;
    const Run init = ctl.run({QStringLiteral("init")});
    REQUIRE_EXIT(init, 0);
    CHECK(QFile::exists(ctl.db()));
    CHECK(ctl.count(QStringLiteral("schema_migrations")) >= 1);
    REQUIRE_EXIT(ctl.run({QStringLiteral("init")}), 0);  // migrating again is harmless

    REQUIRE_EXIT(ctl.run({QStringLiteral("bogus")}), 1);
    REQUIRE_EXIT(ctl.run({}), 1);
    REQUIRE_EXIT(ctl.run({QStringLiteral("policy")}), 1);
    REQUIRE_EXIT(ctl.run({QStringLiteral("init"), QStringLiteral("--no-such-option")}), 1);
    const QString csv = ctl.file(QStringLiteral("x.csv"), kHeader.toUtf8());
    const Run unknownKind = ctl.run({QStringLiteral("import"), QStringLiteral("comets"), csv});
    REQUIRE_EXIT(unknownKind, 1);
    CHECK(unknownKind.err.contains(QStringLiteral("persons")));  // names the known kinds
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("many")}), 1);
}

TEST_CASE("ltcctl: import reports every bad row as FILE:LINE: column: message", "[ctl]")
{
    Ctl ctl;
    const QDate birth(1940, 3, 15);
    const QString bad = kHeader + person(QStringLiteral("P1"), birth, 2, QStringLiteral("F"), QStringLiteral("1940-03-15"))
                        + person(QStringLiteral("P2"), birth, 4, QStringLiteral("X"), QStringLiteral("1940-03-15"))
                        + person(QStringLiteral("P3"), birth, 6, QStringLiteral("F"), QStringLiteral("1940-03-15"))
                        + person(QStringLiteral("P4"), birth, 8, QStringLiteral("F"), QStringLiteral("1940-13-15"))
                        + person(QStringLiteral("P5"), birth, 10, QStringLiteral("M"), QStringLiteral("1940-03-15"));
    const QString badPath = ctl.file(QStringLiteral("bad.csv"), bad.toUtf8());
    const Run refused = ctl.run({QStringLiteral("import"), QStringLiteral("persons"), badPath});
    REQUIRE_EXIT(refused, 2);

    const QRegularExpression issue(QStringLiteral("^(.+):(\\d+): ([a-z_]+): (.+)$"));
    QStringList places;
    QStringList others;
    for (const QString &line : refused.errLines()) {
        const QRegularExpressionMatch match = issue.match(line);
        if (match.hasMatch()) {
            CHECK(str(match.captured(1)) == str(badPath));
            places << match.captured(2) + QStringLiteral(": ") + match.captured(3);
        } else {
            others << line;
        }
    }
    CHECK(str(places.join(QStringLiteral(", "))) == "3: sex, 5: birth_date, 6: sex");
    // Besides the issues, one closing summary line at most.
    INFO(str(others.join(QLatin1Char('\n'))));
    REQUIRE(others.size() <= 1);
    if (!others.isEmpty())
        CHECK(others.at(0).startsWith(badPath + QStringLiteral(": ")));
    CHECK(ctl.count(QStringLiteral("persons")) == 0);
    CHECK(ctl.count(QStringLiteral("audit_log")) == 0);

    const QString good = kHeader + person(QStringLiteral("P1"), birth, 2, QStringLiteral("F"), QStringLiteral("1940-03-15"))
                         + person(QStringLiteral("P2"), birth, 3, QStringLiteral("M"), QStringLiteral("1940-03-15"));
    const QString goodPath = ctl.file(QStringLiteral("good.csv"), good.toUtf8());
    const Run imported = ctl.run({QStringLiteral("import"), QStringLiteral("persons"), goodPath});
    REQUIRE_EXIT(imported, 0);
    CHECK(imported.err.isEmpty());
    CHECK(ctl.count(QStringLiteral("persons")) == 2);
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("persons"), goodPath}), 0);
    CHECK(ctl.count(QStringLiteral("persons")) == 2);

    const Run missing = ctl.run({QStringLiteral("import"), QStringLiteral("persons"),
                                 ctl.file(QStringLiteral("placeholder"), {}) + QStringLiteral(".does-not-exist")});
    REQUIRE_EXIT(missing, 2);
}

TEST_CASE("ltcctl: policy load", "[ctl]")
{
    Ctl ctl;
    const QString lanshan = QStringLiteral(LTC_SOURCE_DIR "/resources/policies/linyi-lanshan-2017.json");
    const QString wenzhou = QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json");
    REQUIRE_EXIT(ctl.run({QStringLiteral("policy"), QStringLiteral("load"), lanshan}), 0);
    REQUIRE_EXIT(ctl.run({QStringLiteral("policy"), QStringLiteral("load"), wenzhou}), 0);
    CHECK(ctl.count(QStringLiteral("policies")) == 2);
    CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy.load'")).toInt() == 2);

    // A syntax error (two commas) on line 3.
    const QString broken = ctl.file(QStringLiteral("broken.json"),
                                    QByteArray("{\n  \"region\": \"330300\",\n  \"name\": \"x\",,\n"
                                               "  \"effective_from\": \"2027-01-01\"\n}\n"));
    const Run syntax = ctl.run({QStringLiteral("policy"), QStringLiteral("load"), broken});
    REQUIRE_EXIT(syntax, 2);
    CHECK(syntax.err.startsWith(broken + QStringLiteral(":3: ")));

    QFile source(wenzhou);
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    REQUIRE(text.contains("\"fund_ratio_permille\": 800"));
    text.replace("\"fund_ratio_permille\": 800", "\"fund_ratio_permille\": 1200");
    const QString invalid = ctl.file(QStringLiteral("invalid.json"), text);
    const Run refused = ctl.run({QStringLiteral("policy"), QStringLiteral("load"), invalid});
    REQUIRE_EXIT(refused, 2);
    CHECK(refused.err.startsWith(invalid + QStringLiteral(":")));
    CHECK(refused.err.contains(QStringLiteral("fund_ratio_permille")));

    // Another 330300 version from 2024 overlaps the 2023 one, which is open-ended: refused.
    source.seek(0);
    text = source.readAll().replace("\"effective_from\": \"2023-01-01\"", "\"effective_from\": \"2024-01-01\"");
    const Run overlap = ctl.run({QStringLiteral("policy"), QStringLiteral("load"),
                                 ctl.file(QStringLiteral("overlap.json"), text)});
    REQUIRE_EXIT(overlap, 3);
    CHECK(overlap.err.contains(QStringLiteral("overlaps")));
    CHECK(ctl.count(QStringLiteral("policies")) == 2);
}

TEST_CASE("ltcctl: demo, commands and run", "[ctl]")
{
    Ctl ctl;
    const Run demo = ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("50"),
                              QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE_EXIT(demo, 0);
    CHECK(ctl.count(QStringLiteral("persons")) == 50);
    CHECK(ctl.count(QStringLiteral("users")) >= 9);

    const Run commands = ctl.run({QStringLiteral("commands")});
    REQUIRE_EXIT(commands, 0);
    bool listed = false;
    for (const QString &line : commands.out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("person.register\t")))
            continue;
        listed = true;
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() >= 3);
        CHECK(fields.at(1).contains(QStringLiteral("id_number")));
        CHECK(fields.at(2).split(QLatin1Char(',')).contains(QStringLiteral("handler")));
    }
    CHECK(listed);
    CHECK(commands.out.contains(QStringLiteral("policy.load\t")));

    const QString personNo = ctl.scalar(QStringLiteral("SELECT person_no FROM persons ORDER BY person_no LIMIT 1")).toString();
    REQUIRE(!personNo.isEmpty());
    const QString args =
        QStringLiteral("{\"person_no\":\"%1\",\"phone\":\"0577-88886666\"}").arg(personNo);
    const QString phone = QStringLiteral("SELECT phone FROM persons WHERE person_no = '%1'").arg(personNo);
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("person.update_contact"), args, QStringLiteral("--as"),
                          QStringLiteral("handler")}),
                 0);
    CHECK(str(ctl.scalar(phone).toString()) == "0577-88886666");
    // The demo's own changes (its applications and agreement states) are not the run's.
    CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE command NOT LIKE 'import.%' AND status <> 'demo' "
                                    "AND username <> 'demo'")).toInt() == 1);

    const QString other = QStringLiteral("{\"person_no\":\"%1\",\"phone\":\"0577-11112222\"}").arg(personNo);
    const Run forbidden = ctl.run({QStringLiteral("run"), QStringLiteral("person.update_contact"), other,
                                   QStringLiteral("--as"), QStringLiteral("manager")});
    REQUIRE_EXIT(forbidden, 3);
    CHECK(forbidden.err.contains(QStringLiteral("forbidden")));
    const Run malformed = ctl.run({QStringLiteral("run"), QStringLiteral("person.update_contact"),
                                   QStringLiteral("{\"person_no\": "), QStringLiteral("--as"), QStringLiteral("handler")});
    REQUIRE_EXIT(malformed, 2);
    const Run invalid = ctl.run({QStringLiteral("run"), QStringLiteral("person.update_contact"),
                                 QStringLiteral("{\"person_no\":\"%1\",\"phone\":\"call me\"}").arg(personNo),
                                 QStringLiteral("--as"), QStringLiteral("handler")});
    REQUIRE_EXIT(invalid, 2);
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("person.update_contact"), other, QStringLiteral("--as"),
                          QStringLiteral("nobody")}),
                 3);
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("person.teleport"), QStringLiteral("{}"),
                          QStringLiteral("--as"), QStringLiteral("handler")}),
                 1);
    CHECK(str(ctl.scalar(phone).toString()) == "0577-88886666");
    // The demo's own changes (its applications and agreement states) are not the run's.
    CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE command NOT LIKE 'import.%' AND status <> 'demo' "
                                    "AND username <> 'demo'")).toInt() == 1);
}

TEST_CASE("ltcctl: --as USER makes a change that local user's, checked against their roles", "[ctl]")
{
    Ctl ctl;
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20"), QStringLiteral("--months"),
                          QStringLiteral("1")}),
                 0);
    const QDate birth(1941, 5, 2);
    const auto personsFile = [&](const QString &name, const QString &no, int sequence) {
        return ctl.file(name, (kHeader + person(no, birth, sequence, QStringLiteral("F"), QStringLiteral("1941-05-02"))).toUtf8());
    };
    const QString first = personsFile(QStringLiteral("first.csv"), QStringLiteral("PAS1"), 2);
    const QString imported = QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no = 'PAS1'");

    SECTION("import")
    {
        const Run refused = ctl.run({QStringLiteral("import"), QStringLiteral("persons"), first, QStringLiteral("--as"),
                                     QStringLiteral("manager")});
        REQUIRE_EXIT(refused, 3);  // a manager may not import persons
        CHECK(refused.err.contains(QStringLiteral("roles")));
        CHECK(ctl.scalar(imported).toInt() == 0);
        const Run unknown = ctl.run({QStringLiteral("import"), QStringLiteral("persons"), first, QStringLiteral("--as"),
                                     QStringLiteral("nobody")});
        REQUIRE_EXIT(unknown, 3);
        CHECK(unknown.err.contains(QStringLiteral("no enabled local user 'nobody'")));
        REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("persons"), first, QStringLiteral("--as"),
                              QStringLiteral("handler")}),
                     0);
        CHECK(ctl.scalar(imported).toInt() == 1);
        CHECK(str(ctl.auditUser(QStringLiteral("import.persons"))) == "handler");
    }
    SECTION("policy load and settlement audit")
    {
        const QString lanshan = QStringLiteral(LTC_SOURCE_DIR "/resources/policies/linyi-lanshan-2017.json");
        const int policyChanges = ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE command = 'policy.load'")).toInt();
        REQUIRE_EXIT(ctl.run({QStringLiteral("policy"), QStringLiteral("load"), lanshan, QStringLiteral("--as"),
                              QStringLiteral("handler")}),
                     3);
        CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE command = 'policy.load'")).toInt() == policyChanges);
        // The district's administrator may not change another region's policy …
        const Run elsewhere = ctl.run({QStringLiteral("policy"), QStringLiteral("load"), lanshan, QStringLiteral("--as"),
                                       QStringLiteral("admin")});
        REQUIRE_EXIT(elsewhere, 3);
        CHECK(elsewhere.err.contains(QStringLiteral("371302")));
        // … but the district's own.
        QFile source(lanshan);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QJsonObject own = QJsonDocument::fromJson(source.readAll()).object();
        own.insert(QStringLiteral("region"), QStringLiteral("330302"));
        own.insert(QStringLiteral("effective_from"), QStringLiteral("2031-01-01"));
        const QString ownFile = ctl.file(QStringLiteral("own-policy.json"), QJsonDocument(own).toJson());
        const Run loaded = ctl.run({QStringLiteral("policy"), QStringLiteral("load"), ownFile, QStringLiteral("--as"),
                                    QStringLiteral("admin")});
        REQUIRE_EXIT(loaded, 0);
        CHECK(str(ctl.auditUser(QStringLiteral("policy.load"))) == "admin");
        CHECK(str(ctl.scalar(QStringLiteral("SELECT username FROM outbox WHERE command = 'policy.load' ORDER BY seq DESC "
                                            "LIMIT 1"))
                      .toString())
              == "admin");

        const QString period = ctl.scalar(QStringLiteral("SELECT MAX(period) FROM claim_lines")).toString();
        REQUIRE(!period.isEmpty());
        const QStringList audit{QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"), period,
                                QStringLiteral("--as")};
        REQUIRE_EXIT(ctl.run(audit + QStringList{QStringLiteral("handler")}), 3);
        CHECK(ctl.count(QStringLiteral("settlement_results")) == 0);
        REQUIRE_EXIT(ctl.run(audit + QStringList{QStringLiteral("first_reviewer")}), 0);
        CHECK(str(ctl.auditUser(QStringLiteral("settlement.run_audit"))) == "first_reviewer");
    }
    SECTION("without --as: the operator until the store syncs, then the user it last synced as")
    {
        REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("persons"), first}), 0);
        CHECK(ctl.auditUser(QStringLiteral("import.persons")).startsWith(QStringLiteral("ltcctl:")));

        ctl.exec(QStringLiteral("INSERT INTO local_meta (key, value) VALUES ('sync_user', 'handler')"));
        REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("persons"),
                              personsFile(QStringLiteral("second.csv"), QStringLiteral("PAS2"), 4)}),
                     0);
        CHECK(str(ctl.auditUser(QStringLiteral("import.persons"))) == "handler");
        const QString lanshan = QStringLiteral(LTC_SOURCE_DIR "/resources/policies/linyi-lanshan-2017.json");
        REQUIRE_EXIT(ctl.run({QStringLiteral("policy"), QStringLiteral("load"), lanshan}), 3);  // a handler is no admin

        ctl.exec(QStringLiteral("UPDATE local_meta SET value = 'left_the_office' WHERE key = 'sync_user'"));
        const Run unknown = ctl.run({QStringLiteral("import"), QStringLiteral("persons"), first});
        REQUIRE_EXIT(unknown, 3);
        CHECK(unknown.err.contains(QStringLiteral("left_the_office")));
        CHECK(unknown.err.contains(QStringLiteral("--as")));
    }
}

namespace {

// The text of a PDF, through poppler's pdftotext (installed by scripts/bootstrap.sh), without
// white space (table cells wrap) and in NFKC: the CJK font maps some ideographs' glyphs back to
// Kangxi radicals (鹿 → ⿅), which NFKC folds back. (长 comes back as a radical NFKC keeps.)
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    QString text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QByteArray fileStart(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(2);
}

} // namespace

TEST_CASE("ltcctl: settlement audit, an override through run, exports as reviewed, what-if", "[ctl][settlement]")
{
    Ctl ctl;
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("80"),
                          QStringLiteral("--months"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("3")}),
                 0);
    const QString period = ctl.scalar(QStringLiteral("SELECT MAX(period) FROM claim_lines")).toString();
    REQUIRE(!period.isEmpty());
    const int lines = ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = '%1'").arg(period)).toInt();
    REQUIRE(lines > 10);

    const Run dry = ctl.run({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"), period,
                             QStringLiteral("--dry-run")});
    REQUIRE_EXIT(dry, 0);
    CHECK(dry.out.contains(QStringLiteral("dry run: nothing was stored")));
    CHECK(ctl.count(QStringLiteral("settlement_results")) == 0);
    const Run first = ctl.run({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"), period});
    REQUIRE_EXIT(first, 0);
    CHECK(ctl.count(QStringLiteral("settlement_results")) == lines);
    // The month's first run says how many lines it audited, from the command's own report.
    CHECK(first.out.contains(QStringLiteral("%1 line(s) audited for the first time").arg(lines)));

    // A first reviewer allows 1.00 yuan of a line the rules allowed more of.
    const QString claim = ctl.scalar(QStringLiteral("SELECT claim_no || '/' || line_no FROM settlement_results WHERE "
                                                    "allowed_fen > 100 ORDER BY claim_no, line_no LIMIT 1")).toString();
    REQUIRE(claim.contains(QLatin1Char('/')));
    const QString review = QStringLiteral("{\"claim_no\":\"%1\",\"line_no\":%2,\"decision\":\"override\","
                                          "\"allowed\":\"1.00\",\"reason\":\"护理记录不全\"}")
                               .arg(claim.section(QLatin1Char('/'), 0, 0), claim.section(QLatin1Char('/'), 1, 1));
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("claim.review_line"), review, QStringLiteral("--as"),
                          QStringLiteral("first_reviewer")}),
                 0);

    const QString csv = ctl.file(QStringLiteral("out.csv"), {});
    const Run exported = ctl.run({QStringLiteral("settlement"), QStringLiteral("export"), QStringLiteral("--period"),
                                  period, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    REQUIRE_EXIT(exported, 0);
    CHECK(exported.out.contains(QStringLiteral("exported %1 lines").arg(lines)));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == lines + 1);
    CHECK(rows.first().startsWith(QStringLiteral("claim_no,line_no,person_no,institution_code,claimed,allowed,deducted,"
                                                 "fund,personal,deposit,reasons")));
    const QStringList overridden = rows.filter(QStringLiteral(",override,护理记录不全"));
    REQUIRE(overridden.size() == 1);
    CHECK(overridden.first().section(QLatin1Char(','), 5, 5) == QStringLiteral("1.00"));

    const QString xlsx = ctl.file(QStringLiteral("out.xlsx"), {});
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("export"), QStringLiteral("--period"), period,
                          QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx}),
                 0);
    CHECK(fileStart(xlsx) == QByteArray("PK"));

    // The PDF report is for paper: Chinese by default, English on request.
    const QString pdf = ctl.file(QStringLiteral("out.pdf"), {});
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("export"), QStringLiteral("--period"), period,
                          QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf}),
                 0);
    CHECK(fileStart(pdf) == QByteArray("%P"));
    const QString chinese = pdfText(pdf);
    INFO(str(chinese.left(2000)));
    CHECK(chinese.contains(QStringLiteral("护理保险结算报表")));
    CHECK(chinese.contains(QStringLiteral("初审调整")));
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("export"), QStringLiteral("--period"), period,
                          QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                          QStringLiteral("--lang"), QStringLiteral("en")}),
                 0);
    CHECK(pdfText(pdf).contains(QStringLiteral("Long-termcareinsurancesettlementreport")));

    // Refusals: a month never audited; usage: an unknown format or language.
    const Run none = ctl.run({QStringLiteral("settlement"), QStringLiteral("export"), QStringLiteral("--period"),
                              QStringLiteral("2019-01"), QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--out"), csv});
    REQUIRE_EXIT(none, 3);
    CHECK(none.err.contains(QStringLiteral("2019-01")));
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("export"), QStringLiteral("--period"), period,
                          QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("--out"), csv}),
                 1);
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("export"), QStringLiteral("--period"), period,
                          QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                          QStringLiteral("--lang"), QStringLiteral("fr")}),
                 1);

    // What-if with a draft that pays the fund 100%: the fund's total rises, nothing is written.
    QFile wenzhou(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
    REQUIRE(wenzhou.open(QIODevice::ReadOnly));
    QByteArray draftJson = wenzhou.readAll();
    REQUIRE(draftJson.contains("\"fund_ratio_permille\": 800"));
    draftJson.replace("\"fund_ratio_permille\": 800", "\"fund_ratio_permille\": 1000");
    const QString draft = ctl.file(QStringLiteral("draft.json"), draftJson);
    const int outbox = ctl.count(QStringLiteral("outbox"));
    const Run whatIf = ctl.run({QStringLiteral("settlement"), QStringLiteral("what-if"), QStringLiteral("--period"),
                                period, QStringLiteral("--policy"), draft});
    REQUIRE_EXIT(whatIf, 0);
    CHECK(whatIf.out.contains(QStringLiteral("in force")));
    CHECK(whatIf.out.contains(QStringLiteral("difference in allowed")));
    CHECK(ctl.count(QStringLiteral("outbox")) == outbox);
}

TEST_CASE("ltcctl: re-importing claims of a month past first review is refused with exit 3 and an open month imports",
          "[ctl][settlement]")
{
    Ctl ctl;
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20"),
                          QStringLiteral("--months"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5")}),
                 0);
    const QString person = ctl.scalar(QStringLiteral("SELECT MIN(person_no) FROM persons")).toString();
    const QString reviewed = ctl.scalar(QStringLiteral("SELECT MIN(code) FROM institutions WHERE kind = 'CARE'")).toString();
    const QString open = ctl.scalar(QStringLiteral("SELECT MAX(code) FROM institutions WHERE kind = 'CARE'")).toString();
    REQUIRE(reviewed != open);
    // A month of its own (2023-01): two lines of one institution, one of another.
    const QString header = QStringLiteral(
        "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n");
    const auto line = [&](const QString &claim, const QString &institution, int lineNo, const QString &amount) {
        return QStringLiteral("%1,%2,2023-01,%3,%4,HOME_VISIT,2023-01-0%3,2023-01-0%3,1,%5\n")
            .arg(claim, institution, QString::number(lineNo), person, amount);
    };
    const QString first = ctl.file(QStringLiteral("claims-2023-01.csv"),
                                   (header + line(QStringLiteral("Z1"), reviewed, 1, QStringLiteral("100"))
                                    + line(QStringLiteral("Z1"), reviewed, 2, QStringLiteral("100"))
                                    + line(QStringLiteral("Z2"), open, 1, QStringLiteral("100")))
                                       .toUtf8());
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("claims"), first}), 0);
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"),
                          QStringLiteral("2023-01")}),
                 0);
    for (int lineNo : {1, 2}) {
        REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("claim.review_line"),
                              QStringLiteral("{\"claim_no\":\"Z1\",\"line_no\":%1,\"decision\":\"accept\"}").arg(lineNo),
                              QStringLiteral("--as"), QStringLiteral("first_reviewer")}),
                     0);
    }
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("claim.first_review"),
                          QStringLiteral("{\"period\":\"2023-01\",\"institution_code\":\"%1\"}").arg(reviewed),
                          QStringLiteral("--as"), QStringLiteral("first_reviewer")}),
                 0);

    const QString rows = QStringLiteral(
        "SELECT group_concat(claim_no || ',' || line_no || ',' || institution_code || ',' || period || ',' || amount_fen, "
        "';') FROM (SELECT * FROM claim_lines ORDER BY claim_no, line_no)");
    const QString before = ctl.scalar(rows).toString();
    const QString again = ctl.file(QStringLiteral("again.csv"),
                                   (header + line(QStringLiteral("Z1"), reviewed, 1, QStringLiteral("90"))
                                    + line(QStringLiteral("Z2"), open, 1, QStringLiteral("90")))
                                       .toUtf8());
    const Run refused = ctl.run({QStringLiteral("import"), QStringLiteral("claims"), again});
    REQUIRE_EXIT(refused, 3);
    INFO(str(refused.err));
    REQUIRE(refused.errLines().size() == 1);  // the open month's line is not the problem
    CHECK(refused.errLines().first().startsWith(again + QStringLiteral(":2: period: ")));
    CHECK(refused.err.contains(reviewed));
    CHECK(refused.err.contains(QStringLiteral("first_reviewed")));
    CHECK(ctl.scalar(rows).toString() == before);  // all or nothing: not even the open month's line

    const QString openOnly = ctl.file(QStringLiteral("open.csv"),
                                      (header + line(QStringLiteral("Z2"), open, 1, QStringLiteral("90"))).toUtf8());
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("claims"), openOnly}), 0);
    CHECK(ctl.scalar(QStringLiteral("SELECT amount_fen FROM claim_lines WHERE claim_no = 'Z2'")).toInt() == 9000);
    CHECK(ctl.scalar(QStringLiteral("SELECT amount_fen FROM claim_lines WHERE claim_no = 'Z1' AND line_no = 1")).toInt()
          == 10000);
}

namespace {

QList<QStringList> csvRecords(const QString &text)
{
    ltc::CsvParser parser(text);
    QList<QStringList> records;
    ltc::CsvRecord record;
    while (parser.next(record))
        records << record.fields;
    REQUIRE(!parser.hasError());
    return records;
}

} // namespace

TEST_CASE("ltcctl: list claims prints the month's worklist as CSV and JSON; --help lists the modules' verbs",
          "[ctl][settlement]")
{
    Ctl ctl;
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("40"),
                          QStringLiteral("--months"), QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("3")}),
                 0);
    const QString period = ctl.scalar(QStringLiteral("SELECT MAX(period) FROM claim_lines")).toString();
    const int lines = ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = '%1'").arg(period)).toInt();
    REQUIRE(lines > 5);
    REQUIRE_EXIT(ctl.run({QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"), period}), 0);
    // A line the first reviewer set to 1.00 yuan.
    const QString claimNo = ctl.scalar(QStringLiteral("SELECT MAX(claim_no) FROM settlement_results")).toString();
    const QString review = QStringLiteral("{\"claim_no\":\"%1\",\"line_no\":1,\"decision\":\"override\","
                                          "\"allowed\":\"1.00\",\"reason\":\"护理记录不全, 缺签字\"}").arg(claimNo);
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("claim.review_line"), review, QStringLiteral("--as"),
                          QStringLiteral("first_reviewer")}),
                 0);
    const QString where = QStringLiteral(" WHERE claim_no = '%1' AND line_no = 1").arg(claimNo);
    const QString personNo = ctl.scalar(QStringLiteral("SELECT person_no FROM claim_lines") + where).toString();
    const QString personName = ctl.scalar(QStringLiteral("SELECT name FROM persons WHERE person_no = '%1'").arg(personNo)).toString();
    const QString audited =
        ltc::formatYuan(ctl.scalar(QStringLiteral("SELECT allowed_fen FROM settlement_results") + where).toLongLong());

    const Run csv = ctl.run({QStringLiteral("list"), QStringLiteral("claims"), QStringLiteral("--period"), period});
    REQUIRE_EXIT(csv, 0);
    const QList<QStringList> records = csvRecords(csv.out);
    REQUIRE(records.size() == lines + 1);
    const QStringList header = records.first();
    CHECK(str(header.join(QLatin1Char(','))) == "claim_no,line_no,institution_code,institution_name,person_no,person_name,"
                                                 "service_form,service_form_name,service_from,service_to,days,claimed,"
                                                 "allowed,deducted,fund,personal,reasons,review,review_allowed,review_reason");
    const auto field = [&header](const QStringList &record, const char *column) {
        return record.value(int(header.indexOf(QString::fromLatin1(column))));
    };
    QStringList overridden;
    for (const QStringList &record : records.mid(1)) {
        if (field(record, "claim_no") == claimNo && field(record, "line_no") == QStringLiteral("1"))
            overridden = record;
    }
    REQUIRE(overridden.size() == header.size());
    CHECK(str(field(overridden, "person_no")) == str(personNo));
    CHECK(str(field(overridden, "person_name")) == str(personName));
    CHECK(str(field(overridden, "allowed")) == str(audited));  // as audited, as the worklist shows it
    CHECK(str(field(overridden, "review")) == "override");
    CHECK(str(field(overridden, "review_allowed")) == "1.00");
    CHECK(str(field(overridden, "review_reason")) == "护理记录不全, 缺签字");  // quoted: it holds a comma
    CHECK(csv.out.contains(QStringLiteral("\"护理记录不全, 缺签字\"")));

    const QString institution = ctl.scalar(QStringLiteral("SELECT MIN(institution_code) FROM claim_lines")).toString();
    const int ofInstitution =
        ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = '%1' AND institution_code = '%2'")
                       .arg(period, institution))
            .toInt();
    const Run one = ctl.run({QStringLiteral("list"), QStringLiteral("claims"), QStringLiteral("--period"), period,
                             QStringLiteral("--institution"), institution});
    REQUIRE_EXIT(one, 0);
    CHECK(csvRecords(one.out).size() == ofInstitution + 1);

    const Run json = ctl.run({QStringLiteral("list"), QStringLiteral("claims"), QStringLiteral("--period"), period,
                              QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_EXIT(json, 0);
    QJsonParseError error;
    const QJsonArray objects = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(objects.size() == lines);
    QJsonObject line;
    for (const QJsonValue &value : objects) {
        if (value.toObject().value(QStringLiteral("claim_no")).toString() == claimNo
            && value.toObject().value(QStringLiteral("line_no")).toInt() == 1)
            line = value.toObject();
    }
    REQUIRE(!line.isEmpty());
    CHECK(line.keys().size() == header.size());
    CHECK(line.value(QStringLiteral("days")).isDouble());  // a number, not text
    CHECK(str(line.value(QStringLiteral("allowed")).toString()) == str(audited));
    CHECK(str(line.value(QStringLiteral("review")).toString()) == "override");
    CHECK(str(line.value(QStringLiteral("person_name")).toString()) == str(personName));

    // Usage errors: exit 1, nothing printed on stdout.
    const Run unknown = ctl.run({QStringLiteral("list"), QStringLiteral("comets"), QStringLiteral("--period"), period});
    REQUIRE_EXIT(unknown, 1);
    CHECK(unknown.err.contains(QStringLiteral("claims")));  // names the known worklists
    const Run badFormat = ctl.run({QStringLiteral("list"), QStringLiteral("claims"), QStringLiteral("--period"), period,
                                   QStringLiteral("--format"), QStringLiteral("xml")});
    REQUIRE_EXIT(badFormat, 1);
    CHECK(badFormat.out.isEmpty());
    REQUIRE_EXIT(ctl.run({QStringLiteral("list"), QStringLiteral("claims")}), 1);  // --period is required
    REQUIRE_EXIT(ctl.run({QStringLiteral("list"), QStringLiteral("claims"), QStringLiteral("--period"),
                          QStringLiteral("2026-13")}),
                 1);
    REQUIRE_EXIT(ctl.run({QStringLiteral("list"), QStringLiteral("claims"), QStringLiteral("--period"), period,
                          QStringLiteral("--policy"), QStringLiteral("x.json")}),
                 1);  // not a filter of claims
    REQUIRE_EXIT(ctl.run({QStringLiteral("list")}), 1);

    const Run help = ctl.run({QStringLiteral("--help")});
    REQUIRE_EXIT(help, 0);
    CHECK(help.out.contains(QStringLiteral("ltcctl settlement audit --period YYYY-MM")));
    CHECK(help.out.contains(QStringLiteral("Worklists: ltcctl list WORKLIST")));
    CHECK(help.out.contains(QStringLiteral("[--institution CODE]")));
    const Run commands = ctl.run({QStringLiteral("commands")});
    REQUIRE_EXIT(commands, 0);
    CHECK(commands.out.contains(QStringLiteral("settlement.run_audit\t")));
    CHECK(commands.out.contains(QStringLiteral("person.register\t")));
    CHECK(commands.out.contains(QStringLiteral("import.claims\t")));
}

TEST_CASE("ltcctl: applications are submitted, accepted and refused through run, with CONTRACT exit codes, and listed",
          "[ctl][applications]")
{
    Ctl ctl;
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("60"), QStringLiteral("--months"),
                          QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5")}),
                 0);
    // The demo has applications in every state, some overdue.
    const int demoApplications = ctl.count(QStringLiteral("applications"));
    REQUIRE(demoApplications >= 6);
    CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(DISTINCT status) FROM applications")).toInt() == 4);

    const QString personNo = ctl.scalar(QStringLiteral("SELECT person_no FROM persons WHERE person_no NOT IN (SELECT "
                                                       "person_no FROM applications) ORDER BY person_no LIMIT 1"))
                                 .toString();
    REQUIRE(!personNo.isEmpty());
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const auto submission = [&](const QString &id, const QString &kind, const QString &channel) {
        return QStringLiteral("{\"id\":\"%1\",\"person_no\":\"%2\",\"kind\":\"%3\",\"channel\":\"%4\",\"received_on\":\"%5\"}")
            .arg(id, personNo, kind, channel, yesterday);
    };
    const auto run = [&](const QString &command, const QString &args, const QString &user) {
        return ctl.run({QStringLiteral("run"), command, args, QStringLiteral("--as"), user});
    };
    const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE_EXIT(run(QStringLiteral("application.submit"), submission(first, QStringLiteral("FIRST"), QStringLiteral("COUNTER")),
                     QStringLiteral("handler")),
                 0);
    // A second open application of the kind: refused, exit 3.
    const Run second = run(QStringLiteral("application.submit"),
                           submission(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("FIRST"),
                                      QStringLiteral("COUNTER")),
                           QStringLiteral("handler"));
    REQUIRE_EXIT(second, 3);
    CHECK(second.err.contains(QStringLiteral("conflict")));
    // Bad input: exit 2, nothing written.
    REQUIRE_EXIT(run(QStringLiteral("application.submit"),
                     submission(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("THIRD"),
                                QStringLiteral("COUNTER")),
                     QStringLiteral("handler")),
                 2);
    // The online channel's account may not take a counter application; a manager decides nothing.
    REQUIRE_EXIT(run(QStringLiteral("application.submit"),
                     submission(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("DISPUTE"),
                                QStringLiteral("COUNTER")),
                     QStringLiteral("channel")),
                 3);
    const QString online = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE_EXIT(run(QStringLiteral("application.submit"), submission(online, QStringLiteral("DISPUTE"), QStringLiteral("ONLINE")),
                     QStringLiteral("channel")),
                 0);
    const QString idArgs = QStringLiteral("{\"id\":\"%1\"}").arg(first);
    REQUIRE_EXIT(run(QStringLiteral("application.accept"), idArgs, QStringLiteral("manager")), 3);
    REQUIRE_EXIT(run(QStringLiteral("application.accept"), idArgs, QStringLiteral("handler")), 0);
    const Run again = run(QStringLiteral("application.accept"), idArgs, QStringLiteral("handler"));
    REQUIRE_EXIT(again, 3);  // a transition the state does not allow
    CHECK(again.err.contains(QStringLiteral("status: ")));
    CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM assessment_tasks WHERE application_id = '%1'").arg(first)).toInt() == 1);
    REQUIRE_EXIT(run(QStringLiteral("application.refuse"),
                     QStringLiteral("{\"id\":\"%1\",\"reason\":\"LAZY\",\"text\":\"x\"}").arg(online), QStringLiteral("handler")),
                 2);
    REQUIRE_EXIT(run(QStringLiteral("application.refuse"),
                     QStringLiteral("{\"id\":\"%1\",\"reason\":\"MATERIALS\",\"text\":\"材料不全\"}").arg(online),
                     QStringLiteral("handler")),
                 0);
    CHECK(ctl.count(QStringLiteral("applications")) == demoApplications + 2);

    const Run csv = ctl.run({QStringLiteral("list"), QStringLiteral("applications")});
    REQUIRE_EXIT(csv, 0);
    const QList<QStringList> records = csvRecords(csv.out);
    REQUIRE(records.size() == demoApplications + 3);
    const QStringList header = records.first();
    for (const char *column : {"id", "person_no", "kind", "channel", "status", "received_on", "due_on", "working_days_left"})
        CHECK(header.contains(QString::fromLatin1(column)));
    // In deadline order: every open one with a due date before any without.
    const qsizetype due = header.indexOf(QStringLiteral("due_on"));
    const qsizetype state = header.indexOf(QStringLiteral("status"));
    QString previous;
    bool seenWithout = false;
    for (const QStringList &record : records.mid(1)) {
        const bool running = record.at(state) == QStringLiteral("RECEIVED");
        if (!running) {
            seenWithout = true;
            continue;
        }
        CHECK_FALSE(seenWithout);
        CHECK(record.at(due) >= previous);
        previous = record.at(due);
    }
    CHECK(csv.out.contains(QStringLiteral("overdue")));  // the demo's late ones

    const Run json = ctl.run({QStringLiteral("list"), QStringLiteral("applications"), QStringLiteral("--status"),
                              QStringLiteral("REFUSED"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_EXIT(json, 0);
    const QJsonArray refused = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE_FALSE(refused.isEmpty());
    bool found = false;
    for (const QJsonValue &value : refused) {
        CHECK(value.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("REFUSED"));
        found = found || value.toObject().value(QStringLiteral("id")).toString() == online;
    }
    CHECK(found);
    const Run running = ctl.run({QStringLiteral("list"), QStringLiteral("applications"), QStringLiteral("--status"),
                                 QStringLiteral("RECEIVED"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE_EXIT(running, 0);
    const QJsonArray open = QJsonDocument::fromJson(running.out.toUtf8()).array();
    REQUIRE_FALSE(open.isEmpty());
    CHECK(open.first().toObject().value(QStringLiteral("working_days_left")).isDouble());
    REQUIRE_EXIT(ctl.run({QStringLiteral("list"), QStringLiteral("applications"), QStringLiteral("--status"),
                          QStringLiteral("OPEN")}),
                 1);
}
