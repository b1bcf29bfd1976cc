#pragma once
// A store of Wenzhou's 鹿城区 (330302) for the applications module's tests: 2025's calendar,
// Wenzhou's policy and a district policy with Changning's materials checklist (seed 001), three
// persons (A1, A2 of 330302, B1 of 330303) and users of each role the module knows.
#include "applications/domain/applicationreads.h"
#include "database/dbtestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

namespace ltc::applications {
// Wenzhou's 鹿城区 with the 2025 calendar, Wenzhou's policy, and a district policy of 330302 for
// 2025 with Changning's checklist (seed 001) and the clock as `clock` says.
inline const QString kDistrict = QStringLiteral("330302");

struct ApplicationsFixture {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity handler = ltctest::handler(kDistrict);
    UserIdentity otherHandler = ltctest::user(QStringLiteral("zhou"), {QStringLiteral("handler")}, QStringLiteral("330303"));
    UserIdentity channel = ltctest::user(QStringLiteral("app"), {QStringLiteral("channel")}, kDistrict);
    UserIdentity manager = ltctest::user(QStringLiteral("boss"), {QStringLiteral("manager")}, kDistrict);

    explicit ApplicationsFixture(const QString &clock = QStringLiteral("restart"))
    {
        importText(QStringLiteral("persons"),
                   "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,insured_until,district\n"
                   "A1," + ltctest::citizenId(kDistrict, QDate(1940, 5, 6), 11).toUtf8() + ",张三,M,1940-05-06,EMPLOYEE,2010-01-01,,330302\n"
                   "A2," + ltctest::citizenId(kDistrict, QDate(1938, 2, 3), 22).toUtf8() + ",李四,F,1938-02-03,EMPLOYEE,2010-01-01,2024-12-31,330302\n"
                   "B1," + ltctest::citizenId(QStringLiteral("330303"), QDate(1945, 1, 1), 33).toUtf8() + ",王五,M,1945-01-01,EMPLOYEE,2010-01-01,,330303\n");
        REQUIRE(store->importer().importFile(admin, QStringLiteral("calendar"), QStringLiteral(":/calendar/cn-2025.csv")).ok());
        QJsonObject policy = wenzhou();
        policy.insert(QStringLiteral("region"), kDistrict);
        policy.insert(QStringLiteral("name"), QStringLiteral("鹿城区 2025"));
        policy.insert(QStringLiteral("effective_from"), QStringLiteral("2025-01-01"));
        policy.insert(QStringLiteral("effective_to"), QStringLiteral("2025-12-31"));
        policy.insert(QStringLiteral("review_clock_after_materials"), clock);
        const auto item = [](const char *code, const char *name, QStringList kinds) {
            return QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                               {QStringLiteral("name"), QString::fromUtf8(name)},
                               {QStringLiteral("required_for"), QJsonArray::fromStringList(kinds)}};
        };
        const QStringList all{QStringLiteral("FIRST"), QStringLiteral("DISPUTE"), QStringLiteral("REASSESS")};
        policy.insert(QStringLiteral("application_materials"),
                      QJsonArray{item("DISCHARGE", "出院小结/门诊病历/残疾证", all),
                                 item("PLEDGE", "诚信承诺书", all),
                                 item("SELF_ASSESS", "自评表", {QStringLiteral("FIRST")})});
        const CommandOutcome loaded = store->commands().execute(admin, QStringLiteral("policy.load"), policy);
        INFO(ltctest::str(loaded.ok() ? QString() : loaded.error->message));
        REQUIRE(loaded.ok());
    }

    static QJsonObject wenzhou()
    {
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    void importText(const QString &kind, const QByteArray &csv)
    {
        const ImportReport report = store->importer().importFile(admin, kind, store.file(kind + QStringLiteral(".csv"), csv));
        INFO(ltctest::str(report.failure) << ltctest::str(report.issues.formatErrors(kind)));
        REQUIRE(report.ok());
    }

    CommandOutcome run(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        return store->commands().execute(user, name, args);
    }
    void require(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        const CommandOutcome outcome = run(user, name, args);
        INFO(ltctest::str(name) << ": " << ltctest::str(outcome.ok() ? QString() : outcome.error->message));
        REQUIRE(outcome.ok());
    }
    QJsonObject submission(const QString &id, const QString &personNo, const QString &kind = QStringLiteral("FIRST"),
                           const QString &receivedOn = QStringLiteral("2025-09-26"),
                           const QStringList &materials = {QStringLiteral("DISCHARGE"), QStringLiteral("PLEDGE"),
                                                           QStringLiteral("SELF_ASSESS")})
    {
        return {{QStringLiteral("id"), id},           {QStringLiteral("person_no"), personNo},
                {QStringLiteral("kind"), kind},       {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                {QStringLiteral("received_on"), receivedOn}, {QStringLiteral("materials"), QJsonArray::fromStringList(materials)}};
    }
    Application application(const QString &id)
    {
        QSqlDatabase db = store.db();
        const std::optional<Application> found = findApplication(db, id);
        REQUIRE(found.has_value());
        return *found;
    }
};

inline QString codeOf(const CommandOutcome &outcome) { return outcome.ok() ? QString() : outcome.error->code; }
inline QString messageOf(const CommandOutcome &outcome) { return outcome.ok() ? QString() : outcome.error->message; }


} // namespace ltc::applications
