#pragma once
// A draw as it is stored (assessment_draws) and re-run from what is stored: anyone holding the
// row can check the team without the store it was drawn on (draw.h gives the algorithm).
#include "assessments/domain/dispatchrules.h"
#include "assessments/domain/draw.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ltc::assessments {

QJsonArray candidatesJson(const QList<Candidate> &candidates);  // staff_no, institution_code, role (no ID numbers)
QJsonArray exclusionsJson(const QList<Exclusion> &exclusions);
QJsonArray teamJson(const QList<TeamMember> &team);
QJsonObject agenciesJson(const AgencyChoice &choice);
QJsonObject compositionJson(const Composition &composition, const QString &pool, const QStringList &poolInstitutions);

// The record's parts as stored.
struct DrawRecord {
    QString algorithm;
    QString seed;
    QJsonObject agencies;
    QJsonObject composition;
    QJsonArray candidates;
    QJsonArray exclusions;
};

struct Replay {
    QString agency;            // RANDOM: the agency the seed chooses; else the stored choice
    QList<TeamMember> team;
    QString problem;           // why the record cannot be re-run (translated), else empty
};

// Re-runs the draw from the record alone: the seed's generator, the random agency first where
// the record chose one at random, then the team from the candidates the record did not exclude.
Replay replayDraw(const DrawRecord &record);

} // namespace ltc::assessments
