#include <catch2/catch.hpp>

#include "core/money.h"

#include <limits>

using namespace ltc;

TEST_CASE("parseYuan accepts the forms found in files", "[core][money]")
{
    CHECK(parseYuan(u"1234") == 123400);
    CHECK(parseYuan(u"1234.5") == 123450);
    CHECK(parseYuan(u"1234.50") == 123450);
    CHECK(parseYuan(u"0.05") == 5);
    CHECK(parseYuan(u"-0.05") == -5);
    CHECK(parseYuan(u"-12.30") == -1230);
    CHECK(parseYuan(u"-0") == 0);
    CHECK(parseYuan(u"  42.1 ") == 4210);
    CHECK(parseYuan(u"007") == 700);
}

TEST_CASE("parseYuan refuses what could change meaning", "[core][money]")
{
    const char16_t *refused[] = {u"", u"   ", u"1,234.50", u"12.345", u"+5", u"1 234", u".5", u"5.", u"-",
                                 u"--5", u"1e3", u"12a", u"1.2.3", u"０.５", u"0x10"};
    for (const char16_t *text : refused) {
        QString error;
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(parseYuan(QString::fromUtf16(text), &error));
        CHECK_FALSE(error.isEmpty());
    }
    QString error;
    parseYuan(u"1,234.50", &error);
    CHECK(error.contains(QStringLiteral("thousands")));
    parseYuan(u"12.345", &error);
    CHECK(error.contains(QStringLiteral("two decimals")));
}

TEST_CASE("parseYuan stops exactly at the 64-bit limit", "[core][money]")
{
    CHECK(parseYuan(u"92233720368547758.07") == std::numeric_limits<Fen>::max());
    CHECK(parseYuan(u"-92233720368547758.07") == -std::numeric_limits<Fen>::max());
    QString error;
    CHECK_FALSE(parseYuan(u"92233720368547758.08", &error));
    CHECK(error.contains(QStringLiteral("too large")));
    CHECK_FALSE(parseYuan(u"-92233720368547758.08"));
    CHECK_FALSE(parseYuan(u"92233720368547759"));
    CHECK_FALSE(parseYuan(u"100000000000000000000000"));
}

TEST_CASE("formatYuan writes two decimals and optional grouping", "[core][money]")
{
    CHECK(formatYuan(0) == QStringLiteral("0.00"));
    CHECK(formatYuan(5) == QStringLiteral("0.05"));
    CHECK(formatYuan(-5) == QStringLiteral("-0.05"));
    CHECK(formatYuan(123450) == QStringLiteral("1234.50"));
    CHECK(formatYuan(-123450) == QStringLiteral("-1234.50"));
    CHECK(formatYuan(123450, true) == QStringLiteral("1,234.50"));
    CHECK(formatYuan(-123456789, true) == QStringLiteral("-1,234,567.89"));
    CHECK(formatYuan(99999, true) == QStringLiteral("999.99"));
    CHECK(formatYuan(std::numeric_limits<Fen>::max()) == QStringLiteral("92233720368547758.07"));
    CHECK(formatYuan(std::numeric_limits<Fen>::min()) == QStringLiteral("-92233720368547758.08"));
    for (Fen fen : {Fen(0), Fen(1), Fen(-1), Fen(100), Fen(-99), Fen(123456789012)})
        CHECK(parseYuan(formatYuan(fen)) == fen);
}

TEST_CASE("mulDivRoundHalfUp rounds halves away from zero", "[core][money]")
{
    CHECK(mulDivRoundHalfUp(5, 1, 2) == 3);     // 2.5
    CHECK(mulDivRoundHalfUp(-5, 1, 2) == -3);   // -2.5
    CHECK(mulDivRoundHalfUp(5, -1, 2) == -3);
    CHECK(mulDivRoundHalfUp(-5, -1, 2) == 3);
    CHECK(mulDivRoundHalfUp(7, 1, 3) == 2);     // 2.33
    CHECK(mulDivRoundHalfUp(8, 1, 3) == 3);     // 2.67
    CHECK(mulDivRoundHalfUp(-7, 1, 3) == -2);
    CHECK(mulDivRoundHalfUp(-8, 1, 3) == -3);
    CHECK(mulDivRoundHalfUp(0, 5, 7) == 0);
    CHECK(mulDivRoundHalfUp(10000, 30, 31) == 9677);  // 9677.42: a 30-of-31-days share
    CHECK(mulDivRoundHalfUp(1, 1, 2) == 1);
    CHECK(mulDivRoundHalfUp(1, 1, 3) == 0);
}

TEST_CASE("mulDivRoundHalfUp does not overflow in between", "[core][money]")
{
    const Fen max = std::numeric_limits<Fen>::max();
    CHECK(mulDivRoundHalfUp(max, 1000, 1000) == max);
    CHECK(mulDivRoundHalfUp(max, max, max) == max);
    CHECK(mulDivRoundHalfUp(-max, max, max) == -max);
    CHECK(mulDivRoundHalfUp(max, 1, 2) == max / 2 + 1);  // ...807 / 2 = ...903.5
    CHECK(mulDivRoundHalfUp(std::numeric_limits<Fen>::min(), 1, 2) == std::numeric_limits<Fen>::min() / 2);
    CHECK(mulDivRoundHalfUp(4'000'000'000'000'000'000, 3, 4) == 3'000'000'000'000'000'000);
}

TEST_CASE("applyPermille computes fund shares and deposits", "[core][money]")
{
    CHECK(applyPermille(178800, 800) == 143040);
    CHECK(applyPermille(143040, 50) == 7152);
    CHECK(applyPermille(1, 500) == 1);     // 0.5 fen rounds up
    CHECK(applyPermille(-1, 500) == -1);
    CHECK(applyPermille(3, 800) == 2);     // 2.4
    CHECK(applyPermille(12345, 1000) == 12345);
    CHECK(applyPermille(12345, 0) == 0);
}
