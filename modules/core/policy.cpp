#include "policy.h"

#include "region.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>
#include <utility>

namespace ltc {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
constexpr int kMinLevel = 0, kMaxLevel = 5, kMinGrade = 1, kMaxGrade = 3;

// Collects one message per problem, each prefixed with the field path.
class Reader {
public:
    explicit Reader(QStringList *errors) : m_errors(errors) {}

    bool ok() const { return m_failed == 0; }
    int failures() const { return m_failed; }

    void error(const QString &path, const QString &message)
    {
        ++m_failed;
        if (m_errors)
            m_errors->append(QStringLiteral("%1: %2").arg(path, message));
    }

    // Unknown fields are refused: a misspelt "effective_too" must not silently mean "open-ended".
    void onlyKnown(const QJsonObject &object, const QString &prefix, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                error(prefix + it.key(), QCoreApplication::translate("ltc", "unknown field"));
        }
    }

    bool present(const QJsonObject &object, const QString &key, const QString &path)
    {
        if (object.contains(key))
            return true;
        error(path, QCoreApplication::translate("ltc", "is missing"));
        return false;
    }

    QString text(const QJsonObject &object, const QString &key, const QString &path)
    {
        if (!present(object, key, path))
            return {};
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            error(path, QCoreApplication::translate("ltc", "must be a non-empty text"));
            return {};
        }
        return value.toString();
    }

    QDate date(const QJsonValue &value, const QString &path)
    {
        const QDate day = QDate::fromString(value.toString(), kDateFormat);
        if (!value.isString() || value.toString().size() != 10 || !day.isValid())
            error(path, QCoreApplication::translate("ltc", "must be a date written YYYY-MM-DD"));
        return day;
    }

    // JSON numbers are doubles: a whole number is one without a fraction, within 2^53.
    std::optional<qint64> integer(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
    {
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > 9007199254740992.0) {
            error(path, QCoreApplication::translate("ltc", "must be a whole number"));
            return std::nullopt;
        }
        const qint64 result = value.toInteger();
        if (result < min || result > max) {
            error(path, QCoreApplication::translate("ltc", "must be between %1 and %2").arg(min).arg(max));
            return std::nullopt;
        }
        return result;
    }

    int permille(const QJsonObject &object, const QString &key)
    {
        if (!present(object, key, key))
            return 0;
        return int(integer(object.value(key), key, 0, 1000).value_or(0));
    }

    QJsonArray array(const QJsonObject &object, const QString &key, const QString &path)
    {
        if (!present(object, key, path))
            return {};
        if (!object.value(key).isArray() || object.value(key).toArray().isEmpty()) {
            error(path, QCoreApplication::translate("ltc", "must be a non-empty list"));
            return {};
        }
        return object.value(key).toArray();
    }

private:
    QStringList *m_errors;
    int m_failed = 0;
};

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

void readDates(Reader &reader, const QJsonObject &json, Policy &policy)
{
    if (reader.present(json, QStringLiteral("effective_from"), QStringLiteral("effective_from")))
        policy.effectiveFrom = reader.date(json.value(QStringLiteral("effective_from")), QStringLiteral("effective_from"));
    const QJsonValue to = json.value(QStringLiteral("effective_to"));
    if (to.isNull() || to.isUndefined())
        return;  // open-ended
    policy.effectiveTo = reader.date(to, QStringLiteral("effective_to"));
    if (policy.effectiveTo.isValid() && policy.effectiveFrom.isValid() && policy.effectiveTo < policy.effectiveFrom)
        reader.error(QStringLiteral("effective_to"), QCoreApplication::translate("ltc", "is before effective_from"));
}

