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
    // Before the first audit the month's claimed amount is what the institutions declared; once
    // audited, addResultTotals replaces it with the audited lines' claims.
    QSqlQuery declared = querySql(db,
                                  QStringLiteral("SELECT institution_code, COUNT(*), SUM(amount_fen) FROM claim_lines "
                                                 "WHERE period = ? GROUP BY institution_code"),
                                  {period}, error);
    while (declared.next()) {
        BatchRow &row = rows[declared.value(0).toString()];
        row.declaredLines = declared.value(1).toLongLong();
        row.totals.claimed = declared.value(2).toLongLong();
    }
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
