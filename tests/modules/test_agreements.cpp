// The agreements module's data layer: what other modules ask of an institution and its staff on
// a day (core/standing.h, read through corereads.h), the designation lifecycle with its
// deadlines, the term's commands, and the renewal worklist — through the commands a user runs.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"

#include "agreements/domain/agreementreads.h"
#include "agreements/domain/designationrules.h"
#include "core/standing.h"
#include "database/cliverbs.h"
#include "database/domainregistry.h"
#include "database/records/corereads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ltc;
using ltctest::str;

namespace {

QDate day(int y, int m, int d) { return QDate(y, m, d); }

UserIdentity officer(const QString &district = QStringLiteral("330302"))
{
    return ltctest::user(QStringLiteral("officer"), {QStringLiteral("agreement_officer")}, district);
}

void requireOk(const CommandOutcome &outcome)
{
    INFO((outcome.ok() ? std::string() : str(outcome.error->code + QStringLiteral(": ") + outcome.error->message)));
    REQUIRE(outcome.ok());
}

// The refusal's code ("ok" when it applied), with its message shown on failure.
QString codeOf(const CommandOutcome &outcome)
{
    if (outcome.ok())
        return QStringLiteral("ok");
    UNSCOPED_INFO(str(outcome.error->message));
    return outcome.error->code;
}

struct Office {
    ltctest::TempStore s;
    UserIdentity user = officer();
    CommandOutcome run(const QString &name, QJsonObject args) { return s->commands().execute(user, name, args); }
    QString status(const QString &id)
    {
        return s.scalar(QStringLiteral("SELECT status FROM designations WHERE id = ?"), {id}).toString();
    }
    QString column(const QString &column, const QString &id)
    {
        return s.scalar(QStringLiteral("SELECT %1 FROM designations WHERE id = ?").arg(column), {id}).toString();
    }
    InstitutionStanding standing(const QString &code)
    {
        QSqlDatabase db = s.db();
        const std::optional<InstitutionStanding> found = institutionStanding(db, code);
        REQUIRE(found);
        return *found;
    }
};

QJsonObject applicant(const QString &id, const QString &code, const QString &appliedOn)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("institution_code"), code},
            {QStringLiteral("applied_on"), appliedOn},
            {QStringLiteral("name"), QStringLiteral("鹿城区颐康护理站")},
            {QStringLiteral("kind"), QStringLiteral("CARE")},
            {QStringLiteral("grade"), 2},
            {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT|FAMILY")},
            {QStringLiteral("legal_representative"), QStringLiteral("王建华")},
            {QStringLiteral("capacity"), 60}};
}

QJsonArray panel(int members)
{
    QJsonArray names;
    for (int i = 1; i <= members; ++i)
        names.append(QStringLiteral("评审员%1").arg(i));
    return names;
}

QJsonObject review(const QString &id, const QString &on, const QString &result, int members = 5)
{
    QJsonObject args{{QStringLiteral("id"), id}, {QStringLiteral("reviewed_on"), on}, {QStringLiteral("result"), result},
                     {QStringLiteral("panel"), panel(members)}};
    if (result == QStringLiteral("FAIL"))
        args.insert(QStringLiteral("reasons"), QStringLiteral("护理人员不足"));
    return args;
}

// An application taken through its formal check (materials asked on 1 June 2026, a Monday).
void throughFormalCheck(Office &office, const QString &id, const QString &code)
{
    requireOk(office.run(QStringLiteral("designation.apply"), applicant(id, code, QStringLiteral("2026-06-01"))));
    requireOk(office.run(QStringLiteral("designation.pass_formal_check"), {{QStringLiteral("id"), id}}));
}

} // namespace

TEST_CASE("Standing: an agreement in force and its forms, intake and settlement suspended apart, by the day",
          "[agreements]")
{
    InstitutionStanding standing;
    standing.agreements = {{QStringLiteral("A1"), {day(2026, 1, 1), day(2026, 12, 31)}, day(2026, 11, 1),
                            {QStringLiteral("HOME_VISIT")}, std::nullopt},
                           {QStringLiteral("A2"), {day(2026, 6, 1), day(2027, 5, 31)}, QDate(),
                            {QStringLiteral("INST")}, 120}};
    standing.suspensions = {{SuspensionKind::Intake, {day(2026, 3, 1), day(2026, 5, 31)}},
                            {SuspensionKind::Settlement, {day(2027, 5, 1), QDate()}}};
    CHECK_FALSE(standing.agreementInForce(day(2025, 12, 31)));
    CHECK(standing.agreementInForce(day(2026, 1, 1)));            // first day
    CHECK(standing.serviceFormsOn(day(2026, 5, 31)) == QStringList{QStringLiteral("HOME_VISIT")});
    CHECK(standing.serviceFormsOn(day(2026, 6, 1)) == QStringList{QStringLiteral("INST")});  // the later one
    CHECK(standing.agreementOn(day(2026, 6, 1))->depositPermille == 120);
    CHECK(standing.agreementInForce(day(2027, 5, 31)));           // last day
    CHECK_FALSE(standing.agreementInForce(day(2027, 6, 1)));
    standing.agreements.removeLast();
    CHECK(standing.agreementInForce(day(2026, 10, 31)));          // ended from 1 November
    CHECK_FALSE(standing.agreementInForce(day(2026, 11, 1)));

    // Intake suspended: no new person dispatched, but its claims are paid.
    CHECK(standing.mayTakeNewPersonOn(day(2026, 2, 28), QStringLiteral("HOME_VISIT")));
    CHECK_FALSE(standing.mayTakeNewPersonOn(day(2026, 3, 1), QStringLiteral("HOME_VISIT")));
    CHECK_FALSE(standing.mayTakeNewPersonOn(day(2026, 5, 31), QStringLiteral("HOME_VISIT")));
    CHECK(standing.maySettleOn(day(2026, 3, 1)));
    CHECK(standing.mayTakeNewPersonOn(day(2026, 6, 1), QStringLiteral("HOME_VISIT")));
    CHECK_FALSE(standing.mayTakeNewPersonOn(day(2026, 6, 1), QStringLiteral("INST")));  // not in its agreement
}

