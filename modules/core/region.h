#pragma once
// GB/T 2260 administrative codes. A code ending in "00" covers the codes below it:
// "330000" a province (33xxxx), "330300" a city (3303xx), "371302" only itself.
#include <QString>
#include <QStringView>

namespace ltc {

bool isRegionCode(QStringView code);                       // six digits, not all zero
QString regionPrefix(QStringView code);                    // "3303" for "330300"
bool regionCovers(QStringView region, QStringView district); // does region include district?
int regionSpecificity(QStringView region);                 // length of the prefix: narrower = larger
bool isCityLevel(QStringView code);                        // covers more than itself

} // namespace ltc
