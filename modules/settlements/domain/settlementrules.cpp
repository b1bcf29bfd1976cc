#include "settlementrules.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>
#include <array>

namespace ltc::settlement {
namespace {

// The codes as bits, in CONTRACT.md's numbering: bit n-1 is Rn.
constexpr quint16 bit(int n) { return quint16(1u << (n - 1)); }
constexpr quint16 kR01 = bit(1), kR02 = bit(2), kR03 = bit(3), kR04 = bit(4), kR05 = bit(5), kR06 = bit(6),
                  kR07 = bit(7), kR08 = bit(8), kR09 = bit(9);

QStringList reasonCodes(quint16 bits)
{
    static const std::array<QString, 9> codes{reason::NoEntitlement, reason::NotInsured,     reason::NoAgreement,
                                              reason::InHospital,    reason::AlreadyPaid,    reason::AboveStandard,
                                              reason::WrongServiceForm, reason::BadDeclaration, reason::LevelNotEligible};
    QStringList list;
    for (int n = 1; n <= 9; ++n) {
        if (bits & bit(n))
            list << codes[size_t(n - 1)];
    }
    return list;  // R01 … R09: already in sorted order
}

qint64 jd(QDate date, qint64 fallback) { return date.isValid() ? date.toJulianDay() : fallback; }
constexpr qint64 kNever = std::numeric_limits<qint64>::max();
constexpr qint64 kAlways = std::numeric_limits<qint64>::min();

// What a policy says about one line's service form and institution grade, computed once per
// line and policy rather than once per day.
struct PolicyTerms {
    const Policy *policy = nullptr;
    bool formCovered = false;
    RateBasis basis = RateBasis::PerDay;
    std::array<Fen, 6> rateByLevel{};
    quint8 eligibleLevels = 0;  // bit per level 0-5

