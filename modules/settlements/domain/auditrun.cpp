#include "settlements/domain/auditrun.h"
#include "core/tr.h"

#include "settlements/domain/claimsimport.h"
#include "database/records/corereads.h"
#include "settlements/domain/reviewcommands.h"
#include "database/command.h"
#include "database/rowreader.h"
#include "database/rowwriter.h"
#include "database/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <functional>

namespace ltc::settlement {
namespace {
QDate date(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

// Persons with a line in the period: the facts the audit reads are theirs.
PersonSelection claimedPersons(const QString &period)
{
    return {QStringLiteral("SELECT DISTINCT person_no FROM claim_lines WHERE period = ?"), {period}};
}

void loadPersons(QSqlDatabase &db, const QString &period, Facts &facts)
{
    const PersonSelection claimed = claimedPersons(period);
    forEachPerson(db, claimed, [&facts](const PersonRecord &p) {
        PersonFacts &person = facts.persons[p.personNo];
        person.district = p.district;
        person.enrolledOn = p.enrolledOn;
        person.insuredUntil = p.insuredUntil;
        person.diedOn = p.diedOn;
    });
    forEachConclusion(db, claimed, [&facts](const ConclusionRecord &c) {
        facts.persons[c.personNo].conclusions.append({c.level, c.concludedOn, c.validUntil, c.serviceForm, c.institutionCode});
    });
    forEachCareAssignment(db, claimed, [&facts](const CareAssignmentRecord &a) {
        facts.persons[a.personNo].assignments.append({a.conclusionOn, a.assignedFrom, a.serviceForm, a.institutionCode, a.recordedAt});
    });
    forEachHospitalStay(db, claimed, [&facts](const HospitalStayRecord &stay) {
        facts.persons[stay.personNo].stays.append({stay.admittedOn, stay.dischargedOn});
    });
}

// What the rules ask of institutions and caregivers, as the one place answers it (corereads.h).
void loadInstitutions(QSqlDatabase &db, Facts &facts)
{
    facts.institutions = allInstitutionStandings(db);
    facts.staff = allStaffStandings(db);
}

QString summary(const LineResult &result)
{
    return QStringLiteral("allowed %1 fund %2 %3")
        .arg(formatYuan(result.allowed), formatYuan(result.fund), result.reasons.join(QLatin1Char('|')))
        .trimmed();
}

// What a reviewer sees change: the amount allowed, the fund's share, the reasons.
bool sameOutcome(const LineResult &a, const LineResult &b)
{
    return a.allowed == b.allowed && a.fund == b.fund && a.reasons == b.reasons;
}

// Every stored column alike: the stored row can stay as it is.
bool sameStored(const LineResult &a, const LineResult &b)
{
    return a.personNo == b.personNo && a.institutionCode == b.institutionCode && a.claimed == b.claimed
           && a.allowed == b.allowed && a.deducted == b.deducted && a.fund == b.fund && a.personal == b.personal
           && a.deposit == b.deposit && a.declaredDays == b.declaredDays && a.paidDays == b.paidDays
           && a.reasons == b.reasons && a.policy == b.policy;
}

LineChange changeOf(const LineResult *was, const LineResult *now)
{
    const LineResult &line = now ? *now : *was;
    return {line.claimNo, line.lineNo, was ? summary(*was) : QString(), now ? summary(*now) : QString(),
            was ? std::optional<LineResult>(*was) : std::nullopt, now ? std::optional<LineResult>(*now) : std::nullopt};
}

} // namespace

QString storedResultColumns()
{
    return QStringLiteral("claim_no, line_no, person_no, institution_code, claimed_fen, allowed_fen, deducted_fen, "
                          "fund_fen, personal_fen, deposit_fen, declared_days, paid_days, reasons, policy");
}

LineResult readResultRow(const QSqlQuery &query)
{
    LineResult r;
    r.claimNo = query.value(0).toString();
    r.lineNo = query.value(1).toInt();
    r.personNo = query.value(2).toString();
    r.institutionCode = query.value(3).toString();
    r.claimed = query.value(4).toLongLong();
    r.allowed = query.value(5).toLongLong();
    r.deducted = query.value(6).toLongLong();
    r.fund = query.value(7).toLongLong();
    r.personal = query.value(8).toLongLong();
    r.deposit = query.value(9).toLongLong();
    r.declaredDays = query.value(10).toInt();
    r.paidDays = query.value(11).toInt();
    r.reasons = query.value(12).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    r.policy = query.value(13).toString();
    return r;
}

namespace {

// A stored result as RowReader reads it (the columns of storedResultColumns(), from `first`
// on), its repeated texts shared; the reasons' lists are split once per distinct text.
LineResult readStoredResult(RowReader &row, int first, QHash<QString, QStringList> &reasonLists)
{
    LineResult r;
    r.claimNo = row.runText(first);
    r.lineNo = int(row.integer(first + 1));
    r.personNo = row.runText(first + 2);
    r.institutionCode = row.sharedText(first + 3);
    r.claimed = row.integer(first + 4);
    r.allowed = row.integer(first + 5);
    r.deducted = row.integer(first + 6);
    r.fund = row.integer(first + 7);
    r.personal = row.integer(first + 8);
    r.deposit = row.integer(first + 9);
    r.declaredDays = int(row.integer(first + 10));
    r.paidDays = int(row.integer(first + 11));
    const QString reasons = row.sharedText(first + 12);
    auto list = reasonLists.constFind(reasons);
    if (list == reasonLists.cend())
        list = reasonLists.insert(reasons, reasons.split(QLatin1Char('|'), Qt::SkipEmptyParts));
    r.reasons = *list;
    r.policy = row.sharedText(first + 13);
    return r;
}

// The rules' order of lines (claim_no as text, then line_no), for changes and kept results.
template <typename Line>
bool inClaimOrder(const Line &a, const Line &b)
{
    const int byClaim = QString::compare(a.claimNo, b.claimNo, Qt::CaseSensitive);
    return byClaim != 0 ? byClaim < 0 : a.lineNo < b.lineNo;
}

// Where the audit hands each result in scope, with whether the stored result of its line is the
// same in every column (storing the run then keeps that row as it is: a re-run rewrites, and
// syncs, only what changed). False stops the audit (a failed write).
using ResultSink = std::function<bool(const LineResult &result, bool storedAsIs)>;

// The month's lines a person at a time (the index claim_lines_by_period gives them in that
// order), each with its stored result where the month has any (joined on the line's key): a
// person's lines are judged, compared and handed on, then let go, so a million lines and their
// results are never in memory at once — only the facts, and the changes of a re-run.
QString linesSql(bool withStored)
{
    QString columns = QStringLiteral("l.claim_no, l.line_no, l.institution_code, l.person_no, l.service_form, "
                                     "l.service_from, l.service_to, l.days, l.amount_fen, l.caregiver_no");
    QString join;
    if (withStored) {
        for (const QString &column : storedResultColumns().split(QStringLiteral(", ")))
            columns += QStringLiteral(", r.") + column;
        join = QStringLiteral(" LEFT JOIN settlement_results r ON r.claim_no = l.claim_no AND r.line_no = l.line_no "
                              "AND r.period = l.period");
    }
    return QStringLiteral("SELECT %1 FROM claim_lines l%2 WHERE l.period = ? ORDER BY l.person_no").arg(columns, join);
}
constexpr int kStoredColumn = 10;  // where a line's stored result starts in linesSql(true)

// One person's lines as read, each with its stored result (if any).
struct PersonLines {
    QList<ClaimLine> lines;
    QList<LineResult> stored;  // in any order; a line's is found by its key
    QList<LineResult> results;
    void clear()
    {
        lines.clear();
        stored.clear();
    }
    const LineResult *storedOf(const LineResult &now) const
    {
        for (const LineResult &was : stored) {
            if (was.lineNo == now.lineNo && was.claimNo == now.claimNo)
                return &was;
        }
        return nullptr;
    }
};

class StreamedAudit {
public:
    StreamedAudit(AuditRun &run, const Facts &facts, const std::optional<QSet<QString>> &scope, bool monthHasStored)
        : m_run(run), m_auditor(facts, facts.persons.size()), m_scope(scope), m_monthHasStored(monthHasStored)
    {
    }
    // Judges the person's lines and hands on the results in scope; false when `take` said so.
    bool judge(PersonLines &person, const ResultSink &take);

private:
    bool inScope(const QString &institution) const { return !m_scope || m_scope->contains(institution); }