void readLevels(Reader &reader, const QJsonObject &json, Policy &policy)
{
    const QString key = QStringLiteral("eligible_levels");
    const QJsonArray levels = reader.array(json, key, key);
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const auto level = reader.integer(levels.at(i), indexed(key, i), kMinLevel, kMaxLevel);
        if (!level)
            continue;
        if (policy.eligibleLevels.contains(int(*level)))
            reader.error(indexed(key, i), QCoreApplication::translate("ltc", "level %1 is listed twice").arg(*level));
        else
            policy.eligibleLevels << int(*level);
    }
}

void readBenefitStart(Reader &reader, const QJsonObject &json, Policy &policy)
{
    const QString key = QStringLiteral("benefit_start");
    if (!reader.present(json, key, key))
        return;
    const QJsonValue value = json.value(key);
    if (value.toString() != QLatin1String("next_month")) {
        reader.error(key, QCoreApplication::translate("ltc", "must be \"next_month\""));
        return;
    }
    policy.benefitStart = value.toString();
}

Rate readRate(Reader &reader, const QJsonValue &value, const QString &path)
{
    Rate rate;
    if (!value.isObject()) {
        reader.error(path, QCoreApplication::translate("ltc", "must be an object"));
        return rate;
    }
    const QJsonObject object = value.toObject();
    reader.onlyKnown(object, path + u'.', {QStringLiteral("level"), QStringLiteral("grade"), QStringLiteral("fen")});
    const auto small = [&](const QString &key, int min, int max) -> std::optional<int> {
        if (!object.contains(key))
            return std::nullopt;
        const auto number = reader.integer(object.value(key), path + u'.' + key, min, max);
        return number ? std::optional<int>(int(*number)) : std::nullopt;
    };
    rate.level = small(QStringLiteral("level"), kMinLevel, kMaxLevel);
    rate.grade = small(QStringLiteral("grade"), kMinGrade, kMaxGrade);
    if (reader.present(object, QStringLiteral("fen"), path + QStringLiteral(".fen")))
        rate.fen = reader.integer(object.value(QStringLiteral("fen")), path + QStringLiteral(".fen"), 0,
                                  std::numeric_limits<qint64>::max())
                       .value_or(0);
    return rate;
}

bool rateMatches(const Rate &rate, int level, int grade)
{
    return (!rate.level || *rate.level == level) && (!rate.grade || *rate.grade == grade);
}

// Index of the most specific rate matching (level, grade), -1 if none; `tied` gets the index of
// a second rate just as specific, if any.
qsizetype bestRate(const QList<Rate> &rates, int level, int grade, qsizetype *tied = nullptr)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        if (!rateMatches(rates[i], level, grade))
            continue;
        if (best < 0 || rates[i].specificity() > rates[best].specificity()) {
            best = i;
            if (tied)
                *tied = -1;
        } else if (tied && rates[i].specificity() == rates[best].specificity() && *tied < 0) {
            *tied = i;
        }
    }
    return best;
}

// Levels and grades are small closed sets, so trying every pair finds every ambiguity; a more
// specific rate that settles a pair makes the pair unambiguous.
void checkRateConflicts(Reader &reader, const QList<Rate> &rates, const QString &path)
{
    QSet<QPair<qsizetype, qsizetype>> reported;
    for (int level = kMinLevel; level <= kMaxLevel; ++level) {
        for (int grade = kMinGrade; grade <= kMaxGrade; ++grade) {
            qsizetype tied = -1;
            const qsizetype best = bestRate(rates, level, grade, &tied);
            if (tied < 0 || reported.contains({best, tied}))
                continue;
            reported.insert({best, tied});
            reader.error(indexed(path + QStringLiteral(".rates"), tied),
                         QCoreApplication::translate("ltc", "is as specific as rates[%1]: both would apply to level %2 "
                                                            "at grade %3")
                             .arg(best)
                             .arg(level)
                             .arg(grade));
        }
    }
}

