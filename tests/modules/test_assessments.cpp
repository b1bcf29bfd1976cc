// The assessments module's rules without a store: the specified generator and index mapping
// (golden values another platform can check; scripts/replay-draw.py computes the same), every
// exclusion, the team from a seed, a stored draw re-run, fairness over 10,000 draws, the agency
// choice, and scoring by an instrument held as data (each item's allowed scores, the bands at
// their boundaries, a changed matrix version changing the level).
#include <catch2/catch.hpp>

#include "assessments/domain/dispatchrules.h"
#include "assessments/domain/draw.h"
#include "assessments/domain/drawrecord.h"
#include "assessments/domain/scoring.h"
#include "core/assessmentterms.h"
#include "database/dbtestsupport.h"

#include <QHash>
#include <QJsonArray>

using namespace ltc;
using namespace ltc::assessments;
using ltctest::str;

namespace {

// S01-S03 experts, S04-S10 assessors, of agency P1.
QList<Candidate> tenCandidates()
{
    QList<Candidate> list;
    for (int i = 10; i >= 1; --i)  // given out of order: the draw sorts by staff_no itself
        list.append({QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("P1"),
                     i <= 3 ? QStringLiteral("EXPERT") : QStringLiteral("ASSESSOR"),
                     QStringLiteral("ID%1").arg(i), false, false});
    return list;
}

QStringList staffNos(const QList<TeamMember> &team)
{
    QStringList list;
    for (const TeamMember &m : team)
        list << m.staffNo + QLatin1Char(':') + m.slot;
    return list;
}

} // namespace

TEST_CASE("SplitMix64 and the index mapping give the specified numbers on every platform", "[assessments][draw]")
{
    SplitMix64 zero(0);
    CHECK(zero.next() == 0xE220A8397B1DCDAFULL);
    CHECK(zero.next() == 0x6E789E6AA1B965F4ULL);
    CHECK(zero.next() == 0x06C45D188009454FULL);
    CHECK(SplitMix64(1234567).next() == 0x599ED017FB08FC85ULL);
    // Rejection sampling (draw.h point 2), the same sequence replay-draw.py prints.
    SplitMix64 rng(0x0123456789abcdefULL);
    CHECK(rng.uniformIndex(10) == 5);
    CHECK(rng.uniformIndex(7) == 3);
    CHECK(rng.uniformIndex(3) == 2);
    CHECK(rng.uniformIndex(1000000007) == 189479855);
    CHECK(rng.uniformIndex((1ULL << 63) + 1) == 4106257086150642692ULL);  // rejects about half of all numbers
    SplitMix64 one(42);
    for (int i = 0; i < 100; ++i)
        CHECK(one.uniformIndex(1) == 0);

    CHECK(seedText(0x0123456789abcdefULL) == QStringLiteral("0123456789abcdef"));
    CHECK(seedFromText(QStringLiteral("ffffffffffffffff")) == std::optional<std::uint64_t>(~0ULL));
    CHECK_FALSE(seedFromText(QStringLiteral("FFFFFFFFFFFFFFFF")).has_value());  // one spelling only
    CHECK_FALSE(seedFromText(QStringLiteral("123")).has_value());
    CHECK_FALSE(seedFromText(QStringLiteral("0123456789abcdeg")).has_value());
}

