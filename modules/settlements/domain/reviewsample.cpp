#include "settlements/domain/reviewsample.h"

#include "settlements/domain/auditrun.h"
#include "database/sql.h"

#include <QRandomGenerator>
#include <algorithm>

namespace ltc::settlement {
namespace {

// "AND institution_code = ?" when the sample is of one institution.
QString scope(const SampleCriteria &criteria, const QString &alias, QVariantList &params)
{
    if (criteria.institution.isEmpty())
        return {};
    params << criteria.institution;
    return QStringLiteral(" AND %1.institution_code = ?").arg(alias);
}

QList<LineKey> keys(QSqlDatabase &db, const QString &sql, const QVariantList &params, QString *error)
{
    QList<LineKey> list;
    QSqlQuery q = querySql(db, sql, params, error);
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toInt()});
    return list;
}

// A seeded partial Fisher–Yates shuffle: the first n of the shuffled lines, in claim order again.
QList<LineKey> randomShare(QList<LineKey> all, const SampleCriteria &criteria)
{
    const qint64 n = sampleSize(all.size(), criteria.percent);
    QRandomGenerator random(criteria.seed);
    for (qint64 i = 0; i < n; ++i) {
        const qint64 j = i + qint64(random.bounded(quint32(all.size() - i)));
        all.swapItemsAt(i, j);
    }
    all.resize(n);
    std::sort(all.begin(), all.end(), [](const LineKey &a, const LineKey &b) {
        return a.claimNo != b.claimNo ? a.claimNo < b.claimNo : a.lineNo < b.lineNo;
    });
    return all;
}

// Lines allowed more than the average allowed of the lines whose person had the same level on
// the line's last day (lines without a level form a group of their own).
QList<LineKey> aboveLevelAverage(QSqlDatabase &db, const QString &period, const SampleCriteria &criteria,
                                 QString *error)
{
    const Facts facts = loadFacts(db, period);  // policy problems do not matter for levels
    QVariantList params{period};
    const QString institution = scope(criteria, QStringLiteral("r"), params);
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT r.claim_no, r.line_no, r.person_no, c.service_to, r.allowed_fen FROM "
                                          "settlement_results r JOIN claim_lines c ON c.claim_no = r.claim_no AND "
                                          "c.line_no = r.line_no WHERE r.period = ?")
                               + institution + QStringLiteral(" ORDER BY r.claim_no, r.line_no"),
                           params, error);
    struct Candidate {
        LineKey key;
        int level;
        Fen allowed;
    };
    QList<Candidate> candidates;
    QHash<int, QPair<Fen, qint64>> sumAndCount;  // by level; -1: no level
    while (q.next()) {
        const PersonFacts person = facts.persons.value(q.value(2).toString());
        const int level = applicableLevel(person, QDate::fromString(q.value(3).toString(), Qt::ISODate)).value_or(-1);
        const Fen allowed = q.value(4).toLongLong();
        candidates.append({{q.value(0).toString(), q.value(1).toInt()}, level, allowed});
        auto &[sum, count] = sumAndCount[level];
        sum += allowed;
        ++count;
    }
    QList<LineKey> chosen;
    for (const Candidate &c : std::as_const(candidates)) {
        const auto &[sum, count] = sumAndCount.value(c.level);
        if (c.allowed * count > sum)  // allowed > sum / count, exactly
            chosen << c.key;
    }
    return chosen;
}
} // namespace

qint64 sampleSize(qint64 lines, int percent)
{
    const int share = std::clamp(percent, 0, 100);
    return (lines * share + 99) / 100;
}

QList<LineKey> selectSample(QSqlDatabase &db, const QString &period, const SampleCriteria &criteria, QString *error)
{
    QVariantList params{period};
    switch (criteria.method) {
    case SampleMethod::RandomShare: {
        const QString institution = scope(criteria, QStringLiteral("c"), params);
        return randomShare(keys(db,
                                QStringLiteral("SELECT c.claim_no, c.line_no FROM claim_lines c WHERE c.period = ?")
                                    + institution + QStringLiteral(" ORDER BY c.claim_no, c.line_no"),
                                params, error),
                           criteria);
    }
    case SampleMethod::AboveAmount: {
        params << criteria.threshold;
        const QString institution = scope(criteria, QStringLiteral("c"), params);
        return keys(db,
                    QStringLiteral("SELECT c.claim_no, c.line_no FROM claim_lines c WHERE c.period = ? AND "
                                   "c.amount_fen > ?")
                        + institution + QStringLiteral(" ORDER BY c.claim_no, c.line_no"),
                    params, error);
    }
    case SampleMethod::AboveLevelAverage:
        return aboveLevelAverage(db, period, criteria, error);
    }
    return {};
}

} // namespace ltc::settlement
