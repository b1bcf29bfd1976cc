#include <catch2/catch.hpp>

#include "core/citizenid.h"
#include "core/creditcode.h"
#include "core/region.h"
#include "core/roles.h"
#include "core/workcalendar.h"

using namespace ltc;

TEST_CASE("citizen ID: the published GB 11643 example is valid", "[core][ids]")
{
    QString error;
    const auto info = validateCitizenId(u"11010519491231002X", &error);
    REQUIRE(info);
    CHECK(error.isEmpty());
    CHECK(info->regionCode == QStringLiteral("110105"));
    CHECK(info->birthDate == QDate(1949, 12, 31));
    CHECK(info->sex == Sex::Female);  // sequence 002: even
    CHECK(citizenIdCheckChar(u"11010519491231002") == QLatin1Char('X'));
    CHECK(validateCitizenId(u"11010519491231002x"));  // lower-case x means X
}

TEST_CASE("citizen ID: men, check digits, and what is refused", "[core][ids]")
{
    // 440524188001010014 has a correct check digit but a birth year before 1900: refused.
    CHECK(citizenIdCheckChar(u"44052418800101001") == QLatin1Char('4'));
    QString error;
    CHECK_FALSE(validateCitizenId(u"440524188001010014", &error));
    CHECK(error.contains(QStringLiteral("birth date")));

    const auto man = validateCitizenId(u"320311198001010013");  // check digit computed independently: 3
    REQUIRE(man);
    CHECK(man->sex == Sex::Male);

    CHECK_FALSE(validateCitizenId(u"320311198001010012", &error));  // corrupted check digit
    CHECK(error.contains(QStringLiteral("check character")));
    CHECK_FALSE(validateCitizenId(u"110105194912310021", &error));  // X replaced by a digit
    CHECK_FALSE(validateCitizenId(u"11010519491231002", &error));   // 17 characters
    CHECK(error.contains(QStringLiteral("18")));
    CHECK_FALSE(validateCitizenId(u"1101051949123100AX", &error));  // a letter inside
    CHECK_FALSE(validateCitizenId(u"000000199001010010", &error));  // no region

    // 1999-02-30 does not exist; give it a correct check digit so only the date is wrong.
    const QString badDate = QStringLiteral("11010519990230001");
    CHECK_FALSE(validateCitizenId(badDate + citizenIdCheckChar(badDate), &error));
    CHECK(error.contains(QStringLiteral("birth date")));

    // Born tomorrow in the office's time (the check reads the office's date): refused.
    const QString future = QStringLiteral("110105") + officeDate().addDays(1).toString(QStringLiteral("yyyyMMdd"))
                           + QStringLiteral("001");
    CHECK_FALSE(validateCitizenId(future + citizenIdCheckChar(future), &error));

    CHECK(citizenIdCheckChar(u"1101051949123100").isNull());
    CHECK(citizenIdCheckChar(u"1101051949123100A").isNull());
}

TEST_CASE("citizen ID masking keeps the region and the last four", "[core][ids]")
{
    CHECK(maskCitizenId(u"11010519491231002X") == QStringLiteral("110105********002X"));
    CHECK(maskCitizenId(u"110105491231002") == QStringLiteral("***********1002"));  // old 15-digit ID
    CHECK(maskCitizenId(u"12") == QStringLiteral("12"));
    CHECK(maskCitizenId(u"") == QString());
}

TEST_CASE("sex codes", "[core][ids]")
{
    CHECK(sexCode(Sex::Male) == QStringLiteral("M"));
    CHECK(sexCode(Sex::Female) == QStringLiteral("F"));
    CHECK(sexFromCode(u"M") == Sex::Male);
    CHECK(sexFromCode(u"女") == Sex::Female);
    CHECK_FALSE(sexFromCode(u"X"));
    CHECK_FALSE(sexFromCode(u""));
}

