// The settlement rules of CONTRACT.md, rule by rule and boundary by boundary, with figures
// worked out by hand from the seed policies (Linyi 2017 per bed-day, Wenzhou 2023 monthly caps).
#include <catch2/catch.hpp>

#include "settlements/domain/settlementrules.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

using namespace ltc;
using namespace ltc::settlement;

namespace {

Policy seedPolicy(const char *file)
{
    QFile json(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/") + QString::fromLatin1(file));
    REQUIRE(json.open(QIODevice::ReadOnly));
    QStringList errors;
    const std::optional<Policy> policy = Policy::fromJson(QJsonDocument::fromJson(json.readAll()).object(), &errors);
    REQUIRE(policy.has_value());
    return *policy;
}

QDate day(int y, int m, int d) { return QDate(y, m, d); }

// A Linyi (371302) person with a level-4 home-care conclusion from mid-January 2024, served by
// a grade-1 institution under agreement through 2025.
Facts linyiFacts()
{
    Facts facts;
    REQUIRE(facts.policies.add(seedPolicy("linyi-lanshan-2017.json")));
    PersonFacts person;
    person.district = QStringLiteral("371302");
    person.enrolledOn = day(2010, 1, 1);
    person.conclusions = {{4, day(2024, 1, 15), day(2026, 1, 14), QStringLiteral("HOME"), QString()}};
    facts.persons.insert(QStringLiteral("P1"), person);
    InstitutionFacts home;
    home.grade = 1;
    home.agreements = {{QStringLiteral("import:A"), {day(2024, 1, 1), day(2025, 12, 31)}, QDate(),
                        {QStringLiteral("HOME"), QStringLiteral("INST")}, std::nullopt}};
    facts.institutions.insert(QStringLiteral("A"), home);
    home.grade = 2;
    home.agreements.first().serviceForms = {QStringLiteral("HOME"), QStringLiteral("SPECIAL")};
    facts.institutions.insert(QStringLiteral("B"), home);
    return facts;
}

ClaimLine line(const QString &claimNo, int lineNo, const QString &institution, QDate from, QDate to, Fen amount,
               const QString &form = QStringLiteral("HOME"), const QString &person = QStringLiteral("P1"))
{
    ClaimLine l;
    l.claimNo = claimNo;
    l.lineNo = lineNo;
    l.institutionCode = institution;
    l.periodYear = from.year();
    l.periodMonth = from.month();
    l.personNo = person;
    l.serviceForm = form;
    l.serviceFrom = from;
    l.serviceTo = to;
    l.days = int(from.daysTo(to)) + 1;
    l.amount = amount;
    return l;
}

LineResult auditOne(const ClaimLine &l, const Facts &facts)
{
    const QList<LineResult> results = auditLines({l}, facts);
    REQUIRE(results.size() == 1);
    return results.first();
}

} // namespace

TEST_CASE("a clean per-day line is paid in full, all by the fund (Linyi)", "[settlement]")
{
    const LineResult r = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000),
                                  linyiFacts());
    CHECK(r.reasons.isEmpty());
    CHECK(r.paidDays == 31);
    CHECK(r.allowed == 93000);
    CHECK(r.deducted == 0);
    CHECK(r.fund == 93000);
    CHECK(r.personal == 0);
    CHECK(r.policy == QStringLiteral("371302/2018-01-01"));
}

TEST_CASE("R06: an amount above the per-day standard is cut to it", "[settlement]")
{
    const LineResult r = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 100000),
                                  linyiFacts());
    CHECK(r.reasons == QStringList{reason::AboveStandard});
    CHECK(r.allowed == 93000);
    CHECK(r.deducted == 7000);
}

TEST_CASE("R08: declared days that do not add up, or leave the period, refuse the whole line", "[settlement]")
{
    const Facts facts = linyiFacts();
    ClaimLine wrongCount = line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000);
    wrongCount.days = 30;
    ClaimLine outside = line(QStringLiteral("C1"), 2, QStringLiteral("A"), day(2024, 3, 25), day(2024, 4, 2), 27000);
    outside.periodMonth = 3;
    for (const ClaimLine &l : {wrongCount, outside}) {
        const LineResult r = auditOne(l, facts);
        CHECK(r.reasons == QStringList{reason::BadDeclaration});
        CHECK(r.allowed == 0);
        CHECK(r.deducted == l.amount);
        CHECK(r.fund == 0);
    }
}