ServiceFormRates readForm(Reader &reader, const QJsonValue &value, const QString &path)
{
    ServiceFormRates form;
    if (!value.isObject()) {
        reader.error(path, QCoreApplication::translate("ltc", "must be an object"));
        return form;
    }
    const QJsonObject object = value.toObject();
    reader.onlyKnown(object, path + u'.',
                     {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("basis"), QStringLiteral("rates")});
    form.code = reader.text(object, QStringLiteral("code"), path + QStringLiteral(".code"));
    form.name = reader.text(object, QStringLiteral("name"), path + QStringLiteral(".name"));
    const QString basis = reader.text(object, QStringLiteral("basis"), path + QStringLiteral(".basis"));
    if (basis == QLatin1String("per_month"))
        form.basis = RateBasis::PerMonth;
    else if (!basis.isEmpty() && basis != QLatin1String("per_day"))
        reader.error(path + QStringLiteral(".basis"),
                     QCoreApplication::translate("ltc", "must be \"per_day\" or \"per_month\""));
    const QString ratesPath = path + QStringLiteral(".rates");
    const int failuresBefore = reader.failures();
    const QJsonArray rates = reader.array(object, QStringLiteral("rates"), ratesPath);
    for (qsizetype i = 0; i < rates.size(); ++i)
        form.rates << readRate(reader, rates.at(i), indexed(ratesPath, i));
    if (reader.failures() == failuresBefore)  // a broken rate would report false conflicts
        checkRateConflicts(reader, form.rates, path);
    return form;
}

StaffingMinimum readStaffingMinimum(Reader &reader, const QJsonValue &value, const QString &path)
{
    StaffingMinimum minimum;
    if (!value.isObject()) {
        reader.error(path, QCoreApplication::translate("ltc", "must be an object"));
        return minimum;
    }
    const QJsonObject object = value.toObject();
    reader.onlyKnown(object, path + u'.',
                     {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("service_forms"),
                      QStringLiteral("medically_qualified_only"), QStringLiteral("capacity_at_least"),
                      QStringLiteral("roles"), QStringLiteral("at_least"), QStringLiteral("management_unit")});
    minimum.code = reader.text(object, QStringLiteral("code"), path + QStringLiteral(".code"));
    minimum.name = reader.text(object, QStringLiteral("name"), path + QStringLiteral(".name"));
    for (const QJsonValue &form : reader.array(object, QStringLiteral("service_forms"), path + QStringLiteral(".service_forms")))
        minimum.serviceForms << form.toString();
    minimum.medicallyQualifiedOnly = object.value(QStringLiteral("medically_qualified_only")).toBool();
    if (object.contains(QStringLiteral("capacity_at_least")))
        minimum.capacityAtLeast = int(reader.integer(object.value(QStringLiteral("capacity_at_least")),
                                                     path + QStringLiteral(".capacity_at_least"), 1, 100000)
                                          .value_or(0));
    minimum.managementUnit = object.value(QStringLiteral("management_unit")).toBool();
    if (!minimum.managementUnit) {
        for (const QJsonValue &role : reader.array(object, QStringLiteral("roles"), path + QStringLiteral(".roles")))
            minimum.roles << role.toString();
        if (reader.present(object, QStringLiteral("at_least"), path + QStringLiteral(".at_least")))
            minimum.atLeast = int(reader.integer(object.value(QStringLiteral("at_least")), path + QStringLiteral(".at_least"),
                                                 1, 10000)
                                      .value_or(0));
    }
    return minimum;
}