TEST_CASE("Standing: staff may work and be paid by the day, first and last day of a suspension and a bar",
          "[agreements]")
{
    StaffStanding staff;
    staff.staffNo = QStringLiteral("S1");
    staff.institutionCode = QStringLiteral("I1");
    staff.employment = {day(2026, 1, 1), day(2026, 12, 31)};
    staff.suspensions = {{day(2026, 3, 10), agreements::lastDayOfMonths(day(2026, 3, 10), 3)}};
    staff.bars = {{day(2026, 10, 1), QDate()}};
    CHECK(staff.suspensions.first().last == day(2026, 6, 9));
    CHECK(staff.mayBePaidOn(QStringLiteral("I1"), day(2026, 3, 9)));
    CHECK_FALSE(staff.mayBePaidOn(QStringLiteral("I1"), day(2026, 3, 10)));
    CHECK(staff.mayWorkOn(QStringLiteral("I1"), day(2026, 3, 10)));  // suspended from payment, not from work
    CHECK_FALSE(staff.mayBePaidOn(QStringLiteral("I1"), day(2026, 6, 9)));
    CHECK(staff.mayBePaidOn(QStringLiteral("I1"), day(2026, 6, 10)));
    CHECK_FALSE(staff.mayBePaidOn(QStringLiteral("I2"), day(2026, 6, 10)));  // another institution's day
    CHECK(staff.mayWorkOn(QStringLiteral("I1"), day(2026, 9, 30)));
    CHECK_FALSE(staff.mayWorkOn(QStringLiteral("I1"), day(2026, 10, 1)));  // barred indefinitely
    CHECK_FALSE(staff.mayBePaidOn(QStringLiteral("I1"), day(2027, 1, 1)));
    CHECK(agreements::lastDayOfYears(day(2026, 10, 1), 1) == day(2027, 9, 30));
}

TEST_CASE("Designation rules: the panel, the materials' 10 working days, the review's 3 months, publication",
          "[agreements]")
{
    using namespace agreements;
    CHECK(panelProblem(QStringList(4, QStringLiteral("x"))).contains(QStringLiteral("twice")));
    CHECK(panelProblem({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")})
              .contains(QStringLiteral("at least 5")));
    CHECK(panelProblem({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                        QStringLiteral("e"), QStringLiteral("f")})
              .contains(QStringLiteral("odd")));
    CHECK(panelProblem({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                        QStringLiteral("e")})
              .isEmpty());
    WorkCalendar calendar;
    CHECK(materialsDueOn(calendar, day(2026, 6, 1)) == day(2026, 6, 15));
    calendar.setDay(day(2026, 6, 10), DayKind::Holiday);
    CHECK(materialsDueOn(calendar, day(2026, 6, 1)) == day(2026, 6, 16));
    CHECK(reviewDueOn(day(2026, 6, 1), 14) == day(2026, 9, 15));
    CHECK_FALSE(publicationIsLongEnough(calendar, day(2026, 9, 21), day(2026, 9, 24)));
    CHECK(publicationIsLongEnough(calendar, day(2026, 9, 21), day(2026, 9, 25)));
    CHECK(longestTermEnd(day(2026, 10, 1), false) == day(2027, 9, 30));
    CHECK(longestTermEnd(day(2026, 10, 1), true) == day(2029, 9, 30));
}

TEST_CASE("Designation: application, materials all at once within 10 working days, review deadline", "[agreements]")
{
    Office office;
    const QString id = QStringLiteral("D1");
    requireOk(office.run(QStringLiteral("designation.apply"), applicant(id, QStringLiteral("N1"), QStringLiteral("2026-06-01"))));
    // The applicant is registered from its application, with no agreement yet.
    CHECK(office.s.scalar(QStringLiteral("SELECT legal_representative FROM institutions WHERE code = 'N1'")).toString()
          == QStringLiteral("王建华"));
    CHECK(office.standing(QStringLiteral("N1")).agreements.isEmpty());
    CHECK(codeOf(office.run(QStringLiteral("designation.apply"), applicant(QStringLiteral("D2"), QStringLiteral("N1"),
                                                                          QStringLiteral("2026-06-02"))))
          == QStringLiteral("state"));  // one under way already

    CHECK(codeOf(office.run(QStringLiteral("designation.request_materials"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("requested_on"), QStringLiteral("2026-06-01")},
                             {QStringLiteral("items"), QJsonArray()}}))
          == QStringLiteral("invalid"));
    requireOk(office.run(QStringLiteral("designation.request_materials"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("requested_on"), QStringLiteral("2026-06-01")},
                          {QStringLiteral("items"), QJsonArray{QStringLiteral("FIRE_SAFETY"), QStringLiteral("STAFF_LIST")}}}));
    CHECK(office.status(id) == QStringLiteral("AWAITING_MATERIALS"));
    CHECK(office.column(QStringLiteral("materials_due_on"), id) == QStringLiteral("2026-06-15"));
    CHECK(codeOf(office.run(QStringLiteral("designation.pass_formal_check"), {{QStringLiteral("id"), id}}))
          == QStringLiteral("state"));  // waiting for the materials
    CHECK(codeOf(office.run(QStringLiteral("designation.receive_materials"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("received_on"), QStringLiteral("2026-06-16")}}))
          == QStringLiteral("state"));  // a day after the 10th working day
    requireOk(office.run(QStringLiteral("designation.receive_materials"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("received_on"), QStringLiteral("2026-06-15")}}));
    CHECK(codeOf(office.run(QStringLiteral("designation.request_materials"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("requested_on"), QStringLiteral("2026-06-16")},
                             {QStringLiteral("items"), QJsonArray{QStringLiteral("MORE")}}}))
          == QStringLiteral("state"));  // asked once, all at once
    requireOk(office.run(QStringLiteral("designation.pass_formal_check"), {{QStringLiteral("id"), id}}));
    CHECK(office.status(id) == QStringLiteral("REVIEWING"));
    // 3 months from 1 June, plus the 14 days spent waiting for the materials.
    CHECK(office.column(QStringLiteral("review_due_on"), id) == QStringLiteral("2026-09-15"));
}

