#include "region.h"

namespace ltc {

bool isRegionCode(QStringView code)
{
    if (code.size() != 6)
        return false;
    bool allZero = true;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
        allZero = allZero && c == u'0';
    }
    return !allZero;
}

QString regionPrefix(QStringView code)
{
    // Strip "00" pairs from the end, keeping the province's two digits at least.
    qsizetype length = code.size();
    while (length > 2 && code.mid(length - 2, 2) == u"00")
        length -= 2;
    return code.left(length).toString();
}

bool regionCovers(QStringView region, QStringView district)
{
    if (!isRegionCode(region) || !isRegionCode(district))
        return false;
    return district.startsWith(regionPrefix(region));
}

int regionSpecificity(QStringView region)
{
    return int(regionPrefix(region).size());
}

bool isCityLevel(QStringView code)
{
    return isRegionCode(code) && regionSpecificity(code) < 6;
}

} // namespace ltc
