// The review worklist's SQL (worklistsql.cpp) against a plain reference: every filter and every
// order, paged, gives exactly the lines a scan of the month filtered and sorted in C++ gives,
// whichever index the query walks (results, reviews, persons by name, lines), with audited,
// reviewed, overridden and not yet audited lines in the month. And names sort by pinyin.
#include <catch2/catch.hpp>

#include "core/namekey.h"
#include "database/dbtestsupport.h"
#include "settlements/domain/auditrun.h"
#include "settlements/domain/settlementviews.h"
#include "migrations.h"
#include "sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QScopeGuard>
#include <algorithm>
#include <utility>

using namespace ltc;
using namespace ltc::settlement;
using ltctest::str;

namespace {

const QString kDistrict = QStringLiteral("330302");
const QString kPeriod = QStringLiteral("2024-03");

// Eight persons (one without a conclusion: R01; one in hospital: R04), two institutions, weekly
// lines with some over the cap (R06), some repeating a week (R05), some with wrong days (R08).
struct WorklistFixture {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity first = ltctest::user(QStringLiteral("chen"), {QStringLiteral("first_reviewer")}, kDistrict);
    const QStringList names{QStringLiteral("张三"), QStringLiteral("安娜"), QStringLiteral("王五"), QStringLiteral("李四"),
                            QStringLiteral("赵六"), QStringLiteral("阿明"), QStringLiteral("张三"), QStringLiteral("白雪")};