TEST_CASE("Designation: the panel of at least 5 and odd, a second review within 3 months, barred for a year",
          "[agreements]")
{
    Office office;
    const QString id = QStringLiteral("D1");
    throughFormalCheck(office, id, QStringLiteral("N1"));
    CHECK(codeOf(office.run(QStringLiteral("designation.review"), review(id, QStringLiteral("2026-07-01"), QStringLiteral("FAIL"), 4)))
          == QStringLiteral("invalid"));
    CHECK(codeOf(office.run(QStringLiteral("designation.review"), review(id, QStringLiteral("2026-07-01"), QStringLiteral("FAIL"), 6)))
          == QStringLiteral("invalid"));
    QJsonObject noReasons = review(id, QStringLiteral("2026-07-01"), QStringLiteral("FAIL"));
    noReasons.remove(QStringLiteral("reasons"));
    CHECK(codeOf(office.run(QStringLiteral("designation.review"), noReasons)) == QStringLiteral("invalid"));
    requireOk(office.run(QStringLiteral("designation.review"), review(id, QStringLiteral("2026-07-01"), QStringLiteral("FAIL"))));
    CHECK(office.status(id) == QStringLiteral("FAILED"));
    CHECK(office.column(QStringLiteral("second_review_by"), id) == QStringLiteral("2026-10-01"));
    // A new application while the second review may still be asked for duplicates it.
    CHECK(codeOf(office.run(QStringLiteral("designation.apply"),
                            applicant(QStringLiteral("D2"), QStringLiteral("N1"), QStringLiteral("2026-10-01"))))
          == QStringLiteral("state"));
    CHECK(codeOf(office.run(QStringLiteral("designation.request_second_review"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("requested_on"), QStringLiteral("2026-06-30")}}))
          == QStringLiteral("state"));  // the window opens on the failure's day, 1 July
    CHECK(codeOf(office.run(QStringLiteral("designation.request_second_review"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("requested_on"), QStringLiteral("2026-10-02")}}))
          == QStringLiteral("state"));  // the last day was 1 October
    requireOk(office.run(QStringLiteral("designation.request_second_review"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("requested_on"), QStringLiteral("2026-10-01")}}));
    CHECK(office.column(QStringLiteral("review_due_on"), id) == QStringLiteral("2027-01-01"));
    requireOk(office.run(QStringLiteral("designation.review"), review(id, QStringLiteral("2026-11-20"), QStringLiteral("FAIL"), 7)));
    CHECK(office.status(id) == QStringLiteral("BARRED"));
    CHECK(office.column(QStringLiteral("barred_until"), id) == QStringLiteral("2027-11-19"));
    CHECK(codeOf(office.run(QStringLiteral("designation.apply"),
                            applicant(QStringLiteral("D3"), QStringLiteral("N1"), QStringLiteral("2027-11-19"))))
          == QStringLiteral("state"));  // the last barred day
    requireOk(office.run(QStringLiteral("designation.apply"),
                         applicant(QStringLiteral("D3"), QStringLiteral("N1"), QStringLiteral("2027-11-20"))));
}

