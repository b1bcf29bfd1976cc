// The core read API (records/corereads.h): what it returns is what the store holds, written
// through the commands and imports a user would use.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"

#include "database/records/corereads.h"
#include "database/rowreader.h"
#include "database/users.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ltc;
using ltctest::str;

namespace {

void requireOk(const CommandOutcome &outcome)
{
    INFO((outcome.ok() ? std::string() : str(outcome.error->code + QStringLiteral(": ") + outcome.error->message)));
    REQUIRE(outcome.ok());
}

QJsonObject personArgs(const QString &personNo, const QString &name, int sequence)
{
    return {{QStringLiteral("person_no"), personNo},
            {QStringLiteral("id_number"), ltctest::citizenId(QStringLiteral("330302"), QDate(1940, 3, 15), sequence)},
            {QStringLiteral("name"), name},
            {QStringLiteral("sex"), sequence % 2 ? QStringLiteral("M") : QStringLiteral("F")},
            {QStringLiteral("birth_date"), QStringLiteral("1940-03-15")},
            {QStringLiteral("insurance_type"), QStringLiteral("EMPLOYEE")},
            {QStringLiteral("enrolled_on"), QStringLiteral("2001-07-01")},
            {QStringLiteral("district"), QStringLiteral("330302")}};
}

// Two persons, two institutions, conclusions and stays for one of them, the Wenzhou policy.
void fill(ltctest::TempStore &s)
{
    const UserIdentity admin = ltctest::admin();
    requireOk(s->commands().execute(admin, QStringLiteral("person.register"), personArgs(QStringLiteral("P1"), QStringLiteral("张秀英"), 2)));
    requireOk(s->commands().execute(admin, QStringLiteral("person.register"), personArgs(QStringLiteral("P2"), QStringLiteral("李建国"), 3)));
    for (const QString &code : {QStringLiteral("I2"), QStringLiteral("I1")}) {
        requireOk(s->commands().execute(
            admin, QStringLiteral("institution.register"),
            {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("护理院") + code},
             {QStringLiteral("kind"), QStringLiteral("CARE")}, {QStringLiteral("grade"), code == QStringLiteral("I1") ? 3 : 1},
             {QStringLiteral("service_forms"), QStringLiteral("INST|HOME_VISIT")},
             {QStringLiteral("agreement_from"), QStringLiteral("2025-01-01")},
             {QStringLiteral("agreement_to"), QStringLiteral("2027-12-31")},
             {QStringLiteral("district"), QStringLiteral("330302")}}));
    }
    const QString conclusions = s.file(
        QStringLiteral("b.csv"),
        "person_no,level,concluded_on,valid_until,service_form,institution_code\n"
        "P1,3,2025-01-10,2026-01-09,HOME_VISIT,\n"
        "P1,4,2025-06-20,2027-06-19,INST,I1\n");
    REQUIRE(s->importer().importFile(admin, QStringLiteral("beneficiaries"), conclusions).rows == 2);
    const QString stays = s.file(QStringLiteral("h.csv"), "person_no,admitted_on,discharged_on\n"
                                                          "P1,2025-03-01,2025-03-09\n"
                                                          "P1,2025-08-01,\n");
    REQUIRE(s->importer().importFile(admin, QStringLiteral("hospital-stays"), stays).rows == 2);
    QFile policy(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
    REQUIRE(policy.open(QIODevice::ReadOnly));
    requireOk(s->commands().execute(admin, QStringLiteral("policy.load"), QJsonDocument::fromJson(policy.readAll()).object()));
}

} // namespace

TEST_CASE("core reads: persons, conclusions, stays, institutions and policies as stored", "[database][corereads]")
{
    ltctest::TempStore s;
    fill(s);
    QSqlDatabase db = s.db();

    const std::optional<PersonRecord> p1 = findPerson(db, QStringLiteral("P1"));
    REQUIRE(p1.has_value());
    CHECK(str(p1->name) == "张秀英");
    CHECK(str(p1->district) == "330302");
    CHECK(p1->sex == Sex::Female);
    CHECK(p1->birthDate == QDate(1940, 3, 15));
    CHECK(!p1->diedOn.isValid());
    CHECK(!findPerson(db, QStringLiteral("P9")).has_value());

    const QList<ConclusionRecord> conclusions = conclusionsOf(db, QStringLiteral("P1"));
    REQUIRE(conclusions.size() == 2);
    CHECK(conclusions.at(0).concludedOn == QDate(2025, 6, 20));  // latest first
    CHECK(conclusions.at(0).level == 4);
    CHECK(str(conclusions.at(0).institutionCode) == "I1");
    CHECK(conclusions.at(1).institutionCode.isEmpty());
    CHECK(conclusionsOf(db, QStringLiteral("P2")).isEmpty());

    const QList<HospitalStayRecord> stays = hospitalStaysOf(db, QStringLiteral("P1"));
    REQUIRE(stays.size() == 2);
    CHECK(stays.at(0).admittedOn == QDate(2025, 8, 1));
    CHECK(!stays.at(0).dischargedOn.isValid());  // still in hospital
    CHECK(stays.at(1).dischargedOn == QDate(2025, 3, 9));

    const std::optional<InstitutionRecord> i1 = findInstitution(db, QStringLiteral("I1"));
    REQUIRE(i1.has_value());
    CHECK(i1->grade == 3);
    CHECK(str(i1->district) == "330302");
    CHECK(i1->serviceForms == QStringList{QStringLiteral("INST"), QStringLiteral("HOME_VISIT")});
    const QList<InstitutionRecord> institutions = allInstitutions(db);
    REQUIRE(institutions.size() == 2);
    CHECK(str(institutions.at(0).code) == "I1");  // by code
    CHECK(str(institutionNames(db).value(QStringLiteral("I2"))) == "护理院I2");

    CHECK(str(serviceFormNames(db).value(QStringLiteral("HOME_VISIT"))) == "上门护理");
    const std::optional<Policy> inForce = policyFor(db, QStringLiteral("330302"), QDate(2024, 5, 1));
    REQUIRE(inForce.has_value());
    CHECK(inForce->fundRatioPermille == 800);
    CHECK(!policyFor(db, QStringLiteral("330302"), QDate(2022, 12, 31)).has_value());
    CHECK(!policyFor(db, QStringLiteral("110101"), QDate(2024, 5, 1)).has_value());
}

