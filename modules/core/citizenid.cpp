#include "citizenid.h"

#include "region.h"
#include "workcalendar.h"

#include <QCoreApplication>

namespace ltc {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digit(QChar c)
{
    return c.unicode() - u'0';
}

std::optional<CitizenIdInfo> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QChar citizenIdCheckChar(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t checkChars[] = u"10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isDigit(first17[i]))
            return {};
        sum += digit(first17[i]) * weights[i];
    }
    return QChar(checkChars[sum % 11]);
}

std::optional<CitizenIdInfo> validateCitizenId(QStringView id, QString *error)
{
    if (id.size() != 18)
        return fail(error, QCoreApplication::translate("ltc", "A citizen ID has 18 characters, not %1").arg(id.size()));
    const QStringView first17 = id.left(17);
    const QChar last = id[17] == u'x' ? QChar(u'X') : id[17];
    if (citizenIdCheckChar(first17).isNull() || !(isDigit(last) || last == u'X'))
        return fail(error, QCoreApplication::translate("ltc", "A citizen ID is 17 digits and a digit or X"));
    if (!isRegionCode(id.left(6)))
        return fail(error, QCoreApplication::translate("ltc", "The citizen ID has no region code"));
    const QDate birth = QDate::fromString(id.mid(6, 8).toString(), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth < QDate(1900, 1, 1) || birth > officeDate())
        return fail(error, QCoreApplication::translate("ltc", "The citizen ID's birth date %1 is not a real date "
                                                              "between 1900 and today")
                               .arg(id.mid(6, 8).toString()));
    const QChar expected = citizenIdCheckChar(first17);
    if (last != expected)
        return fail(error, QCoreApplication::translate("ltc", "The citizen ID's check character is %1, it should "
                                                              "be %2: a digit was probably mistyped")
                               .arg(last)
                               .arg(expected));
    CitizenIdInfo info;
    info.regionCode = id.left(6).toString();
    info.birthDate = birth;
    info.sex = digit(id[16]) % 2 == 1 ? Sex::Male : Sex::Female;
    return info;
}

QString maskCitizenId(QStringView id)
{
    const qsizetype kept = qMin<qsizetype>(4, id.size());
    if (id.size() != 18)
        return QString(id.size() - kept, u'*') + id.right(kept).toString();
    return id.left(6).toString() + QString(8, u'*') + id.right(4).toString();
}

QString sexCode(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
}

std::optional<Sex> sexFromCode(QStringView code)
{
    if (code == u"M" || code == u"男")
        return Sex::Male;
    if (code == u"F" || code == u"女")
        return Sex::Female;
    return std::nullopt;
}

} // namespace ltc
