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

struct LineKeyOf {
    QString claimNo;  // shares the result's text: no copy
    int lineNo;
    bool operator==(const LineKeyOf &other) const = default;
};
size_t qHash(const LineKeyOf &key, size_t seed = 0) { return qHashMulti(seed, key.claimNo, key.lineNo); }

// A stored result as RowReader reads it (the columns of storedResultColumns()), its texts
// shared with the rows before it; the reasons' lists are split once per distinct text.
LineResult readStoredResult(RowReader &row, QHash<QString, QStringList> &reasonLists)
{
    LineResult r;
    r.claimNo = row.runText(0);
    r.lineNo = int(row.integer(1));
    r.personNo = row.sharedText(2);
    r.institutionCode = row.sharedText(3);
    r.claimed = row.integer(4);
    r.allowed = row.integer(5);
    r.deducted = row.integer(6);
    r.fund = row.integer(7);
    r.personal = row.integer(8);
    r.deposit = row.integer(9);
    r.declaredDays = int(row.integer(10));
    r.paidDays = int(row.integer(11));
    const QString reasons = row.sharedText(12);
    auto list = reasonLists.constFind(reasons);
    if (list == reasonLists.cend())
        list = reasonLists.insert(reasons, reasons.split(QLatin1Char('|'), Qt::SkipEmptyParts));
    r.reasons = *list;
    r.policy = row.sharedText(13);
    return r;
}

