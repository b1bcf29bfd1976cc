// CSV imports: all or nothing, every bad row reported with line and column, idempotent,
// encodings detected, cancellable.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"

#include "audit.h"
#include "core/creditcode.h"
#include "importer.h"
#include "localstore.h"
#include "sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QStringEncoder>

#include <utility>

using namespace ltc;
using ltctest::str;

namespace {

const QString kPersonsHeader = QStringLiteral(
    "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,insured_until,died_on,district\n");
const QString kInstitutionsHeader = QStringLiteral(
    "code,name,kind,uscc,grade,service_forms,agreement_from,agreement_to,suspended_from,suspended_to\n");

// A woman's (even sequence) or man's (odd) ID of Lucheng, born on `birth`.
QString idFor(QDate birth, int sequence) { return ltctest::citizenId(QStringLiteral("330302"), birth, sequence); }

QString personLine(const QString &no, const QString &id, const QString &name, const QString &sex, const QString &birth,
                   const QString &extra = QStringLiteral(",,"))
{
    return QStringList{no, id, name, sex, birth, QStringLiteral("EMPLOYEE"), QStringLiteral("2001-07-01")}.join(
               QLatin1Char(','))
           + extra + QStringLiteral(",330302\n");
}

// A good person line: born 1940-03-15, a woman.
QString goodPerson(int n, const QString &name = QStringLiteral("张秀英"))
{
    return personLine(QStringLiteral("P%1").arg(n), idFor(QDate(1940, 3, 15), n * 2), name, QStringLiteral("F"),
                      QStringLiteral("1940-03-15"));
}

QString creditCode(const QString &body9)
{
    const QString first17 = QStringLiteral("52330302") + body9;
    return first17 + creditCodeCheckChar(first17);
}

QSet<std::pair<int, QString>> errorPlaces(const ImportReport &report)
{
    QSet<std::pair<int, QString>> places;
    for (const ImportIssue &issue : report.issues.errors())
        places.insert({issue.line, issue.column});
    return places;
}

std::string describe(const ImportReport &report, const QString &path)
{
    return str(QStringList{report.failure} + report.issues.formatErrors(path));
}

ImportReport import(ltctest::TempStore &s, const QString &kind, const QString &path, const ImportProgress &progress = {})
{
    return s->importer().importFile(ltctest::admin(), kind, path, progress);
}

} // namespace

TEST_CASE("import: persons happy path", "[database][import]")
{
    ltctest::TempStore s;
    const QString csv = kPersonsHeader + goodPerson(1)
                        + personLine(QStringLiteral("P2"), idFor(QDate(1935, 12, 1), 3), QStringLiteral("陈建国"),
                                     QStringLiteral("M"), QStringLiteral("1935-12-01"),
                                     QStringLiteral(",2025-06-30,"))
                        + personLine(QStringLiteral("P3"), idFor(QDate(1929, 1, 9), 4), QStringLiteral("林桂兰"),
                                     QStringLiteral("F"), QStringLiteral("1929-01-09"),
                                     QStringLiteral(",,2024-11-02"));
    const QString path = s.file(QStringLiteral("persons.csv"), csv.toUtf8());
    const ImportReport report = import(s, QStringLiteral("persons"), path);
    INFO(describe(report, path));
    REQUIRE(report.ok());
    CHECK(report.rows == 3);
    CHECK(str(report.encoding) == "UTF-8");
    CHECK(s.count(QStringLiteral("persons")) == 3);
    CHECK(str(s.scalar(QStringLiteral("SELECT name FROM persons WHERE person_no = 'P2'")).toString()) == "陈建国");
    CHECK(str(s.scalar(QStringLiteral("SELECT insured_until FROM persons WHERE person_no = 'P2'")).toString())
          == "2025-06-30");
    CHECK(s.scalar(QStringLiteral("SELECT died_on FROM persons WHERE person_no = 'P2'")).isNull());
    CHECK(str(s.scalar(QStringLiteral("SELECT died_on FROM persons WHERE person_no = 'P3'")).toString()) == "2024-11-02");

    QSqlDatabase db = s.db();
    REQUIRE(s.count(QStringLiteral("audit_log")) == 1);
    QSqlQuery audit = querySql(db, QStringLiteral("SELECT action, username, details FROM audit_log"));
    REQUIRE(audit.next());
    CHECK(str(audit.value(0).toString()) == "import.persons");
    CHECK(str(audit.value(1).toString()) == "admin");
    const QJsonObject details = QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object();
    CHECK(details.value(QStringLiteral("derived_rows")).toInt() == 3);
    const QJsonObject args = details.value(QStringLiteral("args")).toObject();
    CHECK(str(args.value(QStringLiteral("file")).toString()) == "persons.csv");
    const QString blob = args.value(QStringLiteral("blob")).toString();
    // The entry has the shape of every command's, here as on the server: where it came from too.
    CHECK(details.value(QStringLiteral("origin")).toObject().value(QStringLiteral("seq")).toInt() == 1);
    CHECK(blob == sha256Hex(csv.toUtf8()));
    CHECK(verifyAuditChain(db) == 0);
    // The import is a command waiting for the server, naming its file, which the store keeps.
    CHECK(str(s.scalar(QStringLiteral("SELECT command || ' ' || username || ' ' || status FROM outbox")).toString())
          == "import.persons admin pending");
    CHECK(s->blobs().read(blob) == csv.toUtf8());

    // The same file again: nothing duplicated.
    const ImportReport again = import(s, QStringLiteral("persons"), path);
    REQUIRE(again.ok());
    CHECK(again.rows == 3);
    CHECK(s.count(QStringLiteral("persons")) == 3);
}

