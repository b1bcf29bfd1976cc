// The server's bulk writes (server/core/pgcopy.h): rows by COPY through a temporary table into a
// real PostgreSQL, the change log's derived rows as hand-written JSON, and the indexes the server
// keeps.
#include "changelog.h"
#include "commandapplier.h"
#include "pgcopy.h"
#include "pgsql.h"
#include "serverschema.h"
#include "serverharness.h"

#include "database/connectionturn.h"
#include "database/domainregistry.h"
#include "database/rowreader.h"
#include "database/rowwriter.h"
#include "sql.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace ltc;
using namespace ltc::test;

namespace {

// A scratch table in a transaction that is rolled back: nothing stays in the shared database.
struct ScratchTable {
    QSqlDatabase db = ServerEnv::get().db();
    ScratchTable()
    {
        server::installPgBulkRows();
        REQUIRE(db.transaction());
        const bool created = server::execDirect(
            db, QStringLiteral("CREATE TABLE copy_probe (k TEXT PRIMARY KEY, n BIGINT NOT NULL, t TEXT)"));
        if (!created)
            db.rollback();
        REQUIRE(created);
    }
    ~ScratchTable() { db.rollback(); }
};

const QString kUpsert = QStringLiteral(
    "INSERT INTO copy_probe (k, n, t) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET n = excluded.n, t = excluded.t");

ImportRow row(int line, const QVariant &key, const QVariant &n, const QVariant &t)
{
    return ImportRow{line, {key, n, t}};
}

} // namespace