TEST_CASE("unified social credit codes", "[core][ids]")
{
    const auto valid = checkCreditCode(u"91350100M000100Y43");  // the standard's published example
    CHECK(valid.status == CreditCodeStatus::Valid);
    CHECK(valid.message.isEmpty());
    CHECK(creditCodeCheckChar(u"91350100M000100Y4") == QLatin1Char('3'));

    const auto mismatch = checkCreditCode(u"91350100M000100Y44");
    CHECK(mismatch.status == CreditCodeStatus::CheckMismatch);
    CHECK(mismatch.acceptable());
    CHECK_FALSE(mismatch.message.isEmpty());

    for (const char16_t *bad : {u"91350100M000100Y4", u"91350100M000100Y433", u"91350100I000100Y43",
                                u"91350100O000100Y43", u"91350100m000100Y43", u""}) {
        INFO(QString::fromUtf16(bad).toStdString());
        const auto check = checkCreditCode(QString::fromUtf16(bad));
        CHECK(check.status == CreditCodeStatus::Invalid);
        CHECK_FALSE(check.acceptable());
        CHECK_FALSE(check.message.isEmpty());
    }
    CHECK(creditCodeCheckChar(u"91350100I000100Y4").isNull());
}

TEST_CASE("credit code check 31 becomes '0'", "[core][ids]")
{
    // Search a code whose weighted sum is a multiple of 31 by varying one position.
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    bool found = false;
    for (QChar c : alphabet) {
        const QString first17 = QStringLiteral("9135010000000000") + c;
        if (creditCodeCheckChar(first17) == QLatin1Char('0')) {
            found = true;
            CHECK(checkCreditCode(first17 + u'0').status == CreditCodeStatus::Valid);
        }
    }
    CHECK(found);
}

TEST_CASE("GB/T 2260 regions", "[core][ids]")
{
    CHECK(isRegionCode(u"330300"));
    CHECK_FALSE(isRegionCode(u"000000"));
    CHECK_FALSE(isRegionCode(u"33030"));
    CHECK_FALSE(isRegionCode(u"33030a"));
    CHECK(regionPrefix(u"330300") == QStringLiteral("3303"));
    CHECK(regionPrefix(u"330000") == QStringLiteral("33"));
    CHECK(regionPrefix(u"371302") == QStringLiteral("371302"));
    CHECK(regionPrefix(u"100000") == QStringLiteral("10"));
    CHECK(regionCovers(u"330300", u"330302"));
    CHECK(regionCovers(u"330300", u"330300"));
    CHECK(regionCovers(u"330000", u"330302"));
    CHECK_FALSE(regionCovers(u"330300", u"330402"));
    CHECK(regionCovers(u"371302", u"371302"));
    CHECK_FALSE(regionCovers(u"371302", u"371301"));
    CHECK_FALSE(regionCovers(u"330300", u""));
    CHECK(regionSpecificity(u"330000") < regionSpecificity(u"330300"));
    CHECK(regionSpecificity(u"330300") < regionSpecificity(u"330302"));
    CHECK(isCityLevel(u"330300"));
    CHECK_FALSE(isCityLevel(u"371302"));
}

TEST_CASE("roles and district scope", "[core][roles]")
{
    CHECK(allRoleIds() == QStringList{QStringLiteral("handler"), QStringLiteral("agreement_officer"),
                                      QStringLiteral("first_reviewer"), QStringLiteral("second_reviewer"),
                                      QStringLiteral("payer"), QStringLiteral("inspector"), QStringLiteral("manager"),
                                      QStringLiteral("admin"), QStringLiteral("channel")});  // channel: an extension
    for (Role role : allRoles()) {
        CHECK(roleFromId(roleId(role)) == role);
        CHECK_FALSE(roleTitle(role).isEmpty());
    }
    CHECK_FALSE(roleFromId(u"root"));
    CHECK(roleTitle(Role::Admin) == QStringLiteral("Administrator"));
    CHECK(roleTitle(Role::AgreementOfficer) == QStringLiteral("Agreement officer"));

    UserIdentity user;
    CHECK_FALSE(user.isValid());
    user.username = QStringLiteral("wang");
    user.roles = {QStringLiteral("first_reviewer"), QStringLiteral("payer")};
    user.district = QStringLiteral("330302");
    CHECK(user.isValid());
    CHECK(user.hasRole(Role::Payer));
    CHECK_FALSE(user.hasRole(Role::SecondReviewer));
    CHECK(user.hasAnyRole({QStringLiteral("second_reviewer"), QStringLiteral("payer")}));
    CHECK_FALSE(user.hasAnyRole({QStringLiteral("admin")}));
    CHECK(user.canAccessDistrict(u"330302"));
    CHECK_FALSE(user.canAccessDistrict(u"330303"));

    user.district = QStringLiteral("330300");  // city level
    CHECK(user.canAccessDistrict(u"330303"));
    CHECK_FALSE(user.canAccessDistrict(u"371302"));
}