TEST_CASE("R01: benefits start the month after the conclusion, in a leap February too", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.persons[QStringLiteral("P1")].conclusions = {{4, day(2024, 2, 20), day(2026, 2, 19), QStringLiteral("HOME"), {}}};
    const LineResult february =
        auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 2, 1), day(2024, 2, 29), 87000), facts);
    CHECK(february.reasons == QStringList{reason::NoEntitlement});
    CHECK(february.declaredDays == 29);
    CHECK(february.allowed == 0);
    const LineResult march =
        auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000), facts);
    CHECK(march.reasons.isEmpty());
}

TEST_CASE("R01: days after the conclusion expires are refused", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.persons[QStringLiteral("P1")].conclusions.first().validUntil = day(2024, 3, 20);
    const LineResult r = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000), facts);
    CHECK(r.reasons == QStringList{reason::NoEntitlement});
    CHECK(r.paidDays == 20);
    CHECK(r.allowed == 60000);
}

TEST_CASE("R04: hospital days from admission up to, not including, discharge", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.persons[QStringLiteral("P1")].stays = {{day(2024, 3, 10), day(2024, 3, 15)}};
    const LineResult r = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000), facts);
    CHECK(r.reasons == QStringList{reason::InHospital});
    CHECK(r.paidDays == 26);  // 10..14 refused, the discharge day 15 is paid
    CHECK(r.allowed == 78000);
    CHECK(r.deducted == 15000);
}

TEST_CASE("R04 with no discharge date refuses every day from admission; pro-rata rounds half up", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.persons[QStringLiteral("P1")].conclusions.first().serviceForm = QStringLiteral("SPECIAL");
    facts.persons[QStringLiteral("P1")].stays = {{day(2024, 3, 15), QDate()}};
    const LineResult r = auditOne(
        line(QStringLiteral("C1"), 1, QStringLiteral("B"), day(2024, 3, 14), day(2024, 3, 15), 10001, QStringLiteral("SPECIAL")),
        facts);
    CHECK(r.reasons == QStringList{reason::InHospital});
    CHECK(r.paidDays == 1);
    CHECK(r.allowed == 5001);  // 10001 × 1/2 = 5000.5 → 5001; the grade-2 standard is 15000
}

TEST_CASE("R05: a day paid on an earlier line is refused, across institutions, by claim_no as text", "[settlement]")
{
    Facts facts = linyiFacts();
    const ClaimLine second = line(QStringLiteral("C2"), 1, QStringLiteral("B"), day(2024, 3, 5), day(2024, 3, 15), 33000);
    const ClaimLine first = line(QStringLiteral("C10"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 10), 30000);
    const QList<LineResult> results = auditLines({second, first}, facts);
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).claimNo == QStringLiteral("C10"));  // "C10" < "C2" as text
    CHECK(results.at(0).reasons.isEmpty());
    CHECK(results.at(1).reasons == QStringList{reason::AlreadyPaid});
    CHECK(results.at(1).paidDays == 5);
    CHECK(results.at(1).allowed == 15000);
}

TEST_CASE("R05 only counts paid days: a day refused earlier may be paid later", "[settlement]")
{
    Facts facts = linyiFacts();
    ClaimLine refused = line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 10), 30000,
                             QStringLiteral("INST"));
    const ClaimLine paid = line(QStringLiteral("C1"), 2, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 10), 30000);
    const QList<LineResult> results = auditLines({refused, paid}, facts);
    CHECK(results.at(0).reasons == QStringList{reason::WrongServiceForm});
    CHECK(results.at(1).reasons.isEmpty());
    CHECK(results.at(1).allowed == 30000);
}