    PolicyTerms() = default;
    PolicyTerms(const Policy *p, const QString &form, int grade) : policy(p)
    {
        if (!p)
            return;
        for (int level : p->eligibleLevels)
            eligibleLevels |= quint8(1u << level);
        const ServiceFormRates *rates = p->serviceForm(form);
        formCovered = rates != nullptr;
        if (!rates)
            return;
        basis = rates->basis;
        for (int level = 0; level < 6; ++level)
            rateByLevel[size_t(level)] = p->rateFen(form, level, grade);
    }
};

// A person's conclusion as the line sees it: when it starts paying, until when, and whether it
// covers the line's service form and institution.
struct Entitlement {
    qint64 concluded = 0;
    qint64 start = 0;
    qint64 validUntil = 0;
    int level = 0;
    bool coversLine = false;
};

// Few conclusions per person: kept on the stack.
using Entitlements = QVarLengthArray<Entitlement, 4>;

Entitlements entitlementsFor(const PersonFacts &person, const ClaimLine &line)
{
    Entitlements list;
    for (const Conclusion &c : person.conclusions) {
        // Every accepted policy starts benefits "next_month" (Policy::fromJson refuses others),
        // so the start does not depend on which version is in force on the day.
        const int month = c.concludedOn.month();
        const QDate start(c.concludedOn.year() + month / 12, month % 12 + 1, 1);
        list.append({c.concludedOn.toJulianDay(), start.toJulianDay(), jd(c.validUntil, kAlways), c.level,
                     c.serviceForm == line.serviceForm
                         && (c.institutionCode.isEmpty() || c.institutionCode == line.institutionCode)});
    }
    // The latest conclusion first: on each day the first one already paying applies.
    std::sort(list.begin(), list.end(), [](const Entitlement &a, const Entitlement &b) { return a.concluded > b.concluded; });
    return list;
}

const Entitlement *entitlementOn(const Entitlements &list, qint64 day)
{
    for (const Entitlement &e : list) {
        if (e.start <= day)
            return &e;
    }
    return nullptr;
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

// Days of the line (bit i = the line's i-th day) in hospital: from admission up to, not
// including, discharge.
quint32 hospitalDays(const PersonFacts &person, qint64 first, int days)
{
    quint32 mask = 0;
    for (const HospitalStay &stay : person.stays) {
        const qint64 from = std::max(stay.admittedOn.toJulianDay(), first);
        const qint64 to = std::min(jd(stay.dischargedOn, kNever) - 1, first + days - 1);
        for (qint64 day = from; day <= to; ++day)
            mask |= 1u << (day - first);
    }
    return mask;
}

struct TermsKey {
    const Policy *policy;
    QString form;
    int grade;
    bool operator==(const TermsKey &other) const
    {
        return policy == other.policy && grade == other.grade && form == other.form;
    }
};
size_t qHash(const TermsKey &key, size_t seed = 0)
{
    return qHashMulti(seed, quintptr(key.policy), key.form, key.grade);
}

class Auditor {
public:
    explicit Auditor(const Facts &facts) : m_facts(facts) {}
    LineResult audit(const ClaimLine &line);

private:
    const std::array<const Policy *, 31> &policiesOfMonth(const QString &district, int year, int month);
    void applyShares(const ClaimLine &line, const PersonFacts *person, LineResult &result);
    const PolicyTerms &termsFor(const Policy *policy, const QString &form, int grade);
    const QString &labelOf(const Policy *policy);

    const Facts &m_facts;
    // The policy in force on each day of a month, per district: looked up once, not per day.
    QHash<QString, std::array<const Policy *, 31>> m_policyDays;
    int m_policyMonth = 0;
    QString m_lastDistrict;
    const std::array<const Policy *, 31> *m_lastDays = nullptr;
    // Per person, the days of the month already paid (bit d-1 = day d), per month.
    QHash<int, QHash<QString, quint32>> m_paid;
    QHash<QString, quint32> *m_paidMonth = nullptr;  // the month of the lines being judged
    int m_paidMonthKey = 0;
    QHash<TermsKey, PolicyTerms> m_terms;
    QHash<const Policy *, QString> m_labels;
};

const PolicyTerms &Auditor::termsFor(const Policy *policy, const QString &form, int grade)
{
    const TermsKey key{policy, form, grade};
    auto it = m_terms.find(key);
    if (it == m_terms.end())
        it = m_terms.insert(key, PolicyTerms(policy, form, grade));
    return *it;
}

// "region/effective_from", the version a result was computed under; formatted once per policy.
const QString &Auditor::labelOf(const Policy *policy)
{
    auto it = m_labels.find(policy);
    if (it == m_labels.end())
        it = m_labels.insert(policy, policyLabel(*policy));
    return *it;
}

const std::array<const Policy *, 31> &Auditor::policiesOfMonth(const QString &district, int year, int month)
{
    const int monthKey = year * 12 + month;
    if (monthKey != m_policyMonth) {
        m_policyDays.clear();
        m_lastDays = nullptr;
        m_policyMonth = monthKey;
    }
    if (m_lastDays && district == m_lastDistrict)
        return *m_lastDays;  // lines come grouped by claim, mostly of one district
    auto it = m_policyDays.find(district);
    if (it == m_policyDays.end()) {
        std::array<const Policy *, 31> days{};
        const QDate first(year, month, 1);
        for (int d = 0; d < first.daysInMonth(); ++d)
            days[size_t(d)] = m_facts.policies.policyFor(district, first.addDays(d));
        it = m_policyDays.insert(district, days);
    }
    m_lastDistrict = district;
    m_lastDays = &*it;
    return *it;
}

LineResult Auditor::audit(const ClaimLine &line)
{
    LineResult result;
    result.claimed = line.amount;
    result.declaredDays = line.days;
    if (!declarationIsSound(line)) {
        result.deducted = line.amount;
        result.reasons = {reason::BadDeclaration};
        return result;
    }
    const auto personIt = m_facts.persons.constFind(line.personNo);
    const PersonFacts *person = personIt == m_facts.persons.constEnd() ? nullptr : &*personIt;
    const auto institutionIt = m_facts.institutions.constFind(line.institutionCode);
    const InstitutionFacts *institution = institutionIt == m_facts.institutions.constEnd() ? nullptr : &*institutionIt;
    const qint64 first = line.serviceFrom.toJulianDay();
    const int firstDayIndex = line.serviceFrom.day() - 1;
    const int grade = institution ? institution->grade : 0;

    // Everything that does not change from day to day, once per line.
    const std::array<const Policy *, 31> *policies =
        person ? &policiesOfMonth(person->district, line.periodYear, line.periodMonth) : nullptr;
    const Entitlements entitlements = person ? entitlementsFor(*person, line) : Entitlements();
    const qint64 insuredFrom = person ? person->enrolledOn.toJulianDay() : kNever;
    const qint64 insuredTo = person ? std::min(jd(person->insuredUntil, kNever), jd(person->diedOn, kNever)) : kAlways;
    const qint64 agreedFrom = institution ? institution->agreementFrom.toJulianDay() : kNever;
    const qint64 agreedTo = institution ? jd(institution->agreementTo, kNever) : kAlways;
    const qint64 suspendedFrom = institution ? jd(institution->suspendedFrom, kNever) : kNever;
    const qint64 suspendedTo = institution ? jd(institution->suspendedTo, kNever) : kNever;
    const bool formAgreed = institution && institution->serviceForms.contains(line.serviceForm);
    const quint32 inHospital = person ? hospitalDays(*person, first, line.days) : 0;
    const int monthKey = line.periodYear * 12 + line.periodMonth;
    if (!m_paidMonth || monthKey != m_paidMonthKey) {
        m_paidMonth = &m_paid[monthKey];
        m_paidMonthKey = monthKey;
    }
    quint32 &paidThisMonth = (*m_paidMonth)[line.personNo];

    static const PolicyTerms noTerms;
    const PolicyTerms *terms = &noTerms;
    quint16 reasons = 0;
    int paidDays = 0;
    Fen perDaySum = 0;
    Fen perMonthSum = 0;
    for (int i = 0; i < line.days; ++i) {
        const qint64 day = first + i;
        const int dayIndex = firstDayIndex + i;
        // The first reason that applies, in CONTRACT.md's order.
        if (day < insuredFrom || day > insuredTo) {
            reasons |= kR02;
            continue;
        }
        const Entitlement *entitlement = entitlementOn(entitlements, day);
        if (!entitlement || day > entitlement->validUntil) {
            reasons |= kR01;
            continue;
        }
        const Policy *policy = (*policies)[size_t(dayIndex)];
        if (policy != terms->policy)
            terms = &termsFor(policy, line.serviceForm, grade);
        // No policy in force means no level is eligible.
        if (!policy || !(terms->eligibleLevels & (1u << entitlement->level))) {
            reasons |= kR09;
            continue;
        }
        if (!entitlement->coversLine || !terms->formCovered) {
            reasons |= kR07;
            continue;
        }
        if (day < agreedFrom || day > agreedTo || (day >= suspendedFrom && day <= suspendedTo)) {
            reasons |= kR03;
            continue;
        }
        if (!formAgreed) {
            reasons |= kR07;
            continue;
        }
        if (inHospital & (1u << i)) {
            reasons |= kR04;
            continue;
        }
        if (paidThisMonth & (1u << dayIndex)) {
            reasons |= kR05;
            continue;
        }
        paidThisMonth |= 1u << dayIndex;
        ++paidDays;
        const Fen rate = terms->rateByLevel[size_t(entitlement->level)];
        (terms->basis == RateBasis::PerDay ? perDaySum : perMonthSum) += rate;
    }
    // Pro rata over the paid days; the standard spreads a monthly rate over the month's days;
    // each division rounds once, at its end.
    const Fen eligible = mulDivRoundHalfUp(line.amount, paidDays, line.days);
    const Fen standard = perDaySum + mulDivRoundHalfUp(perMonthSum, 1, line.serviceFrom.daysInMonth());
    result.paidDays = paidDays;
    result.allowed = std::min(eligible, standard);
    if (eligible > standard)
        reasons |= kR06;
    result.deducted = line.amount - result.allowed;
    result.reasons = reasonCodes(reasons);
    applyShares(line, person, result);
    return result;
}

// Fund and personal shares and the deposit, by the policy in force on the last declared day.
void Auditor::applyShares(const ClaimLine &line, const PersonFacts *person, LineResult &result)
{
    if (!person)
        return;
    const Policy *policy =
        policiesOfMonth(person->district, line.periodYear, line.periodMonth)[size_t(line.serviceTo.day() - 1)];
    if (!policy)
        return;
    result.policy = labelOf(policy);
    const Shares shares = sharesOf(result.allowed, *policy);
    result.fund = shares.fund;
    result.personal = shares.personal;
    result.deposit = shares.deposit;
}

bool judgedBefore(const ClaimLine &a, const ClaimLine &b)
{
    const int byClaim = QString::compare(a.claimNo, b.claimNo, Qt::CaseSensitive);
    return byClaim != 0 ? byClaim < 0 : a.lineNo < b.lineNo;
}
} // namespace

Shares sharesOf(Fen allowed, const Policy &policy)
{
    Shares shares;
    shares.fund = applyPermille(allowed, policy.fundRatioPermille);
    shares.personal = allowed - shares.fund;
    shares.deposit = applyPermille(shares.fund, policy.qualityDepositPermille);
    return shares;
}

QString policyLabel(const Policy &policy)
{
    return policy.region + QLatin1Char('/') + policy.effectiveFrom.toString(Qt::ISODate);
}

const Policy *policyByLabel(const PolicySet &policies, const QString &label)
{
    for (const Policy &policy : policies.all()) {
        if (policyLabel(policy) == label)
            return &policy;
    }
    return nullptr;
}

std::optional<int> applicableLevel(const PersonFacts &person, QDate day)
{
    const Entitlements list = entitlementsFor(person, ClaimLine{});
    const Entitlement *entitlement = entitlementOn(list, day.toJulianDay());
    return entitlement ? std::optional<int>(entitlement->level) : std::nullopt;
}

QList<LineResult> auditLines(QList<ClaimLine> lines, const Facts &facts)
{
    if (!std::is_sorted(lines.cbegin(), lines.cend(), judgedBefore))
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
