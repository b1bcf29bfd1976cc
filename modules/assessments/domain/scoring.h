#pragma once
// Scoring an assessment to a disability level (失能等级 0-5) by an instrument held as versioned
// data: its indicators (一级指标) with their items (二级指标) and each item's allowed scores, the
// bands that grade an indicator's total, and the rule that combines the grades into the level.
// The national standard (医保办发〔2021〕37号) is the built-in version 1 of NATIONAL-2021; a
// region loads its own versions (assessment.instrument_load) and the version used is stored
// with every result, so that a later version never changes an earlier conclusion.
//
// JSON of an instrument version:
//   {"code", "version", "name", "source",
//    "indicators": [{"code", "name", "items": [{"code", "name", "scores": [0, 5, 10]}, ...],
//                    "grades": [{"grade": 0, "min": 100, "max": 100}, ...]}, ...],
//    "level": {"rows": "ADL", "columns": ["COGNITION", "PERCEPTION"],
//              "matrix": [[0, 0, 1, 1], ...]}}
// Grades are 0 (intact) .. n-1 (most impaired); the bands of an indicator must cover every
// total from 0 to its maximum exactly once. The level is matrix[row grade][column grade], the
// column grade being the worst (highest) grade of the column indicators ("以失能等级严重的判断").
// With no "columns" the matrix has one column (a one-indicator instrument such as Barthel).
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc::assessments {

struct InstrumentItem {
    QString code;
    QString name;
    QList<int> scores;  // allowed, ascending
};

struct GradeBand {
    int grade = 0;
    int min = 0;
    int max = 0;
};

struct Indicator {
    QString code;
    QString name;
    QList<InstrumentItem> items;
    QList<GradeBand> grades;
    int maxTotal() const;
    std::optional<int> gradeOf(int total) const;
};

struct Instrument {
    QString code;
    int version = 0;
    QString name;
    QString source;
    QList<Indicator> indicators;
    QString rowIndicator;
    QStringList columnIndicators;
    QList<QList<int>> matrix;

    const Indicator *indicator(const QString &code) const;
    QJsonObject toJson() const;
    // Parses and checks (bands cover every total once, the matrix fits the grades, levels 0-5);
    // every problem is appended to *errors naming its path.
    static std::optional<Instrument> fromJson(const QJsonObject &json, QStringList *errors);
};

// Scores as entered: indicator code → item code → score.
using ItemScores = QMap<QString, QMap<QString, int>>;

struct IndicatorResult {
    QString code;
    int total = 0;
    int grade = 0;
};

struct ScoreResult {
    QList<IndicatorResult> indicators;  // in the instrument's order
    int level = 0;
};

// Every item of every indicator must be scored with one of its allowed scores, and nothing else
// given; the problems are appended to *errors ("scores.ADL.EATING: ...").
std::optional<ScoreResult> scoreAssessment(const Instrument &instrument, const ItemScores &scores, QStringList *errors);

ItemScores itemScoresFromJson(const QJsonObject &json, QStringList *errors);
QJsonObject itemScoresToJson(const ItemScores &scores);

// Version 1 of NATIONAL-2021 as shipped (nationalinstrument.cpp says what of it the seeds
// confirm), and the built-in versions (it and BARTHEL 1, the older pilots' alternative).
Instrument nationalInstrument2021();
QJsonObject nationalInstrument2021Json();
QList<Instrument> builtinInstruments();

} // namespace ltc::assessments