TEST_CASE("Designation: publication of at least 5 working days, objections, negotiation, a first agreement of a year "
          "and renewals up to 3",
          "[agreements]")
{
    Office office;
    const QString id = QStringLiteral("D1");
    throughFormalCheck(office, id, QStringLiteral("N1"));
    CHECK(codeOf(office.run(QStringLiteral("agreement.sign"),
                            {{QStringLiteral("id"), QStringLiteral("AG1")}, {QStringLiteral("institution_code"), QStringLiteral("N1")},
                             {QStringLiteral("valid_from"), QStringLiteral("2026-10-01")},
                             {QStringLiteral("valid_to"), QStringLiteral("2027-09-30")},
                             {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT")},
                             {QStringLiteral("signed_on"), QStringLiteral("2026-09-28")}}))
          == QStringLiteral("state"));  // not negotiated yet
    requireOk(office.run(QStringLiteral("designation.review"), review(id, QStringLiteral("2026-09-14"), QStringLiteral("PASS"))));
    const auto publish = [&](const QString &to) {
        return office.run(QStringLiteral("designation.publish"), {{QStringLiteral("id"), id},
                                                                  {QStringLiteral("published_from"), QStringLiteral("2026-09-21")},
                                                                  {QStringLiteral("published_to"), to}});
    };
    CHECK(codeOf(publish(QStringLiteral("2026-09-24"))) == QStringLiteral("invalid"));  // 4 working days
    requireOk(publish(QStringLiteral("2026-09-25")));
    const auto objection = [&](const QString &objectionId, const QString &on) {
        return office.run(QStringLiteral("designation.record_objection"),
                          {{QStringLiteral("id"), id}, {QStringLiteral("objection_id"), objectionId},
                           {QStringLiteral("received_on"), on}, {QStringLiteral("text"), QStringLiteral("场地不符")}});
    };
    CHECK(codeOf(objection(QStringLiteral("O1"), QStringLiteral("2026-09-26"))) == QStringLiteral("invalid"));
    requireOk(objection(QStringLiteral("O1"), QStringLiteral("2026-09-25")));
    CHECK(office.s.count(QStringLiteral("designation_objections")) == 1);
    CHECK(codeOf(office.run(QStringLiteral("designation.start_negotiation"),
                            {{QStringLiteral("id"), id}, {QStringLiteral("started_on"), QStringLiteral("2026-09-25")}}))
          == QStringLiteral("state"));
    requireOk(office.run(QStringLiteral("designation.start_negotiation"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("started_on"), QStringLiteral("2026-09-28")}}));

    QJsonObject first{{QStringLiteral("id"), QStringLiteral("AG1")}, {QStringLiteral("institution_code"), QStringLiteral("N1")},
                      {QStringLiteral("valid_from"), QStringLiteral("2026-10-01")},
                      {QStringLiteral("valid_to"), QStringLiteral("2027-10-01")},
                      {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT")},
                      {QStringLiteral("signed_on"), QStringLiteral("2026-09-28")}};
    CHECK(codeOf(office.run(QStringLiteral("agreement.sign"), first)) == QStringLiteral("invalid"));  // a year and a day
    first.insert(QStringLiteral("valid_to"), QStringLiteral("2027-09-30"));
    requireOk(office.run(QStringLiteral("agreement.sign"), first));
    CHECK(office.status(id) == QStringLiteral("SIGNED"));
    InstitutionStanding standing = office.standing(QStringLiteral("N1"));
    CHECK_FALSE(standing.agreementInForce(day(2026, 9, 30)));
    CHECK(standing.agreementInForce(day(2026, 10, 1)));
    CHECK(standing.agreementInForce(day(2027, 9, 30)));

    QJsonObject renewal{{QStringLiteral("id"), QStringLiteral("AG2")}, {QStringLiteral("institution_code"), QStringLiteral("N1")},
                        {QStringLiteral("valid_from"), QStringLiteral("2027-10-01")},
                        {QStringLiteral("valid_to"), QStringLiteral("2030-10-01")},
                        {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT|FAMILY")},
                        {QStringLiteral("deposit_permille"), 80},
                        {QStringLiteral("signed_on"), QStringLiteral("2027-09-01")}};
    CHECK(codeOf(office.run(QStringLiteral("agreement.sign"), renewal)) == QStringLiteral("invalid"));  // 3 years and a day
    renewal.insert(QStringLiteral("valid_to"), QStringLiteral("2030-09-30"));
    requireOk(office.run(QStringLiteral("agreement.sign"), renewal));
    standing = office.standing(QStringLiteral("N1"));
    CHECK(standing.serviceFormsOn(day(2027, 10, 1)).contains(QStringLiteral("FAMILY")));
    CHECK(standing.agreementOn(day(2030, 9, 30))->depositPermille == 80);

    // Ended (解除) from a day on: not in force from that day.
    requireOk(office.run(QStringLiteral("agreement.end"), {{QStringLiteral("id"), QStringLiteral("AG2")},
                                                           {QStringLiteral("ended_on"), QStringLiteral("2028-03-01")},
                                                           {QStringLiteral("reason"), QStringLiteral("严重违约")}}));
    standing = office.standing(QStringLiteral("N1"));
    CHECK(standing.agreementInForce(day(2028, 2, 29)));
    CHECK_FALSE(standing.agreementInForce(day(2028, 3, 1)));

    // How it ended (解除 unless said) and its filing with the department (报备, §37): once, and
    // only for an ended agreement.
    const auto agreement = [&office](const QString &agreementId) {
        QSqlDatabase db = office.s.db();
        for (const agreements::AgreementEntry &a : agreements::agreementsOf(db, QStringLiteral("N1"))) {
            if (a.id == agreementId)
                return a;
        }
        FAIL("no agreement " << agreementId.toStdString());
        return agreements::AgreementEntry{};
    };
    CHECK(agreement(QStringLiteral("AG2")).endKind == QStringLiteral("TERMINATE"));
    CHECK_FALSE(agreement(QStringLiteral("AG2")).filedOn.isValid());
    const auto filing = [](const QString &agreementId, const QString &on) {
        return QJsonObject{{QStringLiteral("id"), agreementId}, {QStringLiteral("filed_on"), on},
                           {QStringLiteral("filed_ref"), QStringLiteral("鹿医保〔2028〕7号")}};
    };
    CHECK(codeOf(office.run(QStringLiteral("agreement.record_filing"), filing(QStringLiteral("AG1"), QStringLiteral("2028-03-02"))))
          == QStringLiteral("state"));  // AG1 has not ended
    requireOk(office.run(QStringLiteral("agreement.record_filing"), filing(QStringLiteral("AG2"), QStringLiteral("2028-03-02"))));
    CHECK(agreement(QStringLiteral("AG2")).filedOn == day(2028, 3, 2));
    CHECK(agreement(QStringLiteral("AG2")).filedRef == QStringLiteral("鹿医保〔2028〕7号"));
    CHECK(codeOf(office.run(QStringLiteral("agreement.record_filing"), filing(QStringLiteral("AG2"), QStringLiteral("2028-03-03"))))
          == QStringLiteral("state"));  // filed once
    CHECK(agreement(QStringLiteral("AG2")).filedOn == day(2028, 3, 2));

    // 中止 with its filing given at once; a kind outside the two, or a document number without
    // its day, refused by field.
    QJsonObject suspend{{QStringLiteral("id"), QStringLiteral("AG1")}, {QStringLiteral("ended_on"), QStringLiteral("2027-06-01")},
                        {QStringLiteral("reason"), QStringLiteral("整改")}, {QStringLiteral("end_kind"), QStringLiteral("PAUSE")}};
    CommandOutcome refused = office.run(QStringLiteral("agreement.end"), suspend);
    CHECK(codeOf(refused) == QStringLiteral("invalid"));
    CHECK(refused.error->message.contains(QStringLiteral("end_kind")));
    suspend.insert(QStringLiteral("end_kind"), QStringLiteral("SUSPEND"));
    suspend.insert(QStringLiteral("filed_ref"), QStringLiteral("鹿医保〔2027〕3号"));
    refused = office.run(QStringLiteral("agreement.end"), suspend);
    CHECK(codeOf(refused) == QStringLiteral("invalid"));
    CHECK(refused.error->message.contains(QStringLiteral("filed_on")));
    suspend.insert(QStringLiteral("filed_on"), QStringLiteral("2027-05-28"));
    requireOk(office.run(QStringLiteral("agreement.end"), suspend));
    CHECK(agreement(QStringLiteral("AG1")).endKind == QStringLiteral("SUSPEND"));
    CHECK(agreement(QStringLiteral("AG1")).filedOn == day(2027, 5, 28));
}

TEST_CASE("Term: suspensions of intake and settlement, staff sanctions by months and years, refused out of role and "
          "district",
          "[agreements]")
{
    Office office;
    const UserIdentity admin = ltctest::admin();
    const QString institutions = office.s.file(
        QStringLiteral("i.csv"),
        "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
        "I1,颐养院,CARE,2,HOME_VISIT,2026-01-01,2026-12-31,330302\n"
        "I2,龙湾护理院,CARE,1,INST,2026-01-01,2026-12-31,330303\n");
    REQUIRE(office.s->importer().importFile(admin, QStringLiteral("institutions"), institutions).rows == 2);
    const QString staff = office.s.file(
        QStringLiteral("s.csv"),
        QStringLiteral("staff_no,institution_code,name,id_number,role,certificate_no,employed_from\n"
                       "S1,I1,李护理,%1,CAREGIVER,ZH-001,2026-01-01\n"
                       "S2,I2,周护理,%2,NURSE,,2026-01-01\n")
            .arg(ltctest::citizenId(QStringLiteral("330302"), QDate(1980, 5, 1), 11),
                 ltctest::citizenId(QStringLiteral("330303"), QDate(1982, 6, 2), 12))
            .toUtf8());
    REQUIRE(office.s->importer().importFile(admin, QStringLiteral("staff"), staff).rows == 2);

    requireOk(office.run(QStringLiteral("institution.suspend"),
                         {{QStringLiteral("id"), QStringLiteral("SU1")}, {QStringLiteral("institution_code"), QStringLiteral("I1")},
                          {QStringLiteral("kind"), QStringLiteral("INTAKE")},
                          {QStringLiteral("suspended_from"), QStringLiteral("2026-04-01")},
                          {QStringLiteral("suspended_to"), QStringLiteral("2026-06-30")},
                          {QStringLiteral("reason"), QStringLiteral("诱导重新评估")}}));
    const InstitutionStanding standing = office.standing(QStringLiteral("I1"));
    CHECK(standing.intakeSuspendedOn(day(2026, 4, 1)));
    CHECK(standing.intakeSuspendedOn(day(2026, 6, 30)));
    CHECK_FALSE(standing.intakeSuspendedOn(day(2026, 7, 1)));
    CHECK_FALSE(standing.settlementSuspendedOn(day(2026, 4, 1)));
    CHECK(standing.maySettleOn(day(2026, 4, 1)));

    const auto suspend = [&](int months) {
        return office.run(QStringLiteral("staff.suspend_settlement"),
                          {{QStringLiteral("staff_no"), QStringLiteral("S1")},
                           {QStringLiteral("suspended_from"), QStringLiteral("2026-03-10")}, {QStringLiteral("months"), months}});
    };
    CHECK(codeOf(suspend(2)) == QStringLiteral("invalid"));
    CHECK(codeOf(suspend(13)) == QStringLiteral("invalid"));
    requireOk(suspend(3));
    QSqlDatabase db = office.s.db();
    const StaffStanding s1 = standingOf(*findStaff(db, QStringLiteral("S1")));
    CHECK_FALSE(s1.mayBePaidOn(QStringLiteral("I1"), day(2026, 6, 9)));
    CHECK(s1.mayBePaidOn(QStringLiteral("I1"), day(2026, 6, 10)));

    // The staff file again, without the sanction columns: it says nothing of them, so the
    // suspension the command set stays (R10 still refuses those days). A file that has the
    // columns, empty, lifts it.
    REQUIRE(office.s->importer().importFile(admin, QStringLiteral("staff"), staff).rows == 2);
    CHECK_FALSE(standingOf(*findStaff(db, QStringLiteral("S1"))).mayBePaidOn(QStringLiteral("I1"), day(2026, 6, 9)));
    const QString lifted = office.s.file(
        QStringLiteral("s2.csv"),
        QStringLiteral("staff_no,institution_code,name,id_number,role,certificate_no,employed_from,suspended_from,suspended_to\n"
                       "S1,I1,李护理,%1,CAREGIVER,ZH-001,2026-01-01,,\n")
            .arg(ltctest::citizenId(QStringLiteral("330302"), QDate(1980, 5, 1), 11))
            .toUtf8());
    REQUIRE(office.s->importer().importFile(admin, QStringLiteral("staff"), lifted).rows == 1);
    CHECK(standingOf(*findStaff(db, QStringLiteral("S1"))).mayBePaidOn(QStringLiteral("I1"), day(2026, 6, 9)));
    requireOk(suspend(3));

    CHECK(codeOf(office.run(QStringLiteral("staff.bar"), {{QStringLiteral("staff_no"), QStringLiteral("S1")},
                                                          {QStringLiteral("barred_from"), QStringLiteral("2026-07-01")},
                                                          {QStringLiteral("years"), 4}}))
          == QStringLiteral("invalid"));

    // Out of district (I2 is 330303's) and out of role (a handler).
    CHECK(codeOf(office.run(QStringLiteral("staff.bar"), {{QStringLiteral("staff_no"), QStringLiteral("S2")},
                                                          {QStringLiteral("barred_from"), QStringLiteral("2026-07-01")},
                                                          {QStringLiteral("years"), 1}}))
          == QStringLiteral("forbidden"));
    CHECK(codeOf(office.s->commands().execute(ltctest::handler(), QStringLiteral("institution.suspend"),
                                              {{QStringLiteral("id"), QStringLiteral("SU2")},
                                               {QStringLiteral("institution_code"), QStringLiteral("I1")},
                                               {QStringLiteral("kind"), QStringLiteral("SETTLEMENT")},
                                               {QStringLiteral("suspended_from"), QStringLiteral("2026-04-01")},
                                               {QStringLiteral("reason"), QStringLiteral("x")}}))
          == QStringLiteral("forbidden"));
    CHECK(office.s.count(QStringLiteral("institution_suspensions")) == 1);
}

TEST_CASE("Staff import: all-or-nothing, the institution must exist, id numbers and roles checked", "[agreements]")
{
    ltctest::TempStore s;
    const UserIdentity admin = ltctest::admin();
    const QString institutions = s.file(QStringLiteral("i.csv"),
                                        "code,name,kind,grade,service_forms,agreement_from,agreement_to\n"
                                        "I1,颐养院,CARE,2,HOME_VISIT,2026-01-01,2026-12-31\n");
    REQUIRE(s->importer().importFile(admin, QStringLiteral("institutions"), institutions).rows == 1);
    const QString bad = s.file(
        QStringLiteral("bad.csv"),
        QStringLiteral("staff_no,institution_code,name,id_number,role,employed_from,employed_to\n"
                       "S1,I1,李护理,%1,CAREGIVER,2026-01-01,\n"
                       "S2,NOPE,周护理,%2,NURSE,2026-01-01,\n"
                       "S3,I1,吴医生,%3,DOCTOR,2026-01-01,2025-12-31\n"
                       "S4,I1,郑医生,%4,SURGEON,2026-01-01,\n")
            .arg(ltctest::citizenId(QStringLiteral("330302"), QDate(1980, 5, 1), 11),
                 ltctest::citizenId(QStringLiteral("330302"), QDate(1982, 6, 2), 12),
                 ltctest::withWrongCheckChar(ltctest::citizenId(QStringLiteral("330302"), QDate(1975, 1, 2), 13)),
                 ltctest::citizenId(QStringLiteral("330302"), QDate(1976, 2, 3), 14))
            .toUtf8());
    const ImportReport report = s->importer().importFile(admin, QStringLiteral("staff"), bad);
    CHECK_FALSE(report.ok());
    QString problems;
    for (const ImportIssue &issue : report.issues.errors())
        problems += QStringLiteral("bad.csv:%1: %2: %3\n").arg(issue.line).arg(issue.column, issue.message);
    INFO(str(problems));
    CHECK(problems.contains(QStringLiteral("bad.csv:3: institution_code")));
    CHECK(problems.contains(QStringLiteral("bad.csv:4: id_number")));
    CHECK(problems.contains(QStringLiteral("bad.csv:4: employed_to")));
    CHECK(problems.contains(QStringLiteral("bad.csv:5: role")));
    CHECK_FALSE(problems.contains(QStringLiteral("bad.csv:2:")));
    CHECK(s.count(QStringLiteral("staff")) == 0);
}

TEST_CASE("Agreements worklist: expiring within 60 days, overdue without a successor, renewed", "[agreements]")
{
    ltctest::TempStore s;
    const UserIdentity admin = ltctest::admin();
    const QString institutions = s.file(QStringLiteral("i.csv"),
                                        "code,name,kind,grade,service_forms,agreement_from,agreement_to\n"
                                        "I1,颐养院,CARE,2,HOME_VISIT,2026-01-01,2026-12-31\n"
                                        "I2,康宁护理站,CARE,1,HOME_VISIT,2025-01-01,2026-10-31\n"
                                        "I3,安泰护理院,CARE,1,INST,2024-01-01,2026-11-01\n");
    REQUIRE(s->importer().importFile(admin, QStringLiteral("institutions"), institutions).rows == 3);
    requireOk(s->commands().execute(admin, QStringLiteral("agreement.sign"),
                                    {{QStringLiteral("id"), QStringLiteral("R3")}, {QStringLiteral("institution_code"), QStringLiteral("I3")},
                                     {QStringLiteral("valid_from"), QStringLiteral("2026-11-02")},
                                     {QStringLiteral("valid_to"), QStringLiteral("2029-11-01")},
                                     {QStringLiteral("service_forms"), QStringLiteral("INST")},
                                     {QStringLiteral("signed_on"), QStringLiteral("2026-10-15")}}));
    const WorklistSpec *spec = nullptr;
    for (const DomainModule &module : s->registry().modules()) {
        for (const WorklistSpec &worklist : module.worklists) {
            if (worklist.name == QStringLiteral("agreements"))
                spec = &worklist;
        }
    }
    REQUIRE(spec);
    const auto statuses = [&](const QString &on) {
        QHash<QString, QString> byAgreement;
        QSqlDatabase db = s.db();
        QString error;
        REQUIRE(spec->rows(db, {{QStringLiteral("on"), on}},
                           [&](const QVariantList &row) {
                               byAgreement.insert(row.at(2).toString(), row.at(7).toString());
                               return true;
                           },
                           &error));
        return byAgreement;
    };
    QHash<QString, QString> on = statuses(QStringLiteral("2026-10-31"));
    CHECK(on.value(QStringLiteral("import:I1")) == QStringLiteral("IN_FORCE"));  // 61 days left
    CHECK(on.value(QStringLiteral("import:I2")) == QStringLiteral("EXPIRING"));  // its last day
    CHECK(on.value(QStringLiteral("import:I3")) == QStringLiteral("RENEWED"));
    CHECK(on.value(QStringLiteral("R3")) == QStringLiteral("NOT_STARTED"));
    on = statuses(QStringLiteral("2026-11-01"));
    CHECK(on.value(QStringLiteral("import:I1")) == QStringLiteral("EXPIRING"));  // 60 days left
    CHECK(on.value(QStringLiteral("import:I2")) == QStringLiteral("OVERDUE"));
    on = statuses(QStringLiteral("2026-11-02"));
    CHECK(on.value(QStringLiteral("import:I3")) == QStringLiteral("RENEWED"));
    CHECK(on.value(QStringLiteral("R3")) == QStringLiteral("IN_FORCE"));
    CHECK(spec->check({{QStringLiteral("status"), QStringLiteral("LATE")}}).size() == 1);
}

TEST_CASE("Staffing minimums: the policy's data checked per institution on a day, unmet ones listed", "[agreements]")
{
    ltctest::TempStore s;
    const UserIdentity admin = ltctest::admin();
    QFile policy(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
    REQUIRE(policy.open(QIODevice::ReadOnly));
    requireOk(s->commands().execute(admin, QStringLiteral("policy.load"), QJsonDocument::fromJson(policy.readAll()).object()));
    const QString institutions = s.file(QStringLiteral("i.csv"),
                                        "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                                        "H1,颐康居家护理站,CARE,2,HOME_VISIT,2026-01-01,2026-12-31,330302\n"
                                        "R1,安泰护理院,CARE,2,INST,2026-01-01,2026-12-31,330302\n");
    REQUIRE(s->importer().importFile(admin, QStringLiteral("institutions"), institutions).rows == 2);
    QString staffCsv = QStringLiteral("staff_no,institution_code,name,id_number,role,employed_from,employed_to\n");
    const QStringList rows{QStringLiteral("C1,H1,CAREGIVER,"), QStringLiteral("C2,H1,CAREGIVER,"),
                           QStringLiteral("C3,H1,CAREGIVER,"), QStringLiteral("C4,H1,CAREGIVER,2026-05-31"),
                           QStringLiteral("N1,H1,NURSE,")};
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList cells = rows.at(i).split(QLatin1Char(','));
        staffCsv += QStringLiteral("%1,%2,护理员%3,%4,%5,2026-01-01,%6\n")
                        .arg(cells.at(0), cells.at(1))
                        .arg(i)
                        .arg(ltctest::citizenId(QStringLiteral("330302"), QDate(1980, 1, 1 + i), 21 + i), cells.at(2),
                             cells.at(3));
    }
    REQUIRE(s->importer().importFile(admin, QStringLiteral("staff"), s.file(QStringLiteral("s.csv"), staffCsv.toUtf8())).rows == 5);
    requireOk(s->commands().execute(admin, QStringLiteral("institution.update_profile"),
                                    {{QStringLiteral("code"), QStringLiteral("H1")}, {QStringLiteral("medically_qualified"), true},
                                     {QStringLiteral("legal_representative"), QStringLiteral("王建华")}}));
    requireOk(s->commands().execute(admin, QStringLiteral("institution.update_profile"),
                                    {{QStringLiteral("code"), QStringLiteral("R1")}, {QStringLiteral("capacity"), 120}}));
    QSqlDatabase db = s.db();
    const auto unmet = [&](const QString &code, QDate on) {
        QStringList list;
        for (const UnmetStaffing &u : unmetStaffingOf(db, code, on))
            list << QStringLiteral("%1 %2/%3").arg(u.code).arg(u.actual).arg(u.required);
        return list;
    };
    // Four care workers until the end of May, three from June; one nurse where two are asked.
    CHECK(unmet(QStringLiteral("H1"), day(2026, 5, 31)) == QStringList{QStringLiteral("HOME_MEDICAL_STAFF 1/2")});
    CHECK(unmet(QStringLiteral("H1"), day(2026, 6, 1))
          == (QStringList{QStringLiteral("HOME_CARE_WORKERS 3/4"), QStringLiteral("HOME_MEDICAL_STAFF 1/2")}));
    // Residential, 120 places, not medically qualified: only the management unit applies.
    CHECK(unmet(QStringLiteral("R1"), day(2026, 6, 1)) == QStringList{QStringLiteral("INST_MANAGEMENT_UNIT 0/1")});
    requireOk(s->commands().execute(admin, QStringLiteral("institution.update_profile"),
                                    {{QStringLiteral("code"), QStringLiteral("R1")}, {QStringLiteral("management_unit"), true}}));
    CHECK(unmet(QStringLiteral("R1"), day(2026, 6, 1)).isEmpty());
    CHECK(s.scalar(QStringLiteral("SELECT capacity FROM institutions WHERE code = 'R1'")).toInt() == 120);  // kept
    CHECK(s.scalar(QStringLiteral("SELECT legal_representative FROM institutions WHERE code = 'H1'")).toString()
          == QStringLiteral("王建华"));
}

TEST_CASE("A legal representative barred for 5 years may not apply for another institution until the bar ends",
          "[agreements]")
{
    Office office;
    const QString representative = ltctest::citizenId(QStringLiteral("330302"), QDate(1970, 3, 4), 31);
    QJsonObject first = applicant(QStringLiteral("D1"), QStringLiteral("N1"), QStringLiteral("2026-06-01"));
    first.insert(QStringLiteral("legal_representative_id"), ltctest::withWrongCheckChar(representative));
    CHECK(codeOf(office.run(QStringLiteral("designation.apply"), first)) == QStringLiteral("invalid"));
    first.insert(QStringLiteral("legal_representative_id"), representative);
    requireOk(office.run(QStringLiteral("designation.apply"), first));
    requireOk(office.run(QStringLiteral("representative.bar"),
                         {{QStringLiteral("id"), QStringLiteral("RB1")}, {QStringLiteral("institution_code"), QStringLiteral("N1")},
                          {QStringLiteral("barred_from"), QStringLiteral("2026-07-01")},
                          {QStringLiteral("reason"), QStringLiteral("造成基金重大损失")}}));
    CHECK(office.s.scalar(QStringLiteral("SELECT barred_to FROM representative_bars WHERE id = 'RB1'")).toString()
          == QStringLiteral("2031-06-30"));
    QJsonObject second = applicant(QStringLiteral("D2"), QStringLiteral("N2"), QStringLiteral("2031-06-30"));
    second.insert(QStringLiteral("legal_representative_id"), representative);
    CHECK(codeOf(office.run(QStringLiteral("designation.apply"), second)) == QStringLiteral("state"));  // its last day
    CHECK(office.s.count(QStringLiteral("institutions")) == 1);  // the refused applicant was not registered
    second.insert(QStringLiteral("applied_on"), QStringLiteral("2031-07-01"));
    requireOk(office.run(QStringLiteral("designation.apply"), second));
}

namespace {

// Wenzhou 2023 as shipped (renewal_terms 90 → 3 years, 75 → 2, 60 → 1), or without the table.
QJsonObject wenzhouPolicy(bool withRenewalTerms = true)
{
    QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
    REQUIRE(policy.contains(QStringLiteral("renewal_terms")));
    if (!withRenewalTerms)
        policy.remove(QStringLiteral("renewal_terms"));
    return policy;
}

// Institutions of Lucheng whose imported agreement runs through 2026: what they sign is a renewal.
void importInstitutions(ltctest::TempStore &s, const QStringList &codes)
{
    QString csv = QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n");
    for (const QString &code : codes)
        csv += QStringLiteral("%1,护理站%1,CARE,2,HOME_VISIT,2026-01-01,2026-12-31,330302\n").arg(code);
    REQUIRE(s->importer().importFile(ltctest::admin(), QStringLiteral("institutions"), s.file(QStringLiteral("i.csv"), csv.toUtf8()))
                .rows
            == codes.size());
}

QJsonObject scoreArgs(const QString &code, int year, int score, const QString &scoredOn)
{
    return {{QStringLiteral("id"), QStringLiteral("PS-%1-%2").arg(code).arg(year)},
            {QStringLiteral("institution_code"), code},
            {QStringLiteral("year"), year},
            {QStringLiteral("criteria_set"), QStringLiteral("CHANGNING_STARS")},
            {QStringLiteral("scored_on"), scoredOn},
            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("服务质量")},
                                                             {QStringLiteral("max"), 100},
                                                             {QStringLiteral("points"), score}}}}};
}

