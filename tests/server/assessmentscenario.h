#pragma once
// What the assessments and assessment-fee server suites both set up on a desktop: an agency of
// the district with its team, and a first assessment taken step by step to its conclusion. Each
// suite passes its own serials, numbers and days, so the suites sharing one server never collide.
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

// Scores that the national instrument places in a severe level: a conclusion that qualifies.
inline QJsonObject severe()
{
    return {{QStringLiteral("ADL"),
             QJsonObject{{QStringLiteral("EATING"), 5}, {QStringLiteral("DRESSING"), 5}, {QStringLiteral("FACE_MOUTH"), 0},
                         {QStringLiteral("BOWEL"), 5}, {QStringLiteral("BLADDER"), 5}, {QStringLiteral("TOILET"), 5},
                         {QStringLiteral("WALKING"), 5}, {QStringLiteral("TRANSFER"), 10}, {QStringLiteral("STAIRS"), 0},
                         {QStringLiteral("BATHING"), 0}}},
            {QStringLiteral("COGNITION"),
             QJsonObject{{QStringLiteral("TIME"), 0}, {QStringLiteral("PEOPLE"), 1}, {QStringLiteral("PLACE"), 0},
                         {QStringLiteral("MEMORY"), 0}}},
            {QStringLiteral("PERCEPTION"),
             QJsonObject{{QStringLiteral("VISION"), 4}, {QStringLiteral("HEARING"), 4},
                         {QStringLiteral("COMMUNICATION"), 4}}}};
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
         {{QStringLiteral("assessed_on"), daysAgo(days.assessed)}, {QStringLiteral("scores"), severe()}});
    for (const QString &expert : experts)
        step(QStringLiteral("assessment.confirm"),
             {{QStringLiteral("staff_no"), expert}, {QStringLiteral("confirmed_on"), daysAgo(days.confirmed)}});
    step(QStringLiteral("assessment.conclude"), {{QStringLiteral("concluded_on"), daysAgo(days.concluded)}});
}

} // namespace ltc::test