TEST_CASE("server: rows copied in bulk keep tabs, newlines, backslashes, NULLs and Chinese; an upsert updates; parts "
          "lose nothing",
          "[server][copy]")
{
    ScratchTable scratch;
    const QString awkward = QStringLiteral("张三\tline\none\\two\r\"quoted\" N");
    {
        RowWriter writer(scratch.db, kUpsert);
        REQUIRE(writer.error().isEmpty());
        // More rows than one part holds (10,000), so the rows cross a part boundary.
        bool written = true;
        for (int i = 0; i < 12'345 && written; ++i)
            written = writer.write(row(i + 2, QStringLiteral("K%1").arg(i), qint64(i) * 1'000'000'007LL,
                                       i % 3 == 0 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(awkward)));
        REQUIRE(written);
        REQUIRE(writer.flush());
    }
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT COUNT(*) FROM copy_probe")).toLongLong() == 12'345);
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT COUNT(*) FROM copy_probe WHERE t IS NULL")).toLongLong() == 4'115);
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT t FROM copy_probe WHERE k = 'K1'")).toString() == awkward);
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT n FROM copy_probe WHERE k = 'K12344'")).toLongLong()
          == 12'344LL * 1'000'000'007LL);

    // The same keys again: the upsert's ON CONFLICT updates them.
    RowWriter again(scratch.db, kUpsert);
    REQUIRE(again.write(row(2, QStringLiteral("K1"), qint64(-5), QStringLiteral("新"))));
    REQUIRE(again.flush());
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT n || t FROM copy_probe WHERE k = 'K1'")).toString()
          == QStringLiteral("-5新"));
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT COUNT(*) FROM copy_probe")).toLongLong() == 12'345);

    // New keys before and after a stored one in one part: the part is undone and moved by the
    // upsert, and so is the next part; each row lands once.
    RowWriter mixed(scratch.db, kUpsert);
    for (int i = 0; i < 10'000; ++i)
        REQUIRE(mixed.write(row(i + 2, i == 5'000 ? QStringLiteral("K2") : QStringLiteral("N%1").arg(i), qint64(i),
                                QStringLiteral("混"))));
    REQUIRE(mixed.write(row(10'002, QStringLiteral("N-last"), qint64(7), QStringLiteral("尾"))));
    REQUIRE(mixed.flush());
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT COUNT(*) FROM copy_probe")).toLongLong() == 12'345 + 10'000);
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT n || t FROM copy_probe WHERE k = 'K2'")).toString()
          == QStringLiteral("5000混"));
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT t FROM copy_probe WHERE k = 'N-last'")).toString()
          == QStringLiteral("尾"));
}

TEST_CASE("server: a row COPY refuses is named by its line; a row the upsert refuses by its part's lines",
          "[server][copy]")
{
    SECTION("a value COPY cannot read")
    {
        ScratchTable scratch;
        RowWriter writer(scratch.db, kUpsert);
        REQUIRE(writer.write(row(2, QStringLiteral("A"), qint64(1), QStringLiteral("ok"))));
        REQUIRE(writer.write(row(3, QStringLiteral("B"), QStringLiteral("twelve"), QStringLiteral("ok"))));
        CHECK_FALSE(writer.flush());
        CHECK(writer.error().startsWith(QStringLiteral("line 3: ")));
        CHECK(writer.error().contains(QStringLiteral("twelve")));
    }
    SECTION("a new row the target's constraint refuses")
    {
        ScratchTable scratch;
        RowWriter writer(scratch.db, kUpsert);
        REQUIRE(writer.write(row(7, QStringLiteral("A"), qint64(1), QStringLiteral("ok"))));
        REQUIRE(writer.write(row(9, QStringLiteral("B"), QVariant(), QStringLiteral("ok"))));
        CHECK_FALSE(writer.flush());
        CHECK(writer.error().startsWith(QStringLiteral("line 9: ")));
        CHECK(scalarSql(scratch.db, QStringLiteral("SELECT COUNT(*) FROM copy_probe")).toLongLong() == 0);
    }
    SECTION("a row the upsert refuses, once a key of its part was stored")
    {
        ScratchTable scratch;
        {
            RowWriter first(scratch.db, kUpsert);
            REQUIRE(first.write(row(2, QStringLiteral("A"), qint64(1), QStringLiteral("ok"))));
            REQUIRE(first.flush());
        }
        RowWriter writer(scratch.db, kUpsert);
        REQUIRE(writer.write(row(5, QStringLiteral("A"), qint64(2), QStringLiteral("ok"))));
        REQUIRE(writer.flush());  // a part that met a stored key: the later parts are moved
        REQUIRE(writer.write(row(7, QStringLiteral("C"), qint64(3), QStringLiteral("ok"))));
        REQUIRE(writer.write(row(9, QStringLiteral("B"), QVariant(), QStringLiteral("ok"))));
        CHECK_FALSE(writer.flush());
        CHECK(writer.error().startsWith(QStringLiteral("lines 7 to 9: ")));
    }
    SECTION("an upsert that is not one ? per column")
    {
        ScratchTable scratch;
        RowWriter writer(scratch.db, QStringLiteral("INSERT INTO copy_probe (k, n, t) VALUES (?, COALESCE(?, 0), ?)"));
        CHECK(writer.error().contains(QStringLiteral("one ? per column")));
        CHECK_FALSE(writer.write(row(2, QStringLiteral("A"), qint64(1), QString())));
    }
}

TEST_CASE("server: a derived row's JSON reads back as the row's object", "[server][copy]")
{
    DerivedRow derived;
    derived.table = QStringLiteral("probe");
    derived.columns = {QStringLiteral("text"), QStringLiteral("awkward"), QStringLiteral("null_text"),
                       QStringLiteral("nothing"), QStringLiteral("int"), QStringLiteral("big"),
                       QStringLiteral("flag"), QStringLiteral("控制"), QStringLiteral("fen")};
    derived.values = {QStringLiteral("张三"),
                      QStringLiteral("a\"b\\c\nd\te\x01" "f/"),
                      QVariant(QMetaType(QMetaType::QString)),
                      QVariant(),
                      42,
                      qint64(9'007'199'254'740'991LL),
                      true,
                      QStringLiteral("\x1f"),
                      qint64(-123'456)};
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(server::derivedRowJson(derived), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed.object() == derived.object());
    CHECK(parsed.object().value(QStringLiteral("nothing")).isNull());
    CHECK(parsed.object().value(QStringLiteral("null_text")).toString() == QString());
}

TEST_CASE("server: the server keeps the keys and the audit's indexes, not the worklist's", "[server][copy]")
{
    QSqlDatabase db = ServerEnv::get().db();
    const auto exists = [&db](const char *index) {
        return scalarSql(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QString::fromLatin1(index)}).toBool();
    };
    CHECK(exists("settlement_results_pkey"));
    CHECK(exists("settlement_results_by_period"));
    CHECK(exists("claim_lines_by_period"));
    CHECK(exists("claim_lines_by_claim"));
    for (const char *index : {"settlement_results_in_order", "settlement_results_by_reasons", "settlement_results_by_allowed_fen",
                              "settlement_results_by_deducted_fen", "settlement_results_by_fund_fen",
                              "settlement_results_by_personal_fen", "claim_lines_by_days", "claim_lines_by_amount"}) {
        INFO(index);
        CHECK_FALSE(exists(index));
    }
}

namespace {

DerivedRow personRow(int i)
{
    DerivedRow row;
    row.table = QStringLiteral("persons");
    row.key = QStringLiteral("P-DL%1").arg(i, 5, 10, QLatin1Char('0'));
    row.columns = {QStringLiteral("person_no"), QStringLiteral("district"), QStringLiteral("name")};
    row.values = {row.key, QStringLiteral("330302"), QStringLiteral("派生%1").arg(i)};
    return row;
}

// The keys the change log holds after `version`, in version order.
QStringList loggedKeys(QSqlDatabase &db, qint64 version)
{
    QStringList keys;
    QSqlQuery query = querySql(db, QStringLiteral("SELECT row_key FROM change_log WHERE version > ? ORDER BY version"), {version});
    while (query.next())
        keys << query.value(0).toString();
    return keys;
}

} // namespace

TEST_CASE("server: derived rows reach the change log in the order given, a part printed while the next is taken",
          "[server][copy]")
{
    QSqlDatabase db = ServerEnv::get().db();
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    server::SyncCatalog catalog;
    REQUIRE(catalog.load(db, registry, nullptr));
    const server::ChangeLog log(catalog);
    REQUIRE(db.transaction());  // rolled back: nothing stays in the shared database
    const qint64 top = log.currentVersion(db);
    QString error;

    QStringList expected;
    {
        server::DerivedLog derived(log, db);
        for (int part = 0; part < 3; ++part) {
            QList<DerivedRow> rows;
            for (int i = part * 5000; i < (part + 1) * 5000 - (part == 2 ? 3766 : 0); ++i) {
                rows << personRow(i);
                expected << rows.constLast().key;
            }
            DerivedRow unsynced = personRow(-1);
            unsynced.table = QStringLiteral("no_such_table");  // not synced: no entry
            rows << unsynced;
            REQUIRE(derived.add(rows, &error));
        }
        DerivedRow gone;
        gone.table = QStringLiteral("persons");
        gone.key = QStringLiteral("P-DL-GONE");
        gone.before = QJsonObject{{QStringLiteral("person_no"), gone.key}, {QStringLiteral("district"), QStringLiteral("330302")},
                                  {QStringLiteral("name"), QStringLiteral("不外传")}};
        REQUIRE(derived.add({gone}, &error));
        expected << gone.key;
        REQUIRE(derived.finish(&error));
    }
    INFO(error.toStdString());
    CHECK(loggedKeys(db, top) == expected);
    CHECK(expected.size() == 11235);
    // Each row as its JSON, with its district; the delete carries its key columns only.
    CHECK(scalarSql(db, QStringLiteral("SELECT row_data FROM change_log WHERE version > ? AND row_key = 'P-DL01234'"), {top})
              .toString()
          == QString::fromUtf8(server::derivedRowJson(personRow(1234))));
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE version > ? AND district = '330302' AND "
                                       "old_district IS NULL"),
                    {top})
              .toLongLong()
          == 11235);
    CHECK(scalarSql(db, QStringLiteral("SELECT op || ' ' || row_data FROM change_log WHERE version > ? AND row_key = 'P-DL-GONE'"),
                    {top})
              .toString()
          == QStringLiteral("delete {\"person_no\":\"P-DL-GONE\"}"));

    // A command that fails leaves its last part uncopied: the log stops where the copies stopped.
    const qint64 before = log.currentVersion(db);
    {
        server::DerivedLog derived(log, db);
        REQUIRE(derived.add({personRow(90001)}, &error));
        REQUIRE(derived.add({personRow(90002)}, &error));
    }
    CHECK(loggedKeys(db, before) == QStringList{QStringLiteral("P-DL90001")});
    db.rollback();
}

