#include "settlementviews.h"

#include "auditrun.h"

#include "core/citizenid.h"
#include "database/records/corereads.h"
#include "reviewcommands.h"
#include "sql.h"
#include "database/users.h"

#include <QMap>
#include <algorithm>
#include <QSqlError>

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

// Which tables a filter or an order reads besides the claim lines: only those are joined where
// the whole month is scanned (counting, choosing a page), so a month of 300,000 lines is not
// joined row by row to four tables to count it.
struct Joins {
    bool result = false;
    bool review = false;
    bool person = false;
    QString sql() const
    {
        return QStringLiteral(" FROM claim_lines c") + (result || review ? kResultJoin : QString())
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

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// GLOB is case-sensitive, so SQLite reads a prefix pattern as a range of a BINARY index (LIKE is
// not); its wildcards are escaped by putting each in brackets.
QString globPrefix(const QString &text)
{
    QString pattern;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('*') || ch == QLatin1Char('?') || ch == QLatin1Char('['))
            pattern += QLatin1Char('[') + ch + QLatin1Char(']');
        else
            pattern += ch;
    }
    return pattern + QLatin1Char('*');
}

// Up to this many lines (or persons, for a name), a typed text is looked up through the indexes
// and its lines sorted; beyond it the page comes from reading the month in display order.
constexpr int kFewMatches = 2000;
constexpr int kFewPersons = 500;

// How a typed text filters: text with Chinese characters is part of a name; anything else is the
// start of a person or claim number (as typed from a form, in either case). A text that matches
// few lines is turned into their row ids through the indexes (a person number typed out in full:
// 40 of a million lines, found in a millisecond instead of a scan of the month); one that matches
// many ("P0" while typing) is left to the scan in display order, which finds a page at once.
struct TextMatch {
    QString condition;
    QVariantList params;
    bool few = false;  // sort the few matches instead of scanning in the order shown
    bool byRowid = false;  // the condition finds the rows itself: the month is only checked
};

TextMatch numberMatch(QSqlDatabase &db, const QString &period, const QString &text)
{
    const QString pattern = globPrefix(text.toUpper());
    const QString byPerson = QStringLiteral("SELECT rowid FROM claim_lines WHERE period = ? AND person_no GLOB ?");
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
    return {QStringLiteral("(c.person_no GLOB ? OR c.claim_no GLOB ?)"), {pattern, pattern}, false};
}

TextMatch nameMatch(QSqlDatabase &db, const QString &text)
{
    const QStringList found = personNosNamed(db, text, kFewPersons + 1);
    if (found.size() > kFewPersons) {
        const PersonSelection named = personsNamed(text);
        return {QStringLiteral("c.person_no IN (%1)").arg(named.personNosSql), named.params, false};
    }
    if (found.isEmpty())
        return {QStringLiteral("0"), {}, true};
    QVariantList numbers;
    for (const QString &number : found)
        numbers << number;
    return {QStringLiteral("c.person_no IN (%1)").arg(placeholders(numbers.size())), numbers, true};
}