// A table by performance score (deposit release, renewal terms): rows of a
// `score_at_least` (0-100) and one value in [min, max] under `valueKey`, read into `valueField`.
// Optional: without the table the caller keeps its default; a table present must have rows
// (Reader::array): an empty renewal table would refuse every renewal.
template<typename Row>
void readScoreBands(Reader &reader, const QJsonObject &json, const QString &key, const QString &valueKey,
                    std::pair<int, int> range, int Row::*valueField, QList<Row> &rows)
{
    if (!json.contains(key))
        return;
    const QString scoreKey = QStringLiteral("score_at_least");
    const QJsonArray array = reader.array(json, key, key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexed(key, i);
        const QJsonObject object = array.at(i).toObject();
        reader.onlyKnown(object, path + u'.', {scoreKey, valueKey});
        auto read = [&](const QString &field, int min, int max) {
            const QString fieldPath = path + u'.' + field;
            if (!reader.present(object, field, fieldPath))
                return 0;
            return int(reader.integer(object.value(field), fieldPath, min, max).value_or(0));
        };
        Row row;
        row.scoreAtLeast = read(scoreKey, 0, 100);
        row.*valueField = read(valueKey, range.first, range.second);
        rows << row;
    }
}

void readDepositRelease(Reader &reader, const QJsonObject &json, Policy &policy)
{
    readScoreBands(reader, json, QStringLiteral("deposit_release"), QStringLiteral("release_permille"), {0, 1000},
                   &DepositReleaseStep::releasePermille, policy.depositRelease);
}

// Without the table a renewal keeps the seed's ceiling (3 years, checked by the caller); with it,
// seed 004 §20(三): a renewal runs at most 3 years, whatever the score.
void readRenewalTerms(Reader &reader, const QJsonObject &json, Policy &policy)
{
    readScoreBands(reader, json, QStringLiteral("renewal_terms"), QStringLiteral("max_years"), {1, 3},
                   &RenewalTerm::maxYears, policy.renewalTerms);
}

// Optional: a policy without staffing minimums checks none.
void readStaffingMinimums(Reader &reader, const QJsonObject &json, Policy &policy)
{
    const QString key = QStringLiteral("staffing_minimums");
    if (!json.contains(key))
        return;
    const QJsonArray minimums = reader.array(json, key, key);
    for (qsizetype i = 0; i < minimums.size(); ++i)
        policy.staffingMinimums << readStaffingMinimum(reader, minimums.at(i), indexed(key, i));
}

QJsonObject staffingMinimumJson(const StaffingMinimum &minimum)
{
    QJsonObject object{{QStringLiteral("code"), minimum.code},
                       {QStringLiteral("name"), minimum.name},
                       {QStringLiteral("service_forms"), QJsonArray::fromStringList(minimum.serviceForms)}};
    if (minimum.medicallyQualifiedOnly)
        object.insert(QStringLiteral("medically_qualified_only"), true);
    if (minimum.capacityAtLeast > 0)
        object.insert(QStringLiteral("capacity_at_least"), minimum.capacityAtLeast);
    if (minimum.managementUnit) {
        object.insert(QStringLiteral("management_unit"), true);
    } else {
        object.insert(QStringLiteral("roles"), QJsonArray::fromStringList(minimum.roles));
        object.insert(QStringLiteral("at_least"), minimum.atLeast);
    }
    return object;
}

void readForms(Reader &reader, const QJsonObject &json, Policy &policy)
{
    const QString key = QStringLiteral("service_forms");
    const QJsonArray forms = reader.array(json, key, key);
    for (qsizetype i = 0; i < forms.size(); ++i) {
        ServiceFormRates form = readForm(reader, forms.at(i), indexed(key, i));
        if (!form.code.isEmpty() && policy.serviceForm(form.code))
            reader.error(indexed(key, i) + QStringLiteral(".code"),
                         QCoreApplication::translate("ltc", "service form %1 is listed twice").arg(form.code));
        else
            policy.serviceForms << form;
    }
}

const QStringList kApplicationKinds{QStringLiteral("FIRST"), QStringLiteral("DISPUTE"), QStringLiteral("REASSESS")};

