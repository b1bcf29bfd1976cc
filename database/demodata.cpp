#include "demodata.h"

#include "core/citizenid.h"
#include "core/creditcode.h"
#include "coredomain.h"
#include "localstore.h"
#include "sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

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

private:
    QString chineseName();
    QString citizenId(Sex sex, QDate birth);
    QString creditCode();
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    QDate dateBetween(QDate from, QDate to) { return from.addDays(between(0, int(from.daysTo(to)))); }

    const DemoOptions &m_options;
    QRandomGenerator m_random;
};

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
    int sequence = between(0, 998);
    if ((sequence % 2 == 1) != (sex == Sex::Male))
        ++sequence;  // odd sequence numbers are men's
    const QString first17 = m_options.district + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheckChar(first17);
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
        out << QStringLiteral("P%1").arg(m_options.district.right(4) + QStringLiteral("%1").arg(i, 7, 10, QLatin1Char('0')))
            << ',' << citizenId(sex, birth) << ',' << chineseName() << ',' << sexCode(sex) << ','
            << birth.toString(Qt::ISODate) << ',' << (between(0, 9) < 7 ? "EMPLOYEE" : "RESIDENT") << ','
            << enrolled.toString(Qt::ISODate) << ','
            << (ended ? dateBetween(QDate(2024, 1, 1), QDate(2025, 12, 31)).toString(Qt::ISODate) : QString()) << ','
            << (died ? dateBetween(QDate(2024, 1, 1), QDate(2025, 12, 31)).toString(Qt::ISODate) : QString()) << ','
            << m_options.district << '\n';
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
        out << QStringLiteral("I%1%2").arg(m_options.district).arg(i, 3, 10, QLatin1Char('0')) << ",鹿城区"
            << street.left(street.size() - 2) << QString::fromUtf8(kind.suffix) << ',' << kind.kind << ','
            << creditCode() << ',' << between(1, 3) << ',' << kind.forms << ",2025-01-01,"
            << (i % 4 == 0 ? "2026-12-31" : "2027-12-31") << ','
            << (suspended ? "2026-09-01" : "") << ',' << (suspended ? "2026-11-30" : "") << ',' << m_options.district
            << '\n';
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

bool loadResourcePolicy(LocalStore &store, const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QStringList problems;
    const std::optional<Policy> policy = Policy::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &problems);
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
    int index = 0;
    for (Role role : allRoles()) {
        const QString name = surnames.at(index++ % surnames.size()) + roleTitle(role);
        if (!store.users().add({roleId(role), roleId(role), name, {roleId(role)}, options.district}, demoPassword(), error))
            return false;
    }
    const QString city = options.district.left(4) + QStringLiteral("00");
    return store.users().add({QStringLiteral("city_manager"), QStringLiteral("city_manager"), QStringLiteral("市级管理者"),
                              {roleId(Role::Manager)}, city},
                             demoPassword(), error);
}
} // namespace

QString demoPassword() { return QStringLiteral("ltc-demo-2026"); }

QStringList demoUsernames()
{
    QStringList names = allRoleIds();
    names << QStringLiteral("city_manager");
    return names;
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
    const UserIdentity admin = demoAdmin(options);
    return writeFile(persons, writer.personsCsv(), error) && writeFile(institutions, writer.institutionsCsv(), error)
           && importText(store, admin, QStringLiteral("persons"), persons, error)
           && importText(store, admin, QStringLiteral("institutions"), institutions, error)
           && importText(store, admin, QStringLiteral("calendar"), QStringLiteral(":/calendar/cn-2025.csv"), error)
           && importText(store, admin, QStringLiteral("calendar"), QStringLiteral(":/calendar/cn-2026.csv"), error)
           && loadResourcePolicy(store, QStringLiteral(":/policies/linyi-lanshan-2017.json"), error)
           && loadResourcePolicy(store, QStringLiteral(":/policies/wenzhou-2023.json"), error)
           && addDemoUsers(store, options, error);
}

} // namespace ltc
