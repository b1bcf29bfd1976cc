#pragma once
// A store of Wenzhou's 鹿城区 (330302) for the assessments module's store tests: Wenzhou's policy
// (its own assessment terms, or seed 004's with rotation), two assessment agencies with experts
// and assessors (one suspended, one barred, one also on a care institution's staff), a care
// institution, and P1 with an imported level-3 conclusion; helpers to run commands and read
// draws.
#include <catch2/catch.hpp>

#include "assessments/domain/assessmentreads.h"
#include "assessments/domain/dispatchrules.h"
#include "assessments/domain/drawrecord.h"
#include "../assessmentscores.h"
#include "database/dbtestsupport.h"
#include "database/records/handovers.h"
#include "sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace assessfixture {
using namespace ltc;
using namespace ltc::assessments;
using ltctest::severeScores;
using ltctest::str;


inline const QString kDistrict = QStringLiteral("330302");

inline QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
inline QString iso(QDate day) { return day.toString(Qt::ISODate); }
inline QDate today() { return officeDay(QDateTime::currentDateTimeUtc()); }

struct AssessFixture {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity handler = ltctest::handler(kDistrict);

    // With `fileTerms`, the Wenzhou file's own assessment terms (a city pool, named officers);
    // else seed 004's defaults with rotation.
    explicit AssessFixture(bool fileTerms = false)
    {
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
        if (!fileTerms)
            policy.insert(QStringLiteral("assessment"), QJsonObject{{QStringLiteral("agency_choice"), QStringLiteral("ROTATION")}});
        require(admin, QStringLiteral("policy.load"), policy);
        const auto id = [](int sequence) { return ltctest::citizenId(kDistrict, QDate(1970, 1, 1), sequence).toUtf8(); };
        importText(QStringLiteral("persons"),
                   "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n"
                   "P1," + ltctest::citizenId(kDistrict, QDate(1940, 5, 6), 11).toUtf8() + ",张三,M,1940-05-06,EMPLOYEE,2010-01-01,330302\n");
        importText(QStringLiteral("institutions"),
                   "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                   "AG1,第一评估所,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31,330302\n"
                   "AG2,第二评估所,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31,330302\n"
                   "CARE1,护理站,CARE,1,HOME_VISIT|INST,2025-01-01,2030-12-31,330302\n");
        importText(QStringLiteral("staff"),
                   "staff_no,institution_code,name,id_number,role,employed_from,suspended_from,barred_from\n"
                   "E1,AG1,专家一," + id(101) + ",EXPERT,2020-01-01,,\n"
                   "E2,AG1,专家二," + id(103) + ",EXPERT,2020-01-01,,\n"
                   "E3,AG1,专家三," + id(105) + ",EXPERT,2020-01-01,2026-01-01,\n"
                   "X1,AG1,评估员一," + id(107) + ",ASSESSOR,2020-01-01,,\n"
                   "X2,AG1,评估员二," + id(109) + ",ASSESSOR,2020-01-01,,\n"
                   "X3,AG1,评估员三," + id(111) + ",ASSESSOR,2020-01-01,,2026-01-01\n"
                   "X4,AG1,评估员四," + id(113) + ",ASSESSOR,2020-01-01,,\n"
                   "X5,AG1,评估员五," + id(115) + ",ASSESSOR,2020-01-01,,\n"
                   "E4,AG2,专家四," + id(117) + ",EXPERT,2020-01-01,,\n"
                   "E5,AG2,专家五," + id(119) + ",EXPERT,2020-01-01,,\n"
                   "Y1,AG2,评估员六," + id(121) + ",ASSESSOR,2020-01-01,,\n"
                   "C1,CARE1,护理员," + id(113) + ",CAREGIVER,2020-01-01,,\n");  // X4 works at CARE1 too
        importText(QStringLiteral("beneficiaries"),
                   "person_no,level,concluded_on,valid_until,service_form,institution_code\n"
                   "P1,3,2025-06-10,2027-06-09,HOME_VISIT,CARE1\n");
    }

