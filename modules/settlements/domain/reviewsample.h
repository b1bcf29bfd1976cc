#pragma once
// The review sample (抽审): which of a month's audited lines a reviewer checks by hand. Three
// ways to choose: a random share (seeded, so the same seed over the same lines gives the same
// sample, and the seed is written on the sample for anyone to repeat it), every line claiming
// more than a value, and every line allowed more than the average of the lines of its level.
#include "core/money.h"
#include "settlements/domain/settlementviews.h"

#include <QSqlDatabase>
#include <QString>

namespace ltc::settlement {

enum class SampleMethod { RandomShare, AboveAmount, AboveLevelAverage };

struct SampleCriteria {
    SampleMethod method = SampleMethod::RandomShare;
    int percent = 5;        // RandomShare: 1-100
    quint32 seed = 1;       // RandomShare
    Fen threshold = 0;      // AboveAmount: claimed strictly above this
    QString institution;    // empty: every institution of the month
};

// The chosen lines, ordered by claim_no then line_no. Lines without an audit result take part
// in a random share and AboveAmount; AboveLevelAverage needs the audit's allowed amounts.
QList<LineKey> selectSample(QSqlDatabase &db, const QString &period, const SampleCriteria &criteria,
                            QString *error = nullptr);

// How many lines a share of `lines` is: rounded up, so that 5 % of 10 lines checks one line.
qint64 sampleSize(qint64 lines, int percent);

} // namespace ltc::settlement
