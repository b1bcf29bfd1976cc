// Benchmarks of issue 4 (not tests: run by scripts/bench.sh, never by ctest), each beside a
// baseline measured in the same run on the same machine:
//   1. importing N claim lines from CSV with `ltcctl import claims` (all checks included)
//      against the sqlite3 shell's `.import` of the same file into a bare table;
//   2. the settlement audit of those lines: the rules engine alone (after loading), the load
//      from the store, and `ltcctl settlement audit` end to end; beside it, sqlite3 summing the
//      same lines grouped by person (a floor for any per-line pass over the table). The engine
//      runs --engine-runs times (best, median, worst), since the machine is often shared.
// --keep leaves the store; --db PATH then measures only loading and the engine on it again.
#include "core/citizenid.h"
#include "localstore.h"
#include "settlements/domain/auditrun.h"
#include "sql.h"
#include "worklistbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ltc;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Timed {
    double seconds = 0;
    qint64 peakKb = 0;
    bool ok = false;
};

// Runs a program under /usr/bin/time for its peak memory; returns wall time.
Timed runTimed(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QTemporaryDir scratch;
    const QString report = scratch.filePath(QStringLiteral("time.txt"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-f"), QStringLiteral("%M"),
                                                                QStringLiteral("-o"), report, program} + arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    Timed timed;
    timed.seconds = double(clock.nsecsElapsed()) / 1e9;
    timed.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    QFile file(report);
    if (file.open(QIODevice::ReadOnly))
        timed.peakKb = file.readAll().trimmed().split('\n').last().toLongLong();
    if (!timed.ok)
        out() << "FAILED: " << program << ' ' << arguments.join(QLatin1Char(' ')) << Qt::endl
              << process.readAllStandardOutput() << Qt::endl;
    return timed;
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

// The district the benchmark data lives in, with persons holding level 3-5 conclusions and
// institutions offering the Wenzhou service forms.
struct BenchData {
    int persons = 0;
    int institutions = 50;
    QString district = QStringLiteral("330302");

    QString personNo(int i) const { return QStringLiteral("B%1").arg(i, 8, 10, QLatin1Char('0')); }
    QString institutionCode(int i) const { return QStringLiteral("BI%1").arg(i, 4, 10, QLatin1Char('0')); }

    QString personsCsv() const
    {
        QString csv = QStringLiteral("person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n");
        QTextStream s(&csv);
        for (int i = 0; i < persons; ++i) {
            const QDate birth = QDate(1935, 1, 1).addDays(i % 9000);
            const int sequence = (i % 499) * 2 + 1;  // odd: men
            const QString first17 = district + birth.toString(QStringLiteral("yyyyMMdd"))
                                    + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
            s << personNo(i) << ',' << first17 << citizenIdCheckChar(first17) << ",张某,M," << birth.toString(Qt::ISODate)
              << ",EMPLOYEE,2010-01-01," << district << '\n';
        }
        return csv;
    }

    QString institutionsCsv() const
    {
        QString csv = QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n");
        QTextStream s(&csv);
        for (int i = 0; i < institutions; ++i)
            s << institutionCode(i) << ",护理机构" << i << ",CARE," << (i % 3 + 1)
              << ",HOME_VISIT|INST|FAMILY,2025-01-01,2027-12-31," << district << '\n';
        return csv;
    }

    QString beneficiariesCsv() const
    {
        static const char *const forms[] = {"HOME_VISIT", "INST", "FAMILY"};
        QString csv = QStringLiteral("person_no,level,concluded_on,valid_until,service_form\n");
        QTextStream s(&csv);
        for (int i = 0; i < persons; ++i)
            s << personNo(i) << ',' << (3 + i % 3) << ",2025-0" << (1 + i % 9) << "-15,2027-06-30," << forms[i % 3] << '\n';
        return csv;
    }

    // `lines` lines in October 2026: each person's month split into weekly lines, some from a
    // second institution (R05), some over the cap (R06).
    void writeClaims(const QString &path, int lines) const
    {
        static const char *const forms[] = {"HOME_VISIT", "INST", "FAMILY"};
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        QTextStream s(&file);
        s << "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n";
        const int linesPerPerson = std::max(1, lines / persons);
        for (int n = 0; n < lines; ++n) {
            const int person = n / linesPerPerson % persons;
            const int week = n % linesPerPerson % 4;
            const int from = 1 + week * 8;
            const int to = week == 3 ? 31 : from + 7;
            const int institution = (person + (n % 17 == 0 ? 1 : 0)) % institutions;
            s << "BC" << n / 1000 << ',' << institutionCode(institution) << ",2026-10," << n % 1000 + 1 << ','
              << personNo(person) << ',' << forms[person % 3] << ",2026-10-" << QString::number(from).rightJustified(2, QLatin1Char('0'))
              << ",2026-10-" << QString::number(to).rightJustified(2, QLatin1Char('0')) << ',' << (to - from + 1) << ',' << (400 + n % 97) << '.' << (n % 10) << "0\n";
        }
    }
};

double mega(qint64 n, double seconds) { return seconds > 0 ? double(n) / seconds : 0; }

// Prepares the store at dbPath (persons, institutions, beneficiaries, policy) and measures
// the import of `lines` claim lines into it beside the sqlite3 baselines.
enum class Imported { Ok, Failed, SetupFailed };
double keyedImportSeconds = 0;  // the baseline of the import and of the end-to-end audit
Imported prepareAndImport(const BenchData &data, const QTemporaryDir &work, const QString &dbPath, const QString &ltcctl,
                          int lines)
{
    const QString claimsPath = work.filePath(QStringLiteral("claims.csv"));
    out() << "preparing " << data.persons << " persons, " << lines << " claim lines in " << work.path() << Qt::endl;
    {
        LocalStore store(dbPath);
        QString error;
        store.open(&error);
        const UserIdentity admin{QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench"), allRoleIds(),
                                 QStringLiteral("330300")};
        const QStringList kinds{QStringLiteral("persons"), QStringLiteral("institutions"), QStringLiteral("beneficiaries")};
        const QStringList texts{data.personsCsv(), data.institutionsCsv(), data.beneficiariesCsv()};
        for (int i = 0; i < kinds.size(); ++i) {
            const QString path = work.filePath(kinds.at(i) + QStringLiteral(".csv"));
            writeText(path, texts.at(i));
            const ImportReport report = store.importer().importFile(admin, kinds.at(i), path);
            if (!report.ok()) {
                out() << "setup failed: " << report.failure << report.issues.formatErrors(path).mid(0, 5).join(QLatin1Char('\n')) << Qt::endl;
                return Imported::SetupFailed;
            }
        }
        QFile policy(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        policy.open(QIODevice::ReadOnly);
        store.commands().execute(admin, QStringLiteral("policy.load"), QJsonDocument::fromJson(policy.readAll()).object());
    }
    data.writeClaims(claimsPath, lines);
    out() << "claims.csv: " << QFileInfo(claimsPath).size() / (1024 * 1024) << " MiB" << Qt::endl << Qt::endl;

    // 1. Import.
    // Two baselines: a bare table, and a table with the same keys and index as ours (the same
    // stored result, without any of our checks); the ratio is taken against the second.
    const QString columns = QStringLiteral("claim_no TEXT, institution_code TEXT, period TEXT, line_no INTEGER, "
                                           "person_no TEXT, service_form TEXT, service_from TEXT, service_to TEXT, "
                                           "days INTEGER, amount TEXT");
    const Timed bare = runTimed(QStringLiteral("sqlite3"),
                                {work.filePath(QStringLiteral("bare.sqlite")),
                                 QStringLiteral("CREATE TABLE claim_lines (%1)").arg(columns),
                                 QStringLiteral(".import --csv --skip 1 %1 claim_lines").arg(claimsPath)});
    const Timed baseline = runTimed(
        QStringLiteral("sqlite3"),
        // The store's page cache too (database.cpp): the same indexes, the same memory for them.
        {work.filePath(QStringLiteral("baseline.sqlite")), QStringLiteral("PRAGMA journal_mode=WAL"),
         QStringLiteral("PRAGMA cache_size=-65536"),
         QStringLiteral("CREATE TABLE claim_lines (%1, PRIMARY KEY (claim_no, line_no))").arg(columns),
         QStringLiteral("CREATE INDEX claim_lines_by_period ON claim_lines (period, person_no)"),
         QStringLiteral("CREATE INDEX claim_lines_by_claim ON claim_lines (period, institution_code, claim_no, "
                        "line_no)"),
         QStringLiteral("CREATE INDEX claim_lines_by_days ON claim_lines (period, days, claim_no, line_no)"),
         QStringLiteral("CREATE INDEX claim_lines_by_amount ON claim_lines (period, amount, claim_no, line_no)"),
         QStringLiteral(".import --csv --skip 1 %1 claim_lines").arg(claimsPath)});
    const Timed ours = runTimed(ltcctl, {QStringLiteral("import"), QStringLiteral("claims"), claimsPath,
                                         QStringLiteral("--db"), dbPath});
    out() << "import of " << lines << " claim lines" << Qt::endl;
    out() << QStringLiteral("  sqlite3 .import, bare table  %1 s  %2 lines/s  peak %3 MiB")
                 .arg(bare.seconds, 0, 'f', 2).arg(mega(lines, bare.seconds), 0, 'f', 0).arg(bare.peakKb / 1024)
          << Qt::endl;
    out() << QStringLiteral("  sqlite3 .import, same keys   %1 s  %2 lines/s  peak %3 MiB  (baseline)")
                 .arg(baseline.seconds, 0, 'f', 2).arg(mega(lines, baseline.seconds), 0, 'f', 0).arg(baseline.peakKb / 1024)
          << Qt::endl;
    out() << QStringLiteral("  ltcctl import claims         %1 s  %2 lines/s  peak %3 MiB  = %4 x baseline "
                            "(target <= 1.5 x, <= 256 MiB)")
                 .arg(ours.seconds, 0, 'f', 2).arg(mega(lines, ours.seconds), 0, 'f', 0).arg(ours.peakKb / 1024)
                 .arg(ours.seconds / baseline.seconds, 0, 'f', 2)
          << Qt::endl << Qt::endl;
    keyedImportSeconds = baseline.seconds;
    return baseline.ok && ours.ok ? Imported::Ok : Imported::Failed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("lines"), QStringLiteral("Claim lines."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("ltcctl"), QStringLiteral("Path of ltcctl."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the work folder.")});
    parser.addOption({QStringLiteral("engine-runs"), QStringLiteral("Times the rules engine is run (best, median and worst "
                                                                    "are reported)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Measure only loading and the rules engine, on the store "
                                                           "(bench.sqlite) a --keep run left."),
                      QStringLiteral("PATH")});
    parser.process(app);
    const int lines = parser.value(QStringLiteral("lines")).toInt();
    const int engineRuns = std::max(1, parser.value(QStringLiteral("engine-runs")).toInt());
    const QString ltcctl = parser.value(QStringLiteral("ltcctl"));
    QTemporaryDir work;
    work.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const bool reuse = parser.isSet(QStringLiteral("db"));
    const QString dbPath = reuse ? parser.value(QStringLiteral("db")) : work.filePath(QStringLiteral("bench.sqlite"));

    BenchData data;
    data.persons = std::max(1, lines / 4);
    bool importOk = true;
    if (reuse) {
        out() << "reusing " << dbPath << ": no import, no end-to-end audit" << Qt::endl << Qt::endl;
    } else {
        const Imported imported = prepareAndImport(data, work, dbPath, ltcctl, lines);
        if (imported == Imported::SetupFailed)
            return 1;
        importOk = imported == Imported::Ok;
    }

    // 2. Audit.
    LocalStore store(dbPath);
    QString error;
    store.open(&error);
    QSqlDatabase db = store.database().connection();
    QElapsedTimer clock;
    clock.start();
    const QList<settlement::ClaimLine> claimLines = settlement::loadClaimLines(db, QStringLiteral("2026-10"));
    const settlement::Facts facts = settlement::loadFacts(db, QStringLiteral("2026-10"));
    const double loadSeconds = double(clock.nsecsElapsed()) / 1e9;
    // The engine alone, several times: on a shared machine one run says little. Each run
    // starts from the same loaded lines and facts; its results are freed outside the clock.
    QList<double> engineTimes;
    QList<settlement::LineResult> results;
    for (int run = 0; run < engineRuns; ++run) {
        results = {};
        clock.restart();
        results = settlement::auditLines(claimLines, facts);
        engineTimes.append(double(clock.nsecsElapsed()) / 1e9);
    }
    const QList<double> runTimes = engineTimes;
    std::sort(engineTimes.begin(), engineTimes.end());
    const double engineSeconds = engineTimes.first();
    qint64 paid = 0;
    for (const settlement::LineResult &result : results)
        paid += result.allowed;
    const Timed sumBaseline = runTimed(QStringLiteral("sqlite3"),
                                       {dbPath, QStringLiteral("SELECT COUNT(*) FROM (SELECT person_no, SUM(amount_fen) "
                                                               "FROM claim_lines WHERE period = '2026-10' GROUP BY 1)")});
    // Not on a reused store: an audit stores its run, so a second one would diff against it and
    // measure something else.
    // The first run of the month, then a re-run (which compares with the first's stored results).
    Timed endToEnd;
    Timed again;
    const QStringList auditArgs{QStringLiteral("settlement"), QStringLiteral("audit"), QStringLiteral("--period"),
                                QStringLiteral("2026-10"), QStringLiteral("--db"), dbPath};
    if (!reuse) {
        endToEnd = runTimed(ltcctl, auditArgs);
        again = runTimed(ltcctl, auditArgs);
    }
    out() << "settlement audit of " << results.size() << " lines (allowed " << formatYuan(paid, true) << ")" << Qt::endl;
    out() << QStringLiteral("  rules engine, after loading  %1 s  %2 lines/s (target >= 1000000), best of %3")
                 .arg(engineSeconds, 0, 'f', 3).arg(mega(results.size(), engineSeconds), 0, 'f', 0).arg(engineRuns)
          << Qt::endl;
    if (engineRuns > 1) {
        const double median = engineTimes.at(engineTimes.size() / 2);
        const double worst = engineTimes.last();
        QStringList each;
        for (double seconds : runTimes)
            each << QString::number(seconds, 'f', 3);
        out() << QStringLiteral("                    median     %1 s  %2 lines/s; worst %3 s  %4 lines/s (runs: %5)")
                     .arg(median, 0, 'f', 3).arg(mega(results.size(), median), 0, 'f', 0).arg(worst, 0, 'f', 3)
                     .arg(mega(results.size(), worst), 0, 'f', 0).arg(each.join(QLatin1Char(' ')))
              << Qt::endl;
    }
    out() << QStringLiteral("  loading lines and facts      %1 s").arg(loadSeconds, 0, 'f', 2) << Qt::endl;
    out() << QStringLiteral("  sqlite3 GROUP BY (baseline)  %1 s").arg(sumBaseline.seconds, 0, 'f', 2) << Qt::endl;
    if (!reuse)
        out() << QStringLiteral("  ltcctl settlement audit      %1 s  peak %2 MiB (load, audit, diff, store) = %3 x the "
                                "keyed import (target <= 1.5 x, <= 512 MiB)")
                     .arg(endToEnd.seconds, 0, 'f', 2).arg(endToEnd.peakKb / 1024)
                     .arg(keyedImportSeconds > 0 ? endToEnd.seconds / keyedImportSeconds : 0, 0, 'f', 2)
              << Qt::endl
              << QStringLiteral("  the same, re-run             %1 s  peak %2 MiB = %3 x the keyed import")
                     .arg(again.seconds, 0, 'f', 2).arg(again.peakKb / 1024)
                     .arg(keyedImportSeconds > 0 ? again.seconds / keyedImportSeconds : 0, 0, 'f', 2)
              << Qt::endl;

    // 3. The review worklist over the audited month (count + first page, per filter and sort).
    const Timed countBaseline = runTimed(QStringLiteral("sqlite3"),
                                         {dbPath, QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = "
                                                                 "'2026-10'")});
    out() << Qt::endl << "review worklist of " << results.size() << " lines: first page of 200, and the count; medians of 5"
          << Qt::endl;
    const double slowest = bench::benchWorklist(db, QStringLiteral("2026-10"), 5);
    out() << QStringLiteral("  slowest first page %1 ms (target < 100 ms); sqlite3 shell COUNT(*) of the month %2 ms "
                            "(baseline, with its start)")
                 .arg(slowest, 0, 'f', 1).arg(countBaseline.seconds * 1000, 0, 'f', 1)
          << Qt::endl;

    return reuse || (importOk && endToEnd.ok && again.ok) ? 0 : 1;
}