TEST_CASE("R02: days after death or before enrolment are not insured", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.persons[QStringLiteral("P1")].diedOn = day(2024, 3, 20);
    const LineResult r = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000), facts);
    CHECK(r.reasons == QStringList{reason::NotInsured});
    CHECK(r.paidDays == 20);  // the day of death itself is paid
    const LineResult unknown = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 2), 6000,
                                             QStringLiteral("HOME"), QStringLiteral("NOBODY")),
                                        facts);
    CHECK(unknown.reasons == QStringList{reason::NotInsured});
}

TEST_CASE("R03: outside the agreement or during a settlement suspension", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.institutions[QStringLiteral("A")].suspensions = {{SuspensionKind::Settlement, {day(2024, 3, 25), QDate()}}};  // until further notice
    const LineResult r = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000), facts);
    CHECK(r.reasons == QStringList{reason::NoAgreement});
    CHECK(r.paidDays == 24);
    facts.institutions[QStringLiteral("A")].suspensions.clear();
    facts.institutions[QStringLiteral("A")].agreements.first().term.last = day(2024, 3, 30);
    CHECK(auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000), facts).paidDays == 30);
}

TEST_CASE("R07: service form not the conclusion's, or not in the agreement", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.persons[QStringLiteral("P1")].conclusions.first().institutionCode = QStringLiteral("A");
    const LineResult otherInstitution =
        auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("B"), day(2024, 3, 1), day(2024, 3, 2), 6000), facts);
    CHECK(otherInstitution.reasons == QStringList{reason::WrongServiceForm});
    facts.persons[QStringLiteral("P1")].conclusions.first().institutionCode.clear();
    facts.institutions[QStringLiteral("A")].agreements.first().serviceForms = {QStringLiteral("INST")};
    const LineResult notAgreed = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 2), 6000), facts);
    CHECK(notAgreed.reasons == QStringList{reason::WrongServiceForm});
}

TEST_CASE("R09: a level the policy does not cover", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.persons[QStringLiteral("P1")].conclusions.first().level = 2;
    const LineResult r = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 93000), facts);
    CHECK(r.reasons == QStringList{reason::LevelNotEligible});
    CHECK(r.allowed == 0);
}

TEST_CASE("a line that fails several rules lists each code once, sorted", "[settlement]")
{
    Facts facts = linyiFacts();
    facts.persons[QStringLiteral("P1")].stays = {{day(2024, 3, 10), day(2024, 3, 12)}};
    facts.persons[QStringLiteral("P1")].diedOn = day(2024, 3, 29);
    const LineResult r = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("A"), day(2024, 3, 1), day(2024, 3, 31), 200000), facts);
    CHECK(r.reasons == QStringList{reason::NotInsured, reason::InHospital, reason::AboveStandard});
    CHECK(r.paidDays == 27);
    CHECK(r.allowed == 81000);
}

TEST_CASE("Wenzhou: monthly caps by level, 80% fund, deposit, a conclusion superseded from the next month",
          "[settlement]")
{
    Facts facts;
    REQUIRE(facts.policies.add(seedPolicy("wenzhou-2023.json")));
    PersonFacts person;
    person.district = QStringLiteral("330302");
    person.enrolledOn = day(2015, 1, 1);
    person.conclusions = {{3, day(2023, 6, 1), day(2025, 5, 31), QStringLiteral("HOME_VISIT"), {}},
                          {5, day(2024, 2, 10), day(2026, 2, 9), QStringLiteral("HOME_VISIT"), {}}};
    facts.persons.insert(QStringLiteral("W1"), person);
    InstitutionFacts institution;
    institution.grade = 2;
    institution.agreements = {{QStringLiteral("import:WZ"), {day(2023, 1, 1), day(2025, 12, 31)}, QDate(),
                               {QStringLiteral("HOME_VISIT"), QStringLiteral("FAMILY")}, std::nullopt}};
    facts.institutions.insert(QStringLiteral("WZ"), institution);

    // February 2024: the new conclusion of 10 February is not yet in force: level 3's cap.
    const LineResult february = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("WZ"), day(2024, 2, 1), day(2024, 2, 29),
                                              200000, QStringLiteral("HOME_VISIT"), QStringLiteral("W1")),
                                         facts);
    CHECK(february.reasons == QStringList{reason::AboveStandard});
    CHECK(february.allowed == 178800);
    CHECK(february.fund == 143040);
    CHECK(february.personal == 35760);
    CHECK(february.deposit == 7152);

    // March 2024: level 5 from the first of the month.
    const LineResult march = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("WZ"), day(2024, 3, 1), day(2024, 3, 31),
                                           250000, QStringLiteral("HOME_VISIT"), QStringLiteral("W1")),
                                      facts);
    CHECK(march.reasons.isEmpty());
    CHECK(march.allowed == 250000);
    CHECK(march.fund == 200000);
    CHECK(march.deposit == 10000);

    // A partial month is settled by actual days: 16/31 of 2980.00 = 1538.0645… → 1538.06.
    const LineResult partial = auditOne(line(QStringLiteral("C1"), 1, QStringLiteral("WZ"), day(2024, 3, 16), day(2024, 3, 31),
                                             200000, QStringLiteral("HOME_VISIT"), QStringLiteral("W1")),
                                        facts);
    CHECK(partial.allowed == 153806);
    CHECK(partial.reasons == QStringList{reason::AboveStandard});
}

