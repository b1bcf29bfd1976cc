// The review worklist's SQL: a month's claim lines filtered, sorted and paged by SQLite, so a
// month of a million lines is never loaded whole and no question sorts it. Each question is
// answered by walking one index in the order shown and stopping after a page: the query leads
// with the table whose index that is (the lines, the audit results, the reviews or the persons
// by name) and joins the rest row by row (see migration 9 of settlementsdomain.cpp).
#include "settlementviews.h"

#include "database/records/corereads.h"
#include "sql.h"

#include <QSqlError>
#include <algorithm>

namespace ltc::settlement {
namespace {

QDate date(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

// The worklist's joins: a line is listed whether or not it was audited or reviewed.
const QString kResultJoin =
    QStringLiteral(" LEFT JOIN settlement_results r ON r.claim_no = c.claim_no AND r.line_no = c.line_no");
const QString kReviewJoin =
    QStringLiteral(" LEFT JOIN line_reviews v ON v.claim_no = c.claim_no AND v.line_no = c.line_no");
const QString kPersonJoin = QStringLiteral(" LEFT JOIN persons p ON p.person_no = c.person_no");
const QString kInstitutionJoin = QStringLiteral(" LEFT JOIN institutions i ON i.code = c.institution_code");

const QString kLineColumns = QStringLiteral(
    "SELECT c.claim_no, c.line_no, c.institution_code, c.period, c.person_no, c.service_form, c.service_from,"
    " c.service_to, c.days, c.amount_fen, p.name, i.name, r.claim_no, r.allowed_fen, r.deducted_fen, r.fund_fen,"
    " r.personal_fen, r.deposit_fen, r.declared_days, r.paid_days, r.reasons, r.policy, v.decision, v.allowed_fen,"
    " v.reason, v.reviewer, v.reviewed_at");

// The table whose index a question walks. CROSS JOIN keeps SQLite from reordering the loops.
enum class Lead { Lines, Results, Reviews, Persons };

// Which tables a filter or an order reads besides the claim lines and the lead: only those are
// joined where the month is scanned (counting, choosing a page).
struct Joins {
    Lead lead = Lead::Lines;
    bool result = false;
    bool review = false;
    bool person = false;
    // A count of many lines reads the month in claim order, the order the rows were stored in:
    // left to choose, SQLite takes a smaller index (by amount) and reads the rows at random.
    bool claimOrder = false;
    QString sql() const
    {
        switch (lead) {
        case Lead::Results:
            return QStringLiteral(" FROM settlement_results r CROSS JOIN claim_lines c ON c.claim_no = r.claim_no AND "
                                  "c.line_no = r.line_no")
                   + (review ? kReviewJoin : QString()) + (person ? kPersonJoin : QString());
        case Lead::Reviews:
            return QStringLiteral(" FROM line_reviews v CROSS JOIN claim_lines c ON c.claim_no = v.claim_no AND "
                                  "c.line_no = v.line_no")
                   + (result ? kResultJoin : QString()) + (person ? kPersonJoin : QString());
        case Lead::Persons:
            return QStringLiteral(" FROM persons p CROSS JOIN claim_lines c ON c.person_no = p.person_no")
                   + (result || review ? kResultJoin : QString()) + (review ? kReviewJoin : QString());
        case Lead::Lines: break;
        }
        return QStringLiteral(" FROM claim_lines c") + (claimOrder ? QStringLiteral(" INDEXED BY claim_lines_by_claim") : QString())
               + (result || review ? kResultJoin : QString())
               + (review ? kReviewJoin : QString()) + (person ? kPersonJoin : QString());
    }
};

// Person and claim numbers are ASCII; names are Chinese: text with other characters is a name.
bool isName(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() > 0x7f; });
}

const QString kSampleTable = QStringLiteral("temp.review_sample");

bool ensureSampleTable(QSqlDatabase &db, QString *error)
{
    return execSql(db,
                   QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS review_sample (claim_no TEXT NOT NULL, line_no "
                                  "INTEGER NOT NULL, PRIMARY KEY (claim_no, line_no))"),
                   {}, error);
}

// Up to this many lines (or persons, for a name), a typed text is looked up through the indexes
// and its lines sorted; beyond it the page comes from reading the month in display order.
constexpr int kFewMatches = 2000;
constexpr int kFewPersons = 500;

// How a typed text filters: text with Chinese characters is part of a name; anything else is
// part of a person number (anywhere in it) or the start of a claim number (as typed from a
// form, in either case). Both parts are found through person_search_parts (every suffix of each
// person's number and name; core migration 8). A text that matches few lines is turned into
// their row ids through the indexes (a person number typed out in full: 40 of a million lines,
// found in a millisecond instead of a scan of the month); one that matches many ("B0" while
// typing) is left to the scan in display order, which finds a page at once.
struct TextMatch {
    QString condition;
    QVariantList params;
    bool few = false;  // sort the few matches instead of scanning in the order shown
    bool byRowid = false;  // the condition finds the rows itself: the month is only checked
    // For counting many matches: the persons found once (a set in memory) instead of an index
    // seek per line, which a page (that stops after 200 lines) prefers. Empty: `condition`.
    QString countCondition = {};
};

const QString kPersonsWithPart =
    QStringLiteral("SELECT DISTINCT person_no FROM person_search_parts WHERE part GLOB ?");
// For a scan: the line's person has the part (an index seek per line, stopping at a page).
const QString kLinePersonHasPart = QStringLiteral(
    "EXISTS (SELECT 1 FROM person_search_parts s WHERE s.person_no = c.person_no AND s.part GLOB ?)");

QStringList personsWithPart(QSqlDatabase &db, const QString &pattern, int limit)
{
    QSqlQuery q = querySql(db, kPersonsWithPart + QStringLiteral(" LIMIT %1").arg(limit), {pattern});
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

TextMatch numberMatch(QSqlDatabase &db, const QString &period, const QString &text)
{
    const QString pattern = globPrefix(text.toUpper());
    const TextMatch many{QStringLiteral("(c.person_no GLOB ? OR c.claim_no GLOB ? OR %1)").arg(kLinePersonHasPart),
                         {pattern, pattern, pattern}, false, false,
                         QStringLiteral("(c.person_no GLOB ? OR c.claim_no GLOB ? OR c.person_no IN (%1))")
                             .arg(kPersonsWithPart)};
    if (personsWithPart(db, pattern, kFewPersons + 1).size() > kFewPersons)
        return many;
    const QString byPerson = QStringLiteral("SELECT rowid FROM claim_lines WHERE period = ? AND person_no IN (%1)")
                                 .arg(kPersonsWithPart);
    // "+period": read the claim number's range of the primary key, not the whole month.
    const QString byClaim = QStringLiteral("SELECT rowid FROM claim_lines WHERE claim_no GLOB ? AND +period = ?");
    const qint64 persons = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT %2)").arg(byPerson).arg(kFewMatches + 1),
                                     {period, pattern}).toLongLong();
    const qint64 claims = persons > kFewMatches
                              ? 0
                              : scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT %2)").arg(byClaim).arg(kFewMatches + 1),
                                          {pattern, period}).toLongLong();
    if (persons + claims <= kFewMatches)
        return {QStringLiteral("c.rowid IN (%1 UNION %2)").arg(byPerson, byClaim), {period, pattern, pattern, period}, true,
                true};
    return many;
}

