#include "settlements/domain/settlementrules.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <optional>
#include <utility>

namespace ltc::settlement {
namespace {

// The codes as bits, in CONTRACT.md's numbering: bit n-1 is Rn.
constexpr quint16 bit(int n) { return quint16(1u << (n - 1)); }
constexpr quint16 kR01 = bit(1), kR02 = bit(2), kR03 = bit(3), kR04 = bit(4), kR05 = bit(5), kR06 = bit(6),
                  kR07 = bit(7), kR08 = bit(8), kR09 = bit(9), kR10 = bit(10);
constexpr int kReasonCount = 10;

QStringList reasonCodes(quint16 bits)
{
    static const std::array<QString, kReasonCount> codes{
        reason::NoEntitlement,    reason::NotInsured,     reason::NoAgreement,      reason::InHospital,
        reason::AlreadyPaid,      reason::AboveStandard,  reason::WrongServiceForm, reason::BadDeclaration,
        reason::LevelNotEligible, reason::CaregiverNotAllowed};
    QStringList list;
    for (int n = 1; n <= kReasonCount; ++n) {
        if (bits & bit(n))
            list << codes[size_t(n - 1)];
    }
    return list;  // R01 … R10: already in sorted order
}

qint64 jd(QDate date, qint64 fallback) { return date.isValid() ? date.toJulianDay() : fallback; }
constexpr qint64 kNever = std::numeric_limits<qint64>::max();
constexpr qint64 kAlways = std::numeric_limits<qint64>::min();

// The same text, compared in one memcmp: the auditor compares each line's person, institution
// and form with the previous line's, and QString's operator== goes the long way through a
// general comparison in QtCore.
bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size()
           && (a.isEmpty() || std::memcmp(a.constData(), b.constData(), size_t(a.size()) * sizeof(QChar)) == 0);
}

// What a policy says about one service form and institution grade, computed once per policy,
// form and grade rather than once per day.
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
const PolicyTerms kNoTerms;

// A person's conclusion as the rules see it: when it starts paying, until when, and whether it
// covers the service form and institution of the line being judged — the conclusion's own, or
// from a care dispatch's day on the dispatch's (one entitlement per dispatch).
struct Entitlement {
    qint64 concluded = 0;
    qint64 start = 0;
    qint64 validUntil = 0;
    int level = 0;
    const QString *serviceForm = nullptr;
    const QString *institutionCode = nullptr;  // empty: any institution
    qint64 assigned = 0;                        // the dispatch's day; 0: the conclusion's own terms
    const QString *recordedAt = nullptr;        // the dispatch's
    bool coversLine = false;  // for the line being judged (Auditor::markCoveringConclusions)
};

// Few conclusions per person: kept on the stack.
using Entitlements = QVarLengthArray<Entitlement, 4>;

Entitlements entitlementsOf(const PersonFacts &person)
{
    static const QString kNotRecorded;
    Entitlements list;
    for (const Conclusion &c : person.conclusions) {
        // Every accepted policy starts benefits "next_month" (Policy::fromJson refuses others),
        // so the start does not depend on which version is in force on the day.
        int year = 0;
        int month = 0;
        c.concludedOn.getDate(&year, &month, nullptr);
        const QDate start(year + month / 12, month % 12 + 1, 1);
        const Entitlement own{c.concludedOn.toJulianDay(), start.toJulianDay(), jd(c.validUntil, kAlways), c.level,
                              &c.serviceForm, &c.institutionCode, 0, &kNotRecorded, false};
        list.append(own);
        for (const CareAssignment &a : person.assignments) {
            if (a.conclusionOn != c.concludedOn)
                continue;
            Entitlement dispatched = own;
            dispatched.assigned = a.from.toJulianDay();
            dispatched.start = std::max(own.start, dispatched.assigned);
            dispatched.serviceForm = &a.serviceForm;
            dispatched.institutionCode = &a.institutionCode;
            dispatched.recordedAt = &a.recordedAt;
            list.append(dispatched);
        }
    }
    // The latest conclusion first, and within it the latest dispatch: on each day the first one
    // already paying applies.
    std::sort(list.begin(), list.end(), [](const Entitlement &a, const Entitlement &b) {
        if (a.concluded != b.concluded)
            return a.concluded > b.concluded;
        if (a.assigned != b.assigned)
            return a.assigned > b.assigned;
        return *a.recordedAt > *b.recordedAt;
    });
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

// Days of the month (bit i = the month's day i + 1) the person was in hospital: from admission
// up to, not including, discharge.
quint32 hospitalDays(const PersonFacts &person, qint64 monthFirst, int monthDays)
{
    quint32 mask = 0;
    for (const HospitalStay &stay : person.stays) {
        const qint64 from = std::max(stay.admittedOn.toJulianDay(), monthFirst);
        const qint64 to = std::min(jd(stay.dischargedOn, kNever) - 1, monthFirst + monthDays - 1);
        for (qint64 day = from; day <= to; ++day)
            mask |= 1u << (day - monthFirst);
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

// The policy in force on each day of a month (index: day - 1).
using DayPolicies = std::array<const Policy *, 31>;
const DayPolicies kNoPolicies{};

// Judges lines one after another. Lines come sorted by claim, and a claim's lines of one person
// follow each other, mostly at one institution and in one form: whatever depends only on the
// month, the person, the institution or the form is worked out when that changes, not for every
// line (dates as julian day numbers, the person's conclusions, the month's policies and paid
// days). A line's own work is then a loop over its days on integers and bit masks.
class Auditor {
public:
    // `lines`: how many lines will be judged, to size the table of paid days once.
    Auditor(const Facts &facts, qsizetype lines) : m_facts(facts)
    {
        m_paidDays.reserve(std::min(lines, m_facts.persons.size()));
    }
    // Fills everything in `result` but the line's identity (claim, line, person, institution).
    void audit(const ClaimLine &line, LineResult &result);

private:
    void useMonth(int year, int month);
    bool declarationIsSound(const ClaimLine &line) const;
    void usePerson(const QString &personNo);
    void usePersonMonth();
    void useInstitution(const QString &code);
    void useInstitutionMonth();
    void useCaregiver(const QString &staffNo);
    void markCoveringConclusions();
    void applyShares(const ClaimLine &line, LineResult &result);
    const DayPolicies &policiesOfMonth(const QString &district);
    const PolicyTerms &termsFor(const Policy *policy);
    const QString &labelOf(const Policy *policy);
    const QStringList &reasonList(quint16 bits);

    const Facts &m_facts;
    bool m_started = false;  // false: nothing below describes a line yet

    // The line's month: its first day, and its length (0: not a month).
    int m_year = 0;
    int m_month = 0;
    qint64 m_monthFirst = 0;
    int m_monthDays = 0;

    // The line's person (null: not among the facts, so never insured), with the dates that
    // matter as julian day numbers.
    QString m_personNo;
    const PersonFacts *m_person = nullptr;
    qint64 m_insuredFrom = kNever;
    qint64 m_insuredTo = kAlways;
    Entitlements m_entitlements;

    // The person in the line's month: the policies by day, the days already paid (bit d-1 =
    // day d) and the days in hospital (the same bits).
    bool m_personMonthStale = true;
    const DayPolicies *m_policies = &kNoPolicies;
    quint32 *m_paid = &m_nothingPaid;
    quint32 m_nothingPaid = 0;  // an unknown person's: no day of theirs is ever paid
    quint32 m_inHospital = 0;

    // The line's institution (null: unknown, so no agreement), and in the line's month the days
    // it may be paid for (agreement in force, settlement not suspended: bit d-1 = day d).
    QString m_institutionCode;
    const InstitutionFacts *m_institution = nullptr;
    int m_grade = 0;
    bool m_institutionMonthStale = true;
    quint32 m_settleDays = 0;

    // The line's service form, and the days of the month whose agreement includes it.
    QString m_form;
    quint32 m_formAgreedDays = 0;

    // The line's caregiver (empty: none named, not checked) and, in the month, the days they may
    // be paid for at the line's institution (rule R10).
    QString m_caregiverNo;
    bool m_caregiverStale = true;
    quint32 m_caregiverDays = 0;
    const PolicyTerms *m_terms = &kNoTerms;  // of the last policy met, for this form and grade

    // Per month and district, the policies by day: looked up once, not per day.
    QHash<QString, DayPolicies> m_policyDays;
    QString m_lastDistrict;
    const DayPolicies *m_lastDays = nullptr;
    // Per person and month (year * 12 + month), the days already paid. Grows only in
    // usePersonMonth, which takes m_paid again, so m_paid never points into a moved entry.
    QHash<std::pair<const PersonFacts *, int>, quint32> m_paidDays;
    // Grows only in termsFor, whose answer replaces m_terms: the same reasoning.
    QHash<TermsKey, PolicyTerms> m_termsByKey;
    QHash<const Policy *, QString> m_labels;
    const Policy *m_labelPolicy = nullptr;
    const QString *m_label = nullptr;
    // The reasons of a bit set, built once per set: lines then share one implicitly shared list.
    std::array<QStringList, 1u << kReasonCount> m_reasonLists;
};

const PolicyTerms &Auditor::termsFor(const Policy *policy)
{
    const TermsKey key{policy, m_form, m_grade};
    auto it = m_termsByKey.find(key);
    if (it == m_termsByKey.end())
        it = m_termsByKey.insert(key, PolicyTerms(policy, m_form, m_grade));
    return *it;
}

// "region/effective_from", the version a result was computed under; formatted once per policy,
// and mostly the same as the previous line's.
const QString &Auditor::labelOf(const Policy *policy)
{
    if (policy != m_labelPolicy) {
        auto it = m_labels.constFind(policy);
        if (it == m_labels.constEnd())
            it = m_labels.insert(policy, policyLabel(*policy));
        m_labelPolicy = policy;
        m_label = &*it;  // m_labels grows only here
    }
    return *m_label;
}

const QStringList &Auditor::reasonList(quint16 bits)
{
    QStringList &list = m_reasonLists[bits];
    if (list.isEmpty() && bits != 0)
        list = reasonCodes(bits);
    return list;
}

const DayPolicies &Auditor::policiesOfMonth(const QString &district)
{
    if (m_lastDays && sameText(district, m_lastDistrict))
        return *m_lastDays;  // persons come mostly of one district
    auto it = m_policyDays.find(district);
    if (it == m_policyDays.end()) {
        DayPolicies days{};
        const QDate first = QDate::fromJulianDay(m_monthFirst);
        for (int d = 0; d < m_monthDays; ++d)
            days[size_t(d)] = m_facts.policies.policyFor(district, first.addDays(d));
        it = m_policyDays.insert(district, days);
    }
    m_lastDistrict = district;
    m_lastDays = &*it;
    return *it;
}

void Auditor::useMonth(int year, int month)
{
    m_year = year;
    m_month = month;
    const QDate first(year, month, 1);
    m_monthFirst = first.isValid() ? first.toJulianDay() : 0;
    m_monthDays = first.isValid() ? first.daysInMonth() : 0;
    m_policyDays.clear();
    m_lastDays = nullptr;
    m_personMonthStale = true;
    m_institutionMonthStale = true;
    m_caregiverStale = true;
}

// Rule 1 but for the days outside the period: a line of the month whose days add up.
bool Auditor::declarationIsSound(const ClaimLine &line) const
{
    if (m_monthDays == 0 || !line.serviceFrom.isValid() || !line.serviceTo.isValid())
        return false;
    const qint64 from = line.serviceFrom.toJulianDay();
    const qint64 to = line.serviceTo.toJulianDay();
    return from >= m_monthFirst && to >= from && to < m_monthFirst + m_monthDays && line.days == to - from + 1;
}

void Auditor::usePerson(const QString &personNo)
{
    m_personNo = personNo;
    const auto it = m_facts.persons.constFind(personNo);
    m_person = it == m_facts.persons.constEnd() ? nullptr : &*it;
    m_insuredFrom = m_person ? m_person->enrolledOn.toJulianDay() : kNever;
    m_insuredTo = m_person ? std::min(jd(m_person->insuredUntil, kNever), jd(m_person->diedOn, kNever)) : kAlways;
    m_entitlements = m_person ? entitlementsOf(*m_person) : Entitlements();
}

void Auditor::usePersonMonth()
{
    m_personMonthStale = false;
    if (!m_person) {
        m_policies = &kNoPolicies;
        m_paid = &m_nothingPaid;
        m_inHospital = 0;
        return;
    }
    m_policies = &policiesOfMonth(m_person->district);
    m_paid = &m_paidDays[{m_person, m_year * 12 + m_month}];
    m_inHospital = hospitalDays(*m_person, m_monthFirst, m_monthDays);
}

void Auditor::useInstitution(const QString &code)
{
    m_institutionCode = code;
    const auto it = m_facts.institutions.constFind(code);
    m_institution = it == m_facts.institutions.constEnd() ? nullptr : &*it;
    const int grade = m_institution ? m_institution->grade : 0;
    if (grade != m_grade)
        m_terms = &kNoTerms;  // rates depend on the grade
    m_grade = grade;
    m_institutionMonthStale = true;
    m_caregiverStale = true;  // whether they may be paid depends on where they worked
}

// The institution's days of the month as core/standing.h answers them: paid at all (R03), and
// in the line's form (R07). Once per institution, form and month, not per day.
void Auditor::useInstitutionMonth()
{
    m_institutionMonthStale = false;
    m_settleDays = 0;
    m_formAgreedDays = 0;
    if (!m_institution)
        return;
    const QDate first = QDate::fromJulianDay(m_monthFirst);
    for (int d = 0; d < m_monthDays; ++d) {
        const QDate day = first.addDays(d);
        if (m_institution->maySettleOn(day))
            m_settleDays |= 1u << d;
        if (m_institution->serviceFormsOn(day).contains(m_form))
            m_formAgreedDays |= 1u << d;
    }
}

// The caregiver's payable days of the month at the line's institution (R10): after a change of
// caregiver, institution or month.
void Auditor::useCaregiver(const QString &staffNo)
{
    m_caregiverNo = staffNo;
    m_caregiverStale = false;
    m_caregiverDays = 0;
    const auto it = m_facts.staff.constFind(staffNo);
    if (staffNo.isEmpty() || it == m_facts.staff.constEnd())
        return;  // none named: not checked; unknown: never payable
    const QDate first = QDate::fromJulianDay(m_monthFirst);
    for (int d = 0; d < m_monthDays; ++d) {
        if (it->mayBePaidOn(m_institutionCode, first.addDays(d)))
            m_caregiverDays |= 1u << d;
    }
}

// After a change of person, institution or form: which of the person's conclusions (or their
// dispatches) name the line's form, and its institution if they name one.
void Auditor::markCoveringConclusions()
{
    for (Entitlement &e : m_entitlements) {
        e.coversLine = sameText(*e.serviceForm, m_form)
                       && (e.institutionCode->isEmpty() || sameText(*e.institutionCode, m_institutionCode));
    }
}

void Auditor::audit(const ClaimLine &line, LineResult &result)
{
    result.claimed = line.amount;
    result.declaredDays = line.days;
    if (line.periodYear != m_year || line.periodMonth != m_month)
        useMonth(line.periodYear, line.periodMonth);
    if (!declarationIsSound(line)) {
        result.deducted = line.amount;
        result.reasons = reasonList(kR08);
        return;
    }
    // Everything that does not change from day to day, and mostly not from line to line.
    const bool newPerson = !m_started || !sameText(line.personNo, m_personNo);
    const bool newInstitution = !m_started || !sameText(line.institutionCode, m_institutionCode);
    const bool newForm = !m_started || !sameText(line.serviceForm, m_form);
    m_started = true;
    if (newPerson)
        usePerson(line.personNo);
    if (newPerson || m_personMonthStale)
        usePersonMonth();
    if (newInstitution)
        useInstitution(line.institutionCode);
    if (newForm) {
        m_form = line.serviceForm;
        m_terms = &kNoTerms;  // the terms are the form's
    }
    if (newInstitution || newForm || m_institutionMonthStale)
        useInstitutionMonth();
    if (newPerson || newInstitution || newForm)
        markCoveringConclusions();
    const bool checkCaregiver = !line.caregiverNo.isEmpty();
    if (checkCaregiver && (m_caregiverStale || !sameText(line.caregiverNo, m_caregiverNo)))
        useCaregiver(line.caregiverNo);

    const qint64 first = line.serviceFrom.toJulianDay();
    const int firstDayIndex = int(first - m_monthFirst);
    const DayPolicies &policies = *m_policies;
    quint32 &paidThisMonth = *m_paid;
    quint16 reasons = 0;
    int paidDays = 0;
    Fen perDaySum = 0;
    Fen perMonthSum = 0;
    for (int i = 0; i < line.days; ++i) {
        const qint64 day = first + i;
        const int dayIndex = firstDayIndex + i;
        // The first reason that applies, in CONTRACT.md's order.
        if (day < m_insuredFrom || day > m_insuredTo) {
            reasons |= kR02;
            continue;
        }
        const Entitlement *entitlement = entitlementOn(m_entitlements, day);
        if (!entitlement || day > entitlement->validUntil) {
            reasons |= kR01;
            continue;
        }
        const Policy *policy = policies[size_t(dayIndex)];
        if (policy != m_terms->policy)
            m_terms = &termsFor(policy);
        // No policy in force means no level is eligible.
        if (!policy || !(m_terms->eligibleLevels & (1u << entitlement->level))) {
            reasons |= kR09;
            continue;
        }
        if (!entitlement->coversLine || !m_terms->formCovered) {
            reasons |= kR07;
            continue;
        }
        if (!(m_settleDays & (1u << dayIndex))) {
            reasons |= kR03;
            continue;
        }
        if (!(m_formAgreedDays & (1u << dayIndex))) {
            reasons |= kR07;
            continue;
        }
        if (checkCaregiver && !(m_caregiverDays & (1u << dayIndex))) {
            reasons |= kR10;
            continue;
        }
        if (m_inHospital & (1u << dayIndex)) {
            reasons |= kR04;
            continue;
        }
        if (paidThisMonth & (1u << dayIndex)) {
            reasons |= kR05;
            continue;
        }
        paidThisMonth |= 1u << dayIndex;
        ++paidDays;
        const Fen rate = m_terms->rateByLevel[size_t(entitlement->level)];
        (m_terms->basis == RateBasis::PerDay ? perDaySum : perMonthSum) += rate;
    }
    // Pro rata over the paid days; the standard spreads a monthly rate over the month's days;
    // each division rounds once, at its end. All days or none paid, and no monthly rate, need
    // no division (x × n ÷ n = x exactly): most lines are one of those.
    const Fen eligible = paidDays == line.days ? line.amount
                         : paidDays == 0       ? 0
                                               : mulDivRoundHalfUp(line.amount, paidDays, line.days);
    const Fen standard = perDaySum + (perMonthSum == 0 ? 0 : mulDivRoundHalfUp(perMonthSum, 1, m_monthDays));
    result.paidDays = paidDays;
    result.allowed = std::min(eligible, standard);
    if (eligible > standard)
        reasons |= kR06;
    result.deducted = line.amount - result.allowed;
    result.reasons = reasonList(reasons);
    applyShares(line, result);
}

// Fund and personal shares and the deposit, by the policy in force on the last declared day.
void Auditor::applyShares(const ClaimLine &line, LineResult &result)
{
    const Policy *policy = (*m_policies)[size_t(line.serviceTo.toJulianDay() - m_monthFirst)];
    if (!policy)
        return;  // also an unknown person's line: no district, no policy
    result.policy = labelOf(policy);
    const Shares shares = sharesOf(result.allowed, *policy, agreementDepositPermille(m_institution, line.serviceTo));
    result.fund = shares.fund;
    result.personal = shares.personal;
    result.deposit = shares.deposit;
}

bool judgedBefore(const ClaimLine &a, const ClaimLine &b)
{
    const int byClaim = QString::compare(a.claimNo, b.claimNo, Qt::CaseSensitive);
    return byClaim != 0 ? byClaim < 0 : a.lineNo < b.lineNo;
}

// Judges the lines in the order given, or gives up (nothing) at the first line that should
// have been judged before the one preceding it.
std::optional<QList<LineResult>> auditInOrder(const QList<ClaimLine> &lines, const Facts &facts)
{
    Auditor auditor(facts, lines.size());
    QList<LineResult> results;
    results.reserve(lines.size());
    const ClaimLine *previous = nullptr;
    for (const ClaimLine &line : lines) {
        if (previous && judgedBefore(line, *previous))
            return std::nullopt;
        previous = &line;
        // Built in place; the line's texts are shared with it, not copied.
        LineResult &result = results.emplace_back();
        result.claimNo = line.claimNo;
        result.lineNo = line.lineNo;
        result.personNo = line.personNo;
        result.institutionCode = line.institutionCode;
        auditor.audit(line, result);
    }
    return results;
}
} // namespace

Shares sharesOf(Fen allowed, const Policy &policy, std::optional<int> agreementDepositPermille)
{
    Shares shares;
    shares.fund = applyPermille(allowed, policy.fundRatioPermille);
    shares.personal = allowed - shares.fund;
    shares.deposit = applyPermille(shares.fund, agreementDepositPermille.value_or(policy.qualityDepositPermille));
    return shares;
}

std::optional<int> agreementDepositPermille(const InstitutionFacts *institution, QDate lastDay)
{
    const AgreementTerm *agreement = institution ? institution->agreementOn(lastDay) : nullptr;
    return agreement ? agreement->depositPermille : std::nullopt;
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
    const Entitlements list = entitlementsOf(person);
    const Entitlement *entitlement = entitlementOn(list, day.toJulianDay());
    return entitlement ? std::optional<int>(entitlement->level) : std::nullopt;
}

struct PersonAuditor::State {
    Auditor auditor;
};

PersonAuditor::PersonAuditor(const Facts &facts, qsizetype persons) : m_state(new State{Auditor(facts, persons)}) {}
PersonAuditor::~PersonAuditor() = default;

void PersonAuditor::audit(QList<ClaimLine> &lines, QList<LineResult> &results)
{
    if (!std::is_sorted(lines.cbegin(), lines.cend(), judgedBefore))
        std::sort(lines.begin(), lines.end(), judgedBefore);  // keys are unique: no ties to keep
    results.clear();
    results.reserve(lines.size());
    for (const ClaimLine &line : std::as_const(lines)) {
        LineResult &result = results.emplace_back();
        result.claimNo = line.claimNo;
        result.lineNo = line.lineNo;
        result.personNo = line.personNo;
        result.institutionCode = line.institutionCode;
        m_state->auditor.audit(line, result);
    }
}

QList<LineResult> auditLines(QList<ClaimLine> lines, const Facts &facts)
{
    // Lines mostly come in order (loadClaimLines asks the store for it): the order is checked
    // while judging them, not in a pass over a million lines of its own, and they are sorted
    // and judged again only when it was not.
    if (std::optional<QList<LineResult>> results = auditInOrder(lines, facts))
        return std::move(*results);
    std::stable_sort(lines.begin(), lines.end(), judgedBefore);
    return std::move(*auditInOrder(lines, facts));
}

} // namespace ltc::settlement
