// Benchmark of issue 3 item 8 (not a test: run by scripts/bench.sh, never by ctest): the first
// sync of N persons rows from ltcserver into an empty cache on loopback (target of
// ARCHITECTURE.md "Performance targets": >= 50k rows/s end to end), beside a baseline measured
// in the same run on the same data: `psql \copy` of the same rows out of PostgreSQL to CSV plus
// the sqlite3 shell's `.import` of that file into the client's persons table.
//
// The run: a throw-away PostgreSQL cluster (tests/server/pgcluster.cpp), `ltcserver migrate`, a
// handler of 330302, N persons of 330302 written straight into PostgreSQL with one
// INSERT … SELECT generate_series (bootstrap reads the table itself, keyset-paged: no change-log
// entries are needed), `ltcserver serve` on a free loopback port, the baseline, then our client:
// this same program started again with --client under /usr/bin/time (so the peak memory is the
// client's alone), which creates an empty LocalStore and runs SyncEngine::signIn + syncOnce over
// HttpTransport. Everything (server, cluster, folders) goes away at the end, also on failure;
// the children die with this process even when it is killed (PR_SET_PDEATHSIG).
// To profile: LTC_BENCH_CLIENT_PREFIX or LTC_BENCH_SERVER_PREFIX, a command put before the
// client's or ltcserver's, e.g. "valgrind --tool=callgrind --callgrind-out-file=F" (the figures
// are then the profiler's, of course).
#include "localstore.h"
#include "pgcluster.h"
#include "sql.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <signal.h>
#include <unistd.h>

using namespace ltc;