TextMatch nameMatch(QSqlDatabase &db, const QString &text)
{
    const QString pattern = globPrefix(text);
    const QStringList found = personsWithPart(db, pattern, kFewPersons + 1);
    if (found.size() > kFewPersons)
        return {kLinePersonHasPart, {pattern}, false, false, QStringLiteral("c.person_no IN (%1)").arg(kPersonsWithPart)};
    if (found.isEmpty())
        return {QStringLiteral("0"), {}, true};
    QVariantList numbers;
    for (const QString &number : found)
        numbers << number;
    return {QStringLiteral("c.person_no IN (%1)").arg(sqlPlaceholders(numbers.size())), numbers, true};
}

TextMatch textMatch(QSqlDatabase &db, const LineFilter &filter)
{
    const QString text = filter.text.trimmed();
    if (text.isEmpty())
        return {};
    return isName(text) ? nameMatch(db, text) : numberMatch(db, filter.period, text);
}

bool isResultColumn(LineColumn column)
{
    return column == LineColumn::Allowed || column == LineColumn::Deducted || column == LineColumn::Fund
           || column == LineColumn::Personal || column == LineColumn::Reasons;
}

// The lead of a question. Few matches (a typed number, one person, the sample) are looked up
// and sorted; a review state walks the reviews or the results; a reason or an order by a
// result's figure walks the results; an order by name walks the persons by name.
Lead leadOf(const LineFilter &filter, LineColumn column, const TextMatch &text)
{
    if (text.few || !filter.personNo.isEmpty() || filter.sampleOnly || filter.review == ReviewFilter::NotAudited)
        return Lead::Lines;
    if (filter.review == ReviewFilter::Reviewed || filter.review == ReviewFilter::Overridden)
        return Lead::Reviews;
    if (!filter.reason.isEmpty() || filter.review == ReviewFilter::NotReviewed || isResultColumn(column))
        return Lead::Results;
    return column == LineColumn::PersonName ? Lead::Persons : Lead::Lines;
}

