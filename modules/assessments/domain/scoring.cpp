#include "assessments/domain/scoring.h"

#include "core/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ltc::assessments {

int Indicator::maxTotal() const
{
    int total = 0;
    for (const InstrumentItem &item : items)
        total += item.scores.isEmpty() ? 0 : item.scores.last();
    return total;
}

std::optional<int> Indicator::gradeOf(int total) const
{
    for (const GradeBand &band : grades) {
        if (total >= band.min && total <= band.max)
            return band.grade;
    }
    return std::nullopt;
}

const Indicator *Instrument::indicator(const QString &indicatorCode) const
{
    for (const Indicator &i : indicators) {
        if (i.code == indicatorCode)
            return &i;
    }
    return nullptr;
}

// ---- reading an instrument ------------------------------------------------------------------

namespace {

QList<int> intList(const QJsonValue &value)
{
    QList<int> list;
    for (const QJsonValue &v : value.toArray())
        list << v.toInt(-1);
    return list;
}

QJsonArray intArray(const QList<int> &list)
{
    QJsonArray array;
    for (int v : list)
        array.append(v);
    return array;
}

void readItems(const QJsonObject &json, const QString &path, Indicator &indicator, QStringList *errors)
{
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        errors->append(Tr::tr("%1.items: must be a non-empty list").arg(path));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject object = items.at(i).toObject();
        InstrumentItem item{object.value(QStringLiteral("code")).toString(),
                            object.value(QStringLiteral("name")).toString(),
                            intList(object.value(QStringLiteral("scores")))};
        const QString itemPath = QStringLiteral("%1.items[%2]").arg(path).arg(i);
        QList<int> sorted = item.scores;
        std::sort(sorted.begin(), sorted.end());
        const bool distinct = std::adjacent_find(sorted.cbegin(), sorted.cend()) == sorted.cend();
        if (item.code.isEmpty() || item.scores.isEmpty() || sorted.first() < 0 || sorted != item.scores || !distinct)
            errors->append(Tr::tr("%1: needs a code and distinct scores of 0 or more in ascending order").arg(itemPath));
        indicator.items << item;
    }
}

// The totals the items' allowed scores can add up to (ADL: multiples of 5 only).
QList<int> reachableTotals(const Indicator &indicator)
{
    QList<bool> reachable(indicator.maxTotal() + 1, false);
    reachable[0] = true;
    for (const InstrumentItem &item : indicator.items) {
        QList<bool> next(reachable.size(), false);
        for (qsizetype total = 0; total < reachable.size(); ++total) {
            for (int score : item.scores) {
                if (reachable.at(total) && score >= 0 && total + score < next.size())
                    next[total + score] = true;
            }
        }
        reachable = next;
    }
    QList<int> totals;
    for (qsizetype total = 0; total < reachable.size(); ++total) {
        if (reachable.at(total))
            totals << int(total);
    }
    return totals;
}

// Every total the items can add up to falls in exactly one band.
void readGrades(const QJsonObject &json, const QString &path, Indicator &indicator, QStringList *errors)
{
    for (const QJsonValue &v : json.value(QStringLiteral("grades")).toArray()) {
        const QJsonObject band = v.toObject();
        indicator.grades << GradeBand{band.value(QStringLiteral("grade")).toInt(-1),
                                      band.value(QStringLiteral("min")).toInt(-1), band.value(QStringLiteral("max")).toInt(-1)};
    }
    for (qsizetype g = 0; g < indicator.grades.size(); ++g) {
        if (indicator.grades.at(g).grade != int(g))
            errors->append(Tr::tr("%1.grades[%2]: grades must be numbered 0, 1, … in order").arg(path).arg(g));
    }
    for (int total : reachableTotals(indicator)) {
        const auto bands = std::count_if(indicator.grades.cbegin(), indicator.grades.cend(), [total](const GradeBand &b) {
            return total >= b.min && total <= b.max;
        });
        if (bands != 1) {
            errors->append(Tr::tr("%1.grades: the total %2 falls in %3 bands; every total the items can add up to must "
                                  "fall in one")
                               .arg(path)
                               .arg(total)
                               .arg(bands));
            return;
        }
    }
}