// The optional application review parameters; absent, seed 004 §7's 5 working days, the clock
// starting anew, no checklist.
void readReview(Reader &reader, const QJsonObject &json, Policy &policy)
{
    const QString days = QStringLiteral("review_working_days");
    if (json.contains(days))
        policy.reviewWorkingDays = int(reader.integer(json.value(days), days, 1, 60).value_or(5));
    const QString clock = QStringLiteral("review_clock_after_materials");
    if (json.contains(clock)) {
        const QString mode = json.value(clock).toString();
        if (mode == QLatin1String("resume"))
            policy.reviewClockAfterMaterials = ReviewClock::Resume;
        else if (mode != QLatin1String("restart"))
            reader.error(clock, QCoreApplication::translate("ltc", "must be \"restart\" or \"resume\""));
    }
    const QString key = QStringLiteral("application_materials");
    if (!json.contains(key))
        return;
    const QJsonArray items = reader.array(json, key, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = indexed(key, i);
        if (!items.at(i).isObject()) {
            reader.error(path, QCoreApplication::translate("ltc", "must be an object"));
            continue;
        }
        const QJsonObject object = items.at(i).toObject();
        reader.onlyKnown(object, path + u'.', {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("required_for")});
        MaterialItem item;
        item.code = reader.text(object, QStringLiteral("code"), path + QStringLiteral(".code"));
        item.name = reader.text(object, QStringLiteral("name"), path + QStringLiteral(".name"));
        const QJsonArray kinds = object.value(QStringLiteral("required_for")).toArray();
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            const QString kind = kinds.at(k).toString();
            if (!kApplicationKinds.contains(kind))
                reader.error(indexed(path + QStringLiteral(".required_for"), k),
                             QCoreApplication::translate("ltc", "must be FIRST, DISPUTE or REASSESS"));
            else
                item.requiredFor << kind;
        }
        for (const MaterialItem &earlier : std::as_const(policy.applicationMaterials)) {
            if (!item.code.isEmpty() && earlier.code == item.code)
                reader.error(path + QStringLiteral(".code"),
                             QCoreApplication::translate("ltc", "material %1 is listed twice").arg(item.code));
        }
        policy.applicationMaterials << item;
    }
}

QJsonValue dateValue(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(kDateFormat)) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool Policy::inForceOn(QDate day) const
{
    return day.isValid() && day >= effectiveFrom && (effectiveTo.isNull() || day <= effectiveTo);
}

bool Policy::isEligibleLevel(int level) const
{
    return eligibleLevels.contains(level);
}

QList<int> benefitLevels(const Policy *policy)
{
    return policy ? policy->eligibleLevels : QList<int>{3, 4, 5};
}

bool qualifiesForBenefits(const Policy *policy, int level)
{
    return benefitLevels(policy).contains(level);
}

const ServiceFormRates *Policy::serviceForm(QStringView code) const
{
    for (const ServiceFormRates &form : serviceForms) {
        if (form.code == code)
            return &form;
    }
    return nullptr;
}

Fen Policy::rateFen(QStringView formCode, int level, int grade) const
{
    const ServiceFormRates *form = serviceForm(formCode);
    if (!form)
        return 0;
    const qsizetype best = bestRate(form->rates, level, grade);
    return best < 0 ? 0 : form->rates[best].fen;
}

QDate Policy::benefitStartFor(QDate concludedOn) const
{
    // "next_month" is the only rule so far (fromJson refuses others).
    if (!concludedOn.isValid())
        return {};
    return QDate(concludedOn.year(), concludedOn.month(), 1).addMonths(1);
}

QList<MaterialItem> Policy::materialsRequiredFor(QStringView kind) const
{
    QList<MaterialItem> required;
    for (const MaterialItem &item : applicationMaterials) {
        if (item.requiredFor.contains(kind))
            required << item;
    }
    return required;
}