TEST_CASE("the same seed draws the same team: golden teams", "[assessments][draw]")
{
    DrawFacts facts;
    facts.conflictStaff = {QStringLiteral("S02"), QStringLiteral("S07")};
    SplitMix64 rng(0x0123456789abcdefULL);
    const DrawResult result = drawTeam(rng, tenCandidates(), facts, Composition{2, 1});
    REQUIRE(result.refusal.isEmpty());
    CHECK(staffNos(result.team) == QStringList{QStringLiteral("S03:EXPERT"), QStringLiteral("S06:OPEN")});
    REQUIRE(result.candidates.size() == 10);
    CHECK(result.candidates.first().staffNo == QStringLiteral("S01"));  // ordered by staff_no
    CHECK(result.candidates.last().staffNo == QStringLiteral("S10"));

    SECTION("a random agency is the first number drawn, then the team on the same generator")
    {
        SplitMix64 shared(~0ULL);
        const AgencyChoice choice = chooseAgency({{QStringLiteral("P2"), true, false, 0, 0},
                                                  {QStringLiteral("P3"), true, false, 0, 0},
                                                  {QStringLiteral("P1"), true, false, 0, 0}},
                                                 QString(), QStringLiteral("RANDOM"), QString(), shared);
        CHECK(choice.chosen == QStringLiteral("P3"));
        const DrawResult team = drawTeam(shared, tenCandidates(), DrawFacts(), Composition{3, 2});
        CHECK(staffNos(team.team)
              == QStringList{QStringLiteral("S01:EXPERT"), QStringLiteral("S03:EXPERT"), QStringLiteral("S05:OPEN")});
    }
    SECTION("the stored record alone re-runs to the same team")
    {
        DrawRecord record{kDrawAlgorithm, QStringLiteral("0123456789abcdef"), agenciesJson(AgencyChoice{}),
                          compositionJson(Composition{2, 1}, QStringLiteral("AGENCY"), {QStringLiteral("P1")}),
                          candidatesJson(result.candidates), exclusionsJson(result.exclusions)};
        const Replay replay = replayDraw(record);
        CHECK(replay.problem.isEmpty());
        CHECK(staffNos(replay.team) == staffNos(result.team));
        record.seed = QStringLiteral("0123456789abcdee");
        CHECK(staffNos(replayDraw(record).team) != staffNos(result.team));
        record.algorithm = QStringLiteral("mt19937");
        CHECK_FALSE(replayDraw(record).problem.isEmpty());
    }
}

TEST_CASE("every exclusion has its reason; all that apply are listed", "[assessments][draw]")
{
    QList<Candidate> candidates = tenCandidates();
    for (Candidate &c : candidates) {
        if (c.staffNo == QLatin1String("S04"))
            c.suspended = true;
        if (c.staffNo == QLatin1String("S05"))
            c.barred = true;
        if (c.staffNo == QLatin1String("S08"))
            c.institutionCode = QStringLiteral("P2");
    }
    DrawFacts facts;
    facts.conflictStaff = {QStringLiteral("S06")};
    facts.careInstitutionIdNumbers = {QStringLiteral("ID7")};  // S07 also works at the person's care institution
    facts.originalAssessors = {QStringLiteral("S01"), QStringLiteral("S06")};
    facts.originalAgency = QStringLiteral("P2");
    const QList<Exclusion> exclusions = exclusionsOf(orderedCandidates(candidates), facts);
    QStringList lines;
    for (const Exclusion &e : exclusions)
        lines << e.staffNo + QLatin1Char('=') + e.reasons.join(QLatin1Char('|'));
    CHECK(lines == QStringList{QStringLiteral("S01=ORIGINAL_ASSESSOR"), QStringLiteral("S04=SUSPENDED"),
                               QStringLiteral("S05=BARRED"), QStringLiteral("S06=CONFLICT|ORIGINAL_ASSESSOR"),
                               QStringLiteral("S07=CARE_INSTITUTION"), QStringLiteral("S08=ORIGINAL_AGENCY")});

    SECTION("the excluded are never drawn, over many seeds")
    {
        const QStringList excludedStaff{QStringLiteral("S01"), QStringLiteral("S04"), QStringLiteral("S05"),
                                        QStringLiteral("S06"), QStringLiteral("S07"), QStringLiteral("S08")};
        for (std::uint64_t seed = 0; seed < 500; ++seed) {
            SplitMix64 rng(seed);
            const DrawResult result = drawTeam(rng, candidates, facts, Composition{2, 1});
            REQUIRE(result.refusal.isEmpty());
            for (const TeamMember &m : result.team)
                CHECK_FALSE(excludedStaff.contains(m.staffNo));
            CHECK((result.team.first().staffNo == QLatin1String("S02") || result.team.first().staffNo == QLatin1String("S03")));
        }
    }
    SECTION("too few experts or members refuse the draw")
    {
        SplitMix64 rng(1);
        facts.conflictStaff = {QStringLiteral("S02"), QStringLiteral("S03")};  // with S01 (original): no expert left
        CHECK_FALSE(drawTeam(rng, candidates, facts, Composition{2, 1}).refusal.isEmpty());
        CHECK(drawTeam(rng, candidates, facts, Composition{2, 1}).team.isEmpty());
        CHECK_FALSE(drawTeam(rng, candidates, DrawFacts(), Composition{11, 1}).refusal.isEmpty());
    }
}