// A renewal from 2027-01-01, signed 2026-12-01, running `years` years plus `extraDays`.
QJsonObject renewalArgs(const QString &code, int years, int extraDays = 0)
{
    const QDate from = day(2027, 1, 1);
    return {{QStringLiteral("id"), QStringLiteral("RN-%1-%2-%3").arg(code).arg(years).arg(extraDays)},
            {QStringLiteral("institution_code"), code},
            {QStringLiteral("valid_from"), from.toString(Qt::ISODate)},
            {QStringLiteral("valid_to"), ltc::agreements::lastDayOfYears(from, years).addDays(extraDays).toString(Qt::ISODate)},
            {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT")},
            {QStringLiteral("signed_on"), QStringLiteral("2026-12-01")}};
}

} // namespace

TEST_CASE("Renewal: the longest term by the latest performance score, from the policy's renewal_terms, at the band "
          "edges",
          "[agreements]")
{
    Office office;
    requireOk(office.s->commands().execute(ltctest::admin(), QStringLiteral("policy.load"), wenzhouPolicy()));
    // Score → the longest renewal it allows.
    const QList<std::pair<int, int>> bands{{60, 1}, {74, 1}, {75, 2}, {89, 2}, {90, 3}, {100, 3}};
    QStringList codes;
    for (const auto &[score, years] : bands)
        codes << QStringLiteral("S%1").arg(score);
    importInstitutions(office.s, codes << QStringLiteral("S59") << QStringLiteral("NONE") << QStringLiteral("LATE"));
    for (const auto &[score, years] : bands) {
        const QString code = QStringLiteral("S%1").arg(score);
        INFO(str(code));
        requireOk(office.run(QStringLiteral("performance.record_score"), scoreArgs(code, 2025, score, QStringLiteral("2025-12-20"))));
        const CommandOutcome tooLong = office.run(QStringLiteral("agreement.sign"), renewalArgs(code, years, 1));
        CHECK(codeOf(tooLong) == QStringLiteral("invalid"));  // a day beyond the band's years
        CHECK(tooLong.error->message.contains(QStringLiteral("at most %1 year").arg(years)));
        requireOk(office.run(QStringLiteral("agreement.sign"), renewalArgs(code, years)));
    }
    // Below the lowest row, or no score at all: no renewal, the message names the policy's field.
    requireOk(office.run(QStringLiteral("performance.record_score"),
                         scoreArgs(QStringLiteral("S59"), 2025, 59, QStringLiteral("2025-12-20"))));
    for (const QString &code : {QStringLiteral("S59"), QStringLiteral("NONE")}) {
        const CommandOutcome refused = office.run(QStringLiteral("agreement.sign"), renewalArgs(code, 1));
        CHECK(codeOf(refused) == QStringLiteral("state"));
        CHECK(refused.error->message.startsWith(QStringLiteral("renewal_terms:")));
    }
    // The latest year decides; a score recorded after the signing does not count.
    requireOk(office.run(QStringLiteral("performance.record_score"),
                         scoreArgs(QStringLiteral("LATE"), 2024, 95, QStringLiteral("2024-12-20"))));
    requireOk(office.run(QStringLiteral("performance.record_score"),
                         scoreArgs(QStringLiteral("LATE"), 2025, 80, QStringLiteral("2025-12-20"))));
    requireOk(office.run(QStringLiteral("performance.record_score"),
                         scoreArgs(QStringLiteral("LATE"), 2026, 95, QStringLiteral("2026-12-02"))));
    CHECK(codeOf(office.run(QStringLiteral("agreement.sign"), renewalArgs(QStringLiteral("LATE"), 3))) == QStringLiteral("invalid"));
    requireOk(office.run(QStringLiteral("agreement.sign"), renewalArgs(QStringLiteral("LATE"), 2)));
    // A first agreement is not a renewal: it is a year whatever the score (the designation test).
}