    AuditRun &m_run;
    PersonAuditor m_auditor;
    const std::optional<QSet<QString>> &m_scope;
    bool m_monthHasStored;
};

bool StreamedAudit::judge(PersonLines &person, const ResultSink &take)
{
    m_auditor.audit(person.lines, person.results);
    for (const LineResult &now : std::as_const(person.results)) {
        const LineResult *stored = person.storedOf(now);
        const LineResult *was = stored && inScope(stored->institutionCode) ? stored : nullptr;
        if (was) {
            m_run.hadPreviousRun = true;
            m_run.previousTotals.add(*was);
        }
        // Every line of the month is judged (a day paid by another district's institution
        // still counts for R05); only the results in scope are kept. A stored one in scope whose
        // line now is not is gone from the scope.
        if (!inScope(now.institutionCode)) {
            if (was)
                m_run.changes.append(changeOf(was, nullptr));
            continue;
        }
        m_run.totals.add(now);
        if (!was) {
            ++m_run.newLines;
            if (m_monthHasStored)  // a first run keeps no change per line: all are new
                m_run.changes.append(changeOf(nullptr, &now));
        } else if (!sameOutcome(*was, now)) {
            m_run.changes.append(changeOf(was, &now));
        }
        if (!take(now, was && sameStored(*was, now)))
            return false;
    }
    return true;
}

// Stored results of the month whose line is no longer declared in it (after a re-import): each
// is a change to nothing. Asked only when fewer stored results met their line than are stored.
void addVanished(QSqlDatabase &db, AuditRun &run, qint64 matched, const std::optional<QSet<QString>> &scope)
{
    const qint64 stored =
        scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM settlement_results WHERE period = ?"), {run.period}).toLongLong();
    if (stored <= matched)
        return;
    RowReader row(db,
                  QStringLiteral("SELECT %1 FROM settlement_results r WHERE period = ? AND NOT EXISTS (SELECT 1 FROM "
                                 "claim_lines l WHERE l.claim_no = r.claim_no AND l.line_no = r.line_no AND l.period = "
                                 "r.period)")
                      .arg(storedResultColumns()),
                  {run.period});
    QHash<QString, QStringList> reasonLists;
    while (row.next()) {
        const LineResult was = readStoredResult(row, 0, reasonLists);
        if (scope && !scope->contains(was.institutionCode))
            continue;
        run.hadPreviousRun = true;
        run.previousTotals.add(was);
        run.changes.append(changeOf(&was, nullptr));
    }
}

// Audits the period a person at a time, comparing each result with the stored one of its line,
// and hands each result in scope to `take`. With a scope, only the results of those
// institutions are kept and compared; every line of the month is still judged. Nothing when
// the lines could not be read (`error` says why) or `take` stopped it (`error` untouched).
std::optional<AuditRun> auditStreamed(QSqlDatabase &db, const QString &period, const Facts &facts,
                                      const std::optional<QSet<QString>> &scope, const ResultSink &take,
                                      QString *error)
{
    int year = 0;
    int month = 0;
    if (!parsePeriod(period, &year, &month)) {
        if (error)
            *error = Tr::tr("'%1' is not a month in the form YYYY-MM").arg(period);
        return std::nullopt;
    }
    AuditRun run;
    run.period = period;
    const bool monthHasStored =
        scalarSql(db, QStringLiteral("SELECT 1 FROM settlement_results WHERE period = ? LIMIT 1"), {period}).isValid();
    StreamedAudit audit(run, facts, scope, monthHasStored);
    qint64 matched = 0;  // lines that had a stored result, in scope or not
    {
        RowReader row(db, linesSql(monthHasStored), {period});
        QHash<QString, QDate> days;  // a month's lines name a few dozen days
        const auto dayOf = [&days](const QString &text) {
            auto found = days.constFind(text);
            if (found == days.cend())
                found = days.insert(text, date(text));
            return *found;
        };
        QHash<QString, QStringList> reasonLists;
        PersonLines person;
        while (row.next()) {
            const QString personNo = row.runText(3);
            if (!person.lines.isEmpty() && person.lines.constLast().personNo != personNo) {
                if (!audit.judge(person, take))
                    return std::nullopt;
                person.clear();
            }
            ClaimLine &line = person.lines.emplace_back();
            line.claimNo = row.runText(0);
            line.lineNo = int(row.integer(1));
            line.institutionCode = row.sharedText(2);
            line.periodYear = year;
            line.periodMonth = month;
            line.personNo = personNo;
            line.serviceForm = row.sharedText(4);
            line.serviceFrom = dayOf(row.sharedText(5));
            line.serviceTo = dayOf(row.sharedText(6));
            line.days = int(row.integer(7));
            line.amount = row.integer(8);
            line.caregiverNo = row.sharedText(9);
            if (monthHasStored && !row.isNull(kStoredColumn)) {
                person.stored.append(readStoredResult(row, kStoredColumn, reasonLists));
                ++matched;
            }
        }
        if (!row.error().isEmpty()) {
            if (error)
                *error = row.error();
            return std::nullopt;
        }
        if (!person.lines.isEmpty() && !audit.judge(person, take))
            return std::nullopt;
    }
    if (monthHasStored)
        addVanished(db, run, matched, scope);
    // Changes in the order of the month's lines, as a reviewer reads them.
    std::sort(run.changes.begin(), run.changes.end(), inClaimOrder<LineChange>);
    return run;
}

// Audits the period and keeps every result in scope, in the rules' order (claim_no, line_no).
std::optional<AuditRun> auditKept(QSqlDatabase &db, const QString &period, const Facts &facts, QString *error,
                                  const std::optional<QSet<QString>> &scope = std::nullopt)
{
    const SmallPageCache cache(db);  // the month is read once, nothing written
    QList<LineResult> results;
    std::optional<AuditRun> run = auditStreamed(
        db, period, facts, scope,
        [&results](const LineResult &result, bool) {
            results.append(result);
            return true;
        },
        error);
    if (!run)
        return std::nullopt;
    std::sort(results.begin(), results.end(), inClaimOrder<LineResult>);
    run->results = std::move(results);
    return run;
}

const QStringList kResultColumns{
    QStringLiteral("period"),       QStringLiteral("claim_no"),    QStringLiteral("line_no"),
    QStringLiteral("person_no"),    QStringLiteral("institution_code"), QStringLiteral("claimed_fen"),
    QStringLiteral("allowed_fen"),  QStringLiteral("deducted_fen"), QStringLiteral("fund_fen"),
    QStringLiteral("personal_fen"), QStringLiteral("deposit_fen"), QStringLiteral("declared_days"),
    QStringLiteral("paid_days"),    QStringLiteral("reasons"),     QStringLiteral("policy"),
    QStringLiteral("run_id")};

QVariantList resultValues(const QString &period, const LineResult &r, qint64 runId)
{
    return {period, r.claimNo, r.lineNo, r.personNo, r.institutionCode, r.claimed, r.allowed, r.deducted, r.fund,
            r.personal, r.deposit, r.declaredDays, r.paidDays, sqlString(r.reasons.join(QLatin1Char('|'))),
            sqlText(r.policy), runId};
}

// A result replaces the line's stored one, if any.
const QString kUpsertResult = upsertSql(QStringLiteral("settlement_results"), kResultColumns,
                                         {QStringLiteral("claim_no"), QStringLiteral("line_no")});

QString lineKey(const QString &claimNo, int lineNo) { return claimNo + QLatin1Char('/') + QString::number(lineNo); }

const QString kFrozenBatches = QStringLiteral(
    "SELECT institution_code FROM settlement_batches WHERE period = ? AND status IN ('first_reviewed', "
    "'second_reviewed', 'paid')");

// A line whose result changed loses its first-review decision, which was made on the old figures.
bool dropStaleReviews(CommandContext &ctx, const AuditRun &run)
{
    for (const LineChange &change : run.changes) {
        if (change.before.isEmpty())
            continue;  // a new line has no review yet
        const QString key = lineKey(change.claimNo, change.lineNo);
        const std::optional<QJsonObject> review =
            ctx.fetch(QStringLiteral("line_reviews"), QStringLiteral("claim_no || '/' || line_no"), key);
        if (!review || frozenInstitutions(ctx.db(), run.period).contains(review->value(QStringLiteral("institution_code")).toString()))
            continue;
        if (!ctx.exec(QStringLiteral("DELETE FROM line_reviews WHERE claim_no = ? AND line_no = ?"),
                      {change.claimNo, change.lineNo}))
            return false;
        ctx.recordChange(QStringLiteral("line_reviews"), key, review, std::nullopt);
    }
    return true;
}

// Written as an import writes its lines (rowwriter.h): straight to SQLite, or in batches. Each
// result goes as the audit hands it on, while the month is still being read (on PostgreSQL the
// month comes through a cursor a block at a time, RowReader, so the connection is free to write
// between rows): a million results are never held.
class ResultStore {
public:
    ResultStore(CommandContext &ctx, const QString &period, qint64 runId, const QStringList &frozen)
        : m_ctx(ctx), m_period(period), m_runId(runId), m_frozen(frozen), m_insert(ctx.db(), kUpsertResult)
    {
    }
    // Keeps the result to store: batches past first review keep theirs (what a reviewer signed
    // stays as signed), and a stored row the same in every column stays as it is.
    bool take(const LineResult &result, bool storedAsIs)
    {
        if (storedAsIs || m_frozen.contains(result.institutionCode))
            return true;
        return write(result);
    }
    // Writes the last batch; false with error() when a row failed.
    bool finish()
    {
        if (!m_insert.flush()) {
            m_failed = true;
            return false;
        }
        return true;
    }
    bool failed() const { return m_failed; }
    QString error() const { return m_insert.error(); }

private:
    bool write(const LineResult &r)
    {
        m_row.values = resultValues(m_period, r, m_runId);
        ++m_row.line;
        if (!m_insert.write(m_row)) {
            m_failed = true;
            return false;
        }
        if (m_ctx.wantsDerivedRows())
            m_ctx.recordDerivedRow(QStringLiteral("settlement_results"), lineKey(r.claimNo, r.lineNo), kResultColumns,
                                   m_row.values);
        else
            m_ctx.countDerivedRow();
        return true;
    }

