// What the agreements screens read (agreements/domain/agreementreads.h): the institution list's
// agreement states on a day and its filters, done by SQL, the designated list, an institution's
// history from the audit trail, and the designations' deadlines in working days.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"

#include "agreements/domain/agreementnotices.h"
#include "agreements/domain/agreementreads.h"
#include "agreements/domain/designationcommands.h"
#include "database/records/corereads.h"

#include <QJsonArray>

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