    WorklistFixture()
    {
        QByteArray persons = "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n";
        QByteArray conclusions = "person_no,level,concluded_on,valid_until,service_form\n";
        for (int i = 0; i < names.size(); ++i) {
            const QDate birth(1940, 1, 1 + i);
            persons += QStringLiteral("P%1,%2,%3,M,%4,EMPLOYEE,2010-01-01,%5\n")
                           .arg(i).arg(ltctest::citizenId(kDistrict, birth, 2 * i + 1), names.at(i),
                                       birth.toString(Qt::ISODate), kDistrict).toUtf8();
            if (i != 7)
                conclusions += QStringLiteral("P%1,%2,2024-01-10,2026-01-09,HOME_VISIT\n").arg(i).arg(3 + i % 3).toUtf8();
        }
        importText(QStringLiteral("persons"), persons);
        importText(QStringLiteral("institutions"),
                   "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                   "WZ,鹿城护理院,CARE,2,HOME_VISIT|INST,2023-01-01,2025-12-31,330302\n"
                   "WA,安康护理院,CARE,1,HOME_VISIT|INST,2023-01-01,2025-12-31,330302\n");
        importText(QStringLiteral("beneficiaries"), conclusions);
        importText(QStringLiteral("hospital-stays"), "person_no,admitted_on,discharged_on\nP3,2024-03-05,2024-03-12\n");
        QFile policy(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(policy.open(QIODevice::ReadOnly));
        REQUIRE(store->commands().execute(admin, QStringLiteral("policy.load"),
                                          QJsonDocument::fromJson(policy.readAll()).object()).ok());
        importText(QStringLiteral("claims"), claims(QStringLiteral("C"), 40));
    }

    static QByteArray claims(const QString &prefix, int count)
    {
        QByteArray csv = "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n";
        for (int i = 0; i < count; ++i) {
            const int from = 1 + 7 * (i / 8 % 4);
            const int days = i % 11 == 5 ? 6 : 7;  // R08: one day short of the dates
            csv += QStringLiteral("%1%2,%3,2024-03,%4,P%5,HOME_VISIT,2024-03-%6,2024-03-%7,%8,%9.%10\n")
                       .arg(prefix).arg(i / 6).arg(i % 3 ? QStringLiteral("WZ") : QStringLiteral("WA")).arg(i % 6 + 1)
                       .arg(i % 8).arg(from, 2, 10, QLatin1Char('0')).arg(from + 6, 2, 10, QLatin1Char('0')).arg(days)
                       .arg(300 + i * 37 % 500).arg(i % 10 * 10, 2, 10, QLatin1Char('0'))
                       .toUtf8();
        }
        return csv;
    }

    void importText(const QString &kind, const QByteArray &csv)
    {
        const ImportReport report = store->importer().importFile(admin, kind, store.file(kind + QStringLiteral(".csv"), csv));
        INFO(str(report.failure) << str(report.issues.formatErrors(kind)));
        REQUIRE(report.ok());
    }

    void run(const QString &name, const QJsonObject &args)
    {
        const CommandOutcome outcome = store->commands().execute(first, name, args);
        INFO(str(outcome.ok() ? QString() : outcome.error->message));
        REQUIRE(outcome.ok());
    }

    // Audited, two lines reviewed (one accepted, one overridden), then lines the audit has not
    // seen yet.
    void auditReviewAndAddLines()
    {
        run(QStringLiteral("settlement.run_audit"), {{QStringLiteral("period"), kPeriod}});
        run(QStringLiteral("claim.review_line"), {{QStringLiteral("claim_no"), QStringLiteral("C1")},
                                                   {QStringLiteral("line_no"), 2},
                                                   {QStringLiteral("decision"), QStringLiteral("accept")}});
        run(QStringLiteral("claim.review_line"), {{QStringLiteral("claim_no"), QStringLiteral("C2")},
                                                   {QStringLiteral("line_no"), 3},
                                                   {QStringLiteral("decision"), QStringLiteral("override")},
                                                   {QStringLiteral("allowed"), QStringLiteral("100")},
                                                   {QStringLiteral("reason"), QStringLiteral("核实")}});
        importText(QStringLiteral("claims"), claims(QStringLiteral("N"), 9));
    }
};

// A line of the month as a plain scan reads it.
struct RefLine {
    QString claimNo;
    int lineNo = 0;
    QString institution, personNo, form, from, to, nameKey;
    qint64 days = 0, amount = 0;
    bool audited = false;
    qint64 allowed = 0, deducted = 0, fund = 0, personal = 0;
    QString reasons;
    QVariant decision;  // null: not reviewed
    QString name;
};

QList<RefLine> scanMonth(QSqlDatabase &db)
{
    QSqlQuery q = querySql(db, QStringLiteral(
        "SELECT c.claim_no, c.line_no, c.institution_code, c.person_no, c.service_form, c.service_from, c.service_to, "
        "c.days, c.amount_fen, p.name_key, r.claim_no, r.allowed_fen, r.deducted_fen, r.fund_fen, r.personal_fen, "
        "r.reasons, v.decision, p.name FROM claim_lines c LEFT JOIN persons p ON p.person_no = c.person_no LEFT JOIN "
        "settlement_results r ON r.claim_no = c.claim_no AND r.line_no = c.line_no LEFT JOIN line_reviews v ON "
        "v.claim_no = c.claim_no AND v.line_no = c.line_no WHERE c.period = ?"), {kPeriod});
    QList<RefLine> lines;
    while (q.next()) {
        RefLine l{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(9).toString(),
                  q.value(7).toLongLong(), q.value(8).toLongLong(), !q.isNull(10), q.value(11).toLongLong(),
                  q.value(12).toLongLong(), q.value(13).toLongLong(), q.value(14).toLongLong(),
                  q.value(15).toString(), q.value(16), q.value(17).toString()};
        lines << l;
    }
    return lines;
}

bool matches(const RefLine &l, const LineFilter &f)
{
    if (!f.institution.isEmpty() && l.institution != f.institution)
        return false;
    if (f.reason == kNoDeduction && !(l.audited && l.reasons.isEmpty()))
        return false;
    if (!f.reason.isEmpty() && f.reason != kNoDeduction && !(l.audited && l.reasons.split(QLatin1Char('|')).contains(f.reason)))
        return false;
    switch (f.review) {
    case ReviewFilter::Any: break;
    case ReviewFilter::NotReviewed: if (!l.audited || !l.decision.isNull()) return false; break;
    case ReviewFilter::Reviewed: if (l.decision.isNull()) return false; break;
    case ReviewFilter::Overridden: if (l.decision.toString() != QStringLiteral("override")) return false; break;
    case ReviewFilter::NotAudited: if (l.audited) return false; break;
    }
    // A name's part anywhere; a person number's part anywhere; a claim number's start.
    if (f.text.isEmpty())
        return true;
    if (f.text.at(0).unicode() > 0x7f)
        return l.name.contains(f.text);
    return l.personNo.contains(f.text.toUpper()) || l.claimNo.startsWith(f.text.toUpper());
}

// The worklist's order (worklistsql.cpp's orderClause): the column, then claim and line in the
// same direction; declaration order is institution, claim, line; a name's ties by person, the
// reasons' by institution; a result's figure puts unaudited lines last in either direction; no review sorts first.
using Key = QList<QVariant>;
Key keyOf(const RefLine &l, LineColumn column)
{
    const QVariant claim = l.claimNo;
    const QVariant line = l.lineNo;
    switch (column) {
    case LineColumn::ClaimNo: return {l.institution, claim, line};
    case LineColumn::PersonName: return {l.nameKey, l.personNo, claim, line};
    case LineColumn::PersonNo: return {l.personNo, claim, line};
    case LineColumn::Institution: return {l.institution, claim, line};
    case LineColumn::ServiceForm: return {l.form, claim, line};
    case LineColumn::ServiceFrom: return {l.from, claim, line};
    case LineColumn::ServiceTo: return {l.to, claim, line};
    case LineColumn::Days: return {l.days, claim, line};
    case LineColumn::Claimed: return {l.amount, claim, line};
    case LineColumn::LineNo: return {line, claim, line};
    case LineColumn::Allowed: return {l.allowed, claim, line};
    case LineColumn::Deducted: return {l.deducted, claim, line};
    case LineColumn::Fund: return {l.fund, claim, line};
    case LineColumn::Personal: return {l.personal, claim, line};
    case LineColumn::Reasons: return {l.reasons, l.institution, claim, line};
    case LineColumn::Review: return {l.decision.isNull() ? QString() : QStringLiteral("~") + l.decision.toString(), claim, line};
    }
    return {};
}

bool less(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return a.toString() < b.toString();
    return a.toLongLong() < b.toLongLong();
}

bool before(const RefLine &a, const RefLine &b, const LineOrder &order)
{
    const bool figure = order.column == LineColumn::Allowed || order.column == LineColumn::Deducted
                        || order.column == LineColumn::Fund || order.column == LineColumn::Personal
                        || order.column == LineColumn::Reasons;
    if (figure && a.audited != b.audited)
        return a.audited;
    const Key ka = keyOf(a, order.column);
    const Key kb = keyOf(b, order.column);
    for (int i = 0; i < ka.size(); ++i) {
        if (less(ka.at(i), kb.at(i)))
            return !order.descending;
        if (less(kb.at(i), ka.at(i)))
            return order.descending;
    }
    return false;
}

QStringList expected(const QList<RefLine> &month, const LineFilter &filter, const LineOrder &order)
{
    QList<RefLine> lines;
    for (const RefLine &l : month) {
        if (matches(l, filter))
            lines << l;
    }
    std::stable_sort(lines.begin(), lines.end(), [&order](const RefLine &a, const RefLine &b) { return before(a, b, order); });
    QStringList keys;
    for (const RefLine &l : std::as_const(lines))
        keys << l.claimNo + QLatin1Char('/') + QString::number(l.lineNo);
    return keys;
}

// The whole list as the screen pages through it, 7 lines a page.
QStringList paged(QSqlDatabase &db, const LineFilter &filter, const LineOrder &order)
{
    QStringList keys;
    for (int offset = 0;; offset += 7) {
        QString error;
        const QList<LineRow> page = fetchLines(db, filter, order, 7, offset, &error);
        REQUIRE(error.isEmpty());
        for (const LineRow &row : page)
            keys << row.line.claimNo + QLatin1Char('/') + QString::number(row.line.lineNo);
        if (page.size() < 7)
            return keys;
    }
}

QList<LineFilter> filtersToCheck()
{
    LineFilter month;
    month.period = kPeriod;
    QList<LineFilter> filters{month};
    // Every code the rules give (R01 … R10), none, and one no rule gives.
    QStringList reasons{kNoDeduction, QStringLiteral("R99")};
    for (int n = 1; n <= 10; ++n)
        reasons << QStringLiteral("R%1").arg(n, 2, 10, QLatin1Char('0'));
    for (const QString &reason : reasons) {
        LineFilter f = month;
        f.reason = reason;
        filters << f;
    }
    for (ReviewFilter review : {ReviewFilter::NotReviewed, ReviewFilter::Reviewed, ReviewFilter::Overridden,
                                ReviewFilter::NotAudited}) {
        LineFilter f = month;
        f.review = review;
        filters << f;
    }
    LineFilter one = month;
    one.institution = QStringLiteral("WA");
    filters << one;
    one.reason = QStringLiteral("R06");
    filters << one;
    LineFilter typed = month;
    typed.text = QStringLiteral("P3");
    filters << typed;
    for (const char *part : {"C2", "c2", "3", "张", "三", "阿明", "王"}) {
        typed.text = QString::fromUtf8(part);
        filters << typed;
    }
    return filters;
}

} // namespace

TEST_CASE("every worklist filter and order, paged, lists what a scan of the month lists", "[settlement][worklist]")
{
    WorklistFixture f;
    f.auditReviewAndAddLines();
    QSqlDatabase db = f.store.db();
    const QList<RefLine> month = scanMonth(db);
    REQUIRE(month.size() == 49);
    // The month has what the filters look for: each of these reasons, reviews, unaudited lines.
    for (const QString &reason : {QStringLiteral("R01"), QStringLiteral("R04"), QStringLiteral("R05"), QStringLiteral("R06"),
                                  QStringLiteral("R08")})
        CHECK(std::any_of(month.cbegin(), month.cend(), [&](const RefLine &l) { return l.reasons.contains(reason); }));
    CHECK(std::count_if(month.cbegin(), month.cend(), [](const RefLine &l) { return !l.audited; }) == 9);
    // A reason's lines are looked up and sorted when few, else walked in the order shown: with
    // the limit at 0 every reason filter takes the second way.
    const int fewLimit = GENERATE(int(fewReasonMatches()), 0);
    const int defaultLimit = std::exchange(fewReasonMatches(), fewLimit);
    const auto restore = qScopeGuard([defaultLimit] { fewReasonMatches() = defaultLimit; });
    for (const LineFilter &filter : filtersToCheck()) {
        for (int column = 0; column < kLineColumnCount; ++column) {
            for (bool descending : {false, true}) {
                const LineOrder order{LineColumn(column), descending};
                INFO("reason " << str(filter.reason) << ", review " << int(filter.review) << ", institution "
                               << str(filter.institution) << ", text " << str(filter.text) << ", column " << column
                               << (descending ? " descending" : ""));
                const QStringList want = expected(month, filter, order);
                CHECK(str(paged(db, filter, order)) == str(want));
                CHECK(countLines(db, filter) == want.size());
            }
        }
    }
}

TEST_CASE("names sort by pinyin: in the key, in SQL and in the worklist", "[settlement][worklist]")
{
    CHECK(nameSortKey(QStringLiteral("安娜")) < nameSortKey(QStringLiteral("张三")));
    CHECK(nameSortKey(QStringLiteral("阿明")) < nameSortKey(QStringLiteral("安娜")));
    CHECK(nameSortKey(QStringLiteral("李四")) < nameSortKey(QStringLiteral("王五")));
    CHECK(nameSortKey(QStringLiteral("王五")) < nameSortKey(QStringLiteral("张三")));
    CHECK(nameSortKey(QStringLiteral("张三")) == nameSortKey(QStringLiteral("张三")));
    WorklistFixture f;
    QSqlDatabase db = f.store.db();
    LineFilter month;
    month.period = kPeriod;
    QStringList names;
    for (const LineRow &row : fetchLines(db, month, {LineColumn::PersonName, false}, 100, 0)) {
        if (names.isEmpty() || names.last() != row.personName)
            names << row.personName;
    }
    // 阿 a, 安 an, 白 bai, 李 li, 王 wang, 张 zhang (two persons, one after the other), 赵 zhao.
    CHECK(str(names.join(QLatin1Char(' '))) == "阿明 安娜 白雪 李四 王五 张三 赵六");
}

namespace {
// Every suffix of each person's number and name, as person_search_parts should hold them.
QStringList searchPartsOfPersons(QSqlDatabase &db)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT person_no, name FROM persons"));
    QStringList parts;
    while (q.next()) {
        for (const QString &text : {q.value(0).toString(), q.value(1).toString()}) {
            for (int i = 0; i < text.size(); ++i)
                parts << text.mid(i) + QLatin1Char(' ') + q.value(0).toString();
        }
    }
    parts.removeDuplicates();
    parts.sort();
    return parts;
}

QStringList storedSearchParts(QSqlDatabase &db)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT part || ' ' || person_no FROM person_search_parts"));
    QStringList parts;
    while (q.next())
        parts << q.value(0).toString();
    parts.sort();
    return parts;
}
} // namespace

