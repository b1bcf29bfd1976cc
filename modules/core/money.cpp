#include "money.h"

#include <QCoreApplication>

#include <limits>

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#endif

namespace ltc {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Checks the shape of a trimmed amount; the digits are converted afterwards.
bool checkShape(QStringView text, QString *error)
{
    const QString shown = text.toString();
    if (text.isEmpty())
        return fail(error, QCoreApplication::translate("ltc", "The amount is empty"));
    if (text.contains(u','))
        return fail(error, QCoreApplication::translate("ltc", "The amount \"%1\" has a thousands separator: "
                                                              "write it without one")
                               .arg(shown));
    if (text.startsWith(u'+'))
        return fail(error,
                    QCoreApplication::translate("ltc", "The amount \"%1\" has a '+' sign: write it without one").arg(shown));
    if (text.contains(u' ') || text.contains(u'\t'))
        return fail(error, QCoreApplication::translate("ltc", "The amount \"%1\" has spaces inside").arg(shown));
    const QStringView body = text.startsWith(u'-') ? text.mid(1) : text;
    const qsizetype dot = body.indexOf(u'.');
    const QStringView whole = dot < 0 ? body : body.left(dot);
    const QStringView decimals = dot < 0 ? QStringView() : body.mid(dot + 1);
    const auto allDigits = [](QStringView s) {
        for (QChar c : s)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    // "12." and ".5" are refused: such cells are usually damaged, not deliberate.
    if (whole.isEmpty() || !allDigits(whole) || !allDigits(decimals) || (dot >= 0 && decimals.isEmpty()))
        return fail(error, QCoreApplication::translate("ltc", "\"%1\" is not an amount in yuan").arg(shown));
    if (decimals.size() > 2)
        return fail(error,
                    QCoreApplication::translate("ltc", "The amount \"%1\" has more than two decimals").arg(shown));
    return true;
}

std::optional<Fen> tooLarge(QStringView text, QString *error)
{
    fail(error, QCoreApplication::translate("ltc", "The amount \"%1\" is too large").arg(text.toString()));
    return std::nullopt;
}

} // namespace

std::optional<Fen> parseYuan(QStringView text, QString *error)
{
    text = text.trimmed();
    if (!checkShape(text, error))
        return std::nullopt;
    const bool negative = text.startsWith(u'-');
    // Accumulate fen as a positive number; the limit is the same for both signs.
    constexpr quint64 limit = quint64(std::numeric_limits<Fen>::max());
    quint64 fen = 0;
    int decimals = -1;
    for (QChar c : negative ? text.mid(1) : text) {
        if (c == u'.') {
            decimals = 0;
            continue;
        }
        if (decimals >= 0)
            ++decimals;
        const quint64 digit = quint64(c.unicode() - u'0');
        if (fen > (limit - digit) / 10)
            return tooLarge(text, error);
        fen = fen * 10 + digit;
    }
    for (int missing = 2 - qMax(decimals, 0); missing > 0; --missing) {
        if (fen > limit / 10)
            return tooLarge(text, error);
        fen *= 10;
    }
    return negative ? -Fen(fen) : Fen(fen);
}

QString formatYuan(Fen fen, bool groupThousands)
{
    // The magnitude as unsigned so that the most negative value formats too.
    const quint64 magnitude = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    QString whole = QString::number(magnitude / 100);
    if (groupThousands) {
        for (qsizetype at = whole.size() - 3; at > 0; at -= 3)
            whole.insert(at, u',');
    }
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (fen < 0 ? QStringLiteral("-") : QString()) + whole + u'.' + cents;
}

Fen mulDivRoundHalfUp(Fen value, qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = (value < 0) != (numerator < 0);
    const auto abs64 = [](qint64 v) { return v < 0 ? quint64(0) - quint64(v) : quint64(v); };
    const quint64 a = abs64(value);
    const quint64 b = abs64(numerator);
    const quint64 d = quint64(denominator);
    quint64 quotient = 0;
    quint64 remainder = 0;
#if defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 U128;  // __extension__: no -Wpedantic warning
    const U128 product = U128(a) * b;
    quotient = quint64(product / d);
    remainder = quint64(product % d);
#elif defined(_MSC_VER)
    quint64 high = 0;
    const quint64 low = _umul128(a, b, &high);
    quotient = _udiv128(high, low, d, &remainder);
#else
#error "mulDivRoundHalfUp needs a 128-bit multiply"
#endif
    // Half up, away from zero: round the magnitude, then restore the sign.
    if (remainder >= d - remainder)
        ++quotient;
    return negative ? -Fen(quotient) : Fen(quotient);
}

} // namespace ltc