TEST_CASE("import: one bad row writes nothing and every bad row is reported", "[database][import]")
{
    ltctest::TempStore s;
    const QString goodId2 = idFor(QDate(1940, 3, 15), 4);
    const QString csv =
        kPersonsHeader + goodPerson(1)                                                      // line 2
        + personLine(QStringLiteral("P3"), ltctest::withWrongCheckChar(idFor(QDate(1940, 3, 15), 6)),
                     QStringLiteral("李明"), QStringLiteral("F"), QStringLiteral("1940-03-15"))  // line 3: check char
        + goodPerson(2)                                                                     // line 4
        + personLine(QStringLiteral("P5"), idFor(QDate(1940, 3, 15), 10), QStringLiteral("王芳"), QStringLiteral("F"),
                     QStringLiteral("1940-02-30"))                                          // line 5: no such date
        + personLine(QStringLiteral("P6"), idFor(QDate(1940, 3, 15), 12), QStringLiteral("赵云"), QStringLiteral("X"),
                     QStringLiteral("1940-03-15"))                                          // line 6: unknown sex
        + personLine(QStringLiteral("P7"), idFor(QDate(1940, 3, 15), 14), QStringLiteral("周平"), QStringLiteral("M"),
                     QStringLiteral("1940-03-15"))                                          // line 7: a woman's ID
        + personLine(QStringLiteral("P1"), idFor(QDate(1940, 3, 15), 16), QStringLiteral("吴海"), QStringLiteral("F"),
                     QStringLiteral("1940-03-15"))                                          // line 8: P1 again
        + personLine(QStringLiteral("P9"), goodId2, QStringLiteral("郑英"), QStringLiteral("F"),
                     QStringLiteral("1940-03-15"))                                          // line 9: line 4's ID
        + goodPerson(10);                                                                   // line 10
    const QString path = s.file(QStringLiteral("bad.csv"), csv.toUtf8());
    const QStringList before = ltctest::dumpAll(s.db());
    const ImportReport report = import(s, QStringLiteral("persons"), path);
    INFO(describe(report, path));
    CHECK(!report.ok());
    CHECK(report.failure.isEmpty());
    CHECK(report.rows == 0);
    const QSet<std::pair<int, QString>> expected{
        {3, QStringLiteral("id_number")}, {5, QStringLiteral("birth_date")}, {6, QStringLiteral("sex")},
        {7, QStringLiteral("sex")},       {8, QStringLiteral("person_no")},  {9, QStringLiteral("id_number")},
    };
    CHECK(errorPlaces(report) == expected);
    CHECK(report.issues.errorCount() == 6);
    CHECK(str(ltctest::dumpAll(s.db())) == str(before));
    CHECK(s.count(QStringLiteral("persons")) == 0);
    CHECK(s.count(QStringLiteral("audit_log")) == 0);

    const QStringList lines = report.issues.formatErrors(path);
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0).startsWith(path + QStringLiteral(":3: id_number: ")));
    CHECK(lines.at(0).contains(QStringLiteral("check character")));
    CHECK(lines.at(1).startsWith(path + QStringLiteral(":5: birth_date: ")));
    CHECK(lines.at(1).contains(QStringLiteral("1940-02-30")));
    CHECK(lines.at(2).startsWith(path + QStringLiteral(":6: sex: ")));
    CHECK(lines.at(3).startsWith(path + QStringLiteral(":7: sex: ")));
    CHECK(lines.at(3).contains(QStringLiteral("id_number")));
    CHECK(lines.at(4).startsWith(path + QStringLiteral(":8: person_no: ")));
    CHECK(lines.at(4).contains(QStringLiteral("line 2")));
    CHECK(lines.at(5).startsWith(path + QStringLiteral(":9: id_number: ")));
    CHECK(lines.at(5).contains(QStringLiteral("line 4")));
}

