#include "demodata.h"
#include "localmeta.h"
#include "sql.h"

#include "core/citizenid.h"
#include "core/creditcode.h"
#include "coredomain.h"
#include "localstore.h"
#include "records/corereads.h"
#include "records/handovers.h"
#include "sql.h"

#include <QDir>
#include <QFile>
#include <functional>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

namespace ltc {
namespace {

const QStringList kSurnames = QStringLiteral(
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 郑 谢 叶 潘 金 蔡 章 胡 陆 池 季 邵 戴 夏")
                                  .split(QLatin1Char(' '));
const QString kGivenChars = QStringLiteral("秀英桂兰玉珍美华淑芳丽敏静建国志强明德福海永春荣文成伟林平安宝庆祥云凤霞");
const QStringList kStreets = QStringLiteral("五马街道 南汇街道 松台街道 双屿街道 七都街道 滨江街道 蒲鞋市街道 大南街道")
                                 .split(QLatin1Char(' '));

class DemoWriter {
public:
    DemoWriter(const DemoOptions &options) : m_options(options), m_random(options.seed) {}

    QString personsCsv();
    QString institutionsCsv();
    QString beneficiariesCsv();
    QString hospitalStaysCsv();
    QString claimsCsv();
    QString staffCsv();  // after the claims: the random draws before it stay as they were

private:
    QString chineseName();
    QString citizenId(Sex sex, QDate birth);
    QString creditCode();
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    QDate dateBetween(QDate from, QDate to) { return from.addDays(between(0, int(from.daysTo(to)))); }

    struct DemoPerson {
        QString personNo;
        QDate endsOn;  // death or end of insurance; null: insured throughout
    };
    struct DemoBeneficiary {
        QString personNo;
        int level = 0;
        QDate concludedOn;
        QDate validUntil;
        QString form;
        QDate endsOn;
    };
    struct DemoInstitution {
        QString code;
        QStringList forms;
    };

    const DemoOptions &m_options;
    QRandomGenerator m_random;
    QList<DemoPerson> m_persons;
    QSet<QString> m_ids;
    QList<DemoBeneficiary> m_beneficiaries;
    QList<DemoInstitution> m_careInstitutions;
    QHash<QString, QPair<QDate, QDate>> m_stays;
};

// The demo's months end with October 2026 whatever the day it is built: the same seed always
// gives the same database.
const QDate kLastDemoMonth(2026, 10, 1);

QString DemoWriter::chineseName()
{
    QString name = kSurnames.at(between(0, int(kSurnames.size()) - 1));
    const int givenLength = between(1, 2);
    for (int i = 0; i < givenLength; ++i)
        name += kGivenChars.at(between(0, int(kGivenChars.size()) - 1));
    return name;
}

QString DemoWriter::citizenId(Sex sex, QDate birth)
{
    for (;;) {  // two people born the same day may not draw the same sequence number
        int sequence = between(0, 998);
        if ((sequence % 2 == 1) != (sex == Sex::Male))
            ++sequence;  // odd sequence numbers are men's
        const QString first17 = m_options.district + birth.toString(QStringLiteral("yyyyMMdd"))
                                + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        const QString id = first17 + citizenIdCheckChar(first17);
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

QString DemoWriter::creditCode()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString first17 = QStringLiteral("52") + m_options.district;  // 52: private non-enterprise unit
    for (int i = 0; i < 9; ++i)
        first17 += alphabet.at(between(0, 30));
    return first17 + creditCodeCheckChar(first17);
}

QString DemoWriter::personsCsv()
{
    QString csv = QStringLiteral("person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,insured_until,"
                                 "died_on,district\n");
    QTextStream out(&csv);
    for (int i = 1; i <= m_options.persons; ++i) {
        const Sex sex = between(0, 9) < 6 ? Sex::Female : Sex::Male;  // care recipients are mostly women
        const QDate birth = dateBetween(QDate(1928, 1, 1), QDate(1962, 12, 31));
        const QDate enrolled = dateBetween(QDate(1998, 1, 1), QDate(2022, 12, 31));
        const bool died = between(0, 99) < 3;
        const bool ended = !died && between(0, 99) < 2;
        const QDate endsOn = died || ended ? dateBetween(QDate(2025, 6, 1), QDate(2026, 10, 31)) : QDate();
        const QString personNo =
            QStringLiteral("P%1").arg(m_options.district.right(4) + QStringLiteral("%1").arg(i, 7, 10, QLatin1Char('0')));
        m_persons.append({personNo, endsOn});
        out << personNo << ',' << citizenId(sex, birth) << ',' << chineseName() << ',' << sexCode(sex) << ','
            << birth.toString(Qt::ISODate) << ',' << (between(0, 9) < 7 ? "EMPLOYEE" : "RESIDENT") << ','
            << enrolled.toString(Qt::ISODate) << ',' << (ended ? endsOn.toString(Qt::ISODate) : QString()) << ','
            << (died ? endsOn.toString(Qt::ISODate) : QString()) << ',' << m_options.district << '\n';
    }
    return csv;
}

QString DemoWriter::institutionsCsv()
{
    struct Kind { const char *suffix; const char *kind; const char *forms; };
    static const Kind kinds[] = {
        {"护理院", "CARE", "INST|HOME_VISIT"}, {"居家养老服务中心", "CARE", "HOME_VISIT|FAMILY"},
        {"颐养院", "CARE", "INST"},           {"社区卫生服务中心", "CARE", "HOME_VISIT|FAMILY"},
        {"失能评估中心", "ASSESS", "ASSESS"},
    };
    QString csv = QStringLiteral("code,name,kind,uscc,grade,service_forms,agreement_from,agreement_to,suspended_from,"
                                 "suspended_to,district\n");
    QTextStream out(&csv);
    for (int i = 1; i <= 15; ++i) {
        const Kind &kind = kinds[(i - 1) % 5];
        const QString street = kStreets.at((i - 1) % kStreets.size());
        const bool suspended = i == 7;  // one institution under settlement suspension, as in real districts
        if (QString::fromLatin1(kind.kind) == QStringLiteral("CARE"))
            m_careInstitutions.append({QStringLiteral("I%1%2").arg(m_options.district).arg(i, 3, 10, QLatin1Char('0')),
                                       QString::fromLatin1(kind.forms).split(QLatin1Char('|'))});
        out << QStringLiteral("I%1%2").arg(m_options.district).arg(i, 3, 10, QLatin1Char('0')) << ",鹿城区"
            << street.left(street.size() - 2) << QString::fromUtf8(kind.suffix) << ',' << kind.kind << ','
            << creditCode() << ',' << between(1, 3) << ',' << kind.forms << ",2025-01-01,"
            << (i % 4 == 0 ? "2026-12-31" : "2027-12-31") << ','
            << (suspended ? "2026-09-01" : "") << ',' << (suspended ? "2026-11-30" : "") << ',' << m_options.district
            << '\n';
    }
    return csv;
}

// Each care institution's staff: care workers, a nurse, and at some a doctor; one care worker
// who left in the summer, one suspended from settlement (seed 004 §36), one barred.
QString DemoWriter::staffCsv()
{
    QString csv = QStringLiteral("staff_no,institution_code,name,id_number,role,certificate_no,employed_from,employed_to,"
                                 "suspended_from,suspended_to,barred_from,barred_to\n");
    QTextStream out(&csv);
    int serial = 0;
    for (const DemoInstitution &institution : std::as_const(m_careInstitutions)) {
        const int workers = between(3, 6);
        for (int i = 0; i < workers + 2; ++i) {
            const QString role = i < workers ? QStringLiteral("CAREGIVER") : i == workers ? QStringLiteral("NURSE")
                                                                                          : QStringLiteral("DOCTOR");
            ++serial;
            const Sex sex = between(0, 1) ? Sex::Male : Sex::Female;
            const QDate birth = dateBetween(QDate(1965, 1, 1), QDate(2000, 12, 31));
            const bool left = serial % 11 == 0;
            const bool suspended = serial == 5;
            const bool barred = serial == 9;
            out << QStringLiteral("S%1%2").arg(m_options.district).arg(serial, 4, 10, QLatin1Char('0')) << ','
                << institution.code << ',' << chineseName() << ',' << citizenId(sex, birth) << ',' << role << ','
                << QStringLiteral("ZJ%1").arg(serial, 6, 10, QLatin1Char('0')) << ",2024-07-01,"
                << (left ? "2026-07-31" : "") << ',' << (suspended ? "2026-08-01,2026-10-31" : ",") << ','
                << (barred ? "2026-09-15,2027-09-14" : ",") << '\n';
        }
    }
    return csv;
}

// About four in ten insured persons hold a conclusion, most of them at a severe level.
QString DemoWriter::beneficiariesCsv()
{
    static const int levels[] = {1, 2, 3, 3, 3, 4, 4, 5, 5, 2};
    static const char *const forms[] = {"HOME_VISIT", "INST", "FAMILY"};
    QString csv = QStringLiteral("person_no,level,concluded_on,valid_until,service_form,institution_code\n");
    QTextStream out(&csv);
    for (const DemoPerson &person : m_persons) {
        if (between(0, 99) >= 40)
            continue;
        const QDate concluded = dateBetween(QDate(2024, 12, 1), kLastDemoMonth.addMonths(-1));
        const DemoBeneficiary beneficiary{person.personNo, levels[between(0, 9)], concluded,
                                          concluded.addYears(2).addDays(-1), QString::fromLatin1(forms[between(0, 2)]),
                                          person.endsOn};
        m_beneficiaries.append(beneficiary);
        out << beneficiary.personNo << ',' << beneficiary.level << ',' << concluded.toString(Qt::ISODate) << ','
            << beneficiary.validUntil.toString(Qt::ISODate) << ',' << beneficiary.form << ",\n";
    }
    return csv;
}

QString DemoWriter::hospitalStaysCsv()
{
    QString csv = QStringLiteral("person_no,admitted_on,discharged_on\n");
    QTextStream out(&csv);
    for (const DemoBeneficiary &b : m_beneficiaries) {
        if (between(0, 99) >= 8)
            continue;
        const QDate admitted = dateBetween(kLastDemoMonth.addMonths(-m_options.months), kLastDemoMonth.addMonths(1));
        const QDate discharged = between(0, 9) == 0 ? QDate() : admitted.addDays(between(2, 20));
        m_stays.insert(b.personNo, {admitted, discharged});
        out << b.personNo << ',' << admitted.toString(Qt::ISODate) << ','
            << (discharged.isValid() ? discharged.toString(Qt::ISODate) : QString()) << '\n';
    }
    return csv;
}

// One line a month for every severe beneficiary, from an institution offering the form; amounts
// near the Wenzhou caps, with the kinds of error a real month holds: overclaims, days that do
// not add up, the same days claimed by a second institution, claims during hospital stays.
QString DemoWriter::claimsCsv()
{
    static const QHash<QString, QList<Fen>> caps{
        {QStringLiteral("HOME_VISIT"), {178800, 238400, 298000}},
        {QStringLiteral("INST"), {178800, 238400, 298000}},
        {QStringLiteral("FAMILY"), {89400, 119200, 149000}}};
    QString csv = QStringLiteral("claim_no,institution_code,period,line_no,person_no,service_form,service_from,"
                                 "service_to,days,amount\n");
    QTextStream out(&csv);
    for (int back = m_options.months - 1; back >= 0; --back) {
        const QDate month = kLastDemoMonth.addMonths(-back);
        const QString period = month.toString(QStringLiteral("yyyy-MM"));
        QHash<QString, int> nextLine;
        for (const DemoBeneficiary &b : m_beneficiaries) {
            const QDate start = b.concludedOn.addMonths(1).addDays(1 - b.concludedOn.addMonths(1).day());
            if (b.level < 3 || start > month.addMonths(1).addDays(-1) || m_careInstitutions.isEmpty())
                continue;
            QList<const DemoInstitution *> offering;
            for (const DemoInstitution &institution : m_careInstitutions) {
                if (institution.forms.contains(b.form))
                    offering.append(&institution);
            }
            if (offering.isEmpty())
                continue;
            const DemoInstitution *institution = offering.at(qHash(b.personNo) % offering.size());
            QDate from = std::max(month, start);
            QDate to = month.addMonths(1).addDays(-1);
            if (b.endsOn.isValid() && between(0, 1) == 0 && b.endsOn >= from && b.endsOn < to)
                to = b.endsOn;
            int days = int(from.daysTo(to)) + 1;
            const Fen cap = caps.value(b.form).value(b.level - 3);
            Fen amount = cap * days / month.daysInMonth() - between(0, 3000);
            const int roll = between(0, 99);
            if (roll < 6)
                amount += between(5000, 40000);  // overclaim
            else if (roll < 8)
                days += 1;  // does not add up
            const QString claimNo = institution->code + QStringLiteral("-") + period;
            out << claimNo << ',' << institution->code << ',' << period << ',' << ++nextLine[claimNo] << ','
                << b.personNo << ',' << b.form << ',' << from.toString(Qt::ISODate) << ',' << to.toString(Qt::ISODate)
                << ',' << days << ',' << formatYuan(std::max<Fen>(amount, 0)) << '\n';
            if (roll >= 98 && offering.size() > 1) {  // a second institution claims the same days
                const DemoInstitution *other = offering.at((qHash(b.personNo) + 1) % offering.size());
                const QString otherClaim = other->code + QStringLiteral("-") + period;
                out << otherClaim << ',' << other->code << ',' << period << ',' << ++nextLine[otherClaim] << ','
                    << b.personNo << ',' << b.form << ',' << from.toString(Qt::ISODate) << ','
                    << to.toString(Qt::ISODate) << ',' << int(from.daysTo(to)) + 1 << ',' << formatYuan(amount) << '\n';
            }
        }
    }
    return csv;
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

// Goes through the same importer as a clerk's file: the same checks, the same audit entry.
bool importText(LocalStore &store, const UserIdentity &admin, const QString &kind, const QString &path, QString *error)
{
    const ImportReport report = store.importer().importFile(admin, kind, path);
    if (!report.ok() && error)
        *error = report.failure + report.issues.formatErrors(path).join(QLatin1Char('\n'));
    return report.ok();
}

// The seeds give no assessment fee (标准根据民政、财政部门有关规定), so Wenzhou's file names
// none; the demo sets 200 yuan so that its delivered conclusion has a fee line to review.
void demoAssessmentFee(QJsonObject &policy)
{
    QJsonObject terms = policy.value(QStringLiteral("assessment")).toObject();
    terms.insert(QStringLiteral("fee_fen"), 20000);
    policy.insert(QStringLiteral("assessment"), terms);
}

// `amend` changes the file's JSON before it is read: the demo's own figures where a region's
// file has none to give.
bool loadResourcePolicy(LocalStore &store, const QString &resource, QString *error,
                        const std::function<void(QJsonObject &)> &amend = {})
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (amend)
        amend(json);
    QStringList problems;
    const std::optional<Policy> policy = Policy::fromJson(json, &problems);
    if (!policy) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    QSqlDatabase db = store.database().connection();
    return savePolicy(db, *policy, error);
}

UserIdentity demoAdmin(const DemoOptions &options)
{
    return UserIdentity{QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("演示数据"),
                        allRoleIds(), options.district.left(4) + QStringLiteral("00")};
}

bool addDemoUsers(LocalStore &store, const DemoOptions &options, QString *error)
{
    static const QStringList surnames = QStringLiteral("王 李 张 刘 陈 杨 赵 周").split(QLatin1Char(' '));
    // The demo's people are Chinese staff whatever language the program runs in: their names
    // are data, not UI text.
    static const QStringList titles = QStringLiteral("经办员 协议管理员 初审员 复核员 拨付员 稽核员 科长 系统管理员 网办渠道")
                                          .split(QLatin1Char(' '));
    int index = 0;
    for (Role role : allRoles()) {
        const QString name = surnames.at(index % surnames.size()) + titles.at(index % titles.size());
        ++index;
        if (!store.users().add({roleId(role), roleId(role), name, {roleId(role)}, options.district}, demoPassword(), error))
            return false;
    }
    const QString city = options.district.left(4) + QStringLiteral("00");
    return store.users().add({QStringLiteral("city_manager"), QStringLiteral("city_manager"), QStringLiteral("市级管理者"),
                              {roleId(Role::Manager)}, city},
                             demoPassword(), error);
}
// Applications in every state of the review, some overdue, when the applications module is
// built in: made through its own commands (the demo knows their names, not their code), with
// received dates in the last weeks so that deadlines fall around today.
class DemoApplications {
public:
    DemoApplications(LocalStore &store, const UserIdentity &admin, quint32 seed)
        : m_store(store), m_admin(admin), m_random(seed ^ 0x5a17u)
    {
    }

    bool build(int count, QString *error)
    {
        if (!m_store.registry().command(QStringLiteral("application.submit")))
            return true;
        QSqlDatabase db = m_store.database().connection();
        QSqlQuery persons = querySql(db, QStringLiteral("SELECT person_no FROM persons WHERE died_on IS NULL ORDER BY "
                                                        "person_no LIMIT ?"),
                                     {count});
        QStringList numbers;
        while (persons.next())
            numbers << persons.value(0).toString();
        for (int i = 0; i < numbers.size(); ++i) {
            if (!application(i, numbers.at(i), error))
                return false;
        }
        return true;
    }

private:
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    static QString iso(QDate day) { return day.toString(Qt::ISODate); }

    bool run(const QString &name, const QJsonObject &args, QString *error)
    {
        const CommandOutcome outcome = m_store.commands().execute(m_admin, name, args);
        if (!outcome.ok() && error)
            *error = name + QStringLiteral(": ") + outcome.error->message;
        return outcome.ok();
    }

    // The i-th application: its state by turns — received (some overdue), awaiting materials,
    // in again after a request, accepted, refused with each of the six reasons in turn.
    bool application(int i, const QString &personNo, QString *error)
    {
        static const QStringList kinds{QStringLiteral("FIRST"), QStringLiteral("FIRST"), QStringLiteral("REASSESS"),
                                       QStringLiteral("DISPUTE")};
        static const QStringList reasons{QStringLiteral("NOT_INSURED"),  QStringLiteral("SHORT_INSURANCE"),
                                         QStringLiteral("NOT_ELIGIBLE"), QStringLiteral("OUT_OF_SCOPE"),
                                         QStringLiteral("MATERIALS"),    QStringLiteral("OTHER")};
        const QDate today = QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
        const int turn = i % 6;
        const QDate received = today.addDays(-(turn == 1 ? between(12, 30) : between(0, 8)));
        const QString id = QUuid::createUuidV5(QUuid(QStringLiteral("{0b7e6a7c-6f0e-4a55-8d0e-3f6c2b1d9a21}")),
                                               personNo + QString::number(i))
                               .toString(QUuid::WithoutBraces);
        const QJsonObject submission{{QStringLiteral("id"), id},
                                     {QStringLiteral("person_no"), personNo},
                                     {QStringLiteral("kind"), kindAllowed(kinds.at(i % kinds.size()), personNo, received)},
                                     {QStringLiteral("channel"), i % 3 == 0 ? QStringLiteral("ONLINE") : QStringLiteral("COUNTER")},
                                     {QStringLiteral("received_on"), iso(received)}};
        if (!run(QStringLiteral("application.submit"), submission, error))
            return false;
        const QJsonObject target{{QStringLiteral("id"), id}};
        const QDate requested = qMin(today, received.addDays(1));
        QJsonObject request = target;
        request.insert(QStringLiteral("items"), QJsonArray{QStringLiteral("DISCHARGE_SUMMARY"), QStringLiteral("SELF_ASSESSMENT")});
        request.insert(QStringLiteral("requested_on"), iso(requested));
        request.insert(QStringLiteral("note"), QStringLiteral("请补交最近一次出院小结和自评表"));
        QJsonObject refusal = target;
        refusal.insert(QStringLiteral("reason"), reasons.at((i / 6) % reasons.size()));
        refusal.insert(QStringLiteral("text"), QStringLiteral("经审核不符合受理条件"));
        switch (turn) {
        case 2: return run(QStringLiteral("application.request_materials"), request, error);
        case 3: {
            QJsonObject arrived = target;
            arrived.insert(QStringLiteral("received_on"), iso(qMin(today, requested.addDays(2))));
            return run(QStringLiteral("application.request_materials"), request, error)
                   && run(QStringLiteral("application.receive_materials"), arrived, error);
        }
        case 4: return run(QStringLiteral("application.accept"), target, error);
        case 5: return run(QStringLiteral("application.refuse"), refusal, error);
        default: return true;  // received: in time, or (turn 1) overdue
        }
    }

    // A re-assessment only where the one rule takes it on the day (core/assessmentterms.h: the
    // latest conclusion is the policy's months old); else the person applies for the first time.
    QString kindAllowed(const QString &kind, const QString &personNo, QDate received)
    {
        if (kind != QLatin1String("REASSESS"))
            return kind;
        QSqlDatabase db = m_store.database().connection();
        const QDate latest = QDate::fromString(
            scalarSql(db, QStringLiteral("SELECT MAX(concluded_on) FROM conclusions WHERE person_no = ? AND concluded_on <= ?"),
                      {personNo, iso(received)})
                .toString(),
            Qt::ISODate);
        const std::optional<PersonRecord> person = findPerson(db, personNo);
        const std::optional<Policy> policy = person ? policyFor(db, person->district, received) : std::nullopt;
        const int months = policy ? policy->assessment.reassessmentAfterMonths : AssessmentTerms().reassessmentAfterMonths;
        return latest.isValid() && !reassessmentRefusal(latest, months, received).isEmpty() ? QStringLiteral("FIRST") : kind;
    }

    LocalStore &m_store;
    UserIdentity m_admin;
    QRandomGenerator m_random;
};

// ---- assessments ---------------------------------------------------------------------------

// The assessment module's states, each reached through its commands, when the module is built
// in: the pool of assessors and experts at the assessment agencies (their demo staff lists have
// none), then a task per state — to dispatch, dispatched (and redrawn, with the reason),
// accepted by the agency with a note, assessed, awaiting the second expert, confirmed at a level
// that is not published, in publication, concluded, delivered, one overdue, one ended by a
// substantiated objection (its re-assessment waiting to be dispatched). Each task is a FIRST
// application of a person with neither an application nor a conclusion, accepted.
class DemoAssessments {
public:
    DemoAssessments(LocalStore &store, const UserIdentity &admin, const DemoOptions &options)
        : m_store(store), m_admin(admin), m_options(options)
    {
    }

    bool build(const QString &folder, QString *error)
    {
        if (!m_store.registry().command(QStringLiteral("assessment.dispatch")))
            return true;
        if (!addPool(folder, error))
            return false;
        const QStringList persons = freePersons(11);
        for (int i = 0; i < persons.size(); ++i) {
            if (!task(i, persons.at(i), error))
                return false;
        }
        // The delivered conclusion's fee line, for the month's first review (the settlements
        // module's command, where it is built in; no care figure changes).
        return !m_store.registry().command(QStringLiteral("assessment_fee.compute"))
               || run(QStringLiteral("assessment_fee.compute"),
                      {{QStringLiteral("period"), today().toString(QStringLiteral("yyyy-MM"))}}, error);
    }

private:
    static QString iso(QDate day) { return day.toString(Qt::ISODate); }
    QDate today() const { return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date(); }

    bool run(const QString &name, const QJsonObject &args, QString *error)
    {
        const CommandOutcome outcome = m_store.commands().execute(m_admin, name, args);
        if (!outcome.ok() && error)
            *error = name + QStringLiteral(": ") + outcome.error->message;
        return outcome.ok();
    }

    // Two experts and four assessors at each assessment agency, unless it has some already.
    bool addPool(const QString &folder, QString *error)
    {
        QSqlDatabase db = m_store.database().connection();
        QSqlQuery agencies = querySql(db, QStringLiteral("SELECT i.code FROM institutions i WHERE i.kind = 'ASSESS' AND NOT "
                                                         "EXISTS (SELECT 1 FROM staff s WHERE s.institution_code = i.code "
                                                         "AND s.role IN ('ASSESSOR', 'EXPERT')) ORDER BY i.code"));
        static const QStringList names = QStringLiteral("陈思远 林慧敏 黄文杰 周雅琴 吴国平 郑晓燕 王立新 李春梅 张卫东 刘淑华 杨志刚 "
                                                        "赵美玲 孙建平 朱丽萍 胡永强 郭秀兰 何明辉 高玉珍")
                                             .split(QLatin1Char(' '));
        QString csv = QStringLiteral("staff_no,institution_code,name,id_number,role,employed_from\n");
        int serial = 0;
        while (agencies.next()) {
            for (int i = 0; i < 6; ++i, ++serial) {
                // Born in 1975: district, date, a sequence number, its check character.
                const QString first17 = m_options.district
                                        + QStringLiteral("1975%1%2%3")
                                              .arg(1 + serial % 12, 2, 10, QLatin1Char('0'))
                                              .arg(10 + serial % 18, 2, 10, QLatin1Char('0'))
                                              .arg(101 + 2 * serial, 3, 10, QLatin1Char('0'));
                const QString id = first17 + citizenIdCheckChar(first17);
                csv += QStringLiteral("A%1%2,%3,%4,%5,%6,2024-01-01\n")
                           .arg(m_options.district)
                           .arg(serial + 1, 3, 10, QLatin1Char('0'))
                           .arg(agencies.value(0).toString(), names.at(serial % names.size()), id,
                                i < 2 ? QStringLiteral("EXPERT") : QStringLiteral("ASSESSOR"));
            }
        }
        if (serial == 0)
            return true;
        const QString path = QDir(folder).filePath(QStringLiteral("assessment-staff.csv"));
        return writeFile(path, csv, error) && importText(m_store, m_admin, QStringLiteral("staff"), path, error);
    }

    QStringList freePersons(int count)
    {
        QSqlDatabase db = m_store.database().connection();
        QSqlQuery q = querySql(db, QStringLiteral("SELECT p.person_no FROM persons p WHERE p.died_on IS NULL AND "
                                                  "p.insured_until IS NULL AND NOT EXISTS (SELECT 1 FROM applications a "
                                                  "WHERE a.person_no = p.person_no) AND NOT EXISTS (SELECT 1 FROM "
                                                  "conclusions c WHERE c.person_no = p.person_no) ORDER BY p.person_no "
                                                  "DESC LIMIT ?"),
                               {count});
        QStringList numbers;
        while (q.next())
            numbers << q.value(0).toString();
        return numbers;
    }

    static QJsonObject scores(bool severe)
    {
        const auto items = [](const QStringList &codes, const QList<int> &values) {
            QJsonObject object;
            for (int i = 0; i < codes.size(); ++i)
                object.insert(codes.at(i), values.at(i));
            return object;
        };
        const QStringList adl{QStringLiteral("EATING"),  QStringLiteral("DRESSING"), QStringLiteral("FACE_MOUTH"),
                              QStringLiteral("BOWEL"),   QStringLiteral("BLADDER"),  QStringLiteral("TOILET"),
                              QStringLiteral("WALKING"), QStringLiteral("TRANSFER"), QStringLiteral("STAIRS"),
                              QStringLiteral("BATHING")};
        const QStringList cognition{QStringLiteral("TIME"), QStringLiteral("PEOPLE"), QStringLiteral("PLACE"), QStringLiteral("MEMORY")};
        const QStringList perception{QStringLiteral("VISION"), QStringLiteral("HEARING"), QStringLiteral("COMMUNICATION")};
        if (!severe)
            return {{QStringLiteral("ADL"), items(adl, {10, 10, 5, 10, 10, 10, 15, 15, 10, 5})},
                    {QStringLiteral("COGNITION"), items(cognition, {4, 4, 4, 4})},
                    {QStringLiteral("PERCEPTION"), items(perception, {4, 4, 4})}};
        return {{QStringLiteral("ADL"), items(adl, {5, 5, 0, 5, 5, 5, 5, 10, 0, 0})},
                {QStringLiteral("COGNITION"), items(cognition, {0, 1, 0, 0})},
                {QStringLiteral("PERCEPTION"), items(perception, {4, 4, 4})}};
    }

    QString firstExpert(int n)
    {
        QSqlDatabase db = m_store.database().connection();
        return scalarSql(db, QStringLiteral("SELECT staff_no FROM staff WHERE role = 'EXPERT' AND institution_code IN "
                                            "(SELECT code FROM institutions WHERE kind = 'ASSESS') ORDER BY staff_no LIMIT 1 "
                                            "OFFSET ?"),
                         {n})
            .toString();
    }

    QString careInstitution()
    {
        // A nursing home with home visits, not suspended (institutionsCsv: I<district>001).
        return QStringLiteral("I%1%2").arg(m_options.district, QStringLiteral("001"));
    }

    // The i-th task, taken as far as its state: 0 to dispatch, 1 dispatched and redrawn, 2
    // accepted, 3 assessed, 4 one expert, 5 confirmed (level 0), 6 in publication, 7 concluded,
    // 8 delivered, 9 overdue, 10 disputed.
    bool task(int i, const QString &personNo, QString *error)
    {
        const QString application = QUuid::createUuidV5(QUuid(QStringLiteral("{5d1c9a43-2b7e-4c1f-9e0a-7a3b6c8d2e14}")),
                                                        personNo + QString::number(i))
                                        .toString(QUuid::WithoutBraces);
        const QJsonObject id{{QStringLiteral("id"), application}};
        if (!run(QStringLiteral("application.submit"),
                 {{QStringLiteral("id"), application}, {QStringLiteral("person_no"), personNo},
                  {QStringLiteral("kind"), QStringLiteral("FIRST")}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                  {QStringLiteral("received_on"), iso(today())}},
                 error)
            || !run(QStringLiteral("application.accept"), id, error))
            return false;
        const QString task = assessmentTaskId(application);
        const QJsonObject target{{QStringLiteral("id"), task}};
        const auto with = [&target](std::initializer_list<std::pair<const char *, QJsonValue>> more) {
            QJsonObject args = target;
            for (const auto &[key, value] : more)
                args.insert(QString::fromLatin1(key), value);
            return args;
        };
        const QString seed = QStringLiteral("%1").arg(quint64(0x9e3779b97f4a7c15ULL * quint64(i + 1)), 16, 16, QLatin1Char('0'));
        const QJsonObject officers{{QStringLiteral("HANDLING_OFFICER"), QStringLiteral("王经办")},
                                   {QStringLiteral("INSURER_OFFICER"), QStringLiteral("李保险")},
                                   {QStringLiteral("COMMUNITY_OFFICER"), QStringLiteral("张社区")}};
        if (i == 0)
            return true;
        if (!run(QStringLiteral("assessment.dispatch"), with({{"seed", seed}, {"officers", officers}, {"online", i == 3}}), error))
            return false;
        if (i == 1)
            return run(QStringLiteral("assessment.redraw"),
                       with({{"seed", QString(seed).replace(0, 1, QLatin1Char('f'))}, {"reason", QStringLiteral("原抽中评估员因病无法上门")}}),
                       error);
        if (!run(QStringLiteral("assessment.agency_accept"), with({{"accepted_on", iso(today().addDays(-28))}}), error))
            return false;
        if (i == 2 || i == 9) {
            if (!run(QStringLiteral("assessment.attach_evidence"),
                     with({{"evidence_id", QUuid::createUuidV5(QUuid(QStringLiteral("{5d1c9a43-2b7e-4c1f-9e0a-7a3b6c8d2e14}")), task).toString(QUuid::WithoutBraces)},
                           {"kind", QStringLiteral("NOTE")},
                           {"note", QStringLiteral("入户评估：卧床，翻身及进食需协助")}}),
                     error))
                return false;
            return i == 2 || overdue(task, error);
        }
        if (!run(QStringLiteral("assessment.record_result"),
                 with({{"scores", scores(i != 5)}, {"assessed_on", iso(today().addDays(-25))},
                       {"advice", QStringLiteral("建议上门护理，每周3次")}}),
                 error))
            return false;
        if (i == 3)
            return true;
        const QDate confirmedOn = i == 6 || i == 10 ? today() : today().addDays(-20);
        if (!run(QStringLiteral("assessment.confirm"), with({{"staff_no", firstExpert(0)}, {"confirmed_on", iso(confirmedOn)}}), error))
            return false;
        if (i == 4)
            return true;
        if (!run(QStringLiteral("assessment.confirm"), with({{"staff_no", firstExpert(1)}, {"confirmed_on", iso(confirmedOn)}}), error))
            return false;
        if (i == 5 || i == 6)
            return true;
        if (i == 10)
            return run(QStringLiteral("assessment.record_objection"),
                       with({{"objector", QStringLiteral("邻居 赵先生")}, {"text", QStringLiteral("反映其日常可自行外出买菜")},
                             {"substantiated", true}}),
                       error);
        if (!run(QStringLiteral("assessment.conclude"),
                 with({{"service_form", QStringLiteral("HOME_VISIT")}, {"institution_code", careInstitution()}}), error))
            return false;
        return i == 7 || run(QStringLiteral("assessment.deliver"), target, error);
    }

    // A demo of a missed deadline: the task's acceptance moved back past its 30 working days (no
    // command dates an acceptance in the past; a demo store never syncs, see markDemo).
    bool overdue(const QString &task, QString *error)
    {
        QSqlDatabase db = m_store.database().connection();
        const QDate accepted = today().addDays(-50);
        const QDate due = today().addDays(-3);
        return execSql(db, QStringLiteral("UPDATE assessment_work SET accepted_on = ?, due_on = ?, deadline_order = ? WHERE "
                                          "task_id = ?"),
                       {iso(accepted), iso(due), iso(due), task}, error);
    }

    LocalStore &m_store;
    UserIdentity m_admin;
    const DemoOptions &m_options;
};

} // namespace

QString demoPassword() { return QStringLiteral("ltc-demo-2026"); }

QStringList demoUsernames()
{
    QStringList names = allRoleIds();
    names << QStringLiteral("city_manager");
    return names;
}

// A demo store is invented data: its imports are not work to send anywhere, and the sync engine
// refuses to connect it to a server (SyncEngine: "demo").
bool markDemo(LocalStore &store, QString *error)
{
    QSqlDatabase db = store.database().connection();
    return execSql(db, QStringLiteral("UPDATE outbox SET status = 'demo' WHERE status = 'pending'"), {}, error)
           && setMetaValue(db, QStringLiteral("demo"), QStringLiteral("1"), error);
}

// The agreements module's states, each reached through its commands: designations at every
// step, a renewal with its own deposit ratio (from 2027: the demo's months keep their figures),
// an intake suspension, a barred legal representative, a year's performance score, a violation (at the assessment agency: the care institutions' demo
// payments stay what their statements show). Only where the module is registered.
bool addDemoAgreements(LocalStore &store, const UserIdentity &admin, const DemoOptions &options, QString *error)
{
    if (!store.registry().command(QStringLiteral("designation.apply")))
        return true;
    const QString d = options.district;
    const auto institution = [&d](int i) { return QStringLiteral("I%1%2").arg(d).arg(i, 3, 10, QLatin1Char('0')); };
    const QJsonArray panel{QStringLiteral("陈志强"), QStringLiteral("林晓梅"), QStringLiteral("黄建国"),
                           QStringLiteral("周丽娟"), QStringLiteral("吴海涛")};
    const auto applicantCreditCode = [&d](int n) {
        const QString first17 = QStringLiteral("52%1APPLY%2").arg(d).arg(n, 4, 10, QLatin1Char('0'));
        return first17 + creditCodeCheckChar(first17);
    };
    const auto applicant = [&](const QString &id, int n, const QString &appliedOn) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("institution_code"), QStringLiteral("N%1%2").arg(d).arg(n, 3, 10, QLatin1Char('0'))},
                           {QStringLiteral("applied_on"), appliedOn},
                           {QStringLiteral("name"), QStringLiteral("鹿城区申请护理站%1号").arg(n)},
                           {QStringLiteral("uscc"), applicantCreditCode(n)},
                           {QStringLiteral("kind"), QStringLiteral("CARE")},
                           {QStringLiteral("grade"), 1},
                           {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT|FAMILY")},
                           {QStringLiteral("district"), d}};
    };
    const QString representativeFirst17 = d + QStringLiteral("19680412031");
    const QString representativeId = representativeFirst17 + citizenIdCheckChar(representativeFirst17);
    struct Step {
        const char *name;
        QJsonObject args;
    };
    const QList<Step> steps{
        {"designation.apply", applicant(QStringLiteral("DEMO-D1"), 1, QStringLiteral("2026-10-26"))},
        {"designation.apply", applicant(QStringLiteral("DEMO-D2"), 2, QStringLiteral("2026-10-12"))},
        {"designation.request_materials",
         {{QStringLiteral("id"), QStringLiteral("DEMO-D2")}, {QStringLiteral("requested_on"), QStringLiteral("2026-10-14")},
          {QStringLiteral("items"), QJsonArray{QStringLiteral("消防验收合格证明"), QStringLiteral("护理人员资格证书")}}}},
        {"designation.apply", applicant(QStringLiteral("DEMO-D3"), 3, QStringLiteral("2026-08-03"))},
        {"designation.pass_formal_check", {{QStringLiteral("id"), QStringLiteral("DEMO-D3")}}},
        {"designation.apply", applicant(QStringLiteral("DEMO-D4"), 4, QStringLiteral("2026-06-01"))},
        {"designation.pass_formal_check", {{QStringLiteral("id"), QStringLiteral("DEMO-D4")}}},
        {"designation.review",
         {{QStringLiteral("id"), QStringLiteral("DEMO-D4")}, {QStringLiteral("reviewed_on"), QStringLiteral("2026-08-20")},
          {QStringLiteral("result"), QStringLiteral("FAIL")}, {QStringLiteral("panel"), panel},
          {QStringLiteral("reasons"), QStringLiteral("护理服务人员不足4人")},
          {QStringLiteral("suggestions"), QStringLiteral("补充长期照护师后申请再次审核")}}},
        {"designation.apply", applicant(QStringLiteral("DEMO-D5"), 5, QStringLiteral("2026-07-06"))},
        {"designation.pass_formal_check", {{QStringLiteral("id"), QStringLiteral("DEMO-D5")}}},
        {"designation.review",
         {{QStringLiteral("id"), QStringLiteral("DEMO-D5")}, {QStringLiteral("reviewed_on"), QStringLiteral("2026-10-16")},
          {QStringLiteral("result"), QStringLiteral("PASS")}, {QStringLiteral("panel"), panel}}},
        {"designation.publish",
         {{QStringLiteral("id"), QStringLiteral("DEMO-D5")}, {QStringLiteral("published_from"), QStringLiteral("2026-10-19")},
          {QStringLiteral("published_to"), QStringLiteral("2026-10-23")}}},
        {"designation.record_objection",
         {{QStringLiteral("id"), QStringLiteral("DEMO-D5")}, {QStringLiteral("objection_id"), QStringLiteral("DEMO-O1")},
          {QStringLiteral("received_on"), QStringLiteral("2026-10-21")},
          {QStringLiteral("text"), QStringLiteral("反映该机构护理员未持证上岗，经核实已整改")}}},
        {"designation.start_negotiation",
         {{QStringLiteral("id"), QStringLiteral("DEMO-D5")}, {QStringLiteral("started_on"), QStringLiteral("2026-10-26")}}},
        // The renewal below runs 3 years: Wenzhou's renewal_terms ask a score of at least 90.
        {"performance.record_score",
         {{QStringLiteral("id"), QStringLiteral("DEMO-P8-2025")}, {QStringLiteral("institution_code"), institution(8)},
          {QStringLiteral("year"), 2025}, {QStringLiteral("criteria_set"), QStringLiteral("CHANGNING_STARS")},
          {QStringLiteral("scored_on"), QStringLiteral("2025-12-22")},
          {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("服务质量")},
                                                           {QStringLiteral("max"), 50}, {QStringLiteral("points"), 47}},
                                               QJsonObject{{QStringLiteral("criterion"), QStringLiteral("规范管理")},
                                                           {QStringLiteral("max"), 30}, {QStringLiteral("points"), 27}},
                                               QJsonObject{{QStringLiteral("criterion"), QStringLiteral("群众满意度")},
                                                           {QStringLiteral("max"), 20}, {QStringLiteral("points"), 18}}}}}},
        {"agreement.sign",
         {{QStringLiteral("id"), QStringLiteral("DEMO-A8")}, {QStringLiteral("institution_code"), institution(8)},
          {QStringLiteral("valid_from"), QStringLiteral("2027-01-01")}, {QStringLiteral("valid_to"), QStringLiteral("2029-12-31")},
          {QStringLiteral("service_forms"), QStringLiteral("INST")}, {QStringLiteral("deposit_permille"), 80},
          {QStringLiteral("signed_on"), QStringLiteral("2026-10-28")}}},
        {"institution.suspend",
         {{QStringLiteral("id"), QStringLiteral("DEMO-SU2")}, {QStringLiteral("institution_code"), institution(2)},
          {QStringLiteral("kind"), QStringLiteral("INTAKE")}, {QStringLiteral("suspended_from"), QStringLiteral("2026-10-01")},
          {QStringLiteral("suspended_to"), QStringLiteral("2026-12-31")},
          {QStringLiteral("reason"), QStringLiteral("诱导参保人申请重新评估，暂停新增服务对象3个月")}}},
        {"institution.update_profile",
         {{QStringLiteral("code"), institution(7)}, {QStringLiteral("legal_representative"), QStringLiteral("赵国栋")},
          {QStringLiteral("legal_representative_id"), representativeId}, {QStringLiteral("capacity"), 80}}},
        {"representative.bar",
         {{QStringLiteral("id"), QStringLiteral("DEMO-RB7")}, {QStringLiteral("institution_code"), institution(7)},
          {QStringLiteral("barred_from"), QStringLiteral("2026-09-01")},
          {QStringLiteral("reason"), QStringLiteral("虚构服务造成基金重大损失")}}},
        {"performance.record_score",
         {{QStringLiteral("id"), QStringLiteral("DEMO-P1-2025")}, {QStringLiteral("institution_code"), institution(1)},
          {QStringLiteral("year"), 2025}, {QStringLiteral("criteria_set"), QStringLiteral("CHANGNING_STARS")},
          {QStringLiteral("scored_on"), QStringLiteral("2025-12-22")},
          {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("criterion"), QStringLiteral("服务质量")},
                                                           {QStringLiteral("max"), 50}, {QStringLiteral("points"), 44}},
                                               QJsonObject{{QStringLiteral("criterion"), QStringLiteral("规范管理")},
                                                           {QStringLiteral("max"), 30}, {QStringLiteral("points"), 26}},
                                               QJsonObject{{QStringLiteral("criterion"), QStringLiteral("群众满意度")},
                                                           {QStringLiteral("max"), 20}, {QStringLiteral("points"), 17}}}}}},
        {"violation.record",
         {{QStringLiteral("id"), QStringLiteral("DEMO-V5")}, {QStringLiteral("institution_code"), institution(5)},
          {QStringLiteral("found_on"), QStringLiteral("2026-09-18")},
          {QStringLiteral("description"), QStringLiteral("评估记录与现场情况不符")}, {QStringLiteral("damages_fen"), 500000}}},
    };
    // Three more applicants, designated and holding no claims (the settlement figures stay):
    // N006's one-year agreement ran out in April 2026 and was not renewed (overdue); N007's was
    // ended (解除) in December 2025 and reported to the administrative department (seed 004 §37);
    // N008's first agreement starts in 2027 (not started).
    const auto designated = [&](const QString &id, int n, const char *applied, const char *reviewed,
                                const char *publishedFrom, const char *publishedTo, const char *negotiated) {
        const auto on = [](const char *day) { return QString::fromLatin1(day); };
        return QList<Step>{
            {"designation.apply", applicant(id, n, on(applied))},
            {"designation.pass_formal_check", {{QStringLiteral("id"), id}}},
            {"designation.review",
             {{QStringLiteral("id"), id}, {QStringLiteral("reviewed_on"), on(reviewed)},
              {QStringLiteral("result"), QStringLiteral("PASS")}, {QStringLiteral("panel"), panel}}},
            {"designation.publish",
             {{QStringLiteral("id"), id}, {QStringLiteral("published_from"), on(publishedFrom)},
              {QStringLiteral("published_to"), on(publishedTo)}}},
            {"designation.start_negotiation", {{QStringLiteral("id"), id}, {QStringLiteral("started_on"), on(negotiated)}}},
        };
    };
    const QString applicant6 = QStringLiteral("N%1%2").arg(d, QStringLiteral("006"));
    const QString applicant7 = QStringLiteral("N%1%2").arg(d, QStringLiteral("007"));
    const QString applicant8 = QStringLiteral("N%1%2").arg(d, QStringLiteral("008"));
    const QList<Step> lapsed =
        designated(QStringLiteral("DEMO-D6"), 6, "2025-03-03", "2025-04-14", "2025-04-15", "2025-04-21", "2025-04-28")
        + designated(QStringLiteral("DEMO-D7"), 7, "2025-02-10", "2025-03-24", "2025-03-25", "2025-03-31", "2025-04-07")
        + designated(QStringLiteral("DEMO-D8"), 8, "2026-07-13", "2026-09-11", "2026-09-14", "2026-09-18", "2026-09-21")
        + QList<Step>{
            {"agreement.sign",
             {{QStringLiteral("id"), QStringLiteral("DEMO-A6")}, {QStringLiteral("institution_code"), applicant6},
              {QStringLiteral("valid_from"), QStringLiteral("2025-05-01")},
              {QStringLiteral("valid_to"), QStringLiteral("2026-04-30")},
              {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT|FAMILY")},
              {QStringLiteral("signed_on"), QStringLiteral("2025-04-29")}}},
            {"agreement.sign",
             {{QStringLiteral("id"), QStringLiteral("DEMO-A7")}, {QStringLiteral("institution_code"), applicant7},
              {QStringLiteral("valid_from"), QStringLiteral("2025-04-15")},
              {QStringLiteral("valid_to"), QStringLiteral("2026-04-14")},
              {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT")},
              {QStringLiteral("signed_on"), QStringLiteral("2025-04-10")}}},
            {"agreement.sign",
             {{QStringLiteral("id"), QStringLiteral("DEMO-A8N")}, {QStringLiteral("institution_code"), applicant8},
              {QStringLiteral("valid_from"), QStringLiteral("2027-01-01")},
              {QStringLiteral("valid_to"), QStringLiteral("2027-12-31")},
              {QStringLiteral("service_forms"), QStringLiteral("HOME_VISIT|FAMILY")},
              {QStringLiteral("signed_on"), QStringLiteral("2026-11-20")}}},
            {"agreement.end",
             {{QStringLiteral("id"), QStringLiteral("DEMO-A7")}, {QStringLiteral("ended_on"), QStringLiteral("2025-12-01")},
              {QStringLiteral("reason"), QStringLiteral("虚构服务套取基金，解除服务协议")},
              {QStringLiteral("end_kind"), QStringLiteral("TERMINATE")}, {QStringLiteral("filed_on"), QStringLiteral("2025-12-03")},
              {QStringLiteral("filed_ref"), QStringLiteral("鹿医保〔2025〕41号")}}},
        };
    // Every institution's address and phone, for the designated list (the institutions file has
    // neither column).
    QList<Step> profiles;
    for (int i = 1; i <= 15; ++i) {
        const QString street = kStreets.at((i - 1) % kStreets.size());
        profiles.append({"institution.update_profile",
                         {{QStringLiteral("code"), institution(i)},
                          {QStringLiteral("address"), QStringLiteral("温州市鹿城区%1%2号").arg(street).arg(10 + 7 * i)},
                          {QStringLiteral("phone"), QStringLiteral("0577-88%1").arg(100000 + 4871 * i)}}});
    }
    for (const Step &step : profiles + steps + lapsed) {
        const CommandOutcome outcome = store.commands().execute(admin, QString::fromLatin1(step.name), step.args);
        if (!outcome.ok()) {
            if (error)
                *error = QString::fromLatin1(step.name) + QStringLiteral(": ") + outcome.error->message;
            return false;
        }
    }
    return true;
}

bool buildDemo(LocalStore &store, const DemoOptions &options, QString *error)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        if (error)
            *error = folder.errorString();
        return false;
    }
    DemoWriter writer(options);
    const QString persons = folder.filePath(QStringLiteral("persons.csv"));
    const QString institutions = folder.filePath(QStringLiteral("institutions.csv"));
    const QString beneficiaries = folder.filePath(QStringLiteral("beneficiaries.csv"));
    const QString stays = folder.filePath(QStringLiteral("hospital-stays.csv"));
    const QString claims = folder.filePath(QStringLiteral("claims.csv"));
    const QString staff = folder.filePath(QStringLiteral("staff.csv"));
    const UserIdentity admin = demoAdmin(options);
    // The order matters: each file's references must already be stored.
    return writeFile(persons, writer.personsCsv(), error) && writeFile(institutions, writer.institutionsCsv(), error)
           && writeFile(beneficiaries, writer.beneficiariesCsv(), error)
           && writeFile(stays, writer.hospitalStaysCsv(), error) && writeFile(claims, writer.claimsCsv(), error)
           && writeFile(staff, writer.staffCsv(), error)
           && importText(store, admin, QStringLiteral("persons"), persons, error)
           && importText(store, admin, QStringLiteral("institutions"), institutions, error)
           && importText(store, admin, QStringLiteral("staff"), staff, error)
           && importText(store, admin, QStringLiteral("beneficiaries"), beneficiaries, error)
           && importText(store, admin, QStringLiteral("hospital-stays"), stays, error)
           && (!store.registry().importSpec(QStringLiteral("claims"))
               || importText(store, admin, QStringLiteral("claims"), claims, error))
           && importText(store, admin, QStringLiteral("calendar"), QStringLiteral(":/calendar/cn-2025.csv"), error)
           && importText(store, admin, QStringLiteral("calendar"), QStringLiteral(":/calendar/cn-2026.csv"), error)
           && loadResourcePolicy(store, QStringLiteral(":/policies/linyi-lanshan-2017.json"), error)
           && loadResourcePolicy(store, QStringLiteral(":/policies/wenzhou-2023.json"), error, demoAssessmentFee)
           && DemoApplications(store, admin, options.seed).build(qBound(6, options.persons / 20, 120), error)
           && addDemoAgreements(store, admin, options, error)
           && DemoAssessments(store, admin, options).build(folder.path(), error)
           && addDemoUsers(store, options, error)
           && markDemo(store, error);
}

} // namespace ltc