TEST_CASE("the search parts of persons stay those of their numbers and names as persons change",
          "[settlement][worklist]")
{
    WorklistFixture f;
    QSqlDatabase db = f.store.db();
    CHECK(str(storedSearchParts(db)) == str(searchPartsOfPersons(db)));
    // A re-import renames one person and adds another; a person registered by command.
    f.importText(QStringLiteral("persons"),
                 "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n"
                 "P1," + ltctest::citizenId(kDistrict, QDate(1940, 1, 2), 3).toUtf8() + ",安德烈,M,1940-01-02,EMPLOYEE,2010-01-01,330302\n"
                 "Q77," + ltctest::citizenId(kDistrict, QDate(1950, 1, 2), 5).toUtf8() + ",钱七,M,1950-01-02,EMPLOYEE,2010-01-01,330302\n");
    CHECK(str(storedSearchParts(db)) == str(searchPartsOfPersons(db)));
    CHECK(storedSearchParts(db).contains(QStringLiteral("德烈 P1")));
    CHECK_FALSE(storedSearchParts(db).contains(QStringLiteral("娜 P1")));
    LineFilter month;
    month.period = kPeriod;
    month.text = QStringLiteral("德");
    CHECK(countLines(db, month) == 5);  // P1's lines, found by the middle of the new name
}