TEST_CASE("fairness: over 10,000 draws each eligible member's frequency is within a chi-square bound",
          "[assessments][draw][fairness]")
{
    // 12 candidates, S03 and S09 excluded: 10 eligible, 3 of them experts (S01, S02, S04).
    QList<Candidate> candidates;
    for (int i = 1; i <= 12; ++i)
        candidates.append({QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("P1"),
                           i <= 4 ? QStringLiteral("EXPERT") : QStringLiteral("ASSESSOR"), {}, i == 3, i == 9});
    const int draws = 10000;
    QHash<QString, int> expertSlot;
    QHash<QString, int> anySlot;  // members = 2, no expert required: every eligible one alike
    for (int k = 0; k < draws; ++k) {
        SplitMix64 rng(0x5eed000000000000ULL + std::uint64_t(k));  // a fresh stored seed per draw
        const DrawResult withExpert = drawTeam(rng, candidates, DrawFacts(), Composition{2, 1});
        ++expertSlot[withExpert.team.first().staffNo];
        const DrawResult open = drawTeam(rng, candidates, DrawFacts(), Composition{2, 0});
        for (const TeamMember &m : open.team)
            ++anySlot[m.staffNo];
    }
    CHECK_FALSE(expertSlot.contains(QStringLiteral("S03")));
    CHECK_FALSE(anySlot.contains(QStringLiteral("S09")));
    // The expert's place: 3 experts equally likely, 2 degrees of freedom; 13.82 is the 0.999
    // quantile (the draws are fixed seeds, so this never flakes: it fails only if biased).
    double chi = 0;
    for (const QString &expert : {QStringLiteral("S01"), QStringLiteral("S02"), QStringLiteral("S04")}) {
        const double expected = draws / 3.0;
        chi += (expertSlot.value(expert) - expected) * (expertSlot.value(expert) - expected) / expected;
    }
    CHECK(expertSlot.size() == 3);
    CHECK(chi < 13.82);
    // Two places among 10: each member in 2/10 of the draws; 9 degrees of freedom, 27.88 at 0.999
    // (conservative: two members of one team are not independent, which only lowers the statistic).
    chi = 0;
    const double expected = draws * 2 / 10.0;
    for (auto it = anySlot.cbegin(); it != anySlot.cend(); ++it)
        chi += (it.value() - expected) * (it.value() - expected) / expected;
    CHECK(anySlot.size() == 10);
    CHECK(chi < 27.88);
}

TEST_CASE("an agency: agreement in force, intake open, capacity respected; rotation follows the last one",
          "[assessments][dispatch]")
{
    SplitMix64 rng(7);
    const QList<AgencyFacts> agencies{{QStringLiteral("A4"), true, false, 0, 50},  // no limit
                                      {QStringLiteral("A1"), true, false, 10, 9},
                                      {QStringLiteral("A2"), true, false, 10, 10},  // full
                                      {QStringLiteral("A3"), false, false, 0, 0},   // no agreement in force
                                      {QStringLiteral("A5"), true, true, 0, 0}};    // intake suspended
    AgencyChoice choice = chooseAgency(agencies, QString(), QStringLiteral("ROTATION"), QString(), rng);
    CHECK(choice.eligible == QStringList{QStringLiteral("A1"), QStringLiteral("A4")});
    CHECK(choice.chosen == QStringLiteral("A1"));
    REQUIRE(choice.refused.size() == 3);
    CHECK(choice.refused.at(0).reason == agency_refusal::AtCapacity);
    CHECK(choice.refused.at(1).reason == agency_refusal::NoAgreement);
    CHECK(choice.refused.at(2).reason == agency_refusal::IntakeSuspended);
    CHECK(chooseAgency(agencies, QString(), QStringLiteral("ROTATION"), QStringLiteral("A1"), rng).chosen == QStringLiteral("A4"));
    CHECK(chooseAgency(agencies, QString(), QStringLiteral("ROTATION"), QStringLiteral("A4"), rng).chosen == QStringLiteral("A1"));
    // A dispute: the original agency may not take it (seed 004 §8(六)).
    choice = chooseAgency(agencies, QStringLiteral("A1"), QStringLiteral("ROTATION"), QString(), rng);
    CHECK(choice.chosen == QStringLiteral("A4"));
    CHECK(chooseAgency(agencies, QStringLiteral("A1"), QStringLiteral("ROTATION"), QStringLiteral("A4"), rng).chosen
          == QStringLiteral("A4"));
    CHECK(chooseAgency({agencies.at(2)}, QString(), QStringLiteral("RANDOM"), QString(), rng).chosen.isEmpty());
}

