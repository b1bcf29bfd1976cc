#include <catch2/catch.hpp>

#include "core/workcalendar.h"

using namespace ltc;

namespace {

// China's 2025 National Day and Mid-Autumn holiday: 1-8 October off, make-up working days on
// Sunday 28 September and Saturday 11 October.
WorkCalendar nationalDay2025()
{
    WorkCalendar calendar;
    for (int day = 1; day <= 8; ++day)
        calendar.setDay(QDate(2025, 10, day), DayKind::Holiday);
    calendar.setDay(QDate(2025, 9, 28), DayKind::Workday);
    calendar.setDay(QDate(2025, 10, 11), DayKind::Workday);
    return calendar;
}

} // namespace

TEST_CASE("working days around National Day 2025", "[core][calendar]")
{
    const WorkCalendar calendar = nationalDay2025();
    CHECK(calendar.isWorkingDay(QDate(2025, 9, 28)));   // Sunday, make-up day
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 9, 27)));  // Saturday
    CHECK(calendar.isWorkingDay(QDate(2025, 9, 30)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 1)));
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 8)));  // Wednesday, holiday
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 9)));
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 11)));  // Saturday, make-up day
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 12)));
    CHECK_FALSE(calendar.isWorkingDay(QDate()));

    CHECK(calendar.addWorkingDays(QDate(2025, 9, 30), 1) == QDate(2025, 10, 9));
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 30), 3) == QDate(2025, 10, 11));
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 30), 4) == QDate(2025, 10, 13));
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 26), 1) == QDate(2025, 9, 28));
    // A 5-working-day deadline from acceptance on Friday 26 September.
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 26), 5) == QDate(2025, 10, 10));
    CHECK(calendar.addWorkingDays(QDate(2025, 10, 9), -1) == QDate(2025, 9, 30));
    CHECK(calendar.addWorkingDays(QDate(2025, 9, 29), -1) == QDate(2025, 9, 28));
    CHECK(calendar.addWorkingDays(QDate(2025, 10, 4), 0) == QDate(2025, 10, 4));

    CHECK(calendar.workingDaysBetween(QDate(2025, 9, 30), QDate(2025, 10, 9)) == 1);
    CHECK(calendar.workingDaysBetween(QDate(2025, 9, 26), QDate(2025, 10, 12)) == 6);  // 28, 29, 30 Sep; 9, 10, 11 Oct
    CHECK(calendar.workingDaysBetween(QDate(2025, 10, 9), QDate(2025, 9, 30)) == 0);
    CHECK(calendar.workingDaysBetween(QDate(2025, 10, 9), QDate(2025, 10, 9)) == 0);
}

TEST_CASE("addWorkingDays and workingDaysBetween agree", "[core][calendar]")
{
    const WorkCalendar calendar = nationalDay2025();
    const QDate start(2025, 9, 20);
    for (int n = 1; n <= 30; ++n) {
        const QDate end = calendar.addWorkingDays(start, n);
        CHECK(calendar.workingDaysBetween(start, end) == n);
        CHECK(calendar.isWorkingDay(end));
    }
}

TEST_CASE("calendar data per year and warnings", "[core][calendar]")
{
    WorkCalendar calendar = nationalDay2025();
    CHECK(calendar.hasDataFor(2025));
    CHECK_FALSE(calendar.hasDataFor(2026));
    CHECK(calendar.missingDataWarnings(QDate(2025, 1, 1), QDate(2025, 12, 31)).isEmpty());
    const QStringList warnings = calendar.missingDataWarnings(QDate(2025, 12, 20), QDate(2027, 1, 10));
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].contains(QStringLiteral("2026")));
    CHECK(warnings[1].contains(QStringLiteral("2027")));

    // Without data, weekends alone still count.
    CHECK(calendar.addWorkingDays(QDate(2026, 1, 2), 1) == QDate(2026, 1, 5));  // Friday -> Monday

    // Clearing every entry of a year removes its data, one at a time.
    calendar.setDay(QDate(2026, 1, 1), DayKind::Holiday);
    calendar.setDay(QDate(2026, 1, 1), DayKind::Holiday);  // set twice, counted once
    CHECK(calendar.hasDataFor(2026));
    calendar.clearDay(QDate(2026, 1, 1));
    CHECK_FALSE(calendar.hasDataFor(2026));
    calendar.clearDay(QDate(2026, 1, 1));  // clearing what is not there changes nothing
    CHECK_FALSE(calendar.hasDataFor(2026));
    calendar.clearDay(QDate(2025, 10, 1));
    CHECK(calendar.hasDataFor(2025));
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 1)));  // a Wednesday again
}
