#include <catch2/catch.hpp>

#include "core/policy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace ltc;

namespace {

// The two seed policies as CONTRACT.md describes them (resources/policies/ ships the same).
const char *const kLinyi = R"({
  "region": "371302", "name": "兰山区职工长期护理保险 2017",
  "effective_from": "2018-01-01", "effective_to": null,
  "eligible_levels": [3, 4, 5],
  "benefit_start": "next_month",
  "fund_ratio_permille": 1000, "quality_deposit_permille": 0,
  "service_forms": [
    {"code": "SPECIAL", "name": "医疗专护", "basis": "per_day",
     "rates": [{"grade": 1, "fen": 12000}, {"grade": 2, "fen": 15000}, {"grade": 3, "fen": 15000}]},
    {"code": "INST",   "name": "机构护理", "basis": "per_day",   "rates": [{"fen": 5000}]},
    {"code": "HOME",   "name": "居家护理", "basis": "per_day",   "rates": [{"fen": 3000}]},
    {"code": "ROUNDS", "name": "社区巡护", "basis": "per_month", "rates": [{"fen": 26000}]}
  ]
})";

const char *const kWenzhou = R"({
  "region": "330300", "name": "温州市长期护理保险 2023",
  "effective_from": "2023-01-01", "effective_to": null,
  "eligible_levels": [3, 4, 5],
  "benefit_start": "next_month",
  "fund_ratio_permille": 800, "quality_deposit_permille": 50,
  "service_forms": [
    {"code": "HOME_VISIT", "name": "上门护理", "basis": "per_month",
     "rates": [{"level": 3, "fen": 178800}, {"level": 4, "fen": 238400}, {"level": 5, "fen": 298000}]},
    {"code": "INST", "name": "机构护理", "basis": "per_month",
     "rates": [{"level": 3, "fen": 178800}, {"level": 4, "fen": 238400}, {"level": 5, "fen": 298000}]},
    {"code": "FAMILY", "name": "家庭照护", "basis": "per_month",
     "rates": [{"level": 3, "fen": 89400}, {"level": 4, "fen": 119200}, {"level": 5, "fen": 149000}]}
  ]
})";

QJsonObject json(const char *text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &parseError);
    INFO(parseError.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

Policy load(const QJsonObject &object)
{
    QStringList errors;
    const auto policy = Policy::fromJson(object, &errors);
    INFO(errors.join(u'\n').toStdString());
    REQUIRE(policy);
    CHECK(errors.isEmpty());
    return *policy;
}

// The errors of loading `object`, which must fail.
QStringList errorsOf(const QJsonObject &object)
{
    QStringList errors;
    CHECK_FALSE(Policy::fromJson(object, &errors));
    CHECK_FALSE(errors.isEmpty());
    return errors;
}

bool anyStartsWith(const QStringList &errors, const QString &path)
{
    for (const QString &error : errors) {
        if (error.startsWith(path + QStringLiteral(": ")))
            return true;
    }
    return false;
}

QJsonObject withRates(QJsonObject policy, const QJsonArray &rates)
{
    QJsonArray forms = policy[QStringLiteral("service_forms")].toArray();
    QJsonObject form = forms[0].toObject();
    form[QStringLiteral("rates")] = rates;
    forms[0] = form;
    policy[QStringLiteral("service_forms")] = forms;
    return policy;
}

} // namespace

TEST_CASE("Linyi Lanshan 2017 loads", "[core][policy]")
{
    const Policy policy = load(json(kLinyi));
    CHECK(policy.region == QStringLiteral("371302"));
    CHECK(policy.name == QStringLiteral("兰山区职工长期护理保险 2017"));
    CHECK(policy.effectiveFrom == QDate(2018, 1, 1));
    CHECK(policy.effectiveTo.isNull());
    CHECK(policy.eligibleLevels == QList<int>{3, 4, 5});
    CHECK(policy.fundRatioPermille == 1000);
    CHECK(policy.qualityDepositPermille == 0);
    REQUIRE(policy.serviceForms.size() == 4);
    CHECK(policy.serviceForm(u"SPECIAL")->basis == RateBasis::PerDay);
    CHECK(policy.serviceForm(u"ROUNDS")->basis == RateBasis::PerMonth);
    CHECK(policy.serviceForm(u"SPECIAL")->name == QStringLiteral("医疗专护"));
    CHECK(policy.serviceForm(u"NONE") == nullptr);

    CHECK(policy.rateFen(u"SPECIAL", 3, 1) == 12000);
    CHECK(policy.rateFen(u"SPECIAL", 5, 2) == 15000);
    CHECK(policy.rateFen(u"SPECIAL", 4, 3) == 15000);
    CHECK(policy.rateFen(u"INST", 3, 1) == 5000);
    CHECK(policy.rateFen(u"HOME", 5, 3) == 3000);
    CHECK(policy.rateFen(u"ROUNDS", 4, 2) == 26000);
    CHECK(policy.rateFen(u"NONE", 4, 2) == 0);

    CHECK(policy.isEligibleLevel(3));
    CHECK_FALSE(policy.isEligibleLevel(2));
    CHECK_FALSE(policy.inForceOn(QDate(2017, 12, 31)));
    CHECK(policy.inForceOn(QDate(2018, 1, 1)));
    CHECK(policy.inForceOn(QDate(2040, 6, 1)));
}

