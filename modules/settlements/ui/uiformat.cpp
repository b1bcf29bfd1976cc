#include "settlements/ui/uiformat.h"

#include "core/tr.h"
#include "settlements/domain/reviewcommands.h"
#include "settlements/output/settlementreport.h"

namespace ltc::settlement::ui {

QString reasonsText(const QStringList &codes)
{
    QStringList parts;
    for (const QString &code : codes)
        parts << code + QLatin1Char(' ') + reasonTitle(code);
    return parts.join(Tr::tr("; "));
}

QString reviewText(const LineRow &row)
{
    if (!row.review)
        return {};
    if (row.review->decision == QStringLiteral("override"))
        return Tr::tr("Set to %1").arg(yuan(row.review->allowed));
    return Tr::tr("Accepted");
}

StateColours stateColours(const BatchRow &batch)
{
    // Calm tints that stay readable when printed in grey: blue is work to do, amber waits for the
    // second reviewer, teal waits for payment, green is done, red went back to the institution.
    if (!batch.audited())
        return {QColor(0x57, 0x60, 0x6a), QColor(0xee, 0xf1, 0xf4)};
    if (batch.status == batch::FirstReviewed)
        return {QColor(0x9a, 0x67, 0x00), QColor(0xff, 0xf4, 0xd6)};
    if (batch.status == batch::SecondReviewed)
        return {QColor(0x0a, 0x6e, 0x6e), QColor(0xdc, 0xf5, 0xf3)};
    if (batch.status == batch::Paid)
        return {QColor(0x1a, 0x7f, 0x37), QColor(0xdd, 0xf4, 0xe4)};
    if (batch.status == batch::Returned)
        return {QColor(0xc0, 0x1f, 0x2a), QColor(0xff, 0xe5, 0xe7)};
    return {QColor(0x0b, 0x57, 0xd0), QColor(0xe3, 0xed, 0xfd)};
}

QColor deductionColour() { return sdk::negativeColour(); }
QColor overrideColour() { return sdk::changedColour(); }

} // namespace ltc::settlement::ui