    CommandContext &m_ctx;
    const QString m_period;
    const qint64 m_runId;
    const QStringList m_frozen;
    RowWriter m_insert;
    ImportRow m_row;
    bool m_failed = false;
};

// After the month's results are written: the run's figures, the results of lines no longer
// declared (removed, but where their batch is past first review), the reviews made on figures
// that changed.
bool finishRun(CommandContext &ctx, const AuditRun &run, qint64 runId, const QStringList &frozen)
{
    if (!ctx.exec(QStringLiteral("UPDATE settlement_runs SET lines = ?, claimed_fen = ?, allowed_fen = ?, fund_fen = ?, "
                                 "deposit_fen = ?, changed_lines = ? WHERE id = ?"),
                  {run.totals.lines, run.totals.claimed, run.totals.allowed, run.totals.fund, run.totals.deposit,
                   qint64(run.changes.size()), runId}))
        return false;
    for (const LineChange &change : run.changes) {
        // A line no longer declared loses its result, unless its batch is past first review.
        if (!change.after.isEmpty() || frozen.contains(change.was->institutionCode))
            continue;
        if (!ctx.exec(QStringLiteral("DELETE FROM settlement_results WHERE claim_no = ? AND line_no = ?"),
                      {change.claimNo, change.lineNo}))
            return false;
        // What it was, so that the delete reaches the institution's district only.
        const QJsonObject was{{QStringLiteral("claim_no"), change.claimNo},
                              {QStringLiteral("line_no"), change.lineNo},
                              {QStringLiteral("institution_code"), change.was->institutionCode}};
        ctx.recordDerivedRow(QStringLiteral("settlement_results"), lineKey(change.claimNo, change.lineNo), std::nullopt,
                             was);
    }
    return dropStaleReviews(ctx, run);
}

// Audits the month once and stores it as it goes, inside the command's transaction: the run's
// record first (its id goes with every result; its figures once the month is judged), then each
// result that differs from the stored one.
CommandOutcome runAuditCommand(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString period = read.text(QStringLiteral("period"));
    if (!read.ok())
        return read.failure();
    int year = 0;
    int month = 0;
    if (!parsePeriod(period, &year, &month))
        return CommandOutcome::failure(QStringLiteral("invalid"), QStringLiteral("period: ")
                                           + Tr::tr("'%1' is not a month in the form YYYY-MM").arg(period));
    QSqlDatabase &db = ctx.db();
    const Facts facts = loadFacts(db, period);
    // A district's reviewer audits the district's institutions; a city-level user, all.
    const std::optional<QSet<QString>> scope = institutionsInScope(db, ctx.user());
    const QStringList frozen = frozenInstitutions(db, period);
    // A run covers the user's district (all of them for a city-level user): its totals are that
    // scope's, and the scope is kept with them.
    if (!ctx.exec(QStringLiteral("INSERT INTO settlement_runs (period, run_at, username, scope, lines, claimed_fen, "
                                 "allowed_fen, fund_fen, deposit_fen, changed_lines) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, "
                                 "0)"),
                  {period, ctx.now().toString(Qt::ISODate), ctx.user().username, sqlText(ctx.user().district)}))
        return ctx.storageFailure();
    const qint64 runId = scalarSql(db, QStringLiteral("SELECT MAX(id) FROM settlement_runs")).toLongLong();
    // A month's first run into a table with fewer results: its indexes are built after the rows.
    const bool firstRun =
        !scalarSql(db, QStringLiteral("SELECT 1 FROM settlement_results WHERE period = ? LIMIT 1"), {period}).isValid();
    const qint64 toWrite =
        firstRun ? scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = ?"), {period}).toLongLong()
                 : 0;
    BulkIndexes indexes(db, QStringLiteral("settlement_results"), toWrite);
    ResultStore store(ctx, period, runId, frozen);
    QString error;
    std::optional<AuditRun> run = auditStreamed(
        db, period, facts, scope, [&store](const LineResult &result, bool asIs) { return store.take(result, asIs); },
        &error);
    if (!run && !store.failed())
        return CommandOutcome::failure(QStringLiteral("invalid"), QStringLiteral("period: ") + error);
    if (!run || !store.finish())
        return CommandOutcome::failure(QStringLiteral("storage"), store.error());
    if (!finishRun(ctx, *run, runId, frozen))
        return ctx.storageFailure();
    if (!indexes.finish(&error))
        return CommandOutcome::failure(QStringLiteral("storage"), error);
    if (AuditReport *report = AuditReport::current())
        report->run = std::move(run);  // totals and changes: the results are stored
    return CommandOutcome::success();
}
} // namespace

namespace {
thread_local AuditReport *tCurrentReport = nullptr;
}

AuditReport::AuditReport() : m_outer(tCurrentReport) { tCurrentReport = this; }
AuditReport::~AuditReport() { tCurrentReport = m_outer; }
AuditReport *AuditReport::current() { return tCurrentReport; }

void AuditTotals::add(const LineResult &result)
{
    ++lines;
    claimed += result.claimed;
    allowed += result.allowed;
    deducted += result.deducted;
    fund += result.fund;
    personal += result.personal;
    deposit += result.deposit;
}

Facts loadFacts(QSqlDatabase &db, const QString &period, QString *error)
{
    const SmallPageCache cache(db);  // read once: the memory is the facts'
    Facts facts;
    QStringList problems;
    facts.policies = loadPolicies(db, &problems);
    if (!problems.isEmpty() && error)
        *error = problems.join(QLatin1Char('\n'));
    loadPersons(db, period, facts);
    loadInstitutions(db, facts);
    return facts;
}

QList<ClaimLine> loadClaimLines(QSqlDatabase &db, const QString &period, QString *error)
{
    QList<ClaimLine> lines;
    int year = 0;
    int month = 0;
    parsePeriod(period, &year, &month);
    // Straight from the store, each repeated text (a claim's number, a person's, a code, a day)
    // held once: a million lines in a few seconds and under 200 bytes each, in a list sized
    // once (grown line by line it would hold up to twice that).
    const SmallPageCache cache(db);
    lines.reserve(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE period = ?"), {period}).toLongLong());
    RowReader row(db,
                  QStringLiteral("SELECT claim_no, line_no, institution_code, person_no, service_form, service_from, "
                                 "service_to, days, amount_fen, caregiver_no FROM claim_lines WHERE period = ? ORDER BY "
                                 "claim_no, line_no"),
                  {period});
    QHash<QString, QDate> days;  // a month's lines name a few dozen days
    const auto dayOf = [&days](const QString &text) {
        auto found = days.constFind(text);
        if (found == days.cend())
            found = days.insert(text, date(text));
        return *found;
    };
    while (row.next()) {
        ClaimLine &line = lines.emplace_back();
        line.claimNo = row.runText(0);
        line.lineNo = int(row.integer(1));
        line.institutionCode = row.sharedText(2);
        line.periodYear = year;
        line.periodMonth = month;
        line.personNo = row.sharedText(3);
        line.serviceForm = row.sharedText(4);
        line.serviceFrom = dayOf(row.sharedText(5));
        line.serviceTo = dayOf(row.sharedText(6));
        line.days = int(row.integer(7));
        line.amount = row.integer(8);
        line.caregiverNo = row.sharedText(9);
    }
    if (error && !row.error().isEmpty())
        *error = row.error();
    return lines;
}

QSet<QString> institutionsInScope(QSqlDatabase &db, const UserIdentity &user)
{
    QSet<QString> codes;
    for (const InstitutionRecord &institution : allInstitutions(db)) {
        if (institution.district.isEmpty() || user.canAccessDistrict(institution.district))
            codes.insert(institution.code);
    }
    return codes;
}

std::optional<AuditRun> previewAudit(QSqlDatabase &db, const QString &period, QString *error, const UserIdentity *scope)
{
    const Facts facts = loadFacts(db, period);
    return auditKept(db, period, facts, error,
                     scope ? std::optional<QSet<QString>>(institutionsInScope(db, *scope)) : std::nullopt);
}

CommandSpec auditCommand()
{
    return {QStringLiteral("settlement.run_audit"), QStringLiteral("settlements"),
            {roleId(Role::FirstReviewer), roleId(Role::Admin)},
            QStringLiteral("Run the settlement rules on a month's claim lines and keep the results (batches past "
                           "first review keep theirs)"),
            {QStringLiteral("period (YYYY-MM)")},
            runAuditCommand};
}

std::optional<AuditRun> whatIf(QSqlDatabase &db, const QString &period, const PolicySet &policies, QString *error)
{
    Facts facts = loadFacts(db, period);
    facts.policies = policies;
    return auditKept(db, period, facts, error);
}

std::optional<PolicyComparison> compareWithDraft(QSqlDatabase &db, const QString &period, const Policy &draft,
                                                 QString *error)
{
    PolicySet withDraft;
    withDraft.add(draft);
    const PolicySet stored = loadPolicies(db);  // kept alive: all() refers into it
    for (const Policy &policy : stored.all()) {
        if (policy.region != draft.region)
            withDraft.add(policy);
    }
    std::optional<AuditRun> inForce = previewAudit(db, period, error);
    std::optional<AuditRun> proposed = inForce ? whatIf(db, period, withDraft, error) : std::nullopt;
    if (!proposed)
        return std::nullopt;
    return PolicyComparison{std::move(*inForce), std::move(*proposed)};
}

QList<LineResult> storedResults(QSqlDatabase &db, const QString &period)
{
    QList<LineResult> results;
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT %1 FROM settlement_results WHERE period = ? ORDER BY claim_no, "
                                              "line_no").arg(storedResultColumns()),
                               {period});
    while (query.next())
        results.append(readResultRow(query));
    return results;
}

} // namespace ltc::settlement
