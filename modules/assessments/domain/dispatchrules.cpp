#include "assessments/domain/dispatchrules.h"

#include <QDateTime>
#include <algorithm>

namespace ltc::assessments {

QStringList allStates()
{
    return {state::ToDispatch, state::Dispatched,    state::Accepted,      state::Assessed,
            state::AwaitingConfirmation, state::Confirmed, state::InPublication, state::Concluded, state::Disputed};
}

QStringList openStates()
{
    return {state::Dispatched, state::Accepted, state::Assessed, state::AwaitingConfirmation};
}

AgencyChoice chooseAgency(QList<AgencyFacts> agencies, const QString &originalAgency, const QString &mode,
                          const QString &previous, SplitMix64 &rng)
{
    std::sort(agencies.begin(), agencies.end(),
              [](const AgencyFacts &a, const AgencyFacts &b) { return a.code.toUtf8() < b.code.toUtf8(); });
    AgencyChoice choice;
    choice.mode = mode;
    for (const AgencyFacts &agency : agencies) {
        if (!agency.agreementInForce)
            choice.refused.append({agency.code, agency_refusal::NoAgreement});
        else if (agency.intakeSuspended)
            choice.refused.append({agency.code, agency_refusal::IntakeSuspended});
        else if (agency.capacity > 0 && agency.openTasks >= agency.capacity)
            choice.refused.append({agency.code, agency_refusal::AtCapacity});
        else if (!originalAgency.isEmpty() && agency.code == originalAgency)  // seed 004 §8(六)
            choice.refused.append({agency.code, agency_refusal::OriginalAgency});
        else
            choice.eligible << agency.code;
    }
    if (choice.eligible.isEmpty())
        return choice;
    if (mode == QLatin1String("RANDOM")) {
        choice.chosen = choice.eligible.at(qsizetype(rng.uniformIndex(std::uint64_t(choice.eligible.size()))));
        return choice;
    }
    choice.previous = previous;
    const auto next = std::find_if(choice.eligible.cbegin(), choice.eligible.cend(),
                                   [&previous](const QString &code) { return code.toUtf8() > previous.toUtf8(); });
    choice.chosen = next == choice.eligible.cend() ? choice.eligible.first() : *next;
    return choice;
}

QDate conclusionDueOn(const WorkCalendar &calendar, QDate acceptedOn, int workingDays)
{
    return calendar.addWorkingDays(acceptedOn, workingDays);
}

QDate officeDay(const QDateTime &utc)
{
    return utc.toUTC().addSecs(8 * 3600).date();
}

QDateTime officeDayStart(QDate day)
{
    return day.startOfDay(Qt::UTC).addSecs(-8 * 3600);
}

bool conclusionClockRuns(const QString &taskState, bool delivered)
{
    return !delivered && taskState != state::Disputed;
}

bool conclusionLate(bool clockRunning, QDate dueOn, QDate today)
{
    return clockRunning && dueOn.isValid() && today > dueOn;
}

QDate lastLateAcceptanceDay(const WorkCalendar &calendar, QDate today, int workingDays)
{
    QDate day = today.addDays(-1);
    while (!conclusionLate(true, conclusionDueOn(calendar, day, workingDays), today))
        day = day.addDays(-1);
    return day;
}

} // namespace ltc::assessments