namespace {

const QString kDistrict = QStringLiteral("330302");
const QString kUser = QStringLiteral("handler");
const QString kPassword = QStringLiteral("bench-pass-2026");
const QString kPushUser = QStringLiteral("reviewer");  // first reviewer of 330302: imports claims
const QString kPgBin = qEnvironmentVariable("LTC_PG_BIN", QStringLiteral(LTC_PG_BIN_DIR));

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double perSecond(qint64 n, double seconds) { return seconds > 0 ? double(n) / seconds : 0; }
double mib(qint64 kb) { return double(kb) / 1024.0; }

// A line of /proc/self/status (VmRSS, VmHWM) in KiB.
qint64 procStatusKb(const QString &path, const QByteArray &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// CPU seconds (user + system) a process has used, from /proc/PID/stat.
double processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // After the command name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds the whole machine has been busy (all cores), from /proc/stat.
double machineBusySeconds()
{
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');  // cpu user nice system idle iowait …
    qint64 busy = 0;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        if (i != 4 && i != 5)
            busy += fields.at(i).toLongLong();
    }
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

// ---- the client (a child process: --client) -----------------------------------------------------

// Creates an empty cache at `dbPath`, signs in and runs the first sync; prints one JSON line.
int runClient(const QString &server, const QString &dbPath, int pageSize)
{
    QTextStream input(stdin);
    const QString password = input.readLine();
    QElapsedTimer clock;
    clock.start();
    LocalStore store(dbPath);
    QString error;
    if (!store.open(&error)) {
        out() << "client: cannot create the cache: " << error << Qt::endl;
        return 1;
    }
    const double openSeconds = double(clock.nsecsElapsed()) / 1e9;
    HttpTransport transport{QUrl(server)};
    SyncEngine engine(store, transport);
    if (pageSize > 0)
        engine.setPageSize(pageSize);
    // Memory while the download runs: sampled after each page of persons, to see whether it grows
    // with the rows downloaded (it must not: ARCHITECTURE.md sync guarantee 7).
    QList<qint64> rssKb;  // one sample per persons page
    const QString self = QStringLiteral("/proc/self/status");
    const SyncProgress progress = [&](const QString &stage, qint64, qint64) {
        if (stage == QStringLiteral("bootstrap persons"))
            rssKb.append(procStatusKb(self, "VmRSS"));
        return true;
    };
    clock.restart();
    SyncResult result = engine.signIn(kUser, password);
    const double signInSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (result.ok())
        result = engine.syncOnce(progress);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!result.ok()) {
        out() << "client: sync failed (" << int(result.state) << "): " << result.message << Qt::endl;
        return 1;
    }
    QSqlDatabase db = store.database().connection();
    const qint64 persons = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM persons")).toLongLong();
    const auto sample = [&rssKb](double fraction) {
        return rssKb.isEmpty() ? 0 : rssKb.at(std::min(rssKb.size() - 1, qsizetype(double(rssKb.size()) * fraction)));
    };
    const QJsonObject report{{QStringLiteral("open_seconds"), openSeconds},
                             {QStringLiteral("signin_seconds"), signInSeconds},
                             {QStringLiteral("seconds"), seconds},
                             {QStringLiteral("pulled"), result.pulled},
                             {QStringLiteral("persons"), persons},
                             {QStringLiteral("pages"), rssKb.size()},
                             {QStringLiteral("rss10_kb"), sample(0.1)},
                             {QStringLiteral("rss50_kb"), sample(0.5)},
                             {QStringLiteral("rss_end_kb"), rssKb.isEmpty() ? 0 : rssKb.last()},
                             {QStringLiteral("hwm_kb"), procStatusKb(self, "VmHWM")}};
    out() << "RESULT " << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

// ---- the push client (a child process: --push-client) ------------------------------------------

// One sync, timed: its push (the upload and the server's apply, until the last answer is stored
// here; the first pull page once counted too) and the whole of it.
struct TimedSync {
    SyncResult result;
    double pushSeconds = 0;
    double seconds = 0;
};

TimedSync timedSync(SyncEngine &engine)
{
    TimedSync timed;
    QElapsedTimer clock;
    clock.start();
    const SyncProgress progress = [&](const QString &stage, qint64, qint64) {
        if (stage == QStringLiteral("push"))
            timed.pushSeconds = double(clock.nsecsElapsed()) / 1e9;
        return true;
    };
    timed.result = engine.syncOnce(progress);
    timed.seconds = double(clock.nsecsElapsed()) / 1e9;
    return timed;
}

// A desktop that has the district's persons and institutions (first sync), imports the claims
// file locally and pushes it: the file goes up in chunks, the server applies it with the same
// import code, and the rows come back by pull. Prints one JSON line.
int runPushClient(const QString &server, const QString &dbPath, const QString &claimsPath)
{
    QTextStream input(stdin);
    const QString password = input.readLine();
    LocalStore store(dbPath);
    QString error;
    if (!store.open(&error)) {
        out() << "client: cannot create the cache: " << error << Qt::endl;
        return 1;
    }
    HttpTransport transport{QUrl(server)};
    SyncEngine engine(store, transport);
    QElapsedTimer clock;
    clock.start();
    SyncResult result = engine.signIn(kPushUser, password);
    if (result.ok())
        result = engine.syncOnce();
    const double firstSync = double(clock.nsecsElapsed()) / 1e9;
    if (!result.ok()) {
        out() << "client: first sync failed: " << result.message << Qt::endl;
        return 1;
    }
    const qint64 rssBefore = procStatusKb(QStringLiteral("/proc/self/status"), "VmRSS");
    clock.restart();
    const ImportReport report = store.importer().importFile(engine.user(), QStringLiteral("claims"), claimsPath);
    const double importSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!report.ok()) {
        out() << "client: import failed: " << report.failure << report.issues.formatErrors(claimsPath).mid(0, 5).join(QLatin1Char('\n'))
              << Qt::endl;
        return 1;
    }
    const TimedSync pushed = timedSync(engine);
    if (!pushed.result.ok() || pushed.result.rejected > 0) {
        out() << "client: push failed: " << pushed.result.message << " (rejected " << pushed.result.rejected << ")"
              << Qt::endl;
        for (const RejectedCommand &rejected : rejectedCommands(store))
            out() << "  " << rejected.command << ": " << rejected.message.left(400) << Qt::endl;
        return 1;
    }
    // Then the month's first audit on the desktop, and the same command pushed: the server
    // audits the month again on PostgreSQL with the same code (issue 10: "just as fast").
    clock.restart();
    const CommandOutcome audited = store.commands().execute(engine.user(), QStringLiteral("settlement.run_audit"),
                                                            {{QStringLiteral("period"), QStringLiteral("2026-10")}});
    const double auditSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!audited.ok()) {
        out() << "client: audit failed: " << audited.error->message << Qt::endl;
        return 1;
    }
    const TimedSync auditPushed = timedSync(engine);
    if (!auditPushed.result.ok() || auditPushed.result.rejected > 0) {
        out() << "client: audit push failed: " << auditPushed.result.message << " (rejected "
              << auditPushed.result.rejected << ")" << Qt::endl;
        return 1;
    }
    QSqlDatabase db = store.database().connection();
    const QJsonObject figures{{QStringLiteral("first_sync_seconds"), firstSync},
                              {QStringLiteral("audit_seconds"), auditSeconds},
                              {QStringLiteral("audit_push_seconds"), auditPushed.pushSeconds},
                              {QStringLiteral("audit_sync_seconds"), auditPushed.seconds},
                              {QStringLiteral("import_seconds"), importSeconds},
                              {QStringLiteral("push_seconds"), pushed.pushSeconds},
                              {QStringLiteral("sync_seconds"), pushed.seconds},
                              {QStringLiteral("rows"), report.rows},
                              {QStringLiteral("pulled"), pushed.result.pulled},
                              {QStringLiteral("lines"), scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM claim_lines")).toLongLong()},
                              {QStringLiteral("rss_before_kb"), rssBefore},
                              {QStringLiteral("hwm_kb"), procStatusKb(QStringLiteral("/proc/self/status"), "VmHWM")}};
    out() << "RESULT " << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

// ---- the driver ---------------------------------------------------------------------------------

struct Timed {
    double seconds = 0;
    qint64 peakKb = 0;
    double cpuSeconds = 0;  // user + system
    bool ok = false;
    QByteArray output;
};

// Runs a program under /usr/bin/time for its peak memory (dying with us); returns wall time.
Timed runTimed(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QTemporaryDir scratch;
    const QString report = scratch.filePath(QStringLiteral("time.txt"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    test::startChild(process, QStringLiteral("/usr/bin/time"),
                     QStringList{QStringLiteral("-f"), QStringLiteral("%M %U %S"), QStringLiteral("-o"), report, program}
                         + arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    Timed timed;
    timed.seconds = double(clock.nsecsElapsed()) / 1e9;
    timed.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    timed.output = process.readAllStandardOutput();
    QFile file(report);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> figures = file.readAll().trimmed().split('\n').last().split(' ');
        timed.peakKb = figures.value(0).toLongLong();
        timed.cpuSeconds = figures.value(1).toDouble() + figures.value(2).toDouble();
    }
    if (!timed.ok)
        out() << "FAILED: " << program << ' ' << arguments.join(QLatin1Char(' ')) << Qt::endl
              << timed.output << Qt::endl;
    return timed;
}

// A one-shot `ltcserver VERB …`.
bool runLtcserver(const QString &ltcserver, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    test::startChild(process, ltcserver, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300'000);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    out() << "FAILED: ltcserver " << arguments.join(QLatin1Char(' ')) << Qt::endl << process.readAll() << Qt::endl;
    return false;
}

// A throw-away cluster's database "bench", migrated, with one user of kDistrict: its URL, or
// nothing when a step failed (said on stdout).
std::optional<QString> prepareBenchDatabase(test::PgCluster &cluster, const QString &ltcserver, const QString &user,
                                            const QString &role)
{
    QString error;
    if (!cluster.start(&error) || !cluster.createDatabase(QStringLiteral("bench"), &error)) {
        out() << "FAILED: " << error << Qt::endl;
        return std::nullopt;
    }
    const QString url = cluster.url(QStringLiteral("bench"));
    if (!runLtcserver(ltcserver, {QStringLiteral("migrate"), QStringLiteral("--database"), url})
        || !runLtcserver(ltcserver,
                         {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"), role,
                          QStringLiteral("--district"), kDistrict, QStringLiteral("--password-stdin"),
                          QStringLiteral("--database"), url},
                         kPassword.toUtf8() + '\n'))
        return std::nullopt;
    return url;
}

// `ltcserver serve` on a free loopback port; stopped when it goes out of scope.
class Server {
public:
    Server(QString program, QString databaseUrl, QString logPath)
        : m_program(std::move(program)), m_databaseUrl(std::move(databaseUrl)), m_logPath(std::move(logPath))
    {
    }
    ~Server() { stop(); }
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    bool start()
    {
        m_port = test::freeLoopbackPort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_logPath);
        // LTC_BENCH_SERVER_PREFIX runs the server under a profiler, as the client's below.
        QStringList command = qEnvironmentVariable("LTC_BENCH_SERVER_PREFIX").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        command << m_program << QStringLiteral("serve") << QStringLiteral("--listen")
                << QStringLiteral("127.0.0.1:%1").arg(m_port) << QStringLiteral("--database") << m_databaseUrl;
        test::startChild(m_process, command.takeFirst(), command);
        HttpTransport probe(QUrl(baseUrl()), {}, 2000);
        for (int attempt = 0; attempt < 300 && m_process.state() != QProcess::NotRunning; ++attempt) {
            if (probe.get(QStringLiteral("/api/v1/health"), {}, {}).status == 200)
                return true;
            QThread::msleep(100);
        }
        QFile log(m_logPath);
        log.open(QIODevice::ReadOnly);
        out() << "ltcserver did not start:" << Qt::endl << log.readAll().right(4000) << Qt::endl;
        return false;
    }
    // The server's peak resident memory so far (VmHWM), read before it stops.
    qint64 peakKb() const
    {
        return m_process.state() == QProcess::NotRunning
                   ? 0
                   : procStatusKb(QStringLiteral("/proc/%1/status").arg(m_process.processId()), "VmHWM");
    }
    double cpuSeconds() const
    {
        return m_process.state() == QProcess::NotRunning ? 0 : processCpuSeconds(m_process.processId());
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished(5'000);
        }
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QString m_program;
    QString m_databaseUrl;
    QString m_logPath;
    quint16 m_port = 0;
    QProcess m_process;
};

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    out() << "FAILED: " << sql.left(200) << Qt::endl << query.lastError().text() << Qt::endl;
    return false;
}

// N persons of 330302, in one statement. The ID numbers are unique and shaped like citizen IDs
// (district, birth date, a sequence whose parity gives the sex, a last character); the check
// character is not computed: the server does not re-validate the rows it bootstraps.
QString fillSql(qint64 rows)
{
    return QStringLiteral(
               "INSERT INTO persons (person_no, id_number, name, sex, birth_date, insurance_type, enrolled_on, "
               "district) SELECT 'B' || lpad(i::text, 8, '0'), "
               "'%2' || to_char(date '1935-01-01' + i % 9000, 'YYYYMMDD') || lpad((i / 9000)::text, 3, '0') "
               "|| substr('0123456789X', i % 11 + 1, 1), "
               "(ARRAY['张','王','李','赵','陈','刘'])[i % 6 + 1] || (ARRAY['伟','芳','娜','敏','静','强','磊'])[i % 7 + 1], "
               "CASE WHEN (i / 9000) % 2 = 1 THEN 'M' ELSE 'F' END, "
               "to_char(date '1935-01-01' + i % 9000, 'YYYY-MM-DD'), "
               "CASE WHEN i % 3 = 0 THEN 'RESIDENT' ELSE 'EMPLOYEE' END, '2010-01-01', '%2' "
               "FROM generate_series(0, %1) AS i")
        .arg(rows - 1)
        .arg(kDistrict);
}

// The client's own schema of the persons table (table and indexes), read from a fresh cache, and
// its columns in order.
bool clientSchema(const QString &path, QStringList *statements, QStringList *columns)
{
    LocalStore store(path);
    QString error;
    if (!store.open(&error)) {
        out() << "cannot create a cache: " << error << Qt::endl;
        return false;
    }
    QSqlDatabase db = store.database().connection();
    QSqlQuery ddl = querySql(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'persons' AND type IN "
                                                "('table', 'index') AND sql IS NOT NULL ORDER BY type = 'index', rowid"));
    while (ddl.next())
        *statements << ddl.value(0).toString();
    QSqlQuery info = querySql(db, QStringLiteral("SELECT name FROM pragma_table_info('persons')"));
    while (info.next())
        *columns << info.value(0).toString();
    return !statements->isEmpty() && !columns->isEmpty();
}

int runBenchmark(const QString &self, const QString &ltcserver, qint64 rows, int pageSize, bool keep)
{
    if (rows < 1 || rows > 9'000'000) {
        out() << "--rows: from 1 to 9000000 (the ID numbers stay unique up to there)" << Qt::endl;
        return 2;
    }
    QTemporaryDir work;
    work.setAutoRemove(!keep);
    test::PgCluster cluster;
    QElapsedTimer clock;
    clock.start();
    out() << "preparing: PostgreSQL cluster in " << cluster.folder() << ", work folder " << work.path() << Qt::endl;
    const std::optional<QString> prepared = prepareBenchDatabase(cluster, ltcserver, kUser, QStringLiteral("handler"));
    if (!prepared)
        return 1;
    const QString url = *prepared;
    {
        QSqlDatabase db = cluster.connect(QStringLiteral("bench"));
        QElapsedTimer fill;
        fill.start();
        if (!exec(db, fillSql(rows)) || !exec(db, QStringLiteral("VACUUM ANALYZE persons")))
            return 1;
        out() << "filled " << rows << " persons in PostgreSQL in " << QString::number(double(fill.elapsed()) / 1000, 'f', 1)
              << " s" << Qt::endl;
    }
    Server server(ltcserver, url, work.filePath(QStringLiteral("ltcserver.log")));
    if (!server.start())
        return 1;
    QStringList schema;
    QStringList columns;
    if (!clientSchema(work.filePath(QStringLiteral("schema.sqlite")), &schema, &columns))
        return 1;
    out() << "ready after " << QString::number(double(clock.elapsed()) / 1000, 'f', 1) << " s" << Qt::endl << Qt::endl;

    // Baseline: the same rows, in the same order, out of PostgreSQL to CSV and into the same
    // SQLite table (same columns, keys and index; WAL and synchronous=NORMAL as the cache).
    const QString csv = work.filePath(QStringLiteral("persons.csv"));
    const Timed copyOut = runTimed(
        kPgBin + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), url,
         QStringLiteral("-c"),
         QStringLiteral("\\copy (SELECT %1 FROM persons WHERE district = '%2' ORDER BY person_no) TO '%3' CSV HEADER")
             .arg(columns.join(QStringLiteral(", ")), kDistrict, csv)});
    const QString baseDb = work.filePath(QStringLiteral("base.sqlite"));
    QStringList importArguments{baseDb, QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")};
    importArguments += schema;
    importArguments << QStringLiteral(".import --csv --skip 1 %1 persons").arg(csv);
    const Timed importIn = runTimed(QStringLiteral("sqlite3"), importArguments);
    QProcess count;
    count.start(QStringLiteral("sqlite3"), {baseDb, QStringLiteral("SELECT COUNT(*) FROM persons")});
    count.waitForFinished(-1);
    const qint64 baseRows = count.readAllStandardOutput().trimmed().toLongLong();
    const double baseSeconds = copyOut.seconds + importIn.seconds;

    // Ours: a child process, so that its peak memory is the client's alone.
    QStringList clientArguments{QStringLiteral("--client"), QStringLiteral("--server"), server.baseUrl(),
                                QStringLiteral("--db"), work.filePath(QStringLiteral("cache.sqlite"))};
    if (pageSize > 0)
        clientArguments << QStringLiteral("--page") << QString::number(pageSize);
    // LTC_BENCH_CLIENT_PREFIX runs the client under a profiler, e.g. "valgrind --tool=callgrind".
    QStringList prefix = qEnvironmentVariable("LTC_BENCH_CLIENT_PREFIX").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    prefix << self;
    const double serverCpuBefore = server.cpuSeconds();
    const double machineBefore = machineBusySeconds();
    const Timed client = runTimed(prefix.takeFirst(), prefix + clientArguments, kPassword.toUtf8() + '\n');
    const double machineBusy = machineBusySeconds() - machineBefore;
    const double serverCpu = server.cpuSeconds() - serverCpuBefore;
    const qint64 serverPeakKb = server.peakKb();
    server.stop();
    QJsonObject result;
    for (const QByteArray &line : client.output.split('\n')) {
        if (line.startsWith("RESULT "))
            result = QJsonDocument::fromJson(line.mid(7)).object();
    }
    const double seconds = result.value(QStringLiteral("seconds")).toDouble();
    const qint64 persons = result.value(QStringLiteral("persons")).toInteger();
    const double rate = perSecond(persons, seconds);
    const bool ok = copyOut.ok && importIn.ok && client.ok && baseRows == rows && persons == rows;

    const auto line = [](const QString &text) { out() << text << Qt::endl; };
    line(QStringLiteral("first sync of %1 persons rows from ltcserver into an empty cache (client page: %2 rows)")
             .arg(rows)
             .arg(pageSize > 0 ? QString::number(pageSize) : QStringLiteral("default")));
    line(QStringLiteral("  psql \\copy out to CSV           %1 s                    peak %2 MiB")
             .arg(copyOut.seconds, 6, 'f', 2).arg(mib(copyOut.peakKb), 6, 'f', 1));
    line(QStringLiteral("  sqlite3 .import of the CSV      %1 s                    peak %2 MiB  (%3 rows)")
             .arg(importIn.seconds, 6, 'f', 2).arg(mib(importIn.peakKb), 6, 'f', 1).arg(baseRows));
    line(QStringLiteral("  baseline (sum of both)          %1 s  %2 rows/s")
             .arg(baseSeconds, 6, 'f', 2).arg(perSecond(rows, baseSeconds), 8, 'f', 0));
    line(QStringLiteral("  ltc client: signIn + syncOnce   %1 s  %2 rows/s  peak %3 MiB  = %4 x baseline  (%5 rows)")
             .arg(seconds, 6, 'f', 2).arg(rate, 8, 'f', 0).arg(mib(client.peakKb), 6, 'f', 1)
             .arg(baseSeconds > 0 ? seconds / baseSeconds : 0, 0, 'f', 2).arg(persons));
    line(QStringLiteral("    (whole client process %1 s; creating the empty cache %2 s; signIn %3 s)")
             .arg(client.seconds, 0, 'f', 2)
             .arg(result.value(QStringLiteral("open_seconds")).toDouble(), 0, 'f', 2)
             .arg(result.value(QStringLiteral("signin_seconds")).toDouble(), 0, 'f', 3));
    line(QStringLiteral("  target >= 50000 rows/s: %1").arg(rate >= 50000 ? QStringLiteral("met") : QStringLiteral("NOT met")));
    line(QStringLiteral("  ltcserver peak RSS %1 MiB").arg(mib(serverPeakKb), 0, 'f', 1));
    // Where the CPU went while the client ran: the figures above are wall times on a machine
    // that may be shared; these are not (but "the rest" also holds whatever else was running).
    const int cores = QThread::idealThreadCount();
    line(QStringLiteral("  CPU while the client ran: client %1 s (%2 us/row), ltcserver %3 s (%4 us/row), the rest "
                        "(PostgreSQL, anything else) %5 s; %6 cores x %7 s available")
             .arg(client.cpuSeconds, 0, 'f', 1)
             .arg(rows > 0 ? client.cpuSeconds * 1e6 / double(rows) : 0, 0, 'f', 1)
             .arg(serverCpu, 0, 'f', 1)
             .arg(rows > 0 ? serverCpu * 1e6 / double(rows) : 0, 0, 'f', 1)
             .arg(std::max(0.0, machineBusy - client.cpuSeconds - serverCpu), 0, 'f', 1)
             .arg(cores)
             .arg(client.seconds, 0, 'f', 1));
    // Bounded memory: the client's resident memory must not grow with the rows downloaded. Held
    // if it grows less than 32 MiB from 10% of the rows to the end (holding the rows would take
    // hundreds of bytes each).
    const qint64 rss10 = result.value(QStringLiteral("rss10_kb")).toInteger();
    const qint64 hwm = result.value(QStringLiteral("hwm_kb")).toInteger();
    const qint64 growthKb = hwm - rss10;
    line(QStringLiteral("  client memory: %1 MiB at 10% of the rows, %2 MiB at 50%, %3 MiB at the end, peak %4 MiB "
                        "(%5 pages)")
             .arg(mib(rss10), 0, 'f', 1)
             .arg(mib(result.value(QStringLiteral("rss50_kb")).toInteger()), 0, 'f', 1)
             .arg(mib(result.value(QStringLiteral("rss_end_kb")).toInteger()), 0, 'f', 1)
             .arg(mib(hwm), 0, 'f', 1)
             .arg(result.value(QStringLiteral("pages")).toInteger()));
    line(QStringLiteral("  bounded memory (growth over the last 90% of rows < 32 MiB): %1 (%2 MiB, %3 bytes/row)")
             .arg(growthKb < 32 * 1024 ? QStringLiteral("holds") : QStringLiteral("does NOT hold"))
             .arg(mib(growthKb), 0, 'f', 1)
             .arg(double(growthKb) * 1024 / std::max<double>(1, 0.9 * double(rows)), 0, 'f', 1));
    if (!ok)
        line(QStringLiteral("FAILED: expected %1 rows on both sides").arg(rows));
    return ok ? 0 : 1;
}

// The claims file of the push benchmark: `lines` lines over `persons` persons and 50 care homes of
// 330302, all of one month (2026-10), ten days each.
bool writeClaimsFile(const QString &path, qint64 lines, qint64 persons)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream text(&file);
    text << "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n";
    for (qint64 i = 0; i < lines; ++i) {
        const qint64 person = i % persons;
        text << 'C' << QString::number(i / 20).rightJustified(7, QLatin1Char('0')) << ",I" << QString::number(person % 50).rightJustified(3, QLatin1Char('0'))
             << ",2026-10," << (i % 20 + 1) << ",B" << QString::number(person).rightJustified(8, QLatin1Char('0'))
             << ",HOME,2026-10-01,2026-10-10,10," << (200 + i % 300) << '.' << (i % 10) << "0\n";
    }
    text.flush();
    return file.error() == QFile::NoError;
}

// Issue 8: a claims file of N lines imported on a desktop and pushed to ltcserver (upload in
// chunks, applied by the server with the same import code, rows back by pull), beside the
// baseline `psql \copy` of the same file into a table with the same keys.
int runPushBenchmark(const QString &self, const QString &ltcserver, qint64 lines, bool keep)
{
    QTemporaryDir work;
    work.setAutoRemove(!keep);
    test::PgCluster cluster;
    const std::optional<QString> prepared =
        prepareBenchDatabase(cluster, ltcserver, kPushUser, QStringLiteral("first_reviewer"));
    if (!prepared)
        return 1;
    const QString url = *prepared;
    const qint64 persons = std::max<qint64>(1, lines / 20);
    {
        QSqlDatabase db = cluster.connect(QStringLiteral("bench"));
        if (!exec(db, fillSql(persons))
            || !exec(db, QStringLiteral("INSERT INTO institutions (code, name, kind, grade, service_forms, agreement_from, "
                                        "agreement_to, district) SELECT 'I' || lpad(i::text, 3, '0'), '护理院' || i, "
                                        "'CARE', 2, 'HOME|INST', '2024-01-01', '2027-12-31', '%1' FROM "
                                        "generate_series(0, 49) AS i").arg(kDistrict))
            // A city's server holds the other districts' claims too: the server's import then
            // looks up the stored row of each key (it may belong to another district).
            || !exec(db, QStringLiteral("INSERT INTO institutions (code, name, kind, grade, service_forms, agreement_from, "
                                        "agreement_to, district) VALUES ('X001', '邻区护理院', 'CARE', 2, 'HOME', "
                                        "'2024-01-01', '2027-12-31', '330303')"))
            || !exec(db, QStringLiteral("INSERT INTO claim_lines (claim_no, line_no, institution_code, period, person_no, "
                                        "service_form, service_from, service_to, days, amount_fen) SELECT 'XC' || i, 1, "
                                        "'X001', '2026-10', 'B00000000', 'HOME', '2026-10-01', '2026-10-31', 31, 300000 "
                                        "FROM generate_series(1, 1000) AS i"))
            || !exec(db, QStringLiteral("CREATE TABLE bench_claims (claim_no TEXT NOT NULL, institution_code TEXT NOT "
                                        "NULL, period TEXT NOT NULL, line_no BIGINT NOT NULL, person_no TEXT NOT NULL, "
                                        "service_form TEXT NOT NULL, service_from TEXT NOT NULL, service_to TEXT NOT "
                                        "NULL, days BIGINT NOT NULL, amount NUMERIC NOT NULL, PRIMARY KEY (claim_no, "
                                        "line_no))"))
            || !exec(db, QStringLiteral("CREATE INDEX bench_claims_by_period ON bench_claims (period, person_no)"))
            || !exec(db, QStringLiteral("CREATE INDEX bench_claims_by_claim ON bench_claims (period, institution_code, "
                                        "claim_no, line_no)"))
            || !exec(db, QStringLiteral("VACUUM ANALYZE")))
            return 1;
    }
    const QString claims = work.filePath(QStringLiteral("claims.csv"));
    if (!writeClaimsFile(claims, lines, persons)) {
        out() << "FAILED: cannot write " << claims << Qt::endl;
        return 1;
    }
    Server server(ltcserver, url, work.filePath(QStringLiteral("ltcserver.log")));
    if (!server.start())
        return 1;
    // Baseline: the same file into a table with the same keys and indexes.
    const Timed copyIn = runTimed(kPgBin + QStringLiteral("/psql"),
                                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                   QStringLiteral("ON_ERROR_STOP=1"), url, QStringLiteral("-c"),
                                   QStringLiteral("\\copy bench_claims FROM '%1' CSV HEADER").arg(claims)});
    const qint64 serverPeakBefore = server.peakKb();
    const Timed client = runTimed(self,
                                  {QStringLiteral("--push-client"), QStringLiteral("--server"), server.baseUrl(),
                                   QStringLiteral("--db"), work.filePath(QStringLiteral("cache.sqlite")),
                                   QStringLiteral("--claims"), claims},
                                  kPassword.toUtf8() + '\n');
    const qint64 serverPeak = server.peakKb();
    qint64 onServer = 0;
    qint64 resultsOnServer = 0;
    {
        QSqlDatabase db = cluster.connect(QStringLiteral("bench"));
        onServer = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE institution_code <> 'X001'")).toLongLong();
        resultsOnServer = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE institution_code <> "
                                                       "'X001'")).toLongLong();
    }
    server.stop();
    QJsonObject result;
    for (const QByteArray &line : client.output.split('\n')) {
        if (line.startsWith("RESULT "))
            result = QJsonDocument::fromJson(line.mid(7)).object();
    }
    const double push = result.value(QStringLiteral("push_seconds")).toDouble();
    const double sync = result.value(QStringLiteral("sync_seconds")).toDouble();
    const auto line = [](const QString &text) { out() << text << Qt::endl; };
    line(QStringLiteral("push of a %1-line claims file (%2 MiB) from a desktop to ltcserver")
             .arg(lines).arg(double(QFileInfo(claims).size()) / 1048576.0, 0, 'f', 1));
    line(QStringLiteral("  psql \\copy into a table with the same keys   %1 s  (baseline)").arg(copyIn.seconds, 7, 'f', 2));
    line(QStringLiteral("  ltcctl-style local import on the desktop      %1 s")
             .arg(result.value(QStringLiteral("import_seconds")).toDouble(), 7, 'f', 2));
    line(QStringLiteral("  push: upload + the server's import            %1 s  = %2 x baseline")
             .arg(push, 7, 'f', 2).arg(copyIn.seconds > 0 ? push / copyIn.seconds : 0, 0, 'f', 2));
    line(QStringLiteral("  the whole sync (push, then the rows back)     %1 s  (%2 changes pulled)")
             .arg(sync, 7, 'f', 2).arg(result.value(QStringLiteral("pulled")).toInteger()));
    const double audit = result.value(QStringLiteral("audit_seconds")).toDouble();
    const double auditPush = result.value(QStringLiteral("audit_push_seconds")).toDouble();
    line(QStringLiteral("  the month's first audit on the desktop       %1 s").arg(audit, 7, 'f', 2));
    line(QStringLiteral("  push of the audit: the server audits again   %1 s  = %2 x the desktop's")
             .arg(auditPush, 7, 'f', 2).arg(audit > 0 ? auditPush / audit : 0, 0, 'f', 2));
    line(QStringLiteral("  the audit's whole sync (its results back)    %1 s")
             .arg(result.value(QStringLiteral("audit_sync_seconds")).toDouble(), 7, 'f', 2));
    line(QStringLiteral("  ltcserver peak RSS %1 MiB (%2 MiB before the push); client peak %3 MiB")
             .arg(mib(serverPeak), 0, 'f', 1).arg(mib(serverPeakBefore), 0, 'f', 1).arg(mib(client.peakKb), 0, 'f', 1));
    const bool ok = copyIn.ok && client.ok && onServer == lines && resultsOnServer == lines
                    && result.value(QStringLiteral("lines")).toInteger() == lines;
    if (!ok)
        line(QStringLiteral("FAILED: %1 lines and %2 results on the server, %3 lines on the desktop, %4 expected")
                 .arg(onServer).arg(resultsOnServer).arg(result.value(QStringLiteral("lines")).toInteger()).arg(lines));
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Persons rows to sync."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Rows per page the client asks for (default: the client's)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("ltcserver"), QStringLiteral("Path of ltcserver."), QStringLiteral("PATH"),
                      QStringLiteral(LTCSERVER_PATH)});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the work folder.")});
    parser.addOption({QStringLiteral("push-lines"), QStringLiteral("Instead: push a claims file of N lines from a desktop."),
                      QStringLiteral("N"), QStringLiteral("0")});
    // The client half, started by the benchmark itself.
    QCommandLineOption client(QStringLiteral("client"));
    QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    QCommandLineOption pushClient(QStringLiteral("push-client"));
    QCommandLineOption claimsFile(QStringLiteral("claims"), QString(), QStringLiteral("PATH"));
    for (QCommandLineOption *option : {&client, &server, &db, &pushClient, &claimsFile}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.process(app);
    const int pageSize = parser.value(QStringLiteral("page")).toInt();
    if (parser.isSet(client))
        return runClient(parser.value(server), parser.value(db), pageSize);
    if (parser.isSet(pushClient))
        return runPushClient(parser.value(server), parser.value(db), parser.value(claimsFile));
    if (const qint64 pushLines = parser.value(QStringLiteral("push-lines")).toLongLong(); pushLines > 0)
        return runPushBenchmark(QCoreApplication::applicationFilePath(), parser.value(QStringLiteral("ltcserver")),
                                pushLines, parser.isSet(QStringLiteral("keep")));
    return runBenchmark(QCoreApplication::applicationFilePath(), parser.value(QStringLiteral("ltcserver")),
                        parser.value(QStringLiteral("rows")).toLongLong(), pageSize, parser.isSet(QStringLiteral("keep")));
}