TEST_CASE("import: header problems are reported on line 1", "[database][import]")
{
    ltctest::TempStore s;
    // No district column, and a column nobody knows.
    const QString csv = QStringLiteral("person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,nickname\n")
                        + QStringLiteral("P1,%1,张秀英,F,1940-03-15,EMPLOYEE,2001-07-01,阿英\n")
                              .arg(idFor(QDate(1940, 3, 15), 2));
    const QString path = s.file(QStringLiteral("header.csv"), csv.toUtf8());
    const ImportReport report = import(s, QStringLiteral("persons"), path);
    INFO(describe(report, path));
    CHECK(!report.ok());
    const QSet<std::pair<int, QString>> expected{{1, QStringLiteral("nickname")}, {1, QStringLiteral("district")}};
    CHECK(errorPlaces(report) == expected);
    const QStringList lines = report.issues.formatErrors(path);
    CHECK(lines.contains(path + QStringLiteral(":1: nickname: unknown column")));
    CHECK(lines.contains(path + QStringLiteral(":1: district: required column is missing")));
    CHECK(s.count(QStringLiteral("persons")) == 0);

    // An empty file needs its header.
    const QString empty = s.file(QStringLiteral("empty.csv"), QByteArray());
    const ImportReport nothing = import(s, QStringLiteral("persons"), empty);
    CHECK(!nothing.ok());
    REQUIRE(nothing.issues.errorCount() == 1);
    CHECK(nothing.issues.errors().at(0).line == 1);
}

