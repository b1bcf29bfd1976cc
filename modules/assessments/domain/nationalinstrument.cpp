// The built-in instruments. Version 1 of NATIONAL-2021: 《长期护理失能等级评估标准（试行）》(医保办发〔2021〕37号) as data.
//
// What the seeds and DOMAIN.md confirm: the three first-level indicators with 17 items, the ADL
// items and their allowed scores (DOMAIN.md §B), cognition and perception items scored 0-4, the
// ADL bands 100 / 65-95 / 45-60 / ≤40, the six levels 0-5 and that the grades combine "through a
// matrix" (seed 003 三(一) cites the standard; seed 004 §8 uses it). What they do NOT give — and
// is therefore taken from the published standard as remembered, to be checked against its
// official annex before production use (the "source" text says so on every stored result):
//   - the cognition bands 16 / 12-15 / 4-11 / 0-3 and the perception bands 12 / 8-11 / 4-7 / 0-3;
//   - the combination matrix below (rows ADL grade, columns the worse of cognition and
//     perception: "以失能等级严重的判断");
//   - that every cognition and perception item allows each whole score 0-4.
// A region corrects any of this by loading version 2 (assessment.instrument_load); results keep
// the version they were scored with.
#include "assessments/domain/scoring.h"

#include <QJsonDocument>

namespace ltc::assessments {
namespace {

const char kNational2021[] = R"json({
 "code": "NATIONAL-2021", "version": 1,
 "name": "长期护理失能等级评估标准（试行）",
 "source": "医保办发〔2021〕37号; ADL items and bands per DOMAIN.md; cognition/perception bands and the matrix not in the seeds, as recalled from the published annex: verify",
 "indicators": [
  {"code": "ADL", "name": "日常生活活动能力",
   "items": [
    {"code": "EATING", "name": "进食", "scores": [0, 5, 10]},
    {"code": "DRESSING", "name": "穿衣", "scores": [0, 5, 10]},
    {"code": "FACE_MOUTH", "name": "面部与口腔清洁", "scores": [0, 5]},
    {"code": "BOWEL", "name": "大便控制", "scores": [0, 5, 10]},
    {"code": "BLADDER", "name": "小便控制", "scores": [0, 5, 10]},
    {"code": "TOILET", "name": "用厕", "scores": [0, 5, 10]},
    {"code": "WALKING", "name": "平地行走", "scores": [0, 5, 10, 15]},
    {"code": "TRANSFER", "name": "床椅转移", "scores": [0, 5, 10, 15]},
    {"code": "STAIRS", "name": "上下楼梯", "scores": [0, 5, 10]},
    {"code": "BATHING", "name": "洗澡", "scores": [0, 5]}],
   "grades": [{"grade": 0, "min": 100, "max": 100}, {"grade": 1, "min": 65, "max": 95},
              {"grade": 2, "min": 45, "max": 60}, {"grade": 3, "min": 0, "max": 40}]},
  {"code": "COGNITION", "name": "认知能力",
   "items": [
    {"code": "TIME", "name": "时间定向", "scores": [0, 1, 2, 3, 4]},
    {"code": "PEOPLE", "name": "人物定向", "scores": [0, 1, 2, 3, 4]},
    {"code": "PLACE", "name": "空间定向", "scores": [0, 1, 2, 3, 4]},
    {"code": "MEMORY", "name": "记忆力", "scores": [0, 1, 2, 3, 4]}],
   "grades": [{"grade": 0, "min": 16, "max": 16}, {"grade": 1, "min": 12, "max": 15},
              {"grade": 2, "min": 4, "max": 11}, {"grade": 3, "min": 0, "max": 3}]},
  {"code": "PERCEPTION", "name": "感知觉与沟通能力",
   "items": [
    {"code": "VISION", "name": "视力", "scores": [0, 1, 2, 3, 4]},
    {"code": "HEARING", "name": "听力", "scores": [0, 1, 2, 3, 4]},
    {"code": "COMMUNICATION", "name": "沟通能力", "scores": [0, 1, 2, 3, 4]}],
   "grades": [{"grade": 0, "min": 12, "max": 12}, {"grade": 1, "min": 8, "max": 11},
              {"grade": 2, "min": 4, "max": 7}, {"grade": 3, "min": 0, "max": 3}]}],
 "level": {"rows": "ADL", "columns": ["COGNITION", "PERCEPTION"],
           "matrix": [[0, 0, 1, 1], [1, 1, 1, 2], [2, 2, 2, 3], [3, 3, 4, 5]]}
})json";

// The Barthel index (seeds 000 and 001: older pilots qualify "Barthel指数评定量表重度失能", ≤40):
// the same ten activities and scores as the national ADL, one indicator. The bands 100 / 65-95
// / 45-60 / ≤40 are the usual grading (the seeds give only ≤40 = severe); that severe maps to
// level 3, the first level benefits pay for, and the milder grades to 0-2, is NOT in the seeds:
// a region using it says so in its own version.
const char kBarthel[] = R"json({
 "code": "BARTHEL", "version": 1,
 "name": "Barthel指数评定量表",
 "source": "seeds 000/001: Barthel index, 40 or less is severe; the other bands and the grade-to-level mapping are not in the seeds: verify",
 "indicators": [
  {"code": "ADL", "name": "日常生活活动能力（Barthel指数）",
   "items": [
    {"code": "EATING", "name": "进食", "scores": [0, 5, 10]},
    {"code": "BATHING", "name": "洗澡", "scores": [0, 5]},
    {"code": "GROOMING", "name": "修饰", "scores": [0, 5]},
    {"code": "DRESSING", "name": "穿衣", "scores": [0, 5, 10]},
    {"code": "BOWEL", "name": "大便控制", "scores": [0, 5, 10]},
    {"code": "BLADDER", "name": "小便控制", "scores": [0, 5, 10]},
    {"code": "TOILET", "name": "如厕", "scores": [0, 5, 10]},
    {"code": "TRANSFER", "name": "床椅转移", "scores": [0, 5, 10, 15]},
    {"code": "WALKING", "name": "平地行走", "scores": [0, 5, 10, 15]},
    {"code": "STAIRS", "name": "上下楼梯", "scores": [0, 5, 10]}],
   "grades": [{"grade": 0, "min": 100, "max": 100}, {"grade": 1, "min": 61, "max": 99},
              {"grade": 2, "min": 41, "max": 60}, {"grade": 3, "min": 0, "max": 40}]}],
 "level": {"rows": "ADL", "matrix": [[0], [1], [2], [3]]}
})json";

Instrument parsed(const char *json)
{
    QStringList errors;
    return Instrument::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &errors).value_or(Instrument{});
}

} // namespace

QList<Instrument> builtinInstruments()
{
    return {nationalInstrument2021(), parsed(kBarthel)};
}

QJsonObject nationalInstrument2021Json()
{
    return QJsonDocument::fromJson(QByteArray(kNational2021)).object();
}

Instrument nationalInstrument2021()
{
    return parsed(kNational2021);
}

} // namespace ltc::assessments