TEST_CASE("lines judged together come out as each judged alone, whatever changes from one line to the next",
          "[settlement]")
{
    // The engine carries what it worked out for a line's person, institution, form and month
    // over to the next line: a change of any of them, and back, must not leak into the next.
    Facts facts = linyiFacts();
    PersonFacts second = facts.persons.value(QStringLiteral("P1"));
    second.conclusions = {{5, day(2024, 1, 20), day(2026, 1, 19), QStringLiteral("INST"), QStringLiteral("A")}};
    second.stays = {{day(2024, 3, 20), day(2024, 3, 25)}};
    facts.persons.insert(QStringLiteral("P2"), second);
    PersonFacts third = facts.persons.value(QStringLiteral("P1"));
    third.conclusions.first().serviceForm = QStringLiteral("SPECIAL");
    facts.persons.insert(QStringLiteral("P3"), third);
    InstitutionFacts special = facts.institutions.value(QStringLiteral("A"));
    special.agreements.first().serviceForms = {QStringLiteral("SPECIAL")};  // grade 1: 120.00 a day, B's grade 2: 150.00
    facts.institutions.insert(QStringLiteral("C"), special);
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    const QString home = QStringLiteral("HOME");
    const QString inst = QStringLiteral("INST");
    const QString specialCare = QStringLiteral("SPECIAL");
    const QString p1 = QStringLiteral("P1");
    const QString p2 = QStringLiteral("P2");
    const QString p3 = QStringLiteral("P3");
    ClaimLine outsidePeriod = line(QStringLiteral("C03"), 2, a, day(2024, 4, 11), day(2024, 4, 12), 6000, home, p1);
    outsidePeriod.periodMonth = 5;
    // In claim order; no day of a person twice, so that no line depends on another (R05).
    const QList<ClaimLine> lines{
        line(QStringLiteral("C01"), 1, a, day(2024, 3, 1), day(2024, 3, 5), 15000, home, p1),
        line(QStringLiteral("C01"), 2, b, day(2024, 3, 6), day(2024, 3, 10), 15000, home, p1),
        line(QStringLiteral("C01"), 3, a, day(2024, 3, 11), day(2024, 3, 12), 6000, inst, p1),
        line(QStringLiteral("C02"), 1, a, day(2024, 3, 1), day(2024, 3, 31), 200000, inst, p2),
        line(QStringLiteral("C02"), 2, a, day(2024, 3, 1), day(2024, 3, 2), 30000, specialCare, p3),
        line(QStringLiteral("C02"), 3, b, day(2024, 3, 3), day(2024, 3, 4), 30000, specialCare, p3),
        line(QStringLiteral("C02"), 4, QStringLiteral("C"), day(2024, 3, 5), day(2024, 3, 6), 30000, specialCare, p3),
        line(QStringLiteral("C02"), 5, b, day(2024, 3, 1), day(2024, 3, 3), 9000, inst, p2),
        line(QStringLiteral("C03"), 1, a, day(2024, 4, 1), day(2024, 4, 10), 30000, home, p1),
        outsidePeriod,
        line(QStringLiteral("C03"), 3, a, day(2024, 5, 2), day(2024, 5, 10), 27000, home, p1),
        line(QStringLiteral("C03"), 4, a, day(2024, 4, 11), day(2024, 4, 20), 30000, home, p1),
        line(QStringLiteral("C03"), 5, a, day(2024, 4, 1), day(2024, 4, 2), 6000, home, QStringLiteral("NOBODY")),
        line(QStringLiteral("C04"), 1, a, day(2024, 4, 1), day(2024, 4, 30), 200000, inst, p2),
        line(QStringLiteral("C04"), 2, a, day(2024, 3, 13), day(2024, 3, 20), 24000, home, p1),
    };
    const QList<LineResult> together = auditLines(lines, facts);
    REQUIRE(together.size() == lines.size());
    QSet<QString> reasonsMet;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        INFO("line " << i);
        const LineResult alone = auditOne(lines.at(i), facts);
        const LineResult &r = together.at(i);
        CHECK(r.claimNo == alone.claimNo);
        CHECK(r.lineNo == alone.lineNo);
        CHECK(r.reasons == alone.reasons);
        CHECK(r.paidDays == alone.paidDays);
        CHECK(r.allowed == alone.allowed);
        CHECK(r.deducted == alone.deducted);
        CHECK(r.fund == alone.fund);
        CHECK(r.personal == alone.personal);
        CHECK(r.deposit == alone.deposit);
        CHECK(r.policy == alone.policy);
        for (const QString &code : r.reasons)
            reasonsMet.insert(code);
    }
    // The lines do differ: refusals of several kinds, and paid lines among them.
    CHECK(reasonsMet == QSet<QString>{reason::NotInsured, reason::InHospital, reason::AboveStandard,
                                      reason::WrongServiceForm, reason::BadDeclaration});
    CHECK(together.at(0).paidDays == 5);

    // The days paid are remembered across those changes: P1's 5 and 6 March were paid above.
    const QList<LineResult> withRepeat =
        auditLines(lines + QList<ClaimLine>{line(QStringLiteral("C05"), 1, b, day(2024, 3, 5), day(2024, 3, 6), 6000, home, p1)},
                   facts);
    CHECK(withRepeat.last().reasons == QStringList{reason::AlreadyPaid});
    CHECK(withRepeat.last().paidDays == 0);

    // A person at a time, as the audit command streams a month: persons in another order, each
    // one's lines reversed, and the same results (R05's repeat included).
    const QList<ClaimLine> all =
        lines + QList<ClaimLine>{line(QStringLiteral("C05"), 1, b, day(2024, 3, 5), day(2024, 3, 6), 6000, home, p1)};
    QMap<QString, QList<ClaimLine>> byPerson;
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        byPerson[it->personNo].append(*it);
    PersonAuditor auditor(facts);
    QHash<QString, LineResult> streamed;
    for (auto it = byPerson.end(); it != byPerson.begin();) {
        --it;
        QList<LineResult> results;
        auditor.audit(*it, results);
        REQUIRE(results.size() == it->size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            CHECK(results.at(i).claimNo == it->at(i).claimNo);  // in the rules' order, one per line
            CHECK(results.at(i).lineNo == it->at(i).lineNo);
            streamed.insert(results.at(i).claimNo + QLatin1Char('/') + QString::number(results.at(i).lineNo), results.at(i));
        }
    }
    REQUIRE(streamed.size() == withRepeat.size());
    for (const LineResult &r : withRepeat) {
        const LineResult s = streamed.value(r.claimNo + QLatin1Char('/') + QString::number(r.lineNo));
        INFO(r.claimNo.toStdString() << '/' << r.lineNo);
        CHECK(s.personNo == r.personNo);
        CHECK(s.reasons == r.reasons);
        CHECK(s.paidDays == r.paidDays);
        CHECK(s.allowed == r.allowed);
        CHECK(s.fund == r.fund);
        CHECK(s.deposit == r.deposit);
        CHECK(s.policy == r.policy);
    }
}