TextMatch textMatch(QSqlDatabase &db, const LineFilter &filter)
{
    const QString text = filter.text.trimmed();
    if (text.isEmpty())
        return {};
    return isName(text) ? nameMatch(db, text) : numberMatch(db, filter.period, text);
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

// The WHERE clause of a filter and its parameters, in order; notes the joins it reads.
QString whereClause(const LineFilter &filter, const TextMatch &text, QVariantList &params, Joins &joins)
{
    // "+c.period" when the text's row ids lead: SQLite would otherwise walk the month's index.
    QStringList conditions{text.byRowid ? QStringLiteral("+c.period = ?") : QStringLiteral("c.period = ?")};
    params << filter.period;
    if (!filter.institutions.isEmpty()) {
        conditions << QStringLiteral("c.institution_code IN (%1)").arg(placeholders(filter.institutions.size()));
        for (const QString &code : filter.institutions)
            params << code;
    }
    if (!filter.institution.isEmpty()) {
        conditions << QStringLiteral("c.institution_code = ?");
        params << filter.institution;
    }
    if (filter.reason == kNoDeduction) {
        conditions << QStringLiteral("r.reasons = ''");
        joins.result = true;
    } else if (!filter.reason.isEmpty()) {
        conditions << QStringLiteral("('|' || r.reasons || '|') LIKE ?");
        params << QStringLiteral("%|") + filter.reason + QStringLiteral("|%");
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
    switch (column) {
    case LineColumn::Allowed:
    case LineColumn::Deducted:
    case LineColumn::Fund:
    case LineColumn::Personal:
    case LineColumn::Reasons: joins.result = true; break;
    case LineColumn::Review: joins.review = true; break;
    case LineColumn::PersonName: joins.person = true; break;
    default: break;
    }
}

QString orderExpression(LineColumn column)
{
    switch (column) {
    case LineColumn::ClaimNo: return QStringLiteral("c.claim_no");
    case LineColumn::LineNo: return QStringLiteral("c.line_no");
    case LineColumn::PersonNo: return QStringLiteral("c.person_no");
    case LineColumn::PersonName: return QStringLiteral("p.name");
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

// Declaration order is by institution, then claim and line: the order of the index
// claim_lines_by_claim, so the first page of a month is read, not sorted.
// With `sortMatches` the first term reads "+c.institution_code": the unary plus keeps SQLite from
// walking that index in order, so it looks the few matches up and sorts them.
QString orderClause(const LineOrder &order, bool sortMatches = false)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (order.column == LineColumn::ClaimNo)
        return QStringLiteral(" ORDER BY %2c.institution_code%1, c.claim_no%1, c.line_no%1")
            .arg(direction, sortMatches ? QStringLiteral("+") : QString());
    return QStringLiteral(" ORDER BY ") + orderExpression(order.column) + direction
           + QStringLiteral(", c.claim_no, c.line_no");
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

// The claimed and reviewed figures of each institution's lines, as they are paid.
void addResultTotals(QSqlDatabase &db, const QString &period, QMap<QString, BatchRow> &rows, QString *error)
{
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT institution_code, COUNT(*), SUM(claimed_fen), SUM(allowed_fen), "
                                          "SUM(deducted_fen), SUM(fund_fen), SUM(personal_fen), SUM(deposit_fen), "
                                          "COUNT(decision), SUM(CASE WHEN reasons = '' AND decision IS NULL THEN 1 "
                                          "ELSE 0 END), SUM(allowed_fen - audited_allowed_fen) FROM settled_results "
                                          "WHERE period = ? GROUP BY institution_code"),
                           {period}, error);
    while (q.next()) {
        BatchRow &row = rows[q.value(0).toString()];
        InstitutionTotals &t = row.totals;
        t.lines = q.value(1).toLongLong();
        t.claimed = q.value(2).toLongLong();
        t.allowed = q.value(3).toLongLong();
        t.deducted = q.value(4).toLongLong();
        t.fund = q.value(5).toLongLong();
        t.personal = q.value(6).toLongLong();
        t.deposit = q.value(7).toLongLong();
        row.reviewedLines = q.value(8).toLongLong();
        row.cleanOpenLines = q.value(9).toLongLong();
        row.reviewAdjustment = q.value(10).toLongLong();
    }
}

void addBatchStates(QSqlDatabase &db, const QString &period, QMap<QString, BatchRow> &rows, QString *error)
{
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT institution_code, status, first_reviewer, second_reviewer, paid_by, "
                                          "returned_reason, row_version, paid_fen, withheld_fen FROM "
                                          "settlement_batches WHERE period = ?"),
                           {period}, error);
    while (q.next()) {
        BatchRow &row = rows[q.value(0).toString()];
        row.status = q.value(1).toString();
        row.firstReviewer = q.value(2).toString();
        row.secondReviewer = q.value(3).toString();
        row.paidBy = q.value(4).toString();
        row.returnedReason = q.value(5).toString();
        row.rowVersion = q.value(6).toLongLong();
        if (!q.isNull(7)) {
            row.paidAmount = q.value(7).toLongLong();
            row.withheld = q.value(8).toLongLong();
        }
    }
}

// The person's conclusions and stays in the rules' terms, latest first.
QList<Conclusion> conclusionsFor(QSqlDatabase &db, const QString &personNo)
{
    QList<Conclusion> list;
    for (const ConclusionRecord &c : conclusionsOf(db, personNo))
        list.append({c.level, c.concludedOn, c.validUntil, c.serviceForm, c.institutionCode});
    return list;
}

QList<HospitalStay> staysFor(QSqlDatabase &db, const QString &personNo)
{
    QList<HospitalStay> list;
    for (const HospitalStayRecord &stay : hospitalStaysOf(db, personNo))
        list.append({stay.admittedOn, stay.dischargedOn});
    return list;
}

constexpr int kPersonLinesShown = 200;  // a person has a handful of lines a month; this is a guard
} // namespace

QList<SettledLine> settledResults(QSqlDatabase &db, const QString &period)
{
    QList<SettledLine> lines;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT %1, audited_allowed_fen, decision, review_reason FROM settled_results "
                                          "WHERE period = ? ORDER BY claim_no, line_no").arg(storedResultColumns()),
                           {period});
    const int more = int(storedResultColumns().count(QLatin1Char(','))) + 1;
    while (q.next()) {
        SettledLine line;
        line.paid = readResultRow(q);
        line.auditedAllowed = q.value(more).toLongLong();
        line.decision = q.value(more + 1).toString();
        line.reviewReason = q.value(more + 2).toString();
        lines.append(std::move(line));
    }
    return lines;
}

QStringList periodsWithClaims(QSqlDatabase &db)
{
    // One index seek per month instead of a DISTINCT over every line of every month.
    QStringList periods;
    QString before = QStringLiteral("9999-99");
    for (;;) {
        const QVariant previous =
            scalarSql(db, QStringLiteral("SELECT MAX(period) FROM claim_lines WHERE period < ?"), {before});
        if (previous.isNull() || !previous.isValid())
            return periods;
        before = previous.toString();
        periods << before;
    }
}

