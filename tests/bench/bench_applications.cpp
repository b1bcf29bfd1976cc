// The application review worklist at scale (issue 12, item 1): a store of N applications (a
// million by default) of N/4 persons, in the mix an office sees after a few years — most
// decided, a few hundred to thousands open — and for each question the screen asks (open it,
// each state, kind, channel, a handler, a received-date range, a person by number, ID number or
// part of the name) the first page of 200 rows in deadline order and the count, medians of 5.
// Baseline in the same run: `sqlite3` counting the table (a floor for any pass over it). Not a
// test: run by scripts/bench.sh, never by ctest. The rows are written straight into the tables
// (the commands' checks are the tests' business; here only the reading is measured).
#include "benchsupport.h"

#include "applications/domain/applicationsworklist.h"
#include "core/citizenid.h"
#include "localstore.h"
#include "sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace ltc;
using namespace ltc::applications;
using namespace ltc::bench;

namespace {

const QString kDistrict = QStringLiteral("330302");
const QDate kToday(2026, 11, 30);

// Unique for each person: its birth day and, among those born that day, its order.
QString citizenIdFor(int serial, QDate birth)
{
    const QString first17 = kDistrict + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(serial / 9000, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheckChar(first17);
}

QString nameFor(QRandomGenerator &random)
{
    static const QString family = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈");
    static const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文");
    QString name = family.at(random.bounded(int(family.size())));
    for (int i = 0, n = 1 + random.bounded(2); i < n; ++i)
        name += given.at(random.bounded(int(given.size())));
    return name;
}

bool fillPersons(QSqlDatabase &db, int persons, QRandomGenerator &random)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO persons (person_no, id_number, name, sex, birth_date, insurance_type, "
                                  "enrolled_on, district) VALUES (?, ?, ?, ?, ?, 'EMPLOYEE', '2010-01-01', ?)"));
    for (int i = 0; i < persons; ++i) {
        const QDate birth = QDate(1930, 1, 1).addDays(i % 9000);
        insert.addBindValue(QStringLiteral("P0302%1").arg(i, 7, 10, QLatin1Char('0')));
        insert.addBindValue(citizenIdFor(i, birth));
        insert.addBindValue(nameFor(random));
        insert.addBindValue(i % 2 ? QStringLiteral("F") : QStringLiteral("M"));
        insert.addBindValue(birth.toString(Qt::ISODate));
        insert.addBindValue(kDistrict);
        if (!insert.exec())
            return false;
    }
    return true;
}

// Most applications decided; 2 % under review, 0.5 % awaiting materials.
bool fillApplications(QSqlDatabase &db, int applications, int persons, QRandomGenerator &random)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO applications (id, person_no, kind, channel, status, received_on, clock_waits, "
                                  "due_on, deadline_order, handler, submitted_by, submitted_at, applicant_kind) VALUES (?, ?, "
                                  "?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, 'PERSON')"));
    for (int i = 0; i < applications; ++i) {
        const int roll = random.bounded(1000);
        const QString status = roll < 20 ? QStringLiteral("RECEIVED") : roll < 25 ? QStringLiteral("AWAITING_MATERIALS")
                               : roll < 900 ? QStringLiteral("ACCEPTED") : QStringLiteral("REFUSED");
        const bool open = roll < 25;
        const QDate received = open ? kToday.addDays(-random.bounded(12)) : kToday.addDays(-12 - random.bounded(1460));
        const QDate due = roll < 20 ? received.addDays(7) : QDate();
        const int kindRoll = random.bounded(100);
        insert.addBindValue(QStringLiteral("app-%1").arg(i, 8, 10, QLatin1Char('0')));
        insert.addBindValue(QStringLiteral("P0302%1").arg(random.bounded(persons), 7, 10, QLatin1Char('0')));
        insert.addBindValue(kindRoll < 80 ? QStringLiteral("FIRST") : kindRoll < 95 ? QStringLiteral("REASSESS") : QStringLiteral("DISPUTE"));
        insert.addBindValue(random.bounded(5) == 0 ? QStringLiteral("ONLINE") : QStringLiteral("COUNTER"));
        insert.addBindValue(status);
        insert.addBindValue(received.toString(Qt::ISODate));
        insert.addBindValue(due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
        insert.addBindValue(due.isValid() ? due.toString(Qt::ISODate)
                            : status == QLatin1String("AWAITING_MATERIALS") ? QStringLiteral("9999-12-30") : QStringLiteral("9999-12-31"));
        insert.addBindValue(QStringLiteral("handler%1").arg(random.bounded(40)));
        insert.addBindValue(QStringLiteral("handler%1").arg(random.bounded(40)));
        insert.addBindValue(received.startOfDay(Qt::UTC).toString(Qt::ISODate));
        if (!insert.exec())
            return false;
    }
    return true;
}

struct Step {
    QString name;
    ApplicationFilter filter;
};

