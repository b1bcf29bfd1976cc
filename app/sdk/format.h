#pragma once
// How every module's screens write amounts, dates and identities: one place, so every table,
// panel and dialog reads the same — yuan with two decimals and thousands separators, ISO dates,
// citizen IDs masked — and figures against the user are in the same ink everywhere.
#include "core/money.h"

#include <QColor>
#include <QDate>
#include <QString>

namespace ltc::sdk {

QString yuan(Fen fen);        // "1,234.50"
QString signedYuan(Fen fen);  // "+1,234.50", "-12.00", "0.00": differences
QString day(QDate date);      // "2026-10-01", empty for no date
// "110101********1234": what a screen shows of a citizen ID (deciding a case never needs all of
// it); text that is not an ID is masked all the same.
QString maskedId(const QString &citizenId);

// The ink of a figure against the person or institution (a deduction, a shortfall), of a value
// set by hand (an override), and of a neutral remark.
QColor negativeColour();
QColor changedColour();
QColor mutedColour();

} // namespace ltc::sdk