QString reviewCondition(ReviewFilter review)
{
    switch (review) {
    case ReviewFilter::Any: return {};
    case ReviewFilter::NotReviewed: return QStringLiteral("r.claim_no IS NOT NULL AND v.claim_no IS NULL");
    case ReviewFilter::Reviewed: return QStringLiteral("v.claim_no IS NOT NULL");
    case ReviewFilter::Overridden: return QStringLiteral("v.decision = 'override'");
    case ReviewFilter::NotAudited: return QStringLiteral("r.claim_no IS NULL");
    }
    return {};
}

// The month's condition on the lead's own period column, where its index starts; the line's
// month is checked as well (a line and its result or review are of one month).
QString periodCondition(Lead lead, bool byRowid, QVariantList &params, const QString &period)
{
    switch (lead) {
    case Lead::Results: params << period << period; return QStringLiteral("r.period = ? AND +c.period = ?");
    case Lead::Reviews: params << period << period; return QStringLiteral("v.period = ? AND +c.period = ?");
    case Lead::Persons:
    case Lead::Lines: break;
    }
    params << period;
    // "+c.period" when the text's row ids lead: SQLite would otherwise walk the month's index.
    return byRowid ? QStringLiteral("+c.period = ?") : QStringLiteral("c.period = ?");
}

// The month's distinct reasons texts, each found by one seek past the one before in the index
// by reasons (a month has a few dozen, not a walk of its million results); '' (no deduction)
// is left out.
QStringList reasonTexts(QSqlDatabase &db, const QString &period)
{
    QSqlQuery next(db);
    next.setForwardOnly(true);
    next.prepare(QStringLiteral("SELECT reasons FROM settlement_results WHERE period = ? AND reasons > ? ORDER BY "
                                "reasons LIMIT 1"));
    QStringList texts;
    QString after = QStringLiteral("");
    for (;;) {
        next.bindValue(0, period);
        next.bindValue(1, after);
        if (!next.exec() || !next.next())
            return texts;
        after = next.value(0).toString();
        texts << after;
    }
}

// A filter on a reason: the results whose reasons text is one that holds the code (or is empty,
// for no deduction), read through the index by reasons (settlements migration 11). Few of them
// are looked up there and sorted; many are checked while the page's own index is walked (each
// seen line matches often enough to fill a page soon).
struct ReasonMatch {
    QString condition;
    QVariantList params;
    bool few = false;
    QString countCondition = {};  // counting reads the texts' ranges, however many match
};

ReasonMatch reasonMatch(QSqlDatabase &db, const LineFilter &filter)
{
    if (filter.reason.isEmpty())
        return {};
    if (filter.reason == kNoDeduction)
        return {QStringLiteral("r.reasons = ''"), {}, false};
    QVariantList texts;
    for (const QString &text : reasonTexts(db, filter.period)) {
        if (text.split(QLatin1Char('|')).contains(filter.reason))
            texts << text;
    }
    if (texts.isEmpty())
        return {QStringLiteral("0"), {}, true};
    const QString in = QStringLiteral("r.reasons IN (%1)").arg(sqlPlaceholders(texts.size()));
    const qint64 matches =
        scalarSql(db,
                  QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM settlement_results r WHERE r.period = ? AND %1 "
                                 "LIMIT %2)").arg(in).arg(fewReasonMatches() + 1),
                  QVariantList{filter.period} + texts).toLongLong();
    if (matches <= fewReasonMatches())
        return {in, texts, true};
    // "+": SQLite then walks the order's index and checks the text, instead of the ranges.
    return {QStringLiteral("+") + in, texts, false, in};
}

// What a filter's typed text and reason select, found before the page's query is written.
struct Matches {
    TextMatch text;
    ReasonMatch reason;
    bool few() const { return text.few || reason.few; }  // sort the few matches
};