namespace {
QStringList asText(const QList<LineResult> &results)
{
    QStringList lines;
    for (const LineResult &r : results)
        lines << QStringLiteral("%1/%2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14")
                     .arg(r.claimNo).arg(r.lineNo).arg(r.personNo, r.institutionCode).arg(r.claimed).arg(r.allowed)
                     .arg(r.deducted).arg(r.fund).arg(r.personal).arg(r.deposit).arg(r.declaredDays).arg(r.paidDays)
                     .arg(r.reasons.join(QLatin1Char('|')), r.policy);
    return lines;
}
} // namespace

TEST_CASE("a re-run rewrites only the results that changed, and the stored ones are what a fresh audit computes",
          "[settlement][worklist]")
{
    WorklistFixture f;
    f.auditReviewAndAddLines();
    QSqlDatabase db = f.store.db();
    const qint64 firstRun = scalarSql(db, QStringLiteral("SELECT MAX(id) FROM settlement_runs")).toLongLong();
    // A stay for P0 (R04 on its first week) and one line declared anew with another amount.
    f.importText(QStringLiteral("hospital-stays"), "person_no,admitted_on,discharged_on\nP0,2024-03-01,2024-03-03\n");
    f.importText(QStringLiteral("claims"),
                 "claim_no,institution_code,period,line_no,person_no,service_form,service_from,service_to,days,amount\n"
                 "C3,WA,2024-03,1,P2,HOME_VISIT,2024-03-15,2024-03-21,7,111.00\n");
    f.run(QStringLiteral("settlement.run_audit"), {{QStringLiteral("period"), kPeriod}});
    QString error;
    const std::optional<AuditRun> fresh = previewAudit(db, kPeriod, &error);
    REQUIRE(fresh.has_value());
    CHECK(fresh->changes.isEmpty());
    CHECK(str(asText(storedResults(db, kPeriod))) == str(asText(fresh->results)));
    CHECK(fresh->results.size() == 49);  // the nine lines added after the first run are audited now
    // Rewritten: the nine new lines, P0's lines of the first week, C3/1; the rest kept as stored.
    const qint64 rewritten = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE run_id > ?"),
                                       {firstRun}).toLongLong();
    CHECK(rewritten >= 11);
    CHECK(rewritten < 20);
}