QJsonObject Policy::toJson() const
{
    QJsonArray forms;
    for (const ServiceFormRates &form : serviceForms) {
        QJsonArray rates;
        for (const Rate &rate : form.rates) {
            QJsonObject object;
            if (rate.level)
                object.insert(QStringLiteral("level"), *rate.level);
            if (rate.grade)
                object.insert(QStringLiteral("grade"), *rate.grade);
            object.insert(QStringLiteral("fen"), rate.fen);
            rates.append(object);
        }
        forms.append(QJsonObject{
            {QStringLiteral("code"), form.code},
            {QStringLiteral("name"), form.name},
            {QStringLiteral("basis"),
             form.basis == RateBasis::PerDay ? QStringLiteral("per_day") : QStringLiteral("per_month")},
            {QStringLiteral("rates"), rates}});
    }
    QJsonArray levels;
    for (int level : eligibleLevels)
        levels.append(level);
    QJsonObject json{{QStringLiteral("region"), region},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("effective_from"), dateValue(effectiveFrom)},
                       {QStringLiteral("effective_to"), dateValue(effectiveTo)},
                       {QStringLiteral("eligible_levels"), levels},
                       {QStringLiteral("benefit_start"), benefitStart},
                       {QStringLiteral("fund_ratio_permille"), fundRatioPermille},
                       {QStringLiteral("quality_deposit_permille"), qualityDepositPermille},
                       {QStringLiteral("service_forms"), forms}};
    // The review parameters are optional: written only where they differ from the defaults, so
    // that a policy file reads back as it was written.
    if (reviewWorkingDays != 5)
        json.insert(QStringLiteral("review_working_days"), reviewWorkingDays);
    if (reviewClockAfterMaterials == ReviewClock::Resume)
        json.insert(QStringLiteral("review_clock_after_materials"), QStringLiteral("resume"));
    if (!applicationMaterials.isEmpty()) {
        QJsonArray materials;
        for (const MaterialItem &item : applicationMaterials)
            materials.append(QJsonObject{{QStringLiteral("code"), item.code},
                                         {QStringLiteral("name"), item.name},
                                         {QStringLiteral("required_for"), QJsonArray::fromStringList(item.requiredFor)}});
        json.insert(QStringLiteral("application_materials"), materials);
    }
    if (!staffingMinimums.isEmpty()) {
        QJsonArray minimums;
        for (const StaffingMinimum &minimum : staffingMinimums)
            minimums.append(staffingMinimumJson(minimum));
        json.insert(QStringLiteral("staffing_minimums"), minimums);
    }
    if (!depositRelease.isEmpty()) {
        QJsonArray steps;
        for (const DepositReleaseStep &step : depositRelease)
            steps.append(QJsonObject{{QStringLiteral("score_at_least"), step.scoreAtLeast},
                                     {QStringLiteral("release_permille"), step.releasePermille}});
        json.insert(QStringLiteral("deposit_release"), steps);
    }
    // Written only where the policy set it: a policy of before the assessment terms reads back
    // as it was loaded.
    if (assessment.toJson() != AssessmentTerms().toJson())
        json.insert(QStringLiteral("assessment"), assessment.toJson());
    if (!renewalTerms.isEmpty()) {
        QJsonArray rows;
        for (const RenewalTerm &term : renewalTerms)
            rows.append(QJsonObject{{QStringLiteral("score_at_least"), term.scoreAtLeast},
                                    {QStringLiteral("max_years"), term.maxYears}});
        json.insert(QStringLiteral("renewal_terms"), rows);
    }
    return json;
}

int Policy::releasePermilleFor(int score) const
{
    const DepositReleaseStep *best = nullptr;
    for (const DepositReleaseStep &step : depositRelease) {
        if (score >= step.scoreAtLeast && (!best || step.scoreAtLeast > best->scoreAtLeast))
            best = &step;
    }
    return best ? best->releasePermille : 0;
}

std::optional<int> Policy::renewalYearsFor(int score) const
{
    const RenewalTerm *best = nullptr;
    for (const RenewalTerm &term : renewalTerms) {
        if (score >= term.scoreAtLeast && (!best || term.scoreAtLeast > best->scoreAtLeast))
            best = &term;
    }
    return best ? std::optional<int>(best->maxYears) : std::nullopt;
}