// Compares the new results with those stored, streaming the stored ones in the same order (a
// merge: a million stored results are never all in memory, and only changed lines are kept).
// Lines the two orders disagree on — SQLite sorts claim_no by UTF-8 bytes, the rules by UTF-16
// units, which differ only beyond the BMP — are paired up by key at the end.
// A month with no stored result (its first run) has nothing to compare: its lines are counted
// as new, not kept one by one.
void compareWithStored(QSqlDatabase &db, AuditRun &run, const std::optional<QSet<QString>> &scope)
{
    const QList<LineResult> &results = run.results;
    run.storedAsIs.assign(size_t(results.size()), false);
    if (!scalarSql(db, QStringLiteral("SELECT 1 FROM settlement_results WHERE period = ? LIMIT 1"), {run.period}).isValid()) {
        run.newLines = results.size();
        return;
    }
    const SmallPageCache cache(db);  // the stored results are read once, in order
    RowReader stored(db,
                     QStringLiteral("SELECT %1 FROM settlement_results WHERE period = ? ORDER BY claim_no, line_no")
                         .arg(storedResultColumns()),
                     {run.period});
    QHash<QString, QStringList> reasonLists;
    QHash<LineKeyOf, LineResult> unmatchedStored;
    QHash<LineKeyOf, qsizetype> unmatchedNew;
    qsizetype next = 0;
    const auto isNew = [&run](const LineResult &now) {
        ++run.newLines;
        run.changes.append(changeOf(nullptr, &now));
    };
    while (stored.next()) {
        LineResult was = readStoredResult(stored, reasonLists);
        if (scope && !scope->contains(was.institutionCode))
            continue;
        run.hadPreviousRun = true;
        run.previousTotals.add(was);
        // New lines before this stored one (in the rules' order) were not stored before.
        while (next < results.size()) {
            const LineResult &now = results.at(next);
            const int order = QString::compare(now.claimNo, was.claimNo, Qt::CaseSensitive);
            if (order > 0 || (order == 0 && now.lineNo >= was.lineNo))
                break;
            unmatchedNew.insert({now.claimNo, now.lineNo}, next++);
        }
        if (next < results.size() && results.at(next).lineNo == was.lineNo && results.at(next).claimNo == was.claimNo) {
            run.storedAsIs[size_t(next)] = sameStored(was, results.at(next));
            const LineResult &now = results.at(next++);
            if (!sameOutcome(was, now))
                run.changes.append(changeOf(&was, &now));
            continue;
        }
        unmatchedStored.insert({was.claimNo, was.lineNo}, std::move(was));
    }
    for (; next < results.size(); ++next)
        unmatchedNew.insert({results.at(next).claimNo, results.at(next).lineNo}, next);
    for (auto it = unmatchedNew.cbegin(); it != unmatchedNew.cend(); ++it) {
        const LineResult &now = results.at(it.value());
        const auto was = unmatchedStored.constFind(it.key());
        if (was == unmatchedStored.cend())
            isNew(now);
        else if (!sameOutcome(*was, now))
            run.changes.append(changeOf(&*was, &now));
        unmatchedStored.remove(it.key());
    }
    for (const LineResult &was : std::as_const(unmatchedStored))
        run.changes.append(changeOf(&was, nullptr));
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

QJsonObject resultRow(const QVariantList &values)
{
    QJsonObject row;
    for (int i = 0; i < kResultColumns.size(); ++i)
        row.insert(kResultColumns.at(i), QJsonValue::fromVariant(values.at(i)));
    return row;
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

bool storeFailure(const RowWriter &writer, QString *error)
{
    *error = writer.error();
    return false;
}

// Replaces the period's results, except those of institutions whose batch is past first review
// (what a reviewer signed stays as signed), inside the command's transaction: only the rows that
// differ are written (and synced), the others stay.

// `error` is set where the results could not be written (else the context has the error).
bool storeRun(CommandContext &ctx, const AuditRun &run, QString *error)
{
    QSqlDatabase &db = ctx.db();
    const QStringList frozen = frozenInstitutions(db, run.period);
    // A run covers the user's district (all of them for a city-level user): its totals are that
    // scope's, and the scope is kept with them.
    if (!ctx.exec(QStringLiteral("INSERT INTO settlement_runs (period, run_at, username, scope, lines, claimed_fen, "
                                 "allowed_fen, fund_fen, deposit_fen, changed_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?)"),
                  {run.period, ctx.now().toString(Qt::ISODate), ctx.user().username, sqlText(ctx.user().district),
                   run.totals.lines, run.totals.claimed, run.totals.allowed, run.totals.fund, run.totals.deposit,
                   qint64(run.changes.size())}))
        return false;
    const qint64 runId = scalarSql(db, QStringLiteral("SELECT MAX(id) FROM settlement_runs")).toLongLong();
    for (const LineChange &change : run.changes) {
        if (change.after.isEmpty())  // the line is no longer declared
            ctx.recordDerivedRow(QStringLiteral("settlement_results"), lineKey(change.claimNo, change.lineNo), std::nullopt);
    }
    // Lines no longer declared lose their result; the others are written where they changed.
    for (const LineChange &change : run.changes) {
        if (change.after.isEmpty() && !frozen.contains(change.was->institutionCode)
            && !ctx.exec(QStringLiteral("DELETE FROM settlement_results WHERE claim_no = ? AND line_no = ?"),
                         {change.claimNo, change.lineNo}))
            return false;
    }
    if (!dropStaleReviews(ctx, run))
        return false;
    const auto kept = [&](qsizetype i) {
        return frozen.contains(run.results.at(i).institutionCode)
               || (size_t(i) < run.storedAsIs.size() && run.storedAsIs[size_t(i)]);
    };
    qint64 toWrite = 0;
    for (qsizetype i = 0; i < run.results.size(); ++i)
        toWrite += kept(i) ? 0 : 1;
    // A month's first run into a table with fewer results: its indexes are built after the rows.
    BulkIndexes indexes(db, QStringLiteral("settlement_results"), toWrite);
    // Written as an import writes its lines (rowwriter.h): straight to SQLite, or in batches.
    RowWriter insert(db, kUpsertResult);
    ImportRow row;
    for (qsizetype i = 0; i < run.results.size(); ++i) {
        if (kept(i))
            continue;
        const LineResult &r = run.results.at(i);
        row.values = resultValues(run.period, r, runId);
        ++row.line;
        if (!insert.write(row))
            return storeFailure(insert, error);
        if (ctx.wantsDerivedRows())
            ctx.recordDerivedRow(QStringLiteral("settlement_results"), lineKey(r.claimNo, r.lineNo), resultRow(row.values));
        else
            ctx.countDerivedRow();
    }
    return (insert.flush() || storeFailure(insert, error)) && indexes.finish(error);
}

CommandOutcome runAuditCommand(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString period = read.text(QStringLiteral("period"));
    if (!read.ok())
        return read.failure();
    QString error;
    // A district's reviewer audits the district's institutions; a city-level user, all.
    std::optional<AuditRun> run = previewAudit(ctx.db(), period, &error, &ctx.user());
    if (!run)
        return CommandOutcome::failure(QStringLiteral("invalid"), QStringLiteral("period: ") + error);
    QString writeError;
    if (!storeRun(ctx, *run, &writeError))
        return writeError.isEmpty() ? ctx.storageFailure() : CommandOutcome::failure(QStringLiteral("storage"), writeError);
    if (AuditReport *report = AuditReport::current()) {
        report->run = std::move(run);
        report->run->results = {};  // the caller shows totals and changes; the results are stored
        report->run->storedAsIs = {};
    }
    return CommandOutcome::success();
}

// Keeps only results of institutions in `scope` (all when there is no scope).
QList<LineResult> inScope(QList<LineResult> results, const std::optional<QSet<QString>> &scope)
{
    if (scope)
        results.removeIf([&scope](const LineResult &r) { return !scope->contains(r.institutionCode); });
    return results;
}

std::optional<AuditRun> audit(QSqlDatabase &db, const QString &period, Facts facts, QString *error,
                              const std::optional<QSet<QString>> &scope = std::nullopt)
{
    int year = 0;
    int month = 0;
    if (!parsePeriod(period, &year, &month)) {
        if (error)
            *error = Tr::tr("'%1' is not a month in the form YYYY-MM").arg(period);
        return std::nullopt;
    }
    QString why;
    QList<ClaimLine> lines = loadClaimLines(db, period, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    AuditRun run;
    run.period = period;
    // Every line of the month is judged (a day paid by another district's institution still
    // counts for R05); only the results in scope are kept.
    run.results = inScope(auditLines(std::move(lines), facts), scope);
    for (const LineResult &result : run.results)
        run.totals.add(result);
    compareWithStored(db, run, scope);
    return run;
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
    Facts facts = loadFacts(db, period);  // named: GCC 12 misreads a temporary here as dangling
    return audit(db, period, std::move(facts), error,
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
    return audit(db, period, std::move(facts), error);
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
