#include "workcalendar.h"

#include <QTimeZone>

#include <QCoreApplication>

namespace ltc {

void WorkCalendar::setDay(QDate date, DayKind kind)
{
    if (!date.isValid())
        return;
    if (!m_days.contains(date))
        ++m_entriesPerYear[date.year()];
    m_days.insert(date, kind);
}

void WorkCalendar::clearDay(QDate date)
{
    if (m_days.remove(date) == 0)
        return;
    if (--m_entriesPerYear[date.year()] == 0)
        m_entriesPerYear.remove(date.year());
}

bool WorkCalendar::hasDataFor(int year) const
{
    return m_entriesPerYear.contains(year);
}

bool WorkCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const auto entry = m_days.constFind(date);
    if (entry != m_days.constEnd())
        return *entry == DayKind::Workday;
    return date.dayOfWeek() <= 5;
}

QDate WorkCalendar::addWorkingDays(QDate start, int count) const
{
    if (!start.isValid())
        return {};
    const int step = count < 0 ? -1 : 1;
    QDate day = start;
    for (int left = qAbs(count); left > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}

QStringList WorkCalendar::missingDataWarnings(QDate from, QDate to) const
{
    QStringList warnings;
    if (!from.isValid() || !to.isValid())
        return warnings;
    const int first = qMin(from.year(), to.year());
    const int last = qMax(from.year(), to.year());
    for (int year = first; year <= last; ++year) {
        if (!hasDataFor(year))
            warnings << QCoreApplication::translate("ltc", "No holiday calendar for %1: working days are counted "
                                                           "on weekends alone and may be wrong")
                            .arg(year);
    }
    return warnings;
}

QDate officeDate(const QDateTime &now)
{
    return now.toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace ltc
