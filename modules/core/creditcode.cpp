#include "creditcode.h"

#include <QCoreApplication>

namespace ltc {

namespace {

constexpr QStringView alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

CreditCodeCheck invalid(const QString &message)
{
    return {CreditCodeStatus::Invalid, message};
}

} // namespace

QChar creditCodeCheckChar(QStringView first17)
{
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = alphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += int(value) * weights[i];
    }
    const int check = 31 - sum % 31;
    return alphabet[check == 31 ? 0 : check];
}

CreditCodeCheck checkCreditCode(QStringView code)
{
    if (code.size() != 18)
        return invalid(QCoreApplication::translate("ltc", "A unified social credit code has 18 characters, not %1")
                           .arg(code.size()));
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!alphabet.contains(code[i]))
            return invalid(QCoreApplication::translate("ltc", "The unified social credit code has '%1' at position %2: "
                                                              "only digits and upper-case letters except I, O, Z, S, V "
                                                              "are allowed")
                               .arg(code[i])
                               .arg(i + 1));
    }
    const QChar expected = creditCodeCheckChar(code.left(17));
    if (code[17] != expected)
        return {CreditCodeStatus::CheckMismatch,
                QCoreApplication::translate("ltc", "The unified social credit code's check character is %1, the "
                                                   "standard gives %2: some early codes are like this, please check "
                                                   "the licence")
                    .arg(code[17])
                    .arg(expected)};
    return {CreditCodeStatus::Valid, QString()};
}

} // namespace ltc