Matches matchesOf(QSqlDatabase &db, const LineFilter &filter) { return {textMatch(db, filter), reasonMatch(db, filter)}; }

// The table alias whose columns an order names, so that it is the lead's index that is walked.
QString leadAlias(Lead lead)
{
    switch (lead) {
    case Lead::Results: return QStringLiteral("r.");
    case Lead::Reviews: return QStringLiteral("v.");
    case Lead::Persons:
    case Lead::Lines: break;
    }
    return QStringLiteral("c.");
}

// The WHERE clause of a filter and its parameters, in order; notes the joins it reads.
QString whereClause(const LineFilter &filter, const Matches &matches, QVariantList &params, Joins &joins)
{
    const TextMatch &text = matches.text;
    const ReasonMatch &reason = matches.reason;
    QStringList conditions{periodCondition(joins.lead, text.byRowid, params, filter.period)};
    if (!filter.institutions.isEmpty()) {
        conditions << QStringLiteral("c.institution_code IN (%1)").arg(sqlPlaceholders(filter.institutions.size()));
        for (const QString &code : filter.institutions)
            params << code;
    }
    if (!filter.institution.isEmpty()) {
        // Also on the leading results or reviews: checked before the line is looked up.
        if (joins.lead == Lead::Results || joins.lead == Lead::Reviews) {
            conditions << leadAlias(joins.lead) + QStringLiteral("institution_code = ?");
            params << filter.institution;
        }
        conditions << QStringLiteral("c.institution_code = ?");
        params << filter.institution;
    }
    if (!reason.condition.isEmpty()) {
        conditions << reason.condition;
        params << reason.params;
        joins.result = true;
    }
    if (const QString review = reviewCondition(filter.review); !review.isEmpty()) {
        conditions << review;
        joins.review = true;
    }
    if (!text.condition.isEmpty()) {
        conditions << text.condition;
        params << text.params;
    }
    if (!filter.personNo.isEmpty()) {
        conditions << QStringLiteral("c.person_no = ?");
        params << filter.personNo;
    }
    if (filter.sampleOnly)
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM %1 s WHERE s.claim_no = c.claim_no AND s.line_no = "
                                     "c.line_no)").arg(kSampleTable);
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void addOrderJoins(LineColumn column, Joins &joins)
{
    if (isResultColumn(column))
        joins.result = true;
    else if (column == LineColumn::Review)
        joins.review = true;
    else if (column == LineColumn::PersonName)
        joins.person = true;
}

QString orderExpression(LineColumn column)
{
    switch (column) {
    case LineColumn::ClaimNo: return QStringLiteral("c.claim_no");
    case LineColumn::LineNo: return QStringLiteral("c.line_no");
    case LineColumn::PersonNo: return QStringLiteral("c.person_no");
    case LineColumn::PersonName: return QStringLiteral("p.name_key");
    case LineColumn::Institution: return QStringLiteral("c.institution_code");
    case LineColumn::ServiceForm: return QStringLiteral("c.service_form");
    case LineColumn::ServiceFrom: return QStringLiteral("c.service_from");
    case LineColumn::ServiceTo: return QStringLiteral("c.service_to");
    case LineColumn::Days: return QStringLiteral("c.days");
    case LineColumn::Claimed: return QStringLiteral("c.amount_fen");
    case LineColumn::Allowed: return QStringLiteral("r.allowed_fen");
    case LineColumn::Deducted: return QStringLiteral("r.deducted_fen");
    case LineColumn::Fund: return QStringLiteral("r.fund_fen");
    case LineColumn::Personal: return QStringLiteral("r.personal_fen");
    case LineColumn::Reasons: return QStringLiteral("r.reasons");
    case LineColumn::Review: return QStringLiteral("v.decision");
    }
    return QStringLiteral("c.claim_no");
}

