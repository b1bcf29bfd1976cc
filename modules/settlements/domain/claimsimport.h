#pragma once
// The `claims` import of CONTRACT.md: one row per claim line of a care institution's monthly
// declaration. A line whose institution or person is unknown, whose amount is negative or has
// more than two decimals, or whose days is not a positive whole number refuses the whole file;
// so does a line of an institution's month past first review (a refusal: ltcctl exits 3).
#include "database/importer.h"

namespace ltc::settlement {

ImportSpec claimsImportSpec();

// "2024-03" → (2024, 3); false for anything else.
bool parsePeriod(QStringView text, int *year, int *month);

} // namespace ltc::settlement
