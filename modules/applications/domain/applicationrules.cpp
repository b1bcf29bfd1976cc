#include "applications/domain/applicationrules.h"

#include "core/assessmentterms.h"
#include "core/tr.h"

#include <QJsonObject>
#include <QTimeZone>

namespace ltc::applications {

QStringList allStatuses()
{
    return {status::Received, status::AwaitingMaterials, status::Accepted, status::Refused};
}

bool isOpen(const QString &state)
{
    return state == status::Received || state == status::AwaitingMaterials;
}

QString statusTitle(const QString &state)
{
    if (state == status::Received)
        return Tr::tr("Received");
    if (state == status::AwaitingMaterials)
        return Tr::tr("Awaiting materials");
    if (state == status::Accepted)
        return Tr::tr("Accepted for assessment");
    if (state == status::Refused)
        return Tr::tr("Refused");
    return state;
}

QStringList allKinds()
{
    return {QStringLiteral("FIRST"), QStringLiteral("DISPUTE"), QStringLiteral("REASSESS")};
}

QString kindTitle(const QString &kind)
{
    if (kind == QLatin1String("FIRST"))
        return Tr::tr("First assessment");
    if (kind == QLatin1String("DISPUTE"))
        return Tr::tr("Re-assessment on dispute");
    if (kind == QLatin1String("REASSESS"))
        return Tr::tr("Scheduled re-assessment");
    return kind;
}

QStringList allChannels()
{
    return {QStringLiteral("COUNTER"), QStringLiteral("ONLINE")};
}

QString channelTitle(const QString &channel)
{
    if (channel == QLatin1String("COUNTER"))
        return Tr::tr("At the counter");
    if (channel == QLatin1String("ONLINE"))
        return Tr::tr("Online application");
    return channel;
}

QStringList refusalReasons()
{
    return {QStringLiteral("NOT_INSURED"),  QStringLiteral("SHORT_INSURANCE"), QStringLiteral("NOT_ELIGIBLE"),
            QStringLiteral("OUT_OF_SCOPE"), QStringLiteral("MATERIALS"),       QStringLiteral("OTHER")};
}

QString refusalReasonTitle(const QString &reason)
{
    // Seed 004 §6's own words, item by item.
    if (reason == QLatin1String("NOT_INSURED"))
        return Tr::tr("Not insured for long-term care");
    if (reason == QLatin1String("SHORT_INSURANCE"))
        return Tr::tr("Insured for less than 6 months and treated for less than 6 months");
    if (reason == QLatin1String("NOT_ELIGIBLE"))
        return Tr::tr("Does not meet the conditions for benefits");
    if (reason == QLatin1String("OUT_OF_SCOPE"))
        return Tr::tr("The care costs are outside what the fund pays for");
    if (reason == QLatin1String("MATERIALS"))
        return Tr::tr("The materials are incomplete or false");
    if (reason == QLatin1String("OTHER"))
        return Tr::tr("Other reasons not to accept an assessment application");
    return {};
}

// ---- the review deadline ------------------------------------------------------------------

ReviewTerms ReviewTerms::of(const Policy *policy)
{
    if (!policy)
        return {};
    return {policy->reviewWorkingDays, policy->reviewClockAfterMaterials};
}

QJsonArray waitsToJson(const QList<MaterialsWait> &waits)
{
    QJsonArray json;
    for (const MaterialsWait &wait : waits) {
        QJsonObject object{{QStringLiteral("requested_on"), wait.requestedOn.toString(Qt::ISODate)}};
        if (wait.arrivedOn.isValid())
            object.insert(QStringLiteral("arrived_on"), wait.arrivedOn.toString(Qt::ISODate));
        json.append(object);
    }
    return json;
}

QList<MaterialsWait> waitsFromJson(const QJsonArray &json)
{
    QList<MaterialsWait> waits;
    for (const QJsonValue &value : json) {
        const QJsonObject object = value.toObject();
        waits.append({QDate::fromString(object.value(QStringLiteral("requested_on")).toString(), Qt::ISODate),
                      QDate::fromString(object.value(QStringLiteral("arrived_on")).toString(), Qt::ISODate)});
    }
    return waits;
}

QDate reviewDueOn(const WorkCalendar &calendar, const ReviewTerms &terms, QDate receivedOn,
                  const QList<MaterialsWait> &waits)
{
    if (!receivedOn.isValid())
        return {};
    QDate clockStart = receivedOn;
    int used = 0;
    for (const MaterialsWait &wait : waits) {
        if (terms.afterMaterials == ReviewClock::Resume)
            used += calendar.workingDaysBetween(clockStart, wait.requestedOn);
        if (!wait.arrivedOn.isValid())
            return {};  // the clock is stopped
        clockStart = wait.arrivedOn;
    }
    return calendar.addWorkingDays(clockStart, qMax(0, terms.workingDays - used));
}

DeadlineStanding deadlineStanding(const WorkCalendar &calendar, QDate dueOn, QDate today)
{
    DeadlineStanding standing;
    if (!dueOn.isValid() || !today.isValid())
        return standing;
    standing.dueToday = dueOn == today;
    standing.overdue = dueOn < today;
    standing.workingDaysLeft = standing.overdue ? -calendar.workingDaysBetween(dueOn, today)
                                                : calendar.workingDaysBetween(today, dueOn);
    return standing;
}

// ---- eligibility hints --------------------------------------------------------------------

namespace {
constexpr int kSixMonths = 6;

bool shortInsurance(const EligibilityFacts &facts)
{
    const QDate sixMonthsBefore = facts.receivedOn.addMonths(-kSixMonths);
    if (!facts.person.enrolledOn.isValid() || facts.person.enrolledOn <= sixMonthsBefore)
        return false;
    // Treated for 6 months: a hospital stay began at least 6 months before the application.
    for (const HospitalStayRecord &stay : facts.stays) {
        if (stay.admittedOn.isValid() && stay.admittedOn <= sixMonthsBefore)
            return false;
    }
    return true;
}

bool qualifies(const EligibilityFacts &facts, int level) { return facts.eligibleLevels.contains(level); }

const ConclusionRecord *latestConclusion(const EligibilityFacts &facts)
{
    const ConclusionRecord *latest = nullptr;
    for (const ConclusionRecord &conclusion : facts.conclusions) {
        if (conclusion.concludedOn <= facts.receivedOn && (!latest || conclusion.concludedOn > latest->concludedOn))
            latest = &conclusion;
    }
    return latest;
}
} // namespace

QList<EligibilityHint> eligibilityHints(const EligibilityFacts &facts)
{
    QList<EligibilityHint> hints;
    const QString day = facts.receivedOn.toString(Qt::ISODate);
    if (!facts.person.insuredOn(facts.receivedOn))
        hints.append({QStringLiteral("NOT_INSURED"), Tr::tr("Not insured on %1, the day the application was received").arg(day),
                      QStringLiteral("NOT_INSURED")});
    else if (shortInsurance(facts))
        hints.append({QStringLiteral("SHORT_INSURANCE"),
                      Tr::tr("Insured since %1, less than 6 months, and no hospital treatment 6 months ago or earlier")
                          .arg(facts.person.enrolledOn.toString(Qt::ISODate)),
                      QStringLiteral("SHORT_INSURANCE")});
    const ConclusionRecord *latest = latestConclusion(facts);
    if (facts.kind == QLatin1String("FIRST") && latest && qualifies(facts, latest->level)
        && latest->validUntil >= facts.receivedOn)
        hints.append({QStringLiteral("QUALIFYING_CONCLUSION"),
                      Tr::tr("A conclusion of level %1 from %2 qualifies for benefits and is valid until %3")
                          .arg(latest->level)
                          .arg(latest->concludedOn.toString(Qt::ISODate), latest->validUntil.toString(Qt::ISODate)),
                      QStringLiteral("OTHER")});
    if (facts.kind == QLatin1String("REASSESS") && latest
        && facts.receivedOn < reassessmentAllowedFrom(latest->concludedOn, facts.reassessmentAfterMonths))
        hints.append({QStringLiteral("EARLY_REASSESSMENT"),
                      Tr::tr("The latest conclusion, of %1, is less than %2 months old: a re-assessment may be "
                             "requested from %3")
                          .arg(latest->concludedOn.toString(Qt::ISODate))
                          .arg(facts.reassessmentAfterMonths)
                          .arg(reassessmentAllowedFrom(latest->concludedOn, facts.reassessmentAfterMonths)
                                   .toString(Qt::ISODate)),
                      QStringLiteral("OTHER")});
    if (facts.otherOpenOfKind > 0)
        hints.append({QStringLiteral("OPEN_SAME_KIND"),
                      Tr::tr("The person has another open application of this kind"), QStringLiteral("OTHER")});
    return hints;
}

QString followUpRefusal(const QString &kind, QDate receivedOn, const QList<ConclusionRecord> &conclusions,
                        const AssessmentTerms &terms)
{
    const ConclusionRecord *latest = nullptr;
    for (const ConclusionRecord &conclusion : conclusions) {
        if (conclusion.concludedOn <= receivedOn && (!latest || conclusion.concludedOn > latest->concludedOn))
            latest = &conclusion;
    }
    if (!latest)
        return {};
    if (kind == QLatin1String("DISPUTE") && latest->disputeUntil.isValid())
        return disputeRefusal(latest->disputeUntil, receivedOn);
    if (kind == QLatin1String("REASSESS"))
        return reassessmentRefusal(latest->concludedOn, terms.reassessmentAfterMonths, receivedOn);
    return {};
}

} // namespace ltc::applications