// Declaration order is by institution, then claim and line; any other order breaks its ties by
// claim and line in the same direction (a person's lines stay together under a name, the
// reasons' ties are in declaration order), which is the order of the lead's index, so a page is
// read, not sorted.
// With `sortMatches` the first term reads "+…": the unary plus keeps SQLite from walking that
// index in order, so it looks the few matches up and sorts them.
QString orderClause(const LineOrder &order, Lead lead, bool sortMatches = false)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString t = leadAlias(lead);
    if (order.column == LineColumn::ClaimNo)
        return QStringLiteral(" ORDER BY %2%3institution_code%1, %3claim_no%1, %3line_no%1")
            .arg(direction, sortMatches ? QStringLiteral("+") : QString(), t);
    // A name's ties by person; the reasons' by institution, as in the index by reasons.
    QString tie;
    if (order.column == LineColumn::PersonName)
        tie = QStringLiteral("p.person_no") + direction + QStringLiteral(", ");
    else if (order.column == LineColumn::Reasons)
        tie = t + QStringLiteral("institution_code") + direction + QStringLiteral(", ");
    // Lines not audited have no figure: they come last, as where the results lead.
    const QString unauditedLast = isResultColumn(order.column) && lead != Lead::Results
                                      ? QStringLiteral("r.claim_no IS NULL, ")
                                      : QString();
    return QStringLiteral(" ORDER BY ") + unauditedLast + (sortMatches ? QStringLiteral("+") : QString())
           + orderExpression(order.column) + direction + QStringLiteral(", ") + tie + t
           + QStringLiteral("claim_no") + direction + QStringLiteral(", ") + t + QStringLiteral("line_no") + direction;
}

LineRow readLineRow(const QSqlQuery &q)
{
    LineRow row;
    ClaimLine &line = row.line;
    line.claimNo = q.value(0).toString();
    line.lineNo = q.value(1).toInt();
    line.institutionCode = q.value(2).toString();
    const QDate first = date(q.value(3).toString() + QStringLiteral("-01"));
    line.periodYear = first.year();
    line.periodMonth = first.month();
    line.personNo = q.value(4).toString();
    line.serviceForm = q.value(5).toString();
    line.serviceFrom = date(q.value(6));
    line.serviceTo = date(q.value(7));
    line.days = q.value(8).toInt();
    line.amount = q.value(9).toLongLong();
    row.personName = q.value(10).toString();
    row.institutionName = q.value(11).toString();
    if (!q.isNull(12)) {
        LineResult r;
        r.claimNo = line.claimNo;
        r.lineNo = line.lineNo;
        r.personNo = line.personNo;
        r.institutionCode = line.institutionCode;
        r.claimed = line.amount;
        r.allowed = q.value(13).toLongLong();
        r.deducted = q.value(14).toLongLong();
        r.fund = q.value(15).toLongLong();
        r.personal = q.value(16).toLongLong();
        r.deposit = q.value(17).toLongLong();
        r.declaredDays = q.value(18).toInt();
        r.paidDays = q.value(19).toInt();
        r.reasons = q.value(20).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        r.policy = q.value(21).toString();
        row.result = std::move(r);
    }
    if (!q.isNull(22)) {
        row.review = LineReview{q.value(22).toString(), q.value(23).toLongLong(), q.value(24).toString(),
                                q.value(25).toString(), q.value(26).toString()};
    }
    return row;
}

// The figures each audited line of a page is paid, read from settled_results one line at a time:
// joined to the page query instead, SQLite would build the whole view (a join) for it.
void addPaidFigures(QSqlDatabase &db, QList<LineRow> &rows)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT allowed_fen, deducted_fen, fund_fen, personal_fen, deposit_fen FROM "
                             "settled_results WHERE claim_no = ? AND line_no = ?"));
    for (LineRow &row : rows) {
        if (!row.result)
            continue;
        q.bindValue(0, row.line.claimNo);
        q.bindValue(1, row.line.lineNo);
        if (!q.exec() || !q.next())
            continue;
        LineResult paid = *row.result;
        paid.allowed = q.value(0).toLongLong();
        paid.deducted = q.value(1).toLongLong();
        paid.fund = q.value(2).toLongLong();
        paid.personal = q.value(3).toLongLong();
        paid.deposit = q.value(4).toLongLong();
        row.paid = std::move(paid);
    }
}