    void importText(const QString &kind, const QByteArray &csv)
    {
        const ImportReport report = store->importer().importFile(admin, kind, store.file(kind + QStringLiteral(".csv"), csv));
        INFO(str(report.failure) << str(report.issues.formatErrors(kind)));
        REQUIRE(report.ok());
    }
    CommandOutcome run(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        return store->commands().execute(user, name, args);
    }
    void require(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        const CommandOutcome outcome = run(user, name, args);
        INFO(str(name) << ": " << str(outcome.ok() ? QString() : outcome.error->message));
        REQUIRE(outcome.ok());
    }
    // An application of `kind` for P1, accepted: its task's id.
    QString acceptedTask(const QString &kind)
    {
        const QString application = newId();
        require(handler, QStringLiteral("application.submit"),
                {{QStringLiteral("id"), application}, {QStringLiteral("person_no"), QStringLiteral("P1")},
                 {QStringLiteral("kind"), kind}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                 {QStringLiteral("received_on"), iso(today())}});
        require(handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), application}});
        return assessmentTaskId(application);
    }
    // Loads China's 2026 holiday calendar (the dispute window counts working days on it).
    void loadCalendar2026()
    {
        const ImportReport report = store->importer().importFile(
            admin, QStringLiteral("calendar"), QStringLiteral(LTC_SOURCE_DIR "/resources/calendar/cn-2026.csv"));
        INFO(str(report.failure));
        REQUIRE(report.ok());
    }
    // Wenzhou's policy file with `terms` as its assessment object (replacing the version).
    void loadPolicyTerms(const QJsonObject &terms)
    {
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
        policy.insert(QStringLiteral("assessment"), terms);
        require(admin, QStringLiteral("policy.load"), policy);
    }
    // Takes a dispatched-to-be task through acceptance, the result, two experts and the
    // conclusion (after the publication for a qualifying level), on the given days.
    struct Days {
        QString accepted, assessed, confirmed, concluded, delivered;  // delivered empty: not delivered
    };
    void conclude(const QString &task, const QJsonObject &scores, const Days &days, const QStringList &experts,
                  const QString &seed = QStringLiteral("0123456789abcdef"))
    {
        const auto with = [&task](std::initializer_list<std::pair<QString, QJsonValue>> more) {
            QJsonObject args{{QStringLiteral("id"), task}};
            for (const auto &[key, value] : more)
                args.insert(key, value);
            return args;
        };
        require(handler, QStringLiteral("assessment.dispatch"), with({{QStringLiteral("seed"), seed}}));
        require(handler, QStringLiteral("assessment.agency_accept"), with({{QStringLiteral("accepted_on"), days.accepted}}));
        require(handler, QStringLiteral("assessment.record_result"),
                with({{QStringLiteral("assessed_on"), days.assessed}, {QStringLiteral("scores"), scores}}));
        for (const QString &expert : experts)
            require(handler, QStringLiteral("assessment.confirm"),
                    with({{QStringLiteral("staff_no"), expert}, {QStringLiteral("confirmed_on"), days.confirmed}}));
        const bool published = stateOf(task) == QStringLiteral("IN_PUBLICATION");
        QJsonObject concluding = with({{QStringLiteral("concluded_on"), days.concluded}});
        if (published) {
            concluding.insert(QStringLiteral("service_form"), QStringLiteral("HOME_VISIT"));
            concluding.insert(QStringLiteral("institution_code"), QStringLiteral("CARE1"));
        }
        require(handler, QStringLiteral("assessment.conclude"), concluding);
        if (!days.delivered.isEmpty())
            require(handler, QStringLiteral("assessment.deliver"), with({{QStringLiteral("delivered_on"), days.delivered}}));
    }
    QString stateOf(const QString &task)
    {
        return store.scalar(QStringLiteral("SELECT state FROM assessment_tasks WHERE id = ?"), {task}).toString();
    }
    QList<StoredDraw> draws(const QString &task)
    {
        QSqlDatabase db = store.db();
        return drawsOf(db, task);
    }
};

inline QString codeOf(const CommandOutcome &outcome) { return outcome.ok() ? QString() : outcome.error->code; }
inline QString messageOf(const CommandOutcome &outcome) { return outcome.ok() ? QString() : outcome.error->message; }

inline QStringList exclusionLines(const StoredDraw &draw)
{
    QStringList lines;
    for (const QJsonValue &e : draw.exclusions) {
        QStringList reasons;
        for (const QJsonValue &r : e.toObject().value(QStringLiteral("reasons")).toArray())
            reasons << r.toString();
        lines << e.toObject().value(QStringLiteral("staff_no")).toString() + QLatin1Char('=') + reasons.join(QLatin1Char('|'));
    }
    return lines;
}

inline Replay replayOf(const StoredDraw &draw)
{
    return replayDraw({draw.algorithm, draw.seed, draw.agencies, draw.composition, draw.candidates, draw.exclusions});
}

// Every item at its best: level 0, below any benefit threshold.
inline QJsonObject fitScores()
{
    return {{QStringLiteral("ADL"),
             QJsonObject{{QStringLiteral("EATING"), 10}, {QStringLiteral("DRESSING"), 10}, {QStringLiteral("FACE_MOUTH"), 5},
                         {QStringLiteral("BOWEL"), 10}, {QStringLiteral("BLADDER"), 10}, {QStringLiteral("TOILET"), 10},
                         {QStringLiteral("WALKING"), 15}, {QStringLiteral("TRANSFER"), 15}, {QStringLiteral("STAIRS"), 10},
                         {QStringLiteral("BATHING"), 5}}},
            {QStringLiteral("COGNITION"),
             QJsonObject{{QStringLiteral("TIME"), 4}, {QStringLiteral("PEOPLE"), 4}, {QStringLiteral("PLACE"), 4},
                         {QStringLiteral("MEMORY"), 4}}},
            {QStringLiteral("PERCEPTION"),
             QJsonObject{{QStringLiteral("VISION"), 4}, {QStringLiteral("HEARING"), 4},
                         {QStringLiteral("COMMUNICATION"), 4}}}};
}

} // namespace assessfixture