TEST_CASE("Renewal: a policy without renewal_terms keeps 3 years without a score; the table is validated",
          "[agreements]")
{
    Office office;
    requireOk(office.s->commands().execute(ltctest::admin(), QStringLiteral("policy.load"), wenzhouPolicy(false)));
    importInstitutions(office.s, {QStringLiteral("P1")});
    CHECK(codeOf(office.run(QStringLiteral("agreement.sign"), renewalArgs(QStringLiteral("P1"), 3, 1))) == QStringLiteral("invalid"));
    requireOk(office.run(QStringLiteral("agreement.sign"), renewalArgs(QStringLiteral("P1"), 3)));

    QStringList errors;
    QJsonObject policy = wenzhouPolicy();
    const std::optional<Policy> parsed = Policy::fromJson(policy, &errors);
    REQUIRE(parsed);
    CHECK(parsed->renewalYearsFor(59) == std::nullopt);
    CHECK(parsed->renewalYearsFor(75) == 2);
    CHECK(Policy::fromJson(parsed->toJson(), &errors)->renewalTerms.size() == 3);  // kept through toJson
    policy.insert(QStringLiteral("renewal_terms"),
                  QJsonArray{QJsonObject{{QStringLiteral("score_at_least"), 90}, {QStringLiteral("max_years"), 4}},
                             QJsonObject{{QStringLiteral("max_years"), 1}, {QStringLiteral("years"), 1}}});
    errors.clear();
    CHECK_FALSE(Policy::fromJson(policy, &errors));
    CHECK(errors.join(u'\n').contains(QStringLiteral("renewal_terms[0].max_years")));
    CHECK(errors.join(u'\n').contains(QStringLiteral("renewal_terms[1].score_at_least")));
    CHECK(errors.join(u'\n').contains(QStringLiteral("renewal_terms[1].years")));
    errors.clear();
    policy.insert(QStringLiteral("renewal_terms"), QJsonArray{});
    CHECK_FALSE(Policy::fromJson(policy, &errors));
    CHECK(errors.join(u'\n').contains(QStringLiteral("renewal_terms")));
}
