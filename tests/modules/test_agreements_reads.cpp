// What the agreements screens read (agreements/domain/agreementreads.h): the institution list's
// agreement states on a day and its filters, done by SQL, the designated list, an institution's
// history from the audit trail, and the designations' deadlines in working days.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"

#include "agreements/domain/agreementnotices.h"
#include "agreements/domain/agreementreads.h"
#include "agreements/domain/designationcommands.h"
#include "database/records/corereads.h"
#include "database/sql.h"
#include "demodata.h"

#include <QJsonArray>
#include <QMap>

using namespace ltc;
using namespace ltc::agreements;
using ltctest::str;

namespace {

const QDate kToday(2026, 6, 1);  // a Monday

void requireOk(const CommandOutcome &outcome)
{
    INFO((outcome.ok() ? std::string() : str(outcome.error->message)));
    REQUIRE(outcome.ok());
}

QStringList codes(const QList<InstitutionRow> &rows)
{
    QStringList list;
    for (const InstitutionRow &row : rows)
        list << row.code;
    return list;
}

// Six institutions, one in each agreement state on 1 June 2026.
struct Registry {
    ltctest::TempStore s;
    UserIdentity admin = ltctest::admin();
    UserIdentity officer = ltctest::user(QStringLiteral("officer"), {QStringLiteral("agreement_officer")},
                                         QStringLiteral("330302"));