void readLevelRule(const QJsonObject &json, Instrument &instrument, QStringList *errors)
{
    const QJsonObject level = json.value(QStringLiteral("level")).toObject();
    instrument.rowIndicator = level.value(QStringLiteral("rows")).toString();
    for (const QJsonValue &c : level.value(QStringLiteral("columns")).toArray())
        instrument.columnIndicators << c.toString();
    for (const QJsonValue &row : level.value(QStringLiteral("matrix")).toArray())
        instrument.matrix << intList(row);
    const Indicator *rows = instrument.indicator(instrument.rowIndicator);
    if (!rows) {
        errors->append(Tr::tr("level.rows: must name an indicator"));
        return;
    }
    qsizetype columns = 1;
    for (const QString &code : instrument.columnIndicators) {
        const Indicator *column = instrument.indicator(code);
        if (!column)
            errors->append(Tr::tr("level.columns: %1 is not an indicator").arg(code));
        else if (columns != 1 && column->grades.size() != columns)
            errors->append(Tr::tr("level.columns: the column indicators must have as many grades as each other"));
        else
            columns = column->grades.size();
    }
    bool fits = instrument.matrix.size() == rows->grades.size();
    for (const QList<int> &row : instrument.matrix)
        fits = fits && row.size() == columns
               && std::all_of(row.cbegin(), row.cend(), [](int l) { return l >= 0 && l <= 5; });
    if (!fits)
        errors->append(Tr::tr("level.matrix: must have %1 rows of %2 levels 0-5").arg(rows->grades.size()).arg(columns));
}

} // namespace

std::optional<Instrument> Instrument::fromJson(const QJsonObject &json, QStringList *errors)
{
    const qsizetype before = errors->size();
    Instrument instrument;
    instrument.code = json.value(QStringLiteral("code")).toString();
    instrument.version = json.value(QStringLiteral("version")).toInt(0);
    instrument.name = json.value(QStringLiteral("name")).toString();
    instrument.source = json.value(QStringLiteral("source")).toString();
    if (instrument.code.isEmpty() || instrument.version < 1 || instrument.name.isEmpty() || instrument.source.isEmpty())
        errors->append(Tr::tr("an instrument needs a code, a version of 1 or more, a name and its source"));
    const QJsonArray indicators = json.value(QStringLiteral("indicators")).toArray();
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        const QJsonObject object = indicators.at(i).toObject();
        Indicator indicator;
        indicator.code = object.value(QStringLiteral("code")).toString();
        indicator.name = object.value(QStringLiteral("name")).toString();
        const QString path = QStringLiteral("indicators[%1]").arg(i);
        if (indicator.code.isEmpty() || instrument.indicator(indicator.code))
            errors->append(Tr::tr("%1.code: must be a code no other indicator has").arg(path));
        readItems(object, path, indicator, errors);
        readGrades(object, path, indicator, errors);
        instrument.indicators << indicator;
    }
    readLevelRule(json, instrument, errors);
    if (errors->size() != before)
        return std::nullopt;
    return instrument;
}

QJsonObject Instrument::toJson() const
{
    QJsonArray indicatorsJson;
    for (const Indicator &indicator : indicators) {
        QJsonArray items;
        for (const InstrumentItem &item : indicator.items)
            items.append(QJsonObject{{QStringLiteral("code"), item.code},
                                     {QStringLiteral("name"), item.name},
                                     {QStringLiteral("scores"), intArray(item.scores)}});
        QJsonArray grades;
        for (const GradeBand &band : indicator.grades)
            grades.append(QJsonObject{{QStringLiteral("grade"), band.grade},
                                      {QStringLiteral("min"), band.min},
                                      {QStringLiteral("max"), band.max}});
        indicatorsJson.append(QJsonObject{{QStringLiteral("code"), indicator.code},
                                          {QStringLiteral("name"), indicator.name},
                                          {QStringLiteral("items"), items},
                                          {QStringLiteral("grades"), grades}});
    }
    QJsonArray rows;
    for (const QList<int> &row : matrix)
        rows.append(intArray(row));
    QJsonObject level{{QStringLiteral("rows"), rowIndicator}, {QStringLiteral("matrix"), rows}};
    if (!columnIndicators.isEmpty())
        level.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columnIndicators));
    return {{QStringLiteral("code"), code},           {QStringLiteral("version"), version},
            {QStringLiteral("name"), name},           {QStringLiteral("source"), source},
            {QStringLiteral("indicators"), indicatorsJson}, {QStringLiteral("level"), level}};
}

