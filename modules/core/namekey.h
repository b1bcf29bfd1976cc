#pragma once
// The order of Chinese names as a reviewer expects it: by pinyin (安 before 张), as the Chinese
// collation of ICU (CLDR's "zh", pinyin order) sorts them. The key is computed when a name is
// stored, kept beside it and indexed, so SQLite and PostgreSQL order names by it through an
// index (BINARY / "C" order of the key is the collation's order), with no collation of their own.
#include <QString>

namespace ltc {

// The sort key of a name: hexadecimal digits of ICU's collation key, compared as plain text.
QString nameSortKey(const QString &name);

} // namespace ltc
