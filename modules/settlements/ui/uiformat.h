#pragma once
// How the settlement screens write amounts, dates and states: one place, so every table, panel
// and dialog reads the same (yuan with two decimals and thousands separators, ISO dates, the
// same colour for the same batch state).
#include "core/money.h"
#include "settlementviews.h"

#include <QColor>
#include <QDate>
#include <QString>

namespace ltc::settlement::ui {

QString yuan(Fen fen);              // "1,234.50"
QString signedYuan(Fen fen);        // "+1,234.50", "-12.00", "0.00": differences
QString day(QDate date);            // "2026-10-01", empty for no date
QString reasonsText(const QStringList &codes);  // "R04 住院期间；R06 超过支付标准"
QString reviewText(const LineRow &row);         // "认可" / "调整为 1,700.00" / ""

// Text and background colour of a batch state, for the batches table and the page header.
struct StateColours {
    QColor text;
    QColor background;
};
StateColours stateColours(const BatchRow &batch);

// The ink for a deduction, an override and a neutral remark.
QColor deductionColour();
QColor overrideColour();
QColor mutedColour();

} // namespace ltc::settlement::ui