// ---- scoring --------------------------------------------------------------------------------

std::optional<ScoreResult> scoreAssessment(const Instrument &instrument, const ItemScores &scores, QStringList *errors)
{
    const qsizetype before = errors->size();
    ScoreResult result;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (!instrument.indicator(it.key()))
            errors->append(Tr::tr("scores.%1: %2 has no such indicator").arg(it.key(), instrument.code));
    }
    for (const Indicator &indicator : instrument.indicators) {
        const QMap<QString, int> given = scores.value(indicator.code);
        IndicatorResult total{indicator.code, 0, 0};
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            const bool known = std::any_of(indicator.items.cbegin(), indicator.items.cend(),
                                           [&it](const InstrumentItem &item) { return item.code == it.key(); });
            if (!known)
                errors->append(Tr::tr("scores.%1.%2: no such item").arg(indicator.code, it.key()));
        }
        for (const InstrumentItem &item : indicator.items) {
            const QString path = QStringLiteral("scores.%1.%2").arg(indicator.code, item.code);
            if (!given.contains(item.code)) {
                errors->append(Tr::tr("%1: is not scored").arg(path));
                continue;
            }
            const int score = given.value(item.code);
            if (!item.scores.contains(score)) {
                QStringList allowed;
                for (int s : item.scores)
                    allowed << QString::number(s);
                errors->append(Tr::tr("%1: %2 is not one of the allowed scores %3")
                                   .arg(path)
                                   .arg(score)
                                   .arg(allowed.join(QStringLiteral("/"))));
            }
            total.total += score;
        }
        total.grade = indicator.gradeOf(total.total).value_or(0);
        result.indicators << total;
    }
    if (errors->size() != before)
        return std::nullopt;
    const auto gradeOf = [&result](const QString &code) {
        for (const IndicatorResult &r : result.indicators) {
            if (r.code == code)
                return r.grade;
        }
        return 0;
    };
    int column = 0;
    for (const QString &code : instrument.columnIndicators)
        column = std::max(column, gradeOf(code));
    result.level = instrument.matrix.at(gradeOf(instrument.rowIndicator)).at(column);
    return result;
}

ItemScores itemScoresFromJson(const QJsonObject &json, QStringList *errors)
{
    ItemScores scores;
    for (auto indicator = json.begin(); indicator != json.end(); ++indicator) {
        const QJsonObject items = indicator.value().toObject();
        if (!indicator.value().isObject())
            errors->append(Tr::tr("scores.%1: must be an object of item scores").arg(indicator.key()));
        for (auto item = items.begin(); item != items.end(); ++item) {
            const QJsonValue value = item.value();
            if (!value.isDouble() || value.toDouble() != double(value.toInt()))
                errors->append(Tr::tr("scores.%1.%2: must be a whole number").arg(indicator.key(), item.key()));
            else
                scores[indicator.key()][item.key()] = value.toInt();
        }
    }
    return scores;
}

QJsonObject itemScoresToJson(const ItemScores &scores)
{
    QJsonObject json;
    for (auto indicator = scores.cbegin(); indicator != scores.cend(); ++indicator) {
        QJsonObject items;
        for (auto item = indicator.value().cbegin(); item != indicator.value().cend(); ++item)
            items.insert(item.key(), item.value());
        json.insert(indicator.key(), items);
    }
    return json;
}

} // namespace ltc::assessments
