#include "settlementrules.h"

#include <QSet>
#include <algorithm>

namespace ltc::settlement {
namespace {

bool within(QDate day, QDate from, QDate to) { return day >= from && (to.isNull() || day <= to); }

bool insuredOn(const PersonFacts &person, QDate day)
{
    return day >= person.enrolledOn && (person.insuredUntil.isNull() || day <= person.insuredUntil)
           && (person.diedOn.isNull() || day <= person.diedOn);
}

// The conclusion that applies on `day`: the latest concluded_on whose benefit start is on or
// before the day (a newer conclusion supersedes an older one from its own benefit start).
const Conclusion *applicableConclusion(const PersonFacts &person, const Policy *policy, QDate day)
{
    const Conclusion *best = nullptr;
    for (const Conclusion &conclusion : person.conclusions) {
        const QDate start = policy ? policy->benefitStartFor(conclusion.concludedOn)
                                   : conclusion.concludedOn.addMonths(1).addDays(1 - conclusion.concludedOn.addMonths(1).day());
        if (start <= day && (!best || conclusion.concludedOn > best->concludedOn))
            best = &conclusion;
    }
    return best;
}

bool inHospital(const PersonFacts &person, QDate day)
{
    return std::any_of(person.stays.cbegin(), person.stays.cend(), [day](const HospitalStay &stay) {
        return day >= stay.admittedOn && (stay.dischargedOn.isNull() || day < stay.dischargedOn);
    });
}

struct DayVerdict {
    QString reason;  // empty: paid
    int level = 0;
    const Policy *policy = nullptr;
};

// The first reason that refuses `day`, in the order of CONTRACT.md, or a paid day with its level.
DayVerdict judgeDay(const ClaimLine &line, const PersonFacts *person, const InstitutionFacts *institution,
                    const Facts &facts, QDate day)
{
    if (!person || !insuredOn(*person, day))
        return {reason::NotInsured};
    const Policy *policy = facts.policies.policyFor(person->district, day);
    const Conclusion *conclusion = applicableConclusion(*person, policy, day);
    if (!conclusion || day > conclusion->validUntil)
        return {reason::NoEntitlement};
    if (!policy || !policy->isEligibleLevel(conclusion->level))
        return {reason::LevelNotEligible};
    if (conclusion->serviceForm != line.serviceForm
        || (!conclusion->institutionCode.isEmpty() && conclusion->institutionCode != line.institutionCode)
        || !policy->serviceForm(line.serviceForm))
        return {reason::WrongServiceForm};
    if (!institution || !within(day, institution->agreementFrom, institution->agreementTo)
        || (!institution->suspendedFrom.isNull() && within(day, institution->suspendedFrom, institution->suspendedTo)))
        return {reason::NoAgreement};
    if (!institution->serviceForms.contains(line.serviceForm))
        return {reason::WrongServiceForm};
    if (inHospital(*person, day))
        return {reason::InHospital};
    return {QString(), conclusion->level, policy};
}

bool declarationIsSound(const ClaimLine &line)
{
    if (!line.serviceFrom.isValid() || !line.serviceTo.isValid() || line.serviceTo < line.serviceFrom)
        return false;
    const QDate first(line.periodYear, line.periodMonth, 1);
    if (!first.isValid() || line.serviceFrom < first || line.serviceTo > first.addMonths(1).addDays(-1))
        return false;
    return line.days == line.serviceFrom.daysTo(line.serviceTo) + 1;
}

// The standard for the paid days: per_day rates add up; per_month rates are a month's rate
// spread over the days of the month, divided once at the end.
Fen standardFor(const ClaimLine &line, int grade, const QList<DayVerdict> &paid)
{
    Fen perDay = 0;
    Fen perMonthSum = 0;
    for (const DayVerdict &day : paid) {
        const ServiceFormRates *form = day.policy->serviceForm(line.serviceForm);
        const Fen rate = day.policy->rateFen(line.serviceForm, day.level, grade);
        if (form->basis == RateBasis::PerDay)
            perDay += rate;
        else
            perMonthSum += rate;
    }
    const int daysInMonth = QDate(line.periodYear, line.periodMonth, 1).daysInMonth();
    return perDay + mulDivRoundHalfUp(perMonthSum, 1, daysInMonth);
}

LineResult refusedWhole(const ClaimLine &line, const QString &code)
{
    LineResult result;
    result.claimed = line.amount;
    result.deducted = line.amount;
    result.declaredDays = line.days;
    result.reasons = {code};
    return result;
}

class Auditor {
public:
    explicit Auditor(const Facts &facts) : m_facts(facts) {}
    LineResult audit(const ClaimLine &line);

private:
    void applyShares(const ClaimLine &line, const PersonFacts *person, LineResult &result) const;
    const Facts &m_facts;
    QHash<QString, QSet<QDate>> m_paidDays;  // person → days already paid this month
};

LineResult Auditor::audit(const ClaimLine &line)
{
    if (!declarationIsSound(line))
        return refusedWhole(line, reason::BadDeclaration);
    const auto personIt = m_facts.persons.constFind(line.personNo);
    const PersonFacts *person = personIt == m_facts.persons.constEnd() ? nullptr : &*personIt;
    const auto institutionIt = m_facts.institutions.constFind(line.institutionCode);
    const InstitutionFacts *institution = institutionIt == m_facts.institutions.constEnd() ? nullptr : &*institutionIt;

    QSet<QString> reasons;
    QList<DayVerdict> paid;
    QSet<QDate> &alreadyPaid = m_paidDays[line.personNo];
    for (QDate day = line.serviceFrom; day <= line.serviceTo; day = day.addDays(1)) {
        DayVerdict verdict = judgeDay(line, person, institution, m_facts, day);
        if (verdict.reason.isEmpty() && alreadyPaid.contains(day))
            verdict.reason = reason::AlreadyPaid;
        if (!verdict.reason.isEmpty()) {
            reasons.insert(verdict.reason);
            continue;
        }
        alreadyPaid.insert(day);
        paid.append(verdict);
    }
    LineResult result;
    result.claimed = line.amount;
    result.declaredDays = line.days;
    result.paidDays = int(paid.size());
    const Fen eligible = mulDivRoundHalfUp(line.amount, paid.size(), line.days);
    const Fen standard = paid.isEmpty() ? 0 : standardFor(line, institution->grade, paid);
    result.allowed = std::min(eligible, standard);
    if (eligible > standard)
        reasons.insert(reason::AboveStandard);
    result.deducted = line.amount - result.allowed;
    result.reasons = QStringList(reasons.cbegin(), reasons.cend());
    result.reasons.sort();
    applyShares(line, person, result);
    return result;
}

// Fund and personal shares and the deposit, by the policy in force on the last declared day.
void Auditor::applyShares(const ClaimLine &line, const PersonFacts *person, LineResult &result) const
{
    const Policy *policy = person ? m_facts.policies.policyFor(person->district, line.serviceTo) : nullptr;
    if (!policy)
        return;
    result.policy = policy->region + QLatin1Char('/') + policy->effectiveFrom.toString(Qt::ISODate);
    result.fund = applyPermille(result.allowed, policy->fundRatioPermille);
    result.personal = result.allowed - result.fund;
    result.deposit = applyPermille(result.fund, policy->qualityDepositPermille);
}

bool judgedBefore(const ClaimLine &a, const ClaimLine &b)
{
    const int byClaim = QString::compare(a.claimNo, b.claimNo, Qt::CaseSensitive);
    return byClaim != 0 ? byClaim < 0 : a.lineNo < b.lineNo;
}
} // namespace

QList<LineResult> auditLines(QList<ClaimLine> lines, const Facts &facts)
{
    std::stable_sort(lines.begin(), lines.end(), judgedBefore);
    Auditor auditor(facts);
    QList<LineResult> results;
    results.reserve(lines.size());
    for (const ClaimLine &line : lines) {
        LineResult result = auditor.audit(line);
        result.claimNo = line.claimNo;
        result.lineNo = line.lineNo;
        result.personNo = line.personNo;
        result.institutionCode = line.institutionCode;
        results.append(std::move(result));
    }
    return results;
}

} // namespace ltc::settlement