std::optional<Policy> Policy::fromJson(const QJsonObject &json, QStringList *errors)
{
    Reader reader(errors);
    reader.onlyKnown(json, QString(),
                     {QStringLiteral("region"), QStringLiteral("name"), QStringLiteral("effective_from"),
                      QStringLiteral("effective_to"), QStringLiteral("eligible_levels"), QStringLiteral("benefit_start"),
                      QStringLiteral("fund_ratio_permille"), QStringLiteral("quality_deposit_permille"),
                      QStringLiteral("service_forms"), QStringLiteral("review_working_days"),
                      QStringLiteral("review_clock_after_materials"), QStringLiteral("application_materials"),
                      QStringLiteral("staffing_minimums"), QStringLiteral("deposit_release"),
                      QStringLiteral("assessment"),
                      QStringLiteral("renewal_terms")});
    Policy policy;
    policy.region = reader.text(json, QStringLiteral("region"), QStringLiteral("region"));
    if (!policy.region.isEmpty() && !isRegionCode(policy.region))
        reader.error(QStringLiteral("region"),
                     QCoreApplication::translate("ltc", "must be a six-digit GB/T 2260 code, not \"%1\"")
                         .arg(policy.region));
    policy.name = reader.text(json, QStringLiteral("name"), QStringLiteral("name"));
    readDates(reader, json, policy);
    readLevels(reader, json, policy);
    readBenefitStart(reader, json, policy);
    policy.fundRatioPermille = reader.permille(json, QStringLiteral("fund_ratio_permille"));
    policy.qualityDepositPermille = reader.permille(json, QStringLiteral("quality_deposit_permille"));
    readForms(reader, json, policy);
    readReview(reader, json, policy);
    readStaffingMinimums(reader, json, policy);
    readDepositRelease(reader, json, policy);
    QStringList termErrors;
    policy.assessment = AssessmentTerms::fromJson(json.value(QStringLiteral("assessment")).toObject(), &termErrors);
    for (const QString &problem : termErrors)
        reader.error(problem.section(QStringLiteral(": "), 0, 0), problem.section(QStringLiteral(": "), 1));
    readRenewalTerms(reader, json, policy);
    if (!reader.ok())
        return std::nullopt;
    return policy;
}

bool PolicySet::add(const Policy &policy, QString *error)
{
    const QDate openEnd = QDate(9999, 12, 31);
    const QDate newEnd = policy.effectiveTo.isNull() ? openEnd : policy.effectiveTo;
    qsizetype replaced = -1;
    for (qsizetype i = 0; i < m_policies.size(); ++i) {
        const Policy &old = m_policies[i];
        if (old.region != policy.region)
            continue;
        if (old.effectiveFrom == policy.effectiveFrom) {
            replaced = i;
            continue;
        }
        const QDate oldEnd = old.effectiveTo.isNull() ? openEnd : old.effectiveTo;
        if (policy.effectiveFrom <= oldEnd && old.effectiveFrom <= newEnd) {
            if (error)
                *error = QCoreApplication::translate("ltc", "Policy \"%1\" overlaps \"%2\" of region %3, in force "
                                                            "from %4")
                             .arg(policy.name, old.name, old.region, old.effectiveFrom.toString(kDateFormat));
            return false;
        }
    }
    if (replaced >= 0)
        m_policies[replaced] = policy;
    else
        m_policies << policy;
    return true;
}

const Policy *PolicySet::policyFor(QStringView district, QDate day) const
{
    const Policy *best = nullptr;
    for (const Policy &policy : m_policies) {
        if (!regionCovers(policy.region, district) || !policy.inForceOn(day))
            continue;
        if (!best || regionSpecificity(policy.region) > regionSpecificity(best->region))
            best = &policy;
    }
    return best;
}

} // namespace ltc