// ---- scoring ------------------------------------------------------------------------------------

namespace {

// Every item at its highest allowed score.
ItemScores fullScores(const Instrument &instrument)
{
    ItemScores scores;
    for (const Indicator &indicator : instrument.indicators) {
        for (const InstrumentItem &item : indicator.items)
            scores[indicator.code][item.code] = item.scores.last();
    }
    return scores;
}

int levelOf(const Instrument &instrument, const ItemScores &scores)
{
    QStringList errors;
    const std::optional<ScoreResult> result = scoreAssessment(instrument, scores, &errors);
    INFO(str(errors));
    REQUIRE(result.has_value());
    return result->level;
}

// ADL total `total` (a multiple of 5) taken off from the top items down.
ItemScores withAdl(const Instrument &instrument, int total)
{
    ItemScores scores = fullScores(instrument);
    int remove = 100 - total;
    for (const InstrumentItem &item : instrument.indicator(QStringLiteral("ADL"))->items) {
        int &score = scores[QStringLiteral("ADL")][item.code];
        while (remove > 0 && score > 0) {
            score -= 5;
            remove -= 5;
        }
    }
    return scores;
}

} // namespace

TEST_CASE("the national instrument: 17 items, each one's allowed scores enforced", "[assessments][scoring]")
{
    const Instrument national = nationalInstrument2021();
    REQUIRE(national.indicators.size() == 3);
    CHECK(national.indicator(QStringLiteral("ADL"))->items.size() == 10);
    CHECK(national.indicator(QStringLiteral("ADL"))->maxTotal() == 100);
    CHECK(national.indicator(QStringLiteral("COGNITION"))->maxTotal() == 16);
    CHECK(national.indicator(QStringLiteral("PERCEPTION"))->maxTotal() == 12);
    CHECK(levelOf(national, fullScores(national)) == 0);

    for (const Indicator &indicator : national.indicators) {
        for (const InstrumentItem &item : indicator.items) {
            INFO(str(indicator.code + QLatin1Char('.') + item.code));
            ItemScores scores = fullScores(national);
            QStringList errors;
            for (int score : item.scores) {  // each allowed score is taken
                scores[indicator.code][item.code] = score;
                CHECK(scoreAssessment(national, scores, &errors).has_value());
            }
            for (int wrong : {item.scores.last() + 1, -1, item.scores.last() == 5 ? 3 : 100}) {
                if (item.scores.contains(wrong))
                    continue;
                scores[indicator.code][item.code] = wrong;
                errors.clear();
                CHECK_FALSE(scoreAssessment(national, scores, &errors).has_value());
                CHECK(errors.size() == 1);
            }
            scores[indicator.code].remove(item.code);  // an item left out
            errors.clear();
            CHECK_FALSE(scoreAssessment(national, scores, &errors).has_value());
        }
    }
    QStringList errors;
    ItemScores extra = fullScores(national);
    extra[QStringLiteral("ADL")][QStringLiteral("SWIMMING")] = 0;
    CHECK_FALSE(scoreAssessment(national, extra, &errors).has_value());
}

