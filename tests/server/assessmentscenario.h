#pragma once
// What the assessments and assessment-fee server suites both set up on a desktop: an agency of
// the district with its team, and a first assessment taken step by step to its conclusion. Each
// suite passes its own serials, numbers and days, so the suites sharing one server never collide.
#include "../assessmentscores.h"
#include "testdesktop.h"

#include "core/workcalendar.h"
#include "database/records/handovers.h"

#include <QUuid>

namespace ltc::test {

inline QString daysAgo(int days) { return officeDate().addDays(-days).toString(Qt::ISODate); }
inline QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// A staff member's valid citizen ID number of the district, from the suite's serial.
inline QString staffId(int serial)
{
    return citizenId(QStringLiteral("33030219750101") + QStringLiteral("%1").arg(serial % 1000, 3, 10, QLatin1Char('0')));
}

// The agency (one institutions row) and its staff rows imported by the officer, then pushed.
inline void addAgency(TestDesktop &desktop, const UserIdentity &officer, const QString &institutionRow, const QString &staffRows)
{
    REQUIRE(desktop.sync(officer.username).ok());
    REQUIRE(desktop.import(officer, QStringLiteral("institutions"),
                           QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to\n") + institutionRow).ok());
    REQUIRE(desktop.import(officer, QStringLiteral("staff"),
                           QStringLiteral("staff_no,institution_code,name,id_number,role,employed_from\n") + staffRows).ok());
    REQUIRE(desktop.sync(officer.username).ok());
}

// A person registered at the counter whose first application, received `receivedDaysAgo`, is
// accepted: its assessment task.
inline QString acceptedFirstTask(TestDesktop &desktop, const UserIdentity &handler, const QString &personNo, int serial,
                                 int receivedDaysAgo)
{
    REQUIRE(desktop.run(handler, QStringLiteral("person.register"), personArgs(personNo, QStringLiteral("330302"), serial)).ok());
    const QString application = newUuid();
    REQUIRE(desktop.run(handler, QStringLiteral("application.submit"),
                        {{QStringLiteral("id"), application}, {QStringLiteral("person_no"), personNo},
                         {QStringLiteral("kind"), QStringLiteral("FIRST")}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                         {QStringLiteral("received_on"), daysAgo(receivedDaysAgo)}}).ok());
    REQUIRE(desktop.run(handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), application}}).ok());
    return assessmentTaskId(application);
}

// The days, counted back from today, of a task's steps up to its conclusion.
struct ConclusionDays {
    int accepted = 0;
    int assessed = 0;
    int confirmed = 0;
    int concluded = 0;
};

// The task dispatched by the seed's draw, accepted by the agency, scored severe, confirmed by
// both experts and concluded, on the given days: all on the desktop, nothing synced.
inline void concludeTask(TestDesktop &desktop, const UserIdentity &handler, const QString &task, const QString &seed,
                         const QStringList &experts, const ConclusionDays &days)
{
    const auto step = [&](const QString &name, std::initializer_list<std::pair<QString, QJsonValue>> more) {
        QJsonObject args{{QStringLiteral("id"), task}};
        for (const auto &[key, value] : more)
            args.insert(key, value);
        REQUIRE(desktop.run(handler, name, args).ok());
    };
    step(QStringLiteral("assessment.dispatch"), {{QStringLiteral("seed"), seed}});
    step(QStringLiteral("assessment.agency_accept"), {{QStringLiteral("accepted_on"), daysAgo(days.accepted)}});
    step(QStringLiteral("assessment.record_result"),
         {{QStringLiteral("assessed_on"), daysAgo(days.assessed)}, {QStringLiteral("scores"), ltctest::severeScores()}});
    for (const QString &expert : experts)
        step(QStringLiteral("assessment.confirm"),
             {{QStringLiteral("staff_no"), expert}, {QStringLiteral("confirmed_on"), daysAgo(days.confirmed)}});
    step(QStringLiteral("assessment.conclude"), {{QStringLiteral("concluded_on"), daysAgo(days.concluded)}});
}

} // namespace ltc::test
