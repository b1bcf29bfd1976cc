#include "assessments/domain/drawrecord.h"

#include "core/tr.h"

#include <QSet>

namespace ltc::assessments {

QJsonArray candidatesJson(const QList<Candidate> &candidates)
{
    QJsonArray array;
    for (const Candidate &c : candidates)
        array.append(QJsonObject{{QStringLiteral("staff_no"), c.staffNo},
                                 {QStringLiteral("institution_code"), c.institutionCode},
                                 {QStringLiteral("role"), c.role}});
    return array;
}

QJsonArray exclusionsJson(const QList<Exclusion> &exclusions)
{
    QJsonArray array;
    for (const Exclusion &e : exclusions)
        array.append(QJsonObject{{QStringLiteral("staff_no"), e.staffNo},
                                 {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)}});
    return array;
}

QJsonArray teamJson(const QList<TeamMember> &team)
{
    QJsonArray array;
    for (const TeamMember &m : team)
        array.append(QJsonObject{{QStringLiteral("staff_no"), m.staffNo}, {QStringLiteral("slot"), m.slot}});
    return array;
}

QJsonObject agenciesJson(const AgencyChoice &choice)
{
    QJsonArray refused;
    for (const AgencyRefusal &r : choice.refused)
        refused.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("reason"), r.reason}});
    return {{QStringLiteral("mode"), choice.mode},
            {QStringLiteral("eligible"), QJsonArray::fromStringList(choice.eligible)},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("previous"), choice.previous},
            {QStringLiteral("chosen"), choice.chosen}};
}

QJsonObject compositionJson(const Composition &composition, const QString &pool, const QStringList &poolInstitutions)
{
    return {{QStringLiteral("members"), composition.members},
            {QStringLiteral("experts_at_least"), composition.expertsAtLeast},
            {QStringLiteral("pool"), pool},
            {QStringLiteral("pool_institutions"), QJsonArray::fromStringList(poolInstitutions)}};
}

Replay replayDraw(const DrawRecord &record)
{
    Replay replay;
    const std::optional<std::uint64_t> seed = seedFromText(record.seed);
    if (record.algorithm != kDrawAlgorithm || !seed) {
        replay.problem = Tr::tr("the draw's algorithm %1 or seed %2 is not one this version can re-run")
                             .arg(record.algorithm, record.seed);
        return replay;
    }
    SplitMix64 rng(*seed);
    replay.agency = record.agencies.value(QStringLiteral("chosen")).toString();
    if (record.agencies.value(QStringLiteral("mode")).toString() == QLatin1String("RANDOM")) {
        const QJsonArray eligible = record.agencies.value(QStringLiteral("eligible")).toArray();
        if (!eligible.isEmpty())
            replay.agency = eligible.at(qsizetype(rng.uniformIndex(std::uint64_t(eligible.size())))).toString();
    }
    QSet<QString> excluded;
    for (const QJsonValue &e : record.exclusions)
        excluded.insert(e.toObject().value(QStringLiteral("staff_no")).toString());
    QList<Candidate> eligible;
    for (const QJsonValue &value : record.candidates) {
        const QJsonObject c = value.toObject();
        Candidate candidate{c.value(QStringLiteral("staff_no")).toString(),
                            c.value(QStringLiteral("institution_code")).toString(),
                            c.value(QStringLiteral("role")).toString(), {}, false, false};
        if (!excluded.contains(candidate.staffNo))
            eligible.append(candidate);
    }
    const Composition composition{record.composition.value(QStringLiteral("members")).toInt(),
                                  record.composition.value(QStringLiteral("experts_at_least")).toInt()};
    replay.team = drawMembers(rng, orderedCandidates(eligible), composition, &replay.problem);
    return replay;
}

} // namespace ltc::assessments