TEST_CASE("boundary totals grade each indicator; the matrix gives the level", "[assessments][scoring]")
{
    const Instrument national = nationalInstrument2021();
    const auto adlGrade = [&national](int total) { return national.indicator(QStringLiteral("ADL"))->gradeOf(total); };
    CHECK(adlGrade(100) == 0);
    CHECK(adlGrade(95) == 1);
    CHECK(adlGrade(65) == 1);
    CHECK(adlGrade(60) == 2);
    CHECK(adlGrade(45) == 2);
    CHECK(adlGrade(40) == 3);
    CHECK(adlGrade(0) == 3);
    const Indicator *cognition = national.indicator(QStringLiteral("COGNITION"));
    CHECK(cognition->gradeOf(16) == 0);
    CHECK(cognition->gradeOf(15) == 1);
    CHECK(cognition->gradeOf(12) == 1);
    CHECK(cognition->gradeOf(11) == 2);
    CHECK(cognition->gradeOf(4) == 2);
    CHECK(cognition->gradeOf(3) == 3);
    // Levels through the matrix: ADL rows, the worse of cognition and perception as the column.
    CHECK(levelOf(national, withAdl(national, 95)) == 1);
    CHECK(levelOf(national, withAdl(national, 60)) == 2);
    CHECK(levelOf(national, withAdl(national, 40)) == 3);  // severe I: the first level benefits pay for
    ItemScores severe = withAdl(national, 40);
    for (const char *item : {"TIME", "PEOPLE", "PLACE", "MEMORY"})
        severe[QStringLiteral("COGNITION")][QString::fromLatin1(item)] = 0;
    CHECK(levelOf(national, severe) == 5);  // ADL severe, cognition severe
    severe[QStringLiteral("COGNITION")][QStringLiteral("TIME")] = 4;
    severe[QStringLiteral("COGNITION")][QStringLiteral("PEOPLE")] = 4;  // 8: moderate
    CHECK(levelOf(national, severe) == 4);
    ItemScores perception = fullScores(national);
    perception[QStringLiteral("PERCEPTION")][QStringLiteral("VISION")] = 0;  // 8: mild
    CHECK(levelOf(national, perception) == 0);
    perception[QStringLiteral("PERCEPTION")][QStringLiteral("HEARING")] = 0;  // 4: moderate, worse than cognition
    CHECK(levelOf(national, perception) == 1);
}

TEST_CASE("the bands and the matrix are versioned data: a changed version changes the level",
          "[assessments][scoring]")
{
    QJsonObject json = nationalInstrument2021Json();
    QStringList errors;
    REQUIRE(Instrument::fromJson(json, &errors).has_value());
    CHECK(Instrument::fromJson(nationalInstrument2021().toJson(), &errors)->toJson() == nationalInstrument2021().toJson());

    json.insert(QStringLiteral("version"), 2);
    QJsonObject level = json.value(QStringLiteral("level")).toObject();
    level.insert(QStringLiteral("matrix"), QJsonArray{QJsonArray{0, 0, 1, 1}, QJsonArray{1, 1, 1, 2},
                                                      QJsonArray{2, 2, 3, 3}, QJsonArray{4, 4, 4, 5}});
    json.insert(QStringLiteral("level"), level);
    const std::optional<Instrument> v2 = Instrument::fromJson(json, &errors);
    REQUIRE(v2.has_value());
    const Instrument v1 = nationalInstrument2021();
    const ItemScores scores = withAdl(v1, 40);
    CHECK(levelOf(v1, scores) == 3);
    CHECK(levelOf(*v2, scores) == 4);

    SECTION("bands must cover every total once; the matrix must fit the grades")
    {
        QJsonObject gap = nationalInstrument2021Json();
        QJsonArray indicators = gap.value(QStringLiteral("indicators")).toArray();
        QJsonObject adl = indicators.at(0).toObject();
        QJsonArray grades = adl.value(QStringLiteral("grades")).toArray();
        grades.replace(3, QJsonObject{{QStringLiteral("grade"), 3}, {QStringLiteral("min"), 0}, {QStringLiteral("max"), 35}});
        adl.insert(QStringLiteral("grades"), grades);
        indicators.replace(0, adl);
        gap.insert(QStringLiteral("indicators"), indicators);
        errors.clear();
        CHECK_FALSE(Instrument::fromJson(gap, &errors).has_value());
        CHECK(errors.join(QLatin1Char('\n')).contains(QStringLiteral("the total 40 ")));  // the first reachable total without a band

        QJsonObject narrow = nationalInstrument2021Json();
        QJsonObject rule = narrow.value(QStringLiteral("level")).toObject();
        rule.insert(QStringLiteral("matrix"), QJsonArray{QJsonArray{0, 0, 1}, QJsonArray{1, 1, 1}, QJsonArray{2, 2, 2},
                                                        QJsonArray{3, 3, 9}});
        narrow.insert(QStringLiteral("level"), rule);
        errors.clear();
        CHECK_FALSE(Instrument::fromJson(narrow, &errors).has_value());
    }
}