// Median ms of the first page and of the count for one question; the rows it found.
void measure(QSqlDatabase &db, const Step &step, int runs, double *worstPage)
{
    int rows = 0;
    qint64 matched = 0;
    const QList<double> page = timed(runs, [&] {
        rows = 0;
        listApplications(db, step.filter, kToday, 200, 0, [&rows](const ApplicationRow &) {
            ++rows;
            return true;
        });
    });
    const QList<double> count = timed(runs, [&] { matched = countApplications(db, step.filter); });
    *worstPage = std::max(*worstPage, median(page));
    out() << QStringLiteral("  %1  first page %2 ms (%3 rows)  count %4 ms (%5)")
                 .arg(step.name, -34).arg(median(page), 0, 'f', 1).arg(rows).arg(median(count), 0, 'f', 1).arg(matched)
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("applications"), QStringLiteral("How many applications (default 1000000)."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each question (default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    const int applications = parser.value(QStringLiteral("applications")).toInt();
    const int persons = std::max(1, applications / 4);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("applications.sqlite"));
    LocalStore store(path);
    QString error;
    if (!store.open(&error)) {
        out() << "cannot open the store: " << error << Qt::endl;
        return 1;
    }
    QSqlDatabase db = store.database().connection();
    QRandomGenerator random(12);
    QElapsedTimer clock;
    clock.start();
    if (!db.transaction() || !fillPersons(db, persons, random) || !fillApplications(db, applications, persons, random)
        || !db.commit()) {
        out() << "cannot write the rows" << Qt::endl;
        return 1;
    }
    execSql(db, QStringLiteral("ANALYZE"));
    out() << "applications worklist: " << applications << " applications of " << persons << " persons (written in "
          << QString::number(double(clock.elapsed()) / 1000, 'f', 1) << " s); medians of " << runs << Qt::endl;
    out() << QStringLiteral("  baseline: sqlite3 COUNT(*) of the table  %1 ms").arg(median(sqliteCount(path, QStringLiteral("applications"), runs)), 0, 'f', 1) << Qt::endl;

    const QString someone = scalarSql(db, QStringLiteral("SELECT person_no FROM applications LIMIT 1 OFFSET ?"), {applications / 2}).toString();
    const QString idNumber = scalarSql(db, QStringLiteral("SELECT id_number FROM persons WHERE person_no = ?"), {someone}).toString();
    const QString name = scalarSql(db, QStringLiteral("SELECT name FROM persons WHERE person_no = ?"), {someone}).toString();
    const auto with = [](auto set) {
        ApplicationFilter filter;
        set(filter);
        return filter;
    };
    const QList<Step> steps{
        {QStringLiteral("open the worklist"), {}},
        {QStringLiteral("status RECEIVED"), with([](ApplicationFilter &f) { f.status = QStringLiteral("RECEIVED"); })},
        {QStringLiteral("status AWAITING_MATERIALS"), with([](ApplicationFilter &f) { f.status = QStringLiteral("AWAITING_MATERIALS"); })},
        {QStringLiteral("status REFUSED"), with([](ApplicationFilter &f) { f.status = QStringLiteral("REFUSED"); })},
        {QStringLiteral("kind DISPUTE"), with([](ApplicationFilter &f) { f.kind = QStringLiteral("DISPUTE"); })},
        {QStringLiteral("channel ONLINE"), with([](ApplicationFilter &f) { f.channel = QStringLiteral("ONLINE"); })},
        {QStringLiteral("handler handler7"), with([](ApplicationFilter &f) { f.handler = QStringLiteral("handler7"); })},
        {QStringLiteral("received in one week, 2 years ago"), with([](ApplicationFilter &f) {
             f.receivedFrom = kToday.addYears(-2);
             f.receivedTo = kToday.addYears(-2).addDays(6);
         })},
        {QStringLiteral("DISPUTE, ONLINE, REFUSED"), with([](ApplicationFilter &f) {
             f.kind = QStringLiteral("DISPUTE");
             f.channel = QStringLiteral("ONLINE");
             f.status = QStringLiteral("REFUSED");
         })},
        {QStringLiteral("a person number"), with([&someone](ApplicationFilter &f) { f.person = someone; })},
        {QStringLiteral("an ID number"), with([&idNumber](ApplicationFilter &f) { f.person = idNumber; })},
        {QStringLiteral("a whole name"), with([&name](ApplicationFilter &f) { f.person = name; })},
        {QStringLiteral("a common family name (王)"), with([](ApplicationFilter &f) { f.person = QStringLiteral("王"); })},
        {QStringLiteral("a name nobody has"), with([](ApplicationFilter &f) { f.person = QStringLiteral("欧阳无名"); })},
    };
    double worst = 0;
    for (const Step &step : steps)
        measure(db, step, runs, &worst);
    out() << QStringLiteral("  slowest first page: %1 ms (target < 100 ms)").arg(worst, 0, 'f', 1) << Qt::endl;
    return 0;
}