TEST_CASE("import: columns in any order, quoted fields, BOM and GB18030", "[database][import]")
{
    ltctest::TempStore s;
    const QString id1 = idFor(QDate(1940, 3, 15), 2);
    const QString id2 = idFor(QDate(1940, 3, 15), 4);
    // Columns reordered, optional ones left out, CRLF line ends, a comma and quotes inside quotes.
    const QString text = QStringLiteral("district,name,person_no,id_number,sex,birth_date,insurance_type,enrolled_on\r\n"
                                        "330302,\"欧阳,娜娜\",P1,%1,F,1940-03-15,RESIDENT,2001-07-01\r\n"
                                        "330302,\"司马\"\"小\"\"芳\",P2,%2,F,1940-03-15,EMPLOYEE,2001-07-01\r\n")
                             .arg(id1, id2);

    SECTION("UTF-8 with BOM")
    {
        const QString path = s.file(QStringLiteral("bom.csv"), QByteArray("\xEF\xBB\xBF") + text.toUtf8());
        const ImportReport report = import(s, QStringLiteral("persons"), path);
        INFO(describe(report, path));
        REQUIRE(report.ok());
        CHECK(str(report.encoding) == "UTF-8 (BOM)");
    }
    SECTION("GB18030")
    {
        QStringEncoder encoder("GB18030");
        REQUIRE(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        REQUIRE(!encoder.hasError());
        REQUIRE(bytes != text.toUtf8());
        const QString path = s.file(QStringLiteral("gb.csv"), bytes);
        const ImportReport report = import(s, QStringLiteral("persons"), path);
        INFO(describe(report, path));
        REQUIRE(report.ok());
        CHECK(str(report.encoding) == "GB18030");
    }
    CHECK(s.count(QStringLiteral("persons")) == 2);
    CHECK(str(s.scalar(QStringLiteral("SELECT name FROM persons WHERE person_no = 'P1'")).toString()) == "欧阳,娜娜");
    CHECK(str(s.scalar(QStringLiteral("SELECT name FROM persons WHERE person_no = 'P2'")).toString()) == "司马\"小\"芳");
    CHECK(str(s.scalar(QStringLiteral("SELECT insurance_type FROM persons WHERE person_no = 'P1'")).toString())
          == "RESIDENT");
}

TEST_CASE("import: an id_number a file moves to another person is free for them after that line", "[database][import]")
{
    ltctest::TempStore s;
    REQUIRE(import(s, QStringLiteral("persons"), s.file(QStringLiteral("first.csv"), (kPersonsHeader + goodPerson(1)).toUtf8()))
                .ok());
    const QString corrected = personLine(QStringLiteral("P1"), idFor(QDate(1940, 3, 15), 8), QStringLiteral("张秀英"),
                                         QStringLiteral("F"), QStringLiteral("1940-03-15"));
    const QString takesOld = personLine(QStringLiteral("P9"), idFor(QDate(1940, 3, 15), 2), QStringLiteral("李桂兰"),
                                        QStringLiteral("F"), QStringLiteral("1940-03-15"));
    // Taken before the line that frees it: refused, as a row-by-row write would refuse it.
    const QString early = s.file(QStringLiteral("early.csv"), (kPersonsHeader + takesOld + corrected).toUtf8());
    const ImportReport refused = import(s, QStringLiteral("persons"), early);
    INFO(describe(refused, early));
    REQUIRE(refused.issues.errorCount() == 1);
    CHECK(refused.issues.errors().at(0).line == 2);
    // Freed first: both lines stored.
    const QString late = s.file(QStringLiteral("late.csv"), (kPersonsHeader + corrected + takesOld).toUtf8());
    const ImportReport report = import(s, QStringLiteral("persons"), late);
    INFO(describe(report, late));
    REQUIRE(report.ok());
    CHECK(s.scalar(QStringLiteral("SELECT person_no FROM persons WHERE id_number = ?"), {idFor(QDate(1940, 3, 15), 2)})
              .toString()
          == QStringLiteral("P9"));
}

TEST_CASE("import: an id_number stored under another person_no is refused", "[database][import]")
{
    ltctest::TempStore s;
    const QString first = s.file(QStringLiteral("first.csv"), (kPersonsHeader + goodPerson(1)).toUtf8());
    REQUIRE(import(s, QStringLiteral("persons"), first).ok());
    const QStringList before = ltctest::dumpAll(s.db());

    // P9 with P1's ID, after a good line.
    const QString csv = kPersonsHeader + goodPerson(2)
                        + personLine(QStringLiteral("P9"), idFor(QDate(1940, 3, 15), 2), QStringLiteral("冒名"),
                                     QStringLiteral("F"), QStringLiteral("1940-03-15"));
    const QString path = s.file(QStringLiteral("second.csv"), csv.toUtf8());
    const ImportReport report = import(s, QStringLiteral("persons"), path);
    INFO(describe(report, path));
    CHECK(!report.ok());
    REQUIRE(report.issues.errorCount() == 1);
    CHECK(report.issues.errors().at(0).line == 3);
    CHECK(str(report.issues.errors().at(0).column) == "id_number");
    CHECK(report.issues.errors().at(0).message.contains(QStringLiteral("P1")));
    CHECK(str(ltctest::dumpAll(s.db())) == str(before));
}

TEST_CASE("import: institutions — credit code mismatch warns, invalid refuses", "[database][import]")
{
    ltctest::TempStore s;
    const QString valid = creditCode(QStringLiteral("MA2H3K4L5"));
    const QString mismatch = valid.left(17) + (valid.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
    REQUIRE(checkCreditCode(mismatch).status == CreditCodeStatus::CheckMismatch);

    const QString good = kInstitutionsHeader
                         + QStringLiteral("I1,五马护理院,CARE,%1,2,INST|HOME_VISIT,2025-01-01,2027-12-31,,\n"
                                          "I2,松台评估中心,ASSESS,%2,1,ASSESS,2025-01-01,2026-12-31,2026-03-01,\n")
                               .arg(valid, mismatch);
    const QString goodPath = s.file(QStringLiteral("institutions.csv"), good.toUtf8());
    const ImportReport report = import(s, QStringLiteral("institutions"), goodPath);
    INFO(describe(report, goodPath));
    REQUIRE(report.ok());
    CHECK(report.rows == 2);
    REQUIRE(report.issues.warnings().size() == 1);
    CHECK(report.issues.warnings().at(0).line == 3);
    CHECK(str(report.issues.warnings().at(0).column) == "uscc");
    CHECK(s.count(QStringLiteral("institutions")) == 2);
    CHECK(str(s.scalar(QStringLiteral("SELECT uscc FROM institutions WHERE code = 'I2'")).toString()) == str(mismatch));
    CHECK(str(s.scalar(QStringLiteral("SELECT service_forms FROM institutions WHERE code = 'I1'")).toString())
          == "INST|HOME_VISIT");
    CHECK(str(s.scalar(QStringLiteral("SELECT suspended_from FROM institutions WHERE code = 'I2'")).toString())
          == "2026-03-01");
    CHECK(s.scalar(QStringLiteral("SELECT suspended_to FROM institutions WHERE code = 'I2'")).isNull());

    const QStringList before = ltctest::dumpAll(s.db());
    const QString bad = kInstitutionsHeader
                        + QStringLiteral("I3,颐养院,CARE,%1,2,INST,2025-01-01,2027-12-31,,\n"       // line 2: good
                                         "I4,鹿城护理院,CARE,52330302MA2H3K4LI0,2,INST,2025-01-01,2027-12-31,,\n" // line 3: I
                                         "I5,滨江护理院,CARE,,3,INST,2026-01-01,2025-12-31,,\n")   // line 4: to < from
                              .arg(creditCode(QStringLiteral("MA2H3K4L6")));
    const QString badPath = s.file(QStringLiteral("bad-institutions.csv"), bad.toUtf8());
    const ImportReport refused = import(s, QStringLiteral("institutions"), badPath);
    INFO(describe(refused, badPath));
    CHECK(!refused.ok());
    const QSet<std::pair<int, QString>> expected{{3, QStringLiteral("uscc")}, {4, QStringLiteral("agreement_to")}};
    CHECK(errorPlaces(refused) == expected);
    CHECK(str(ltctest::dumpAll(s.db())) == str(before));
}

TEST_CASE("import: calendar — WORKDAY must be a weekend day", "[database][import]")
{
    ltctest::TempStore s;
    // 2026-01-04 is a Sunday, 2026-01-05 a Monday.
    const QString bad = QStringLiteral("date,kind\n2026-01-01,HOLIDAY\n2026-01-04,WORKDAY\n2026-01-05,WORKDAY\n");
    const QString path = s.file(QStringLiteral("calendar.csv"), bad.toUtf8());
    const ImportReport report = import(s, QStringLiteral("calendar"), path);
    INFO(describe(report, path));
    CHECK(!report.ok());
    const QSet<std::pair<int, QString>> expected{{4, QStringLiteral("kind")}};
    CHECK(errorPlaces(report) == expected);
    CHECK(s.count(QStringLiteral("calendar_days")) == 0);

    const QString good = s.file(QStringLiteral("good.csv"),
                                QByteArray("date,kind\n2026-01-01,HOLIDAY\n2026-01-04,WORKDAY\n"));
    REQUIRE(import(s, QStringLiteral("calendar"), good).ok());
    CHECK(s.count(QStringLiteral("calendar_days")) == 2);

    // Importing the calendar is the administrator's.
    const ImportReport forbidden = s->importer().importFile(ltctest::handler(), QStringLiteral("calendar"), good);
    CHECK(!forbidden.ok());
    CHECK(!forbidden.failure.isEmpty());
    // An unknown kind is a failure, not a crash.
    CHECK(!import(s, QStringLiteral("comets"), good).failure.isEmpty());
}

TEST_CASE("import: cancelling through the progress callback writes nothing", "[database][import]")
{
    ltctest::TempStore s;
    constexpr int kRows = 5000;  // the callback comes every 4096 rows
    QString csv = QStringLiteral("date,kind\n");
    for (int i = 0; i < kRows; ++i)
        csv += QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate) + QStringLiteral(",HOLIDAY\n");
    const QString path = s.file(QStringLiteral("long.csv"), csv.toUtf8());

    QList<std::pair<qint64, qint64>> calls;
    const ImportReport cancelled = import(s, QStringLiteral("calendar"), path, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return false;
    });
    CHECK(cancelled.cancelled);
    CHECK(!cancelled.ok());
    CHECK(cancelled.rows == 0);
    REQUIRE(calls.size() == 1);
    // Progress counts bytes of the file: the first call comes after 4096 rows, partway.
    const qint64 fileSize = csv.size();
    CHECK(calls.at(0).second == fileSize);
    CHECK(calls.at(0).first > 0);
    CHECK(calls.at(0).first < fileSize);
    CHECK(s.count(QStringLiteral("calendar_days")) == 0);
    CHECK(s.count(QStringLiteral("audit_log")) == 0);

    calls.clear();
    const ImportReport done = import(s, QStringLiteral("calendar"), path, [&](qint64 rowsDone, qint64 total) {
        calls.append({rowsDone, total});
        return true;
    });
    REQUIRE(done.ok());
    CHECK(done.rows == kRows);
    CHECK(calls.size() >= 2);
    CHECK(calls.last() == std::pair<qint64, qint64>{fileSize, fileSize});
    CHECK(s.count(QStringLiteral("calendar_days")) == kRows);
}