TEST_CASE("server: rows of a table that carries versions take a block of versions a part, in order, under the "
          "version lock; an overwrite takes a new one, and so does a row inserted by hand",
          "[server][copy]")
{
    ScratchTable scratch;
    QSqlDatabase &db = scratch.db;
    REQUIRE(server::execDirect(db, QStringLiteral("ALTER TABLE copy_probe ADD COLUMN %1 BIGINT DEFAULT ltc_take_version()")
                                       .arg(server::rowVersionColumn())));
    const auto versionLocks = [&db] {
        return scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid "
                                            "= pg_backend_pid()"))
            .toLongLong();
    };
    REQUIRE(versionLocks() == 0);
    const auto versions = [&db](const QString &where) {
        return scalarSql(db, QStringLiteral("SELECT string_agg(CAST(%1 - (SELECT MIN(%1) FROM copy_probe) AS TEXT), ',' "
                                            "ORDER BY k) FROM copy_probe WHERE %2")
                                 .arg(server::rowVersionColumn(), where))
            .toString();
    };
    {
        RowWriter writer(db, kUpsert);
        for (int i = 0; i < 10'000; ++i)  // the first part is taken and its versions with it
            REQUIRE(writer.write(row(i + 2, QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0')), i, QVariant())));
        CHECK(versionLocks() == 1);  // held until the transaction ends: no one takes a version meanwhile
        for (int i = 10'000; i < 10'003; ++i)  // a second part
            REQUIRE(writer.write(row(i + 2, QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0')), i, QVariant())));
        REQUIRE(writer.flush());
    }
    // One version per row, in the rows' order, without a gap, and the last one the sequence gave.
    const qint64 first = scalarSql(db, QStringLiteral("SELECT MIN(%1) FROM copy_probe").arg(server::rowVersionColumn())).toLongLong();
    const qint64 top = scalarSql(db, QStringLiteral("SELECT MAX(%1) FROM copy_probe").arg(server::rowVersionColumn())).toLongLong();
    CHECK(top - first == 10'002);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(DISTINCT %1) FROM copy_probe").arg(server::rowVersionColumn()))
              .toLongLong() == 10'003);
    CHECK(versions(QStringLiteral("k IN ('K00000', 'K00001', 'K09999', 'K10000', 'K10002')")) == QStringLiteral("0,1,9999,10000,10002"));
    CHECK(scalarSql(db, QStringLiteral("SELECT last_value FROM %1").arg(server::versionSequence())).toLongLong() == top);

    // An overwrite (through the temporary table) gives the rows it writes the next versions.
    {
        RowWriter writer(db, kUpsert);
        REQUIRE(writer.write(row(2, QStringLiteral("K00001"), 11, QStringLiteral("again"))));
        REQUIRE(writer.write(row(3, QStringLiteral("K20000"), 12, QVariant())));
        REQUIRE(writer.flush());
    }
    CHECK(scalarSql(db, QStringLiteral("SELECT %1 FROM copy_probe WHERE k = 'K00001'").arg(server::rowVersionColumn()))
              .toLongLong() == top + 1);
    CHECK(scalarSql(db, QStringLiteral("SELECT %1 FROM copy_probe WHERE k = 'K20000'").arg(server::rowVersionColumn()))
              .toLongLong() == top + 2);
    CHECK(scalarSql(db, QStringLiteral("SELECT t FROM copy_probe WHERE k = 'K00001'")).toString() == QStringLiteral("again"));
    // A row inserted by hand takes the next one by the column's default.
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO copy_probe (k, n) VALUES ('by-hand', 1)")));
    CHECK(scalarSql(db, QStringLiteral("SELECT %1 FROM copy_probe WHERE k = 'by-hand'").arg(server::rowVersionColumn()))
              .toLongLong() == top + 3);
}

TEST_CASE("server: RowReader reads through a cursor a block at a time, so the connection writes between rows; its "
          "values are given as literals, quotes and question marks kept",
          "[server][copy]")
{
    ScratchTable scratch;
    QSqlDatabase &db = scratch.db;
    REQUIRE(server::execDirect(db, QStringLiteral("INSERT INTO copy_probe (k, n, t) SELECT 'R' || lpad(g::text, 6, '0'), "
                                                  "g, CASE WHEN g % 2 = 0 THEN 'it''s ?' END FROM generate_series(1, 25003) g")));
    REQUIRE(server::execDirect(db, QStringLiteral("CREATE TABLE copy_written (n BIGINT)")));
    qint64 read = 0;
    qint64 sum = 0;
    bool ordered = true;
    {
        // The rows whose text is the parameter's, and those without one: a `?` inside a quoted
        // text of the statement is not a parameter.
        RowReader rows(db, QStringLiteral("SELECT k, n, t FROM copy_probe WHERE (t = ? OR t IS NULL) AND k <> '?' ORDER BY k"),
                       {QStringLiteral("it's ?")});
        REQUIRE(rows.error().isEmpty());
        while (rows.next()) {
            ++read;
            ordered = ordered && rows.integer(1) == read;
            sum += rows.integer(1);
            if (read % 1000 == 0)  // a write on the same connection in the middle of the read
                REQUIRE(execSql(db, QStringLiteral("INSERT INTO copy_written (n) VALUES (?)"), {read}));
            if (read == 2)
                CHECK(rows.text(2) == QStringLiteral("it's ?"));
        }
        CHECK(rows.error().isEmpty());
    }
    CHECK(read == 25003);
    CHECK(ordered);
    CHECK(sum == 25003LL * 25004 / 2);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM copy_written")).toLongLong() == 25);
    // A statement the database refuses says so, naming the statement.
    RowReader wrong(db, QStringLiteral("SELECT no_such_column FROM copy_probe"));
    CHECK(wrong.error().contains(QStringLiteral("no_such_column")));
}

namespace {

// Rows 1…35,000 of copy_source read through a RowReader (blocks of 10,000) and written by one
// RowWriter into copy_probe as they are read, line = n; `nullAt` gives one row no number (the
// table refuses it). What the writer said when it stopped, or nothing.
QString writeWhileReading(QSqlDatabase &db, int nullAt, bool *wasReadingThrough, bool flushWhileReading = false)
{
    RowWriter writer(db, kUpsert);
    {
        RowReader rows(db, QStringLiteral("SELECT n FROM copy_source ORDER BY n"));
        REQUIRE(rows.error().isEmpty());
        while (rows.next()) {
            const qint64 n = rows.integer(0);
            *wasReadingThrough = *wasReadingThrough || readingThrough(db);
            const QVariant number = n == nullAt ? QVariant() : QVariant(n);
            if (!writer.write(row(int(n), QStringLiteral("W%1").arg(n, 6, 10, QLatin1Char('0')), number, QStringLiteral("t"))))
                return writer.error();
        }
        REQUIRE(rows.error().isEmpty());
        if (flushWhileReading)  // the last two parts: one under way, the other after it
            return writer.flush() ? QString() : writer.error();
    }
    return writer.flush() ? QString() : writer.error();
}

} // namespace

TEST_CASE("server: while a RowReader reads through a cursor, a part written is copied on a helper thread and settled "
          "before the next fetch: every row arrives, a stored key is upserted, a refused row is named by its line",
          "[server][copy]")
{
    ScratchTable scratch;
    QSqlDatabase &db = scratch.db;
    REQUIRE(server::execDirect(db, QStringLiteral("CREATE TABLE copy_source AS SELECT g AS n FROM generate_series(1, 35000) g")));
    // Line 5,000's key is stored: its part (copied while lines 20,001 on are read) meets it and
    // goes by the upsert, and so does every part after it.
    REQUIRE(server::execDirect(db, QStringLiteral("INSERT INTO copy_probe (k, n, t) VALUES ('W005000', -1, 'stored')")));
    bool wasReadingThrough = false;
    qint64 underWay = server::partsCopiedUnderWay();
    CHECK(writeWhileReading(db, -1, &wasReadingThrough).isEmpty());
    CHECK(wasReadingThrough);
    CHECK(server::partsCopiedUnderWay() == underWay + 1);  // the first part: the later ones go by the upsert
    CHECK_FALSE(readingThrough(db));
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM copy_probe WHERE k LIKE 'W%'")).toLongLong() == 35000);
    CHECK(scalarSql(db, QStringLiteral("SELECT SUM(n) FROM copy_probe WHERE k LIKE 'W%'")).toLongLong() == 35000LL * 35001 / 2);
    CHECK(scalarSql(db, QStringLiteral("SELECT t FROM copy_probe WHERE k = 'W005000'")).toString() == QStringLiteral("t"));

    // Line 15,000 has no number: its part (copied while lines 20,001 to 30,000 are judged) is
    // refused and undone, and the write after the next fetch says so. The transaction goes on.
    REQUIRE(server::execDirect(db, QStringLiteral("DELETE FROM copy_probe")));
    wasReadingThrough = false;
    underWay = server::partsCopiedUnderWay();
    const QString refused = writeWhileReading(db, 15000, &wasReadingThrough);
    CHECK(server::partsCopiedUnderWay() == underWay + 2);
    INFO(refused.toStdString());
    CHECK(refused.startsWith(QStringLiteral("line 15000: ")));
    CHECK(refused.contains(QStringLiteral("null")));
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM copy_probe WHERE n BETWEEN 10001 AND 20000")).toLongLong() == 0);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM copy_probe WHERE n <= 10000")).toLongLong() == 10000);

    // Flushed before the reader ends: the part left under way is settled before the last goes.
    REQUIRE(server::execDirect(db, QStringLiteral("DELETE FROM copy_probe")));
    underWay = server::partsCopiedUnderWay();
    CHECK(writeWhileReading(db, -1, &wasReadingThrough, true).isEmpty());
    CHECK(server::partsCopiedUnderWay() == underWay + 4);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM copy_probe")).toLongLong() == 35000);
    CHECK(scalarSql(db, QStringLiteral("SELECT SUM(n) FROM copy_probe")).toLongLong() == 35000LL * 35001 / 2);
}

TEST_CASE("server: an audit of 25,000 lines stores its results while it reads the month, parts copied on a helper "
          "thread, and they add up to the run's totals",
          "[server][copy]")
{
    // Its own database: the other tests' pulls need not read its 50,000 rows.
    ServerEnv &env = ServerEnv::get();
    QString error;
    INFO(error.toStdString());
    REQUIRE(env.prepareDatabase(QStringLiteral("ltc_under_way"), &error));
    QSqlDatabase db = env.cluster().connect(QStringLiteral("ltc_under_way"));
    REQUIRE(db.isOpen());
    REQUIRE(insertCareHome(db, QStringLiteral("I-UW1"), QStringLiteral("边读边写照护"), QStringLiteral("330302")));
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO claim_lines (claim_no, line_no, institution_code, period, person_no, "
                                       "service_form, service_from, service_to, days, amount_fen) SELECT 'C-UW' || "
                                       "lpad((g / 5)::text, 5, '0'), g % 5 + 1, 'I-UW1', '2025-09', 'P-UW' || "
                                       "lpad((g % 5000)::text, 5, '0'), 'HOME', '2025-09-01', '2025-09-10', 10, 1000 + g "
                                       "FROM generate_series(0, 24999) g")));
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    server::SyncCatalog catalog;
    REQUIRE(catalog.load(db, registry, nullptr));
    const server::CommandApplier applier(registry, catalog);
    server::installPgBulkRows();
    const UserIdentity reviewer{QStringLiteral("reviewer_uw"), QStringLiteral("reviewer_uw"), QStringLiteral("reviewer_uw"),
                                {QStringLiteral("first_reviewer")}, QStringLiteral("330302")};
    const qint64 underWay = server::partsCopiedUnderWay();
    const auto audited = applier.apply(db, reviewer, QStringLiteral("uw-audit"),
                                       server::PushCommand{1, QStringLiteral("settlement.run_audit"),
                                                           QJsonObject{{QStringLiteral("period"), QStringLiteral("2025-09")}},
                                                           std::nullopt, {}});
    REQUIRE(audited);
    REQUIRE(audited->value(QStringLiteral("status")).toString() == QStringLiteral("applied"));
    CHECK(server::partsCopiedUnderWay() > underWay);
    QSqlQuery stored = querySql(db, QStringLiteral("SELECT COUNT(*), SUM(claimed_fen), SUM(allowed_fen), SUM(fund_fen), "
                                                   "COUNT(DISTINCT log_version) FROM settlement_results WHERE period = "
                                                   "'2025-09'"));
    REQUIRE(stored.next());
    QSqlQuery run = querySql(db, QStringLiteral("SELECT lines, claimed_fen, allowed_fen, fund_fen FROM settlement_runs "
                                                "WHERE period = '2025-09' ORDER BY id DESC LIMIT 1"));
    REQUIRE(run.next());
    CHECK(stored.value(0).toLongLong() == 25000);
    CHECK(stored.value(0).toLongLong() == run.value(0).toLongLong());
    CHECK(stored.value(1).toLongLong() == 25000LL * 1000 + 24999LL * 25000 / 2);
    CHECK(stored.value(1).toLongLong() == run.value(1).toLongLong());
    CHECK(stored.value(2).toLongLong() == run.value(2).toLongLong());
    CHECK(stored.value(3).toLongLong() == run.value(3).toLongLong());
    CHECK(stored.value(4).toLongLong() == 25000);  // each result its own version
}
