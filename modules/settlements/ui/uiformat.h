#pragma once
// How the settlement screens write what is theirs: deduction reasons, review decisions and batch
// states, each in one place so every table, panel and dialog reads the same. Amounts, dates and
// the common inks are the SDK's (sdk/format.h), used here by their short names.
#include "sdk/format.h"
#include "settlements/domain/settlementviews.h"

#include <QColor>
#include <QString>

namespace ltc::settlement::ui {

using sdk::day;
using sdk::mutedColour;
using sdk::signedYuan;
using sdk::yuan;

QString reasonsText(const QStringList &codes);  // "R04 住院期间；R06 超过支付标准"
QString reviewText(const LineRow &row);         // "认可" / "调整为 1,700.00" / ""

// Text and background colour of a batch state, for the batches table and the page header.
struct StateColours {
    QColor text;
    QColor background;
};
StateColours stateColours(const BatchRow &batch);

// The ink for a deduction and for an override (the SDK's negative and changed inks).
QColor deductionColour();
QColor overrideColour();

} // namespace ltc::settlement::ui
