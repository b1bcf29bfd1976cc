#pragma once
// The assessor draw (随机抽取评估人员, DOMAIN.md §B, seed 004 §8, seed 003 三(二)): who may be
// drawn, who is excluded and why, and the team drawn from a stored 64-bit seed. Pure functions
// over plain values: the store (assessmentreads.h) gathers the facts, the commands store the
// result, and anyone holding the stored record can re-run the draw on any platform.
//
// THE DRAW, SPECIFIED (algorithm id "splitmix64-rejection-v1"); everything below is unsigned
// 64-bit arithmetic modulo 2^64:
//
//  1. The generator is SplitMix64 (Steele, Lea, Flood 2014; Vigna's reference code). State s
//     starts as the seed. Each next():
//         s = s + 0x9E3779B97F4A7C15
//         z = s
//         z = (z XOR (z >> 30)) * 0xBF58476D1CE4E5B9
//         z = (z XOR (z >> 27)) * 0x94D049BB133111EB
//         return z XOR (z >> 31)
//  2. An index below n (n >= 1) is plain rejection sampling: t = (2^64 - n) mod n (that is,
//     2^64 mod n); repeat x = next() until x >= t; the index is x mod n. The accepted range
//     [t, 2^64) holds a multiple of n values, so each index is equally likely.
//     (Never std::uniform_int_distribution: its mapping differs between standard libraries.)
//  3. The candidate list is every staff member of the pool institutions with role ASSESSOR or
//     EXPERT employed on the draw day, ordered by staff_no as a byte string (UTF-8, plain
//     memcmp order). Excluded candidates stay on the stored list with their reasons; the
//     eligible list is the candidate list without them, same order.
//  4. If an agency is chosen at random (policy "agency_choice": "random"), that is the first
//     index drawn: uniformIndex(number of eligible agencies), agencies ordered by code. The same
//     generator then goes on to the team.
//  5. The team: first `expertsAtLeast` members from the eligible EXPERTS: for each, i =
//     uniformIndex(remaining experts), take that expert and remove them from both the expert
//     list and the eligible list. Then the other `members - expertsAtLeast` from what is left
//     of the eligible list (experts not drawn included), the same way. The team is kept in
//     draw order. Too few eligible experts or candidates refuses the draw.
//
// Golden values (tests/modules/test_assessments.cpp checks them): SplitMix64 from seed 0 gives
// 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F; from seed 1234567 the first is
// 0x599ED017FB08FC85.
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace ltc::assessments {

inline const QString kDrawAlgorithm = QStringLiteral("splitmix64-rejection-v1");

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // An index in [0, n), n >= 1, by rejection sampling (point 2 above).
    std::uint64_t uniformIndex(std::uint64_t n);

private:
    std::uint64_t m_state;
};

// A seed as stored and passed in commands: 16 lowercase hexadecimal digits (SQLite's INTEGER is
// signed, and a text cannot be misread by sign on either side).
QString seedText(std::uint64_t seed);
std::optional<std::uint64_t> seedFromText(const QString &text);

// Why a candidate may not be drawn. Each excluded candidate carries every reason that applies.
namespace exclusion {
inline const QString Conflict = QStringLiteral("CONFLICT");                  // declared 回避 (relative, interest)
inline const QString CareInstitution = QStringLiteral("CARE_INSTITUTION");   // works at the person's care institution
inline const QString Suspended = QStringLiteral("SUSPENDED");                // suspended on the day (seed 004 §36)
inline const QString Barred = QStringLiteral("BARRED");                      // barred from the work on the day
inline const QString OriginalAssessor = QStringLiteral("ORIGINAL_ASSESSOR"); // on the disputed assessment's team (§8(六))
inline const QString OriginalAgency = QStringLiteral("ORIGINAL_AGENCY");     // staff of the disputed assessment's agency
} // namespace exclusion

struct Candidate {
    QString staffNo;
    QString institutionCode;
    QString role;      // ASSESSOR or EXPERT
    QString idNumber;  // to find the same person on a care institution's staff
    bool suspended = false;  // on the draw day
    bool barred = false;
};

// What excludes candidates from this task's draw.
struct DrawFacts {
    QSet<QString> conflictStaff;             // staff_no with a declared conflict with the person
    QSet<QString> careInstitutionIdNumbers;  // citizen IDs on the staff of the person's care institution(s)
    QSet<QString> originalAssessors;         // staff_no of the disputed assessment's team
    QString originalAgency;                  // the disputed assessment's agency, or empty
};

struct Exclusion {
    QString staffNo;
    QStringList reasons;  // in the order of the namespace above
};

// The team's make-up (policy data, core/assessmentterms.h gives it from the policy).
struct Composition {
    int members = 2;         // drawn members on site (seed 004 §8: at least 2)
    int expertsAtLeast = 1;  // of them experts (seed 004 §8: at least 1)
};

struct TeamMember {
    QString staffNo;
    QString slot;  // EXPERT (an expert's place) or OPEN (any eligible member)
};

struct DrawResult {
    QList<Candidate> candidates;  // ordered (point 3)
    QList<Exclusion> exclusions;  // in candidate order
    QList<TeamMember> team;       // in draw order; empty when refused
    QString refusal;              // why no team could be drawn (translated), else empty
};

// Sorts by staff_no (point 3); the store's order is not trusted.
QList<Candidate> orderedCandidates(QList<Candidate> candidates);
QList<Exclusion> exclusionsOf(const QList<Candidate> &ordered, const DrawFacts &facts);
// Point 5 over the eligible candidates (in candidate order); an empty team and *refusal set
// when too few may be drawn.
QList<TeamMember> drawMembers(SplitMix64 &rng, const QList<Candidate> &eligible, const Composition &composition,
                              QString *refusal);
// The whole draw on an already seeded generator (so that an agency drawn first shares it).
DrawResult drawTeam(SplitMix64 &rng, const QList<Candidate> &candidates, const DrawFacts &facts,
                    const Composition &composition);

} // namespace ltc::assessments