TEST_CASE("the Barthel index as a policy's alternative: one indicator, 40 or less is severe", "[assessments][scoring]")
{
    const QList<Instrument> builtins = builtinInstruments();
    REQUIRE(builtins.size() == 2);
    const Instrument &barthel = builtins.at(1);
    REQUIRE(barthel.code == QStringLiteral("BARTHEL"));
    REQUIRE(barthel.indicators.size() == 1);
    CHECK(barthel.indicators.first().maxTotal() == 100);
    ItemScores scores = fullScores(barthel);
    CHECK(levelOf(barthel, scores) == 0);
    int &walking = scores[QStringLiteral("ADL")][QStringLiteral("WALKING")];
    walking = 0;  // 85
    CHECK(levelOf(barthel, scores) == 1);
    for (const char *item : {"TRANSFER", "STAIRS", "BATHING"})
        scores[QStringLiteral("ADL")][QString::fromLatin1(item)] = 0;  // 55
    CHECK(levelOf(barthel, scores) == 2);
    scores[QStringLiteral("ADL")][QStringLiteral("EATING")] = 0;
    scores[QStringLiteral("ADL")][QStringLiteral("GROOMING")] = 0;  // 40
    CHECK(levelOf(barthel, scores) == 3);
}

TEST_CASE("the assessment terms of a policy: defaults of seed 004, Wenzhou's as data", "[assessments][policy]")
{
    QStringList errors;
    const AssessmentTerms defaults = AssessmentTerms::fromJson({}, &errors);
    CHECK(errors.isEmpty());
    CHECK(defaults.team.members == 2);
    CHECK(defaults.team.expertsAtLeast == 1);
    CHECK(defaults.disputeTeam.expertsAtLeast == 2);
    CHECK(defaults.conclusionWorkingDays == 30);
    CHECK(defaults.validityMonthsFor(5) == 24);
    const QJsonObject wenzhou{
        {QStringLiteral("team"), QJsonObject{{QStringLiteral("members"), 2}, {QStringLiteral("experts_at_least"), 0},
                                             {QStringLiteral("officers"), QJsonArray{QStringLiteral("HANDLING_OFFICER"), QStringLiteral("INSURER_OFFICER"),
                                                                                     QStringLiteral("COMMUNITY_OFFICER")}}}},
        {QStringLiteral("dispute_team"), QJsonObject{{QStringLiteral("members"), 3}, {QStringLiteral("experts_at_least"), 3}}},
        {QStringLiteral("pool"), QStringLiteral("ALL_AGENCIES")},
        {QStringLiteral("agency_choice"), QStringLiteral("RANDOM")},
        {QStringLiteral("dispute_working_days"), 10},
        {QStringLiteral("validity"), QJsonArray{QJsonObject{{QStringLiteral("levels"), QJsonArray{3, 4, 5}},
                                                            {QStringLiteral("months"), 24}},
                                                QJsonObject{{QStringLiteral("levels"), QJsonArray{0, 1, 2}},
                                                            {QStringLiteral("months"), 12}}}}};
    const AssessmentTerms terms = AssessmentTerms::fromJson(wenzhou, &errors);
    INFO(str(errors));
    CHECK(errors.isEmpty());
    CHECK(terms.team.officers.size() == 3);
    CHECK(terms.disputeTeam.members == 3);
    CHECK(terms.validityMonthsFor(1) == 12);
    CHECK(AssessmentTerms::fromJson(terms.toJson(), &errors).toJson() == terms.toJson());
    AssessmentTerms::fromJson({{QStringLiteral("team"), QJsonObject{{QStringLiteral("members"), 1},
                                                                    {QStringLiteral("experts_at_least"), 2}}},
                               {QStringLiteral("pool"), QStringLiteral("EVERYONE")},
                               {QStringLiteral("teem"), 1}},
                              &errors);
    CHECK(errors.size() == 3);
}
