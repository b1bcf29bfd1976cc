#include "assessments/domain/draw.h"

#include "core/tr.h"

#include <algorithm>

namespace ltc::assessments {

std::uint64_t SplitMix64::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t SplitMix64::uniformIndex(std::uint64_t n)
{
    // 2^64 mod n without 128-bit arithmetic: (2^64 - n) mod n, where 2^64 - n is 0 - n.
    const std::uint64_t threshold = (0 - n) % n;
    std::uint64_t x = next();
    while (x < threshold)
        x = next();
    return x % n;
}

QString seedText(std::uint64_t seed)
{
    return QStringLiteral("%1").arg(seed, 16, 16, QLatin1Char('0'));
}

std::optional<std::uint64_t> seedFromText(const QString &text)
{
    if (text.size() != 16)
        return std::nullopt;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    bool ok = false;
    const std::uint64_t seed = text.toULongLong(&ok, 16);
    return ok ? std::optional<std::uint64_t>(seed) : std::nullopt;
}

QList<Candidate> orderedCandidates(QList<Candidate> candidates)
{
    // Byte order of the UTF-8 text, the same on every platform and in every locale.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.staffNo.toUtf8() < b.staffNo.toUtf8(); });
    return candidates;
}

QList<Exclusion> exclusionsOf(const QList<Candidate> &ordered, const DrawFacts &facts)
{
    QList<Exclusion> exclusions;
    for (const Candidate &c : ordered) {
        QStringList reasons;
        if (facts.conflictStaff.contains(c.staffNo))
            reasons << exclusion::Conflict;
        if (!c.idNumber.isEmpty() && facts.careInstitutionIdNumbers.contains(c.idNumber))
            reasons << exclusion::CareInstitution;
        if (c.suspended)
            reasons << exclusion::Suspended;
        if (c.barred)
            reasons << exclusion::Barred;
        if (facts.originalAssessors.contains(c.staffNo))
            reasons << exclusion::OriginalAssessor;
        if (!facts.originalAgency.isEmpty() && c.institutionCode == facts.originalAgency)
            reasons << exclusion::OriginalAgency;
        if (!reasons.isEmpty())
            exclusions.append({c.staffNo, reasons});
    }
    return exclusions;
}

namespace {

// Takes `count` members from `from` (point 5 of draw.h), removing each from `from` and `pool`.
void takeMembers(SplitMix64 &rng, QList<Candidate> &from, QList<Candidate> &pool, int count, const QString &slot,
                 QList<TeamMember> &team)
{
    for (int k = 0; k < count; ++k) {
        const auto i = qsizetype(rng.uniformIndex(std::uint64_t(from.size())));
        const QString staffNo = from.takeAt(i).staffNo;
        pool.removeIf([&staffNo](const Candidate &c) { return c.staffNo == staffNo; });
        team.append({staffNo, slot});
    }
}

} // namespace

QList<TeamMember> drawMembers(SplitMix64 &rng, const QList<Candidate> &eligible, const Composition &composition,
                              QString *refusal)
{
    QList<Candidate> pool = eligible;
    QList<Candidate> experts;
    for (const Candidate &c : eligible) {
        if (c.role == QLatin1String("EXPERT"))
            experts.append(c);
    }
    if (experts.size() < composition.expertsAtLeast) {
        *refusal = Tr::tr("team: %1 experts are needed and only %2 may be drawn")
                       .arg(composition.expertsAtLeast)
                       .arg(experts.size());
        return {};
    }
    if (pool.size() < composition.members) {
        *refusal = Tr::tr("team: %1 members are needed and only %2 may be drawn").arg(composition.members).arg(pool.size());
        return {};
    }
    QList<TeamMember> team;
    takeMembers(rng, experts, pool, composition.expertsAtLeast, QStringLiteral("EXPERT"), team);
    takeMembers(rng, pool, pool, composition.members - composition.expertsAtLeast, QStringLiteral("OPEN"), team);
    return team;
}

DrawResult drawTeam(SplitMix64 &rng, const QList<Candidate> &candidates, const DrawFacts &facts,
                    const Composition &composition)
{
    DrawResult result;
    result.candidates = orderedCandidates(candidates);
    result.exclusions = exclusionsOf(result.candidates, facts);
    QSet<QString> excluded;
    for (const Exclusion &e : result.exclusions)
        excluded.insert(e.staffNo);
    QList<Candidate> eligible;
    for (const Candidate &c : result.candidates) {
        if (!excluded.contains(c.staffNo))
            eligible.append(c);
    }
    result.team = drawMembers(rng, eligible, composition, &result.refusal);
    return result;
}

} // namespace ltc::assessments