QString BatchRow::staffName(const QString &username) const
{
    const QString name = staffNames.value(username);
    return name.isEmpty() ? username : name;
}

QList<BatchRow> batchesOf(QSqlDatabase &db, const QString &period, QString *error)
{
    QMap<QString, BatchRow> rows;
    QSqlQuery declared = querySql(db,
                                  QStringLiteral("SELECT institution_code, COUNT(*) FROM claim_lines WHERE period = ? "
                                                 "GROUP BY institution_code"),
                                  {period}, error);
    while (declared.next())
        rows[declared.value(0).toString()].declaredLines = declared.value(1).toLongLong();
    addResultTotals(db, period, rows, error);
    addBatchStates(db, period, rows, error);
    const QHash<QString, QStringList> takers = firstReviewTakers(db, period);
    for (auto it = takers.begin(); it != takers.end(); ++it) {
        const auto row = rows.find(it.key());
        if (row != rows.end())
            row->firstReviewTakers = it.value();
    }
    for (const InstitutionRecord &institution : allInstitutions(db)) {
        const auto it = rows.find(institution.code);
        if (it == rows.end())
            continue;
        it->totals.name = institution.name;
        it->district = institution.district;
    }
    // Reviewers by name where this desktop knows them (the users who signed in here).
    const QHash<QString, QString> staffNames = userDisplayNames(db);
    QList<BatchRow> list;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->totals.code = it.key();
        it->staffNames = staffNames;
        if (it->status.isEmpty())
            it->status = batch::Open;
        list << *it;
    }
    return list;
}

QList<LineRow> fetchLines(QSqlDatabase &db, const LineFilter &filter, const LineOrder &order, int limit, int offset,
                          QString *error)
{
    if (filter.sampleOnly && !ensureSampleTable(db, error))
        return {};
    // The page's keys first, with only the joins the filter and order need; then the page's
    // rows with everything a row shows ("late row lookup": 200 rows joined, not the month).
    QVariantList params;
    Joins joins;
    const TextMatch text = textMatch(db, filter);
    const QString where = whereClause(filter, text, params, joins);
    addOrderJoins(order.column, joins);
    params << limit << offset;
    const QString sql = kLineColumns
                        + QStringLiteral(" FROM (SELECT c.claim_no AS page_claim, c.line_no AS page_line") + joins.sql()
                        + where + orderClause(order, text.few)
                        + QStringLiteral(" LIMIT ? OFFSET ?) page JOIN claim_lines c ON c.claim_no = page.page_claim AND "
                                         "c.line_no = page.page_line")
                        + kResultJoin + kReviewJoin + kPersonJoin + kInstitutionJoin + orderClause(order);
    QSqlQuery q = querySql(db, sql, params, error);
    QList<LineRow> rows;
    while (q.next())
        rows.append(readLineRow(q));
    addPaidFigures(db, rows);
    return rows;
}

qint64 countLines(QSqlDatabase &db, const LineFilter &filter, QString *error)
{
    if (filter.sampleOnly && !ensureSampleTable(db, error))
        return 0;
    QVariantList params;
    Joins joins;
    const QString where = whereClause(filter, textMatch(db, filter), params, joins);
    QSqlQuery q = querySql(db, QStringLiteral("SELECT COUNT(*)") + joins.sql() + where, params, error);
    return q.next() ? q.value(0).toLongLong() : 0;
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

std::optional<PersonContext> personContext(QSqlDatabase &db, const QString &period, const QString &personNo)
{
    const std::optional<PersonRecord> stored = findPerson(db, personNo);
    if (!stored)
        return std::nullopt;
    PersonContext person;
    person.personNo = personNo;
    person.name = stored->name;
    person.maskedId = maskCitizenId(stored->idNumber);
    person.sex = sexCode(stored->sex);
    person.birthDate = stored->birthDate;
    person.insuranceType = stored->insuranceType;
    person.enrolledOn = stored->enrolledOn;
    person.insuredUntil = stored->insuredUntil;
    person.diedOn = stored->diedOn;
    person.district = stored->district;
    person.conclusions = conclusionsFor(db, personNo);
    person.stays = staysFor(db, personNo);
    LineFilter filter;
    filter.period = period;
    filter.personNo = personNo;
    person.monthLines = fetchLines(db, filter, {}, kPersonLinesShown, 0);
    return person;
}

std::optional<StatementData> statementData(QSqlDatabase &db, const QString &period, const QString &personNo,
                                           const QString &institutionCode)
{
    std::optional<PersonContext> person = personContext(db, period, personNo);
    if (!person)
        return std::nullopt;
    StatementData data;
    data.period = period;
    data.institutionCode = institutionCode;
    const std::optional<InstitutionRecord> institution = findInstitution(db, institutionCode);
    data.institutionName = institution ? institution->name : QString();
    data.formNames = serviceFormNames(db);
    for (const LineRow &row : std::as_const(person->monthLines)) {
        if (row.line.institutionCode == institutionCode)
            data.lines << row;
    }
    data.person = std::move(*person);
    return data;
}

} // namespace ltc::settlement