    Registry()
    {
        const ImportReport report = s->importer().importFile(
            admin, QStringLiteral("institutions"),
            s.file(QStringLiteral("institutions.csv"),
                   "code,name,kind,grade,service_forms,agreement_from,agreement_to,suspended_from,suspended_to,district\n"
                   "A,甲护理院,CARE,1,INST,2025-01-01,2027-12-31,2026-05-01,,330302\n"
                   "B,乙护理站,CARE,1,HOME_VISIT,2025-01-01,2026-07-15,,,330302\n"
                   "C,丙护理站,CARE,1,HOME_VISIT,2024-01-01,2026-03-31,,,330302\n"
                   "E,戊护理院,CARE,1,INST,2025-01-01,2025-12-31,,,330302\n"
                   "F,己评估中心,ASSESS,1,ASSESS,2026-09-01,2027-08-31,,,330302\n"));
        INFO(str(report.failure) << str(report.issues.formatErrors(QStringLiteral("institutions"))));
        REQUIRE(report.ok());
        requireOk(run(QStringLiteral("designation.apply"),
                      {{QStringLiteral("id"), QStringLiteral("D1")}, {QStringLiteral("institution_code"), QStringLiteral("D")},
                       {QStringLiteral("applied_on"), QStringLiteral("2026-05-25")}, {QStringLiteral("name"), QStringLiteral("丁护理站")},
                       {QStringLiteral("kind"), QStringLiteral("CARE")}, {QStringLiteral("grade"), 1},
                       {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT")}}));
        requireOk(run(QStringLiteral("agreement.sign"),
                      {{QStringLiteral("id"), QStringLiteral("E2")}, {QStringLiteral("institution_code"), QStringLiteral("E")},
                       {QStringLiteral("valid_from"), QStringLiteral("2026-01-01")},
                       {QStringLiteral("valid_to"), QStringLiteral("2026-12-31")},
                       {QStringLiteral("service_forms"), QStringLiteral("INST")},
                       {QStringLiteral("signed_on"), QStringLiteral("2025-12-20")}}));
        requireOk(run(QStringLiteral("agreement.end"),
                      {{QStringLiteral("id"), QStringLiteral("E2")}, {QStringLiteral("ended_on"), QStringLiteral("2026-05-01")},
                       {QStringLiteral("reason"), QStringLiteral("协议解除")}}));
    }
    CommandOutcome run(const QString &name, const QJsonObject &args) { return s->commands().execute(officer, name, args); }
    QList<InstitutionRow> list(const InstitutionFilter &filter)
    {
        QSqlDatabase db = s.db();
        QList<InstitutionRow> rows;
        REQUIRE(listInstitutions(db, filter, kToday, 100, 0, rows));
        CHECK(countInstitutions(db, filter, kToday) == rows.size());
        return rows;
    }
};

} // namespace

TEST_CASE("Agreements reads: each institution's agreement state on a day, filtered by SQL", "[agreements]")
{
    Registry registry;
    const QList<InstitutionRow> all = registry.list({});
    REQUIRE(codes(all) == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                      QStringLiteral("E"), QStringLiteral("F")});
    QStringList states;
    for (const InstitutionRow &row : all)
        states << row.status;
    CHECK(states == QStringList{listed::InForce, listed::Expiring, listed::Overdue, listed::None, listed::Ended,
                                listed::NotStarted});
    CHECK(all.at(0).suspended);  // settlement suspended from 1 May until further notice
    CHECK_FALSE(all.at(1).suspended);
    CHECK(all.at(1).lastAgreementDay == QDate(2026, 7, 15));
    CHECK(all.at(3).designation == state::Applied);

    InstitutionFilter expiring;
    expiring.expiring = true;
    CHECK(codes(registry.list(expiring)) == QStringList{QStringLiteral("C"), QStringLiteral("B")});  // soonest first
    InstitutionFilter overdue;
    overdue.status = listed::Overdue;
    CHECK(codes(registry.list(overdue)) == QStringList{QStringLiteral("C")});
    InstitutionFilter assess;
    assess.kind = QStringLiteral("ASSESS");
    CHECK(codes(registry.list(assess)) == QStringList{QStringLiteral("F")});
    InstitutionFilter named;
    named.text = QStringLiteral("护理站");
    CHECK(codes(registry.list(named)) == QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    named.text = QStringLiteral("100%");  // taken literally
    CHECK(registry.list(named).isEmpty());
    InstitutionFilter elsewhere;
    elsewhere.district = QStringLiteral("330303");
    CHECK(registry.list(elsewhere).isEmpty());

    QSqlDatabase db = registry.s.db();
    CHECK(codes(designatedInstitutions(db, kToday)) == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    const QString list = designatedListHtml({QStringLiteral("鹿城区医疗保障局"), kToday}, designatedInstitutions(db, kToday), {});
    CHECK(list.contains(QStringLiteral("甲护理院")));
    CHECK_FALSE(list.contains(QStringLiteral("丙护理站")));

    // E's page: its agreements (the imported one and the one ended) and its history.
    const QList<AgreementEntry> agreements = agreementsOf(db, QStringLiteral("E"));
    REQUIRE(agreements.size() == 2);
    CHECK(agreements.at(0).id == QStringLiteral("E2"));
    CHECK(agreements.at(0).endedOn == QDate(2026, 5, 1));
    CHECK(agreements.at(1).id == QStringLiteral("import:E"));
    QStringList actions;
    for (const HistoryEntry &entry : historyOf(db, QStringLiteral("E")))
        actions << entry.action;
    CHECK(actions.mid(0, 2) == QStringList{QStringLiteral("agreement.end"), QStringLiteral("agreement.sign")});
    CHECK_FALSE(actions.contains(QStringLiteral("designation.apply")));  // D's, not E's
}

TEST_CASE("Agreements reads: a designation's deadline in working days, overdue marked", "[agreements]")
{
    Registry registry;
    requireOk(registry.run(QStringLiteral("designation.request_materials"),
                           {{QStringLiteral("id"), QStringLiteral("D1")}, {QStringLiteral("requested_on"), QStringLiteral("2026-05-26")},
                            {QStringLiteral("items"), QJsonArray{QStringLiteral("消防验收合格证明")}}}));
    QSqlDatabase db = registry.s.db();
    const QList<Designation> open = listDesignations(db, true);
    REQUIRE(open.size() == 1);
    const Designation &d = open.first();
    CHECK(d.deadline() == QDate(2026, 6, 9));  // 10 working days after 26 May
    const WorkCalendar calendar = loadCalendar(db);
    CHECK(deadlineLeft(calendar, d.deadline(), kToday).workingDays == 6);
    const DeadlineLeft late = deadlineLeft(calendar, d.deadline(), QDate(2026, 6, 11));
    CHECK(late.overdue);
    CHECK(late.workingDays == -2);
    CHECK(deadlineLeft(calendar, d.deadline(), QDate(2026, 6, 9)).dueToday);
    const QString notice = materialsNoticeHtml({QStringLiteral("鹿城区医疗保障局"), kToday}, d);
    CHECK(notice.contains(QStringLiteral("一次性告知")));
    CHECK(notice.contains(QStringLiteral("消防验收合格证明")));
    CHECK(notice.contains(QStringLiteral("2026年6月9日")));
}

TEST_CASE("Agreements reads: the demo district has an institution in every agreement state", "[agreements][demo]")
{
    ltctest::TempStore s;
    DemoOptions options;
    options.persons = 20;
    options.months = 1;
    QString error;
    const bool built = buildDemo(*s.store, options, &error);
    INFO(str(error));
    REQUIRE(built);
    QSqlDatabase db = s.db();
    const QDate day(2026, 12, 1);
    QList<InstitutionRow> rows;
    REQUIRE(listInstitutions(db, {}, day, 1000, 0, rows));
    QMap<QString, QString> status;
    QMap<QString, QString> endKind;
    for (const InstitutionRow &row : rows) {
        status.insert(row.code, row.status);
        endKind.insert(row.code, row.endKind);
    }
    for (const QString &state : institutionStatuses()) {
        INFO(str(state));
        CHECK(status.values().contains(state));
    }
    CHECK(str(status.value(QStringLiteral("N330302006"))) == str(listed::Overdue));   // ran out 30 April 2026
    CHECK(str(status.value(QStringLiteral("N330302007"))) == str(listed::Ended));     // 解除 on 1 December 2025
    CHECK(str(endKind.value(QStringLiteral("N330302007"))) == "TERMINATE");  // the list says 解除, not 中止
    CHECK(endKind.value(QStringLiteral("N330302006")).isEmpty());
    CHECK(str(status.value(QStringLiteral("N330302008"))) == str(listed::NotStarted));  // from 2027
    const QList<AgreementEntry> ended = agreementsOf(db, QStringLiteral("N330302007"));
    REQUIRE(ended.size() == 1);
    CHECK(ended.at(0).endedOn == QDate(2025, 12, 1));
    CHECK(ended.at(0).endKind == QStringLiteral("TERMINATE"));
    CHECK(ended.at(0).filedOn == QDate(2025, 12, 3));  // filed (报备) two days later
    InstitutionFilter reminders;
    reminders.expiring = true;
    QList<InstitutionRow> due;
    REQUIRE(listInstitutions(db, reminders, day, 1000, 0, due));
    CHECK(codes(due).contains(QStringLiteral("N330302006")));
    // None of them has claims: the settlement demo's figures are the ones before them.
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM claim_lines WHERE institution_code LIKE 'N%'")).toInt() == 0);
}

TEST_CASE("Agreements reads: the institution list ordered by a column in SQL, either way, pages not overlapping",
          "[agreements]")
{
    Registry registry;
    QSqlDatabase db = registry.s.db();
    const auto listed = [&db](InstitutionOrder by, bool descending, int limit = 100, int offset = 0) {
        QList<InstitutionRow> rows;
        REQUIRE(listInstitutions(db, {}, kToday, limit, offset, rows, nullptr, {by, descending}));
        return codes(rows);
    };
    // Last days: E 2025-12-31 (its signed one ended), C 2026-03-31, B 2026-07-15, F 2027-08-31,
    // A 2027-12-31; D has none and stays last either way.
    CHECK(listed(InstitutionOrder::LastDay, false)
          == QStringList{QStringLiteral("E"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("F"),
                         QStringLiteral("A"), QStringLiteral("D")});
    CHECK(listed(InstitutionOrder::LastDay, true)
          == QStringList{QStringLiteral("A"), QStringLiteral("F"), QStringLiteral("B"), QStringLiteral("C"),
                         QStringLiteral("E"), QStringLiteral("D")});
    // Names by code point: 丁 U+4E01, 丙 U+4E19, 乙 U+4E59, 己 U+5DF1, 戊 U+620A, 甲 U+7532.
    CHECK(listed(InstitutionOrder::Name, false)
          == QStringList{QStringLiteral("D"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("F"),
                         QStringLiteral("E"), QStringLiteral("A")});
    CHECK(listed(InstitutionOrder::Name, true).first() == QStringLiteral("A"));
    // The states in institutionStatuses()' order: in force, expiring, overdue, ended, not started, none.
    CHECK(listed(InstitutionOrder::Status, false)
          == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("E"),
                         QStringLiteral("F"), QStringLiteral("D")});
    // Pages of two add up to the whole order.
    CHECK(listed(InstitutionOrder::LastDay, true, 2, 0) + listed(InstitutionOrder::LastDay, true, 2, 2)
              + listed(InstitutionOrder::LastDay, true, 2, 4)
          == listed(InstitutionOrder::LastDay, true));
}

TEST_CASE("Agreements reads: a staff member's history, a re-import that changes the role and sanctions with their "
          "first and last day",
          "[agreements]")
{
    Registry registry;
    const QByteArray idNumber = ltctest::citizenId(QStringLiteral("330302"), QDate(1980, 1, 2), 11).toUtf8();
    const auto importStaff = [&](const QByteArray &role, const QByteArray &certificate) {
        const ImportReport report = registry.s->importer().importFile(
            registry.admin, QStringLiteral("staff"),
            registry.s.file(QStringLiteral("staff.csv"),
                            "staff_no,institution_code,name,id_number,role,certificate_no,employed_from\n"
                            "S1,A,张护理," + idNumber + "," + role + "," + certificate + ",2025-03-01\n"));
        INFO(str(report.failure));
        REQUIRE(report.ok());
    };
    QSqlDatabase db = registry.s.db();
    CHECK_FALSE(staffHistory(db, QStringLiteral("S1")).has_value());
    importStaff("CAREGIVER", "ZJ000001");
    importStaff("CAREGIVER", "ZJ000001");  // the same file again changes nothing
    importStaff("NURSE", "HS000009");
    requireOk(registry.run(QStringLiteral("staff.suspend_settlement"),
                           {{QStringLiteral("staff_no"), QStringLiteral("S1")},
                            {QStringLiteral("suspended_from"), QStringLiteral("2026-08-01")}, {QStringLiteral("months"), 3}}));
    requireOk(registry.run(QStringLiteral("staff.bar"), {{QStringLiteral("staff_no"), QStringLiteral("S1")},
                                                         {QStringLiteral("barred_from"), QStringLiteral("2027-01-10")},
                                                         {QStringLiteral("years"), 1}}));

    const std::optional<StaffHistory> history = staffHistory(db, QStringLiteral("S1"));
    REQUIRE(history.has_value());
    CHECK(history->name == QStringLiteral("张护理"));
    REQUIRE(history->versions.size() == 4);
    const StaffVersion &first = history->versions.at(0);
    CHECK(first.version == 1);
    CHECK(first.role == QStringLiteral("CAREGIVER"));
    CHECK(first.employedFrom == QDate(2025, 3, 1));
    CHECK(first.changed.isEmpty());
    CHECK_FALSE(first.recordedAt.isEmpty());
    const StaffVersion &reimported = history->versions.at(1);
    CHECK(reimported.role == QStringLiteral("NURSE"));
    CHECK(reimported.changed == QStringList{QStringLiteral("role"), QStringLiteral("certificate_no")});
    // 3 months from 1 August: the last day is 31 October.
    const StaffVersion &suspended = history->versions.at(2);
    CHECK(suspended.changed == QStringList{QStringLiteral("suspended_from"), QStringLiteral("suspended_to")});
    CHECK(suspended.suspendedFrom == QDate(2026, 8, 1));
    CHECK(suspended.suspendedTo == QDate(2026, 10, 31));
    // A year from 10 January 2027: the last day is 9 January 2028; the suspension stays on record.
    const StaffVersion &barred = history->versions.at(3);
    CHECK(barred.changed == QStringList{QStringLiteral("barred_from"), QStringLiteral("barred_to")});
    CHECK(barred.barredFrom == QDate(2027, 1, 10));
    CHECK(barred.barredTo == QDate(2028, 1, 9));
    CHECK(barred.suspendedTo == QDate(2026, 10, 31));
    CHECK(history->representativeBars.isEmpty());

    // The same person as an institution's legal representative, barred for 5 years.
    requireOk(registry.run(QStringLiteral("institution.update_profile"),
                           {{QStringLiteral("code"), QStringLiteral("B")}, {QStringLiteral("legal_representative"), QStringLiteral("张护理")},
                            {QStringLiteral("legal_representative_id"), QString::fromUtf8(idNumber)}}));
    requireOk(registry.run(QStringLiteral("representative.bar"),
                           {{QStringLiteral("id"), QStringLiteral("RB1")}, {QStringLiteral("institution_code"), QStringLiteral("B")},
                            {QStringLiteral("barred_from"), QStringLiteral("2026-09-01")},
                            {QStringLiteral("reason"), QStringLiteral("虚构服务")}}));
    const std::optional<StaffHistory> withBar = staffHistory(db, QStringLiteral("S1"));
    REQUIRE(withBar->representativeBars.size() == 1);
    CHECK(withBar->representativeBars.at(0).from == QDate(2026, 9, 1));
    CHECK(withBar->representativeBars.at(0).to == QDate(2031, 8, 31));
    CHECK(withBar->versions.size() == 4);
}
