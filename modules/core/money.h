#pragma once
// Money is integer fen (1 yuan = 100 fen). Never floating point: parsing, formatting and
// proportional division are exact, and every division rounds half up once, at its end.
#include <QString>
#include <QStringView>
#include <optional>

namespace ltc {

using Fen = qint64;

// Parses a yuan amount as written in files and forms: "1234", "1234.5", "1234.50", "-12.30",
// "0.05". Refused with a message: empty text, thousands separators ("1,234.50" — files from
// Excel must not silently change meaning), more than two decimals, a '+' sign, spaces inside,
// anything beyond ±92 233 720 368 547 758.07 yuan. Leading/trailing spaces are trimmed.
std::optional<Fen> parseYuan(QStringView text, QString *error = nullptr);

// "1234.50", "-0.05"; with groupThousands "1,234.50" (display only, never re-parsed).
QString formatYuan(Fen fen, bool groupThousands = false);

// value × numerator ÷ denominator, rounded half up (away from zero for halves of negatives)
// with no intermediate overflow (128-bit). denominator must be > 0.
Fen mulDivRoundHalfUp(Fen value, qint64 numerator, qint64 denominator);

// value × permille ÷ 1000, rounded half up: fund shares and deposits.
inline Fen applyPermille(Fen value, int permille) { return mulDivRoundHalfUp(value, permille, 1000); }

} // namespace ltc