TEST_CASE("Wenzhou 2023 loads", "[core][policy]")
{
    const Policy policy = load(json(kWenzhou));
    CHECK(policy.fundRatioPermille == 800);
    CHECK(policy.qualityDepositPermille == 50);
    for (const char16_t *form : {u"HOME_VISIT", u"INST"}) {
        CHECK(policy.rateFen(QString::fromUtf16(form), 3, 1) == 178800);
        CHECK(policy.rateFen(QString::fromUtf16(form), 4, 2) == 238400);
        CHECK(policy.rateFen(QString::fromUtf16(form), 5, 3) == 298000);
        CHECK(policy.rateFen(QString::fromUtf16(form), 2, 1) == 0);  // no rate for level 2
    }
    CHECK(policy.rateFen(u"FAMILY", 3, 1) == 89400);
    CHECK(policy.rateFen(u"FAMILY", 4, 1) == 119200);
    CHECK(policy.rateFen(u"FAMILY", 5, 1) == 149000);
}

TEST_CASE("the shipped policy files load", "[core][policy]")
{
    for (const char *name : {"linyi-lanshan-2017.json", "wenzhou-2023.json"}) {
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/") + QLatin1String(name));
        INFO(file.fileName().toStdString());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        REQUIRE(document.isObject());
        load(document.object());
    }
    QFile linyi(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/linyi-lanshan-2017.json"));
    REQUIRE(linyi.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(linyi.readAll()).object() == json(kLinyi));
}

TEST_CASE("benefits start the month after the conclusion", "[core][policy]")
{
    const Policy policy = load(json(kWenzhou));
    CHECK(policy.benefitStartFor(QDate(2024, 3, 15)) == QDate(2024, 4, 1));
    CHECK(policy.benefitStartFor(QDate(2024, 3, 1)) == QDate(2024, 4, 1));
    CHECK(policy.benefitStartFor(QDate(2024, 12, 31)) == QDate(2025, 1, 1));
    CHECK(policy.benefitStartFor(QDate()).isNull());
}

TEST_CASE("toJson and fromJson round-trip", "[core][policy]")
{
    for (const char *text : {kLinyi, kWenzhou}) {
        const Policy policy = load(json(text));
        CHECK(policy.toJson() == json(text));
        CHECK(load(policy.toJson()).toJson() == policy.toJson());
    }
    Policy closed = load(json(kWenzhou));
    closed.effectiveTo = QDate(2025, 12, 31);
    CHECK(closed.toJson()[QStringLiteral("effective_to")].toString() == QStringLiteral("2025-12-31"));
    CHECK(load(closed.toJson()).effectiveTo == QDate(2025, 12, 31));
}

TEST_CASE("the most specific rate wins", "[core][policy]")
{
    const QJsonObject object = withRates(json(kLinyi), QJsonArray{
        QJsonObject{{QStringLiteral("fen"), 1000}},
        QJsonObject{{QStringLiteral("level"), 3}, {QStringLiteral("fen"), 2000}},
        QJsonObject{{QStringLiteral("level"), 3}, {QStringLiteral("grade"), 1}, {QStringLiteral("fen"), 3000}},
    });
    const Policy policy = load(object);
    CHECK(policy.rateFen(u"SPECIAL", 4, 1) == 1000);
    CHECK(policy.rateFen(u"SPECIAL", 3, 2) == 2000);
    CHECK(policy.rateFen(u"SPECIAL", 3, 1) == 3000);
}

TEST_CASE("equally specific rates matching the same pair are refused", "[core][policy]")
{
    const auto rate = [](std::optional<int> level, std::optional<int> grade) {
        QJsonObject object{{QStringLiteral("fen"), 100}};
        if (level)
            object[QStringLiteral("level")] = *level;
        if (grade)
            object[QStringLiteral("grade")] = *grade;
        return object;
    };
    // Same level twice.
    CHECK(anyStartsWith(errorsOf(withRates(json(kLinyi), {rate(3, {}), rate(3, {})})),
                        QStringLiteral("service_forms[0].rates[1]")));
    // A level and a grade: both match level 3 at grade 1.
    CHECK(anyStartsWith(errorsOf(withRates(json(kLinyi), {rate(3, {}), rate({}, 1)})),
                        QStringLiteral("service_forms[0].rates[1]")));
    // Two catch-alls.
    CHECK_FALSE(errorsOf(withRates(json(kLinyi), {rate({}, {}), rate({}, {})})).isEmpty());
    // A more specific rate settles the pair both would match: no ambiguity left.
    load(withRates(json(kLinyi), {rate(3, {}), rate({}, 1), rate(3, 1)}));
    // Different levels never meet.
    load(withRates(json(kLinyi), {rate(3, {}), rate(4, {}), rate(3, 2)}));
}

TEST_CASE("policy errors name the field", "[core][policy]")
{
    QJsonObject noRegion = json(kLinyi);
    noRegion.remove(QStringLiteral("region"));
    CHECK(anyStartsWith(errorsOf(noRegion), QStringLiteral("region")));

    QJsonObject badRegion = json(kLinyi);
    badRegion[QStringLiteral("region")] = QStringLiteral("37130");
    CHECK(anyStartsWith(errorsOf(badRegion), QStringLiteral("region")));

    const QJsonObject fractionalFen = withRates(json(kLinyi), {QJsonObject{{QStringLiteral("fen"), 12.5}}});
    CHECK(anyStartsWith(errorsOf(fractionalFen), QStringLiteral("service_forms[0].rates[0].fen")));

    const QJsonObject textFen = withRates(json(kLinyi), {QJsonObject{{QStringLiteral("fen"), QStringLiteral("120")}}});
    CHECK(anyStartsWith(errorsOf(textFen), QStringLiteral("service_forms[0].rates[0].fen")));

    const QJsonObject negativeFen = withRates(json(kLinyi), {QJsonObject{{QStringLiteral("fen"), -1}}});
    CHECK(anyStartsWith(errorsOf(negativeFen), QStringLiteral("service_forms[0].rates[0].fen")));

    const QJsonObject badLevel =
        withRates(json(kLinyi), {QJsonObject{{QStringLiteral("level"), 6}, {QStringLiteral("fen"), 1}}});
    CHECK(anyStartsWith(errorsOf(badLevel), QStringLiteral("service_forms[0].rates[0].level")));

    QJsonObject fund = json(kLinyi);
    fund[QStringLiteral("fund_ratio_permille")] = 1200;
    CHECK(anyStartsWith(errorsOf(fund), QStringLiteral("fund_ratio_permille")));

    QJsonObject deposit = json(kLinyi);
    deposit[QStringLiteral("quality_deposit_permille")] = 12.5;
    CHECK(anyStartsWith(errorsOf(deposit), QStringLiteral("quality_deposit_permille")));

    QJsonObject start = json(kLinyi);
    start[QStringLiteral("benefit_start")] = QStringLiteral("same_day");
    CHECK(anyStartsWith(errorsOf(start), QStringLiteral("benefit_start")));

    QJsonObject dates = json(kLinyi);
    dates[QStringLiteral("effective_from")] = QStringLiteral("2018-02-30");
    CHECK(anyStartsWith(errorsOf(dates), QStringLiteral("effective_from")));
    dates[QStringLiteral("effective_from")] = QStringLiteral("2018-01-01");
    dates[QStringLiteral("effective_to")] = QStringLiteral("2017-12-31");
    CHECK(anyStartsWith(errorsOf(dates), QStringLiteral("effective_to")));

    QJsonObject levels = json(kLinyi);
    levels[QStringLiteral("eligible_levels")] = QJsonArray{3, 3.5};
    CHECK(anyStartsWith(errorsOf(levels), QStringLiteral("eligible_levels[1]")));

    QJsonObject typo = json(kLinyi);
    typo[QStringLiteral("effective_too")] = QStringLiteral("2019-01-01");
    CHECK(anyStartsWith(errorsOf(typo), QStringLiteral("effective_too")));

    QJsonObject basis = json(kLinyi);
    QJsonArray forms = basis[QStringLiteral("service_forms")].toArray();
    QJsonObject form = forms[1].toObject();
    form[QStringLiteral("basis")] = QStringLiteral("per_week");
    forms[1] = form;
    basis[QStringLiteral("service_forms")] = forms;
    CHECK(anyStartsWith(errorsOf(basis), QStringLiteral("service_forms[1].basis")));

    QJsonObject duplicate = json(kLinyi);
    forms = duplicate[QStringLiteral("service_forms")].toArray();
    forms.append(forms[2]);
    duplicate[QStringLiteral("service_forms")] = forms;
    CHECK(anyStartsWith(errorsOf(duplicate), QStringLiteral("service_forms[4].code")));
}

TEST_CASE("every problem is reported, not just the first", "[core][policy]")
{
    QJsonObject broken = json(kLinyi);
    broken.remove(QStringLiteral("name"));
    broken[QStringLiteral("fund_ratio_permille")] = 1200;
    broken[QStringLiteral("effective_from")] = QStringLiteral("yesterday");
    const QStringList errors = errorsOf(broken);
    CHECK(errors.size() == 3);
    CHECK(anyStartsWith(errors, QStringLiteral("name")));
    CHECK(anyStartsWith(errors, QStringLiteral("fund_ratio_permille")));
    CHECK(anyStartsWith(errors, QStringLiteral("effective_from")));
}

TEST_CASE("policy versions of a region may not overlap", "[core][policy]")
{
    Policy v2023 = load(json(kWenzhou));
    v2023.effectiveTo = QDate(2025, 12, 31);
    Policy v2026 = v2023;
    v2026.name = QStringLiteral("2026");
    v2026.effectiveFrom = QDate(2026, 1, 1);
    v2026.effectiveTo = QDate();

    PolicySet set;
    REQUIRE(set.add(v2023));
    REQUIRE(set.add(v2026));
    CHECK(set.all().size() == 2);

    Policy overlapping = v2026;
    overlapping.effectiveFrom = QDate(2025, 6, 1);
    QString error;
    CHECK_FALSE(set.add(overlapping, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(set.all().size() == 2);

    // Same region and effective_from: a replacement.
    Policy revised = v2026;
    revised.fundRatioPermille = 700;
    REQUIRE(set.add(revised));
    REQUIRE(set.all().size() == 2);
    CHECK(set.policyFor(u"330302", QDate(2026, 5, 1))->fundRatioPermille == 700);

    // A replacement that would now overlap the other version is refused too.
    Policy stretched = v2023;
    stretched.effectiveTo = QDate(2026, 3, 31);
    CHECK_FALSE(set.add(stretched));

    // Another region may overlap in time.
    Policy linyi = load(json(kLinyi));
    CHECK(set.add(linyi));
}

TEST_CASE("policyFor picks the narrowest region in force", "[core][policy]")
{
    PolicySet set;
    REQUIRE(set.add(load(json(kWenzhou))));
    REQUIRE(set.add(load(json(kLinyi))));
    Policy district = load(json(kWenzhou));
    district.region = QStringLiteral("330302");
    district.name = QStringLiteral("鹿城区");
    district.effectiveFrom = QDate(2024, 1, 1);
    REQUIRE(set.add(district));
    Policy province = load(json(kWenzhou));
    province.region = QStringLiteral("330000");
    province.name = QStringLiteral("浙江省");
    province.effectiveFrom = QDate(2020, 1, 1);
    REQUIRE(set.add(province));

    CHECK(set.policyFor(u"330302", QDate(2024, 6, 1))->name == QStringLiteral("鹿城区"));
    CHECK(set.policyFor(u"330302", QDate(2023, 6, 1))->region == QStringLiteral("330300"));  // district not yet
    CHECK(set.policyFor(u"330303", QDate(2024, 6, 1))->region == QStringLiteral("330300"));
    CHECK(set.policyFor(u"330302", QDate(2021, 6, 1))->region == QStringLiteral("330000"));
    CHECK(set.policyFor(u"330402", QDate(2024, 6, 1))->region == QStringLiteral("330000"));
    CHECK(set.policyFor(u"371302", QDate(2018, 1, 1))->region == QStringLiteral("371302"));
    CHECK(set.policyFor(u"371302", QDate(2017, 12, 31)) == nullptr);
    CHECK(set.policyFor(u"371301", QDate(2024, 6, 1)) == nullptr);
}
