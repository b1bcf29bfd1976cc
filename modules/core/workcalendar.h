#pragma once
// Working days on the official holiday calendar. Weekends are rest days and Monday-Friday work
// days unless the calendar data says otherwise: HOLIDAY marks a rest day (法定节假日, also on a
// weekday), WORKDAY marks a weekend make-up working day (调休). The data is maintained per year
// by administrators; arithmetic over a year without any data still works on weekends alone but
// reports a warning, because deadlines computed that way may be wrong.
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ltc {

enum class DayKind { Holiday, Workday };

class WorkCalendar {
public:
    void setDay(QDate date, DayKind kind);
    void clearDay(QDate date);
    bool hasDataFor(int year) const;

    bool isWorkingDay(QDate date) const;

    // The date `count` working days after `start` (count > 0), or before it (count < 0); for
    // count == 0, `start` itself. E.g. a 5-working-day deadline from acceptance on date A is
    // addWorkingDays(A, 5).
    QDate addWorkingDays(QDate start, int count) const;

    // Working days in the interval (from, to]: 0 when to <= from.
    int workingDaysBetween(QDate from, QDate to) const;

    // Translated warnings for every year touched by [from, to] that has no calendar data.
    QStringList missingDataWarnings(QDate from, QDate to) const;

private:
    QHash<QDate, DayKind> m_days;
    QHash<int, int> m_entriesPerYear;  // counted, so that clearDay keeps hasDataFor right
};

// The calendar date an instant falls on in the offices' time (China, UTC+8, no daylight saving):
// the day a command taken at `now` happened, and "today" of every worklist and screen.
QDate officeDate(const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace ltc
