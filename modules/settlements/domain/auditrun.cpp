#include "auditrun.h"
#include "core/tr.h"

#include "claimsimport.h"
#include "coredomain.h"
#include "reviewcommands.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>

namespace ltc::settlement {
namespace {
QDate date(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

// Persons with a line in the period: the filter every fact query shares.
const QString kClaimedPersons = QStringLiteral("SELECT DISTINCT person_no FROM claim_lines WHERE period = ?");

void loadPersons(QSqlDatabase &db, const QString &period, Facts &facts)
{
    QSqlQuery query = querySql(db, QStringLiteral("SELECT person_no, district, enrolled_on, insured_until, died_on FROM "
                                                  "persons WHERE person_no IN (%1)").arg(kClaimedPersons),
                               {period});
    while (query.next()) {
        PersonFacts &person = facts.persons[query.value(0).toString()];
        person.district = query.value(1).toString();
        person.enrolledOn = date(query.value(2));
        person.insuredUntil = date(query.value(3));
        person.diedOn = date(query.value(4));
    }
    query = querySql(db, QStringLiteral("SELECT person_no, level, concluded_on, valid_until, service_form, "
                                        "institution_code FROM conclusions WHERE person_no IN (%1)").arg(kClaimedPersons),
                     {period});
    while (query.next()) {
        facts.persons[query.value(0).toString()].conclusions.append(
            {query.value(1).toInt(), date(query.value(2)), date(query.value(3)), query.value(4).toString(),
             query.value(5).toString()});
    }
    query = querySql(db, QStringLiteral("SELECT person_no, admitted_on, discharged_on FROM hospital_stays WHERE "
                                        "person_no IN (%1)").arg(kClaimedPersons),
                     {period});
    while (query.next())
        facts.persons[query.value(0).toString()].stays.append({date(query.value(1)), date(query.value(2))});
}

void loadInstitutions(QSqlDatabase &db, Facts &facts)
{
    QSqlQuery query = querySql(db, QStringLiteral("SELECT code, grade, service_forms, agreement_from, agreement_to, "
                                                  "suspended_from, suspended_to FROM institutions"));
    while (query.next()) {
        InstitutionFacts &institution = facts.institutions[query.value(0).toString()];
        institution.grade = query.value(1).toInt();
        institution.serviceForms = query.value(2).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        institution.agreementFrom = date(query.value(3));
        institution.agreementTo = date(query.value(4));
        institution.suspendedFrom = date(query.value(5));
        institution.suspendedTo = date(query.value(6));
    }
}

QString summary(const LineResult &result)
{
    return QStringLiteral("allowed %1 fund %2 %3")
        .arg(formatYuan(result.allowed), formatYuan(result.fund), result.reasons.join(QLatin1Char('|')))
        .trimmed();
}

QList<LineChange> compare(const QList<LineResult> &before, const QList<LineResult> &after)
{
    QHash<QString, QString> old;
    for (const LineResult &result : before)
        old.insert(result.claimNo + QChar(0x1f) + QString::number(result.lineNo), summary(result));
    QList<LineChange> changes;
    for (const LineResult &result : after) {
        const QString key = result.claimNo + QChar(0x1f) + QString::number(result.lineNo);
        const QString now = summary(result);
        const QString was = old.take(key);
        if (was != now)
            changes.append({result.claimNo, result.lineNo, was, now});
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        const QStringList key = it.key().split(QChar(0x1f));
        changes.append({key.at(0), key.at(1).toInt(), it.value(), QString()});
    }
    return changes;
}

bool insertResult(QSqlQuery &insert, const QString &period, const LineResult &r, qint64 runId)
{
    const QVariantList values{period, r.claimNo, r.lineNo, r.personNo, r.institutionCode, r.claimed,
                              r.allowed, r.deducted, r.fund, r.personal, r.deposit, r.declaredDays, r.paidDays,
                              sqlString(r.reasons.join(QLatin1Char('|'))), sqlText(r.policy), runId};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    return insert.exec();
}

// Replaces the period's results, except those of institutions whose batch is past first review
// (what a reviewer signed stays as signed). A line whose result changed loses its first-review
// decision, which was made on the old figures.
bool storeRun(QSqlDatabase &db, const AuditRun &run, const QString &username, QString *error)
{
    Transaction transaction(db);
    const QStringList frozen = frozenInstitutions(db, run.period);
    if (!execSql(db,
                 QStringLiteral("INSERT INTO settlement_runs (period, run_at, username, lines, claimed_fen, allowed_fen, "
                                "fund_fen, deposit_fen, changed_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {run.period, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), username, run.totals.lines,
                  run.totals.claimed, run.totals.allowed, run.totals.fund, run.totals.deposit, qint64(run.changes.size())},
                 error))
        return false;
    const qint64 runId = scalarSql(db, QStringLiteral("SELECT MAX(id) FROM settlement_runs")).toLongLong();
    const QString frozenBatches = QStringLiteral(
        "SELECT institution_code FROM settlement_batches WHERE period = ? AND status IN ('first_reviewed', "
        "'second_reviewed', 'paid')");
    if (!execSql(db, QStringLiteral("DELETE FROM settlement_results WHERE period = ? AND institution_code NOT IN (%1)")
                         .arg(frozenBatches),
                 {run.period, run.period}, error))
        return false;
    for (const LineChange &change : run.changes) {
        if (change.before.isEmpty())
            continue;  // a new line has no review yet
        if (!execSql(db, QStringLiteral("DELETE FROM line_reviews WHERE claim_no = ? AND line_no = ? AND institution_code "
                                        "NOT IN (%1)").arg(frozenBatches),
                     {change.claimNo, change.lineNo, run.period}, error))
            return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO settlement_results (period, claim_no, line_no, person_no, institution_code, claimed_fen, "
        "allowed_fen, deducted_fen, fund_fen, personal_fen, deposit_fen, declared_days, paid_days, reasons, policy, "
        "run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const LineResult &r : run.results) {
        if (frozen.contains(r.institutionCode))
            continue;
        if (!insertResult(insert, run.period, r, runId)) {
            if (error)
                *error = insert.lastError().text();
            return false;
        }
    }
    return transaction.commit(error);
}

std::optional<AuditRun> audit(QSqlDatabase &db, const QString &period, Facts facts, QString *error)
{
    int year = 0;
    int month = 0;
    if (!parsePeriod(period, &year, &month)) {
        if (error)
            *error = Tr::tr("'%1' is not a month in the form YYYY-MM").arg(period);
        return std::nullopt;
    }
    QString why;
    const QList<ClaimLine> lines = loadClaimLines(db, period, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    AuditRun run;
    run.period = period;
    run.results = auditLines(lines, facts);
    for (const LineResult &result : run.results)
        run.totals.add(result);
    const QList<LineResult> before = storedResults(db, period);
    run.hadPreviousRun = !before.isEmpty();
    run.changes = compare(before, run.results);
    return run;
}
} // namespace

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
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT claim_no, line_no, institution_code, person_no, service_form, "
                                              "service_from, service_to, days, amount_fen FROM claim_lines WHERE "
                                              "period = ? ORDER BY claim_no, line_no"),
                               {period}, error);
    while (query.next()) {
        ClaimLine line;
        line.claimNo = query.value(0).toString();
        line.lineNo = query.value(1).toInt();
        line.institutionCode = query.value(2).toString();
        line.periodYear = year;
        line.periodMonth = month;
        line.personNo = query.value(3).toString();
        line.serviceForm = query.value(4).toString();
        line.serviceFrom = date(query.value(5));
        line.serviceTo = date(query.value(6));
        line.days = query.value(7).toInt();
        line.amount = query.value(8).toLongLong();
        lines.append(std::move(line));
    }
    return lines;
}

std::optional<AuditRun> runAudit(QSqlDatabase &db, const QString &period, const QString &username, bool store,
                                 QString *error)
{
    std::optional<AuditRun> run = audit(db, period, loadFacts(db, period), error);
    if (run && store && !storeRun(db, *run, username, error))
        return std::nullopt;
    return run;
}

std::optional<AuditRun> whatIf(QSqlDatabase &db, const QString &period, const PolicySet &policies, QString *error)
{
    Facts facts = loadFacts(db, period);
    facts.policies = policies;
    return audit(db, period, std::move(facts), error);
}

QList<LineResult> storedResults(QSqlDatabase &db, const QString &period)
{
    QList<LineResult> results;
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT claim_no, line_no, person_no, institution_code, claimed_fen, "
                                              "allowed_fen, deducted_fen, fund_fen, personal_fen, deposit_fen, "
                                              "declared_days, paid_days, reasons, policy FROM settlement_results WHERE "
                                              "period = ? ORDER BY claim_no, line_no"),
                               {period});
    while (query.next()) {
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
        results.append(std::move(r));
    }
    return results;
}

} // namespace ltc::settlement