TEST_CASE("settlements 12 stores the results by their key: a store's results and reviews survive the upgrade",
          "[settlement][schema]")
{
    ltctest::TempStore s;  // for the products' migrations
    const QList<Migration> all = s->registry().migrations();
    const auto v12 = std::find_if(all.cbegin(), all.cend(), [](const Migration &m) {
        return m.module == QStringLiteral("settlements") && m.version == 12;
    });
    REQUIRE(v12 != all.cend());
    QTemporaryDir dir;
    const QString name = QStringLiteral("settlements-12");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("old.sqlite")));
        REQUIRE(db.open());
        QString error;
        REQUIRE(MigrationRunner::migrate(db, all.mid(0, v12 - all.cbegin()), SqlDialect::Sqlite, &error));
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO settlement_results (period, claim_no, line_no, person_no, "
                                           "institution_code, claimed_fen, allowed_fen, deducted_fen, fund_fen, "
                                           "personal_fen, deposit_fen, declared_days, paid_days, reasons, policy, "
                                           "run_id) VALUES ('2026-10', 'C1', 1, 'P1', 'I1', 1000, 900, 100, 630, "
                                           "270, 0, 10, 9, 'R06', NULL, 7)")));
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO line_reviews (claim_no, line_no, period, institution_code, "
                                           "decision, allowed_fen, deducted_fen, fund_fen, personal_fen, deposit_fen, "
                                           "reason, reviewer, reviewed_at) VALUES ('C1', 1, '2026-10', 'I1', "
                                           "'override', 800, 200, 560, 240, 0, 'x', 'r1', '2026-11-02T08:00:00Z')")));
        REQUIRE(MigrationRunner::migrate(db, all, SqlDialect::Sqlite, &error));
        CHECK(MigrationRunner::appliedVersion(db, QStringLiteral("settlements")) >= 12);
        CHECK(scalarSql(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'settlement_results'"))
                  .toString()
                  .endsWith(QStringLiteral("WITHOUT ROWID")));
        CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                           "'settlement_results' AND sql IS NOT NULL"))
                  .toInt()
              == 6);
        // The row as it was, and the view still puts the review's figures in place of the audit's.
        CHECK(str(scalarSql(db, QStringLiteral("SELECT person_no || '|' || allowed_fen || '|' || reasons || '|' || "
                                               "run_id FROM settlement_results")).toString())
              == "P1|900|R06|7");
        CHECK(scalarSql(db, QStringLiteral("SELECT allowed_fen FROM settled_results WHERE claim_no = 'C1'")).toLongLong()
              == 800);
        CHECK(scalarSql(db, QStringLiteral("SELECT audited_allowed_fen FROM settled_results")).toLongLong() == 900);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