// One page with the given lead: the page's keys first, with only the joins the filter and order
// need; then the page's rows with everything a row shows ("late row lookup": 200 rows joined,
// not the month).
QList<LineRow> fetchPage(QSqlDatabase &db, const LineFilter &filter, const LineOrder &order, const Matches &matches,
                         Lead lead, int limit, qint64 offset, QString *error)
{
    QVariantList params;
    Joins joins{lead};
    const QString where = whereClause(filter, matches, params, joins);
    addOrderJoins(order.column, joins);
    params << limit << offset;
    const QString sql = kLineColumns
                        + QStringLiteral(" FROM (SELECT c.claim_no AS page_claim, c.line_no AS page_line") + joins.sql()
                        + where + orderClause(order, lead, matches.few())
                        + QStringLiteral(" LIMIT ? OFFSET ?) page JOIN claim_lines c ON c.claim_no = page.page_claim AND "
                                         "c.line_no = page.page_line")
                        + kResultJoin + kReviewJoin + kPersonJoin + kInstitutionJoin + orderClause(order, lead);
    QSqlQuery q = querySql(db, sql, params, error);
    QList<LineRow> rows;
    while (q.next())
        rows.append(readLineRow(q));
    return rows;
}

qint64 countWith(QSqlDatabase &db, const LineFilter &filter, Matches matches, Lead lead, QString *error)
{
    const TextMatch &text = matches.text;
    if (!text.countCondition.isEmpty())
        matches.text.condition = text.countCondition;
    if (!matches.reason.countCondition.isEmpty())
        matches.reason.condition = matches.reason.countCondition;
    QVariantList params;
    Joins joins{lead};
    joins.claimOrder = lead == Lead::Lines && !text.few && filter.personNo.isEmpty() && !filter.sampleOnly;
    const QString where = whereClause(filter, matches, params, joins);
    QSqlQuery q = querySql(db, QStringLiteral("SELECT COUNT(*)") + joins.sql() + where, params, error);
    return q.next() ? q.value(0).toLongLong() : 0;
}

// A sort by a result's figure walks the results: the lines not audited yet have no figure and
// follow them, in declaration order, whichever the direction.
QList<LineRow> fetchUnauditedAfter(QSqlDatabase &db, const LineFilter &filter, const LineOrder &order,
                                   const Matches &matches, QList<LineRow> rows, int limit, qint64 offset,
                                   QString *error)
{
    qint64 skip = 0;
    if (rows.isEmpty() && offset > 0)
        skip = offset - countWith(db, filter, matches, Lead::Results, error);
    if (skip < 0)
        return rows;
    LineFilter unaudited = filter;
    unaudited.review = ReviewFilter::NotAudited;
    rows += fetchPage(db, unaudited, order, matches, Lead::Lines, limit - int(rows.size()), skip, error);
    return rows;
}

} // namespace

int &fewReasonMatches()
{
    // Measured at a million lines, a reason's page by amount: 5,000 matches sorted take 20-35
    // ms; walked, a reason 0.5 % of lines have (the index by amount, each line's row read) 60-75.
    static int limit = 5000;
    return limit;
}

QList<LineRow> fetchLines(QSqlDatabase &db, const LineFilter &filter, const LineOrder &order, int limit, int offset,
                          QString *error)
{
    if (filter.sampleOnly && !ensureSampleTable(db, error))
        return {};
    const Matches matches = matchesOf(db, filter);
    const Lead lead = leadOf(filter, order.column, matches.text);
    QList<LineRow> rows = fetchPage(db, filter, order, matches, lead, limit, offset, error);
    // Only an order led the query to the results: the filter itself lets unaudited lines in.
    const bool unauditedFollow = lead == Lead::Results && filter.reason.isEmpty() && filter.review == ReviewFilter::Any;
    if (unauditedFollow && rows.size() < limit)
        rows = fetchUnauditedAfter(db, filter, order, matches, std::move(rows), limit, offset, error);
    addPaidFigures(db, rows);
    return rows;
}

qint64 countLines(QSqlDatabase &db, const LineFilter &filter, QString *error)
{
    if (filter.sampleOnly && !ensureSampleTable(db, error))
        return 0;
    const Matches matches = matchesOf(db, filter);
    return countWith(db, filter, matches, leadOf(filter, LineColumn::ClaimNo, matches.text), error);
}

bool storeSample(QSqlDatabase &db, const QList<LineKey> &keys, QString *error)
{
    if (!ensureSampleTable(db, error) || !execSql(db, QStringLiteral("DELETE FROM %1").arg(kSampleTable), {}, error))
        return false;
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (claim_no, line_no) VALUES (?, ?)").arg(kSampleTable));
    for (const LineKey &key : keys) {
        insert.bindValue(0, key.claimNo);
        insert.bindValue(1, key.lineNo);
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return false;
        }
    }
    return transaction.commit(error);
}

} // namespace ltc::settlement
