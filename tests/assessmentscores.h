#pragma once
// Assessment scores the tests of the store and of the server both give: one place for the
// scores that decide a test's conclusion.
#include <QJsonObject>
#include <QString>

namespace ltctest {

// Scores that the national instrument places in a severe level: a conclusion that qualifies.
inline QJsonObject severeScores()
{
    return {{QStringLiteral("ADL"),
             QJsonObject{{QStringLiteral("EATING"), 5}, {QStringLiteral("DRESSING"), 5}, {QStringLiteral("FACE_MOUTH"), 0},
                         {QStringLiteral("BOWEL"), 5}, {QStringLiteral("BLADDER"), 5}, {QStringLiteral("TOILET"), 5},
                         {QStringLiteral("WALKING"), 5}, {QStringLiteral("TRANSFER"), 10}, {QStringLiteral("STAIRS"), 0},
                         {QStringLiteral("BATHING"), 0}}},  // 40: severely impaired
            {QStringLiteral("COGNITION"),
             QJsonObject{{QStringLiteral("TIME"), 0}, {QStringLiteral("PEOPLE"), 1}, {QStringLiteral("PLACE"), 0},
                         {QStringLiteral("MEMORY"), 0}}},  // 1: severely impaired
            {QStringLiteral("PERCEPTION"),
             QJsonObject{{QStringLiteral("VISION"), 4}, {QStringLiteral("HEARING"), 4},
                         {QStringLiteral("COMMUNICATION"), 4}}}};
}

} // namespace ltctest