TEST_CASE("core reads: bulk reads cover the selected persons only; names match literally", "[database][corereads]")
{
    ltctest::TempStore s;
    fill(s);
    QSqlDatabase db = s.db();

    QStringList everyone;
    REQUIRE(forEachPerson(db, PersonSelection::all(), [&](const PersonRecord &p) { everyone << p.personNo; }));
    everyone.sort();
    CHECK(everyone == QStringList{QStringLiteral("P1"), QStringLiteral("P2")});
    // Streamed natively, a person reads as the one looked up does: every text and date alike.
    REQUIRE(forEachPerson(db, PersonSelection::all(), [&](const PersonRecord &p) {
        const std::optional<PersonRecord> one = findPerson(db, p.personNo);
        REQUIRE(one.has_value());
        CHECK(str(p.name) == str(one->name));
        CHECK(p.idNumber == one->idNumber);
        CHECK(p.sex == one->sex);
        CHECK(p.birthDate == one->birthDate);
        CHECK(p.birthDate.isValid());
        CHECK(p.enrolledOn == one->enrolledOn);
        CHECK(p.insuredUntil == one->insuredUntil);
        CHECK(p.diedOn == one->diedOn);
        CHECK(p.district == one->district);
        CHECK(p.insuranceType == one->insuranceType);
    }));

    const PersonSelection onlyP2{QStringLiteral("SELECT person_no FROM persons WHERE name = ?"), {QStringLiteral("李建国")}};
    QStringList selected;
    REQUIRE(forEachPerson(db, onlyP2, [&](const PersonRecord &p) { selected << p.personNo; }));
    CHECK(selected == QStringList{QStringLiteral("P2")});
    int conclusions = 0;
    REQUIRE(forEachConclusion(db, onlyP2, [&](const ConclusionRecord &) { ++conclusions; }));
    CHECK(conclusions == 0);
    REQUIRE(forEachConclusion(db, PersonSelection::all(), [&](const ConclusionRecord &c) {
        CHECK(str(c.personNo) == "P1");
        ++conclusions;
    }));
    CHECK(conclusions == 2);
    int stays = 0;
    REQUIRE(forEachHospitalStay(db, PersonSelection::all(), [&](const HospitalStayRecord &) { ++stays; }));
    CHECK(stays == 2);
    QString error;
    CHECK(!forEachPerson(db, {QStringLiteral("SELECT nothing FROM no_such_table"), {}}, [](const PersonRecord &) {}, &error));
    CHECK(!error.isEmpty());

    CHECK(personNosNamed(db, QStringLiteral("建"), 10) == QStringList{QStringLiteral("P2")});
    CHECK(personNosNamed(db, QStringLiteral("%"), 10).isEmpty());  // a percent sign, not a wildcard
    CHECK(personNosNamed(db, QString(), 1).size() == 1);

    // The users known here by display name, for "reviewed by".
    REQUIRE(s->users().add(ltctest::user(QStringLiteral("wang"), {QStringLiteral("first_reviewer")}, QStringLiteral("330302")),
                           QStringLiteral("a long enough passphrase 1")));
    CHECK(userDisplayNames(db).contains(QStringLiteral("wang")));
}

TEST_CASE("row reader: dates read in place are ISO days; anything else is no date", "[database][corereads]")
{
    ltctest::TempStore s;
    QSqlDatabase db = s.db();
    RowReader row(db, QStringLiteral("SELECT '2024-03-01', NULL, '2024-13-01', 'x', '2024-3-1', '2024-02-30', "
                                     "'2024-02-29', '20a4-01-01'"));
    REQUIRE(row.next());
    CHECK(row.date(0) == QDate(2024, 3, 1));
    CHECK(row.date(6) == QDate(2024, 2, 29));
    for (int column : {1, 2, 3, 4, 5, 7}) {
        INFO("column " << column);
        CHECK(!row.date(column).isValid());
    }
}
