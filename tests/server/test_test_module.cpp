// The test module inspections (tests/modules/inspections) through the server: ltcserver_probe and
// ltcctl_probe are the products' programs with the test module registered too, so a module that
// is only its folder and its registration syncs like any other — its command made offline,
// pushed, re-checked by the server with the module's own code against the pushing user, stored in
// PostgreSQL, and pulled by the desktops of its district only.
#include "serverharness.h"

#include "sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace ltc;
using namespace ltc::test;

namespace {

CtlRun probe(const QStringList &arguments) { return runLtcctl(arguments, QStringLiteral(LTCCTL_PROBE_PATH)); }

#define REQUIRE_DONE(run)                                                                             \
    do {                                                                                              \
        const CtlRun &r_ = (run);                                                                     \
        INFO("stdout: " << r_.out.toStdString() << "\nstderr: " << r_.err.toStdString());             \
        REQUIRE(r_.exitCode == 0);                                                                    \
    } while (false)

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString argsText(const QString &id, const QString &institution, const QString &finding)
{
    const QJsonObject args{{QStringLiteral("id"), id},
                           {QStringLiteral("institution_code"), institution},
                           {QStringLiteral("inspected_on"), QStringLiteral("2026-11-20")},
                           {QStringLiteral("finding"), finding}};
    return QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
}

// The inspections a store lists (`ltcctl_probe list inspections --format json`), by id.
QHash<QString, QJsonObject> listed(const QString &db)
{
    const CtlRun list = probe({QStringLiteral("list"), QStringLiteral("inspections"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--db"), db});
    REQUIRE_DONE(list);
    QHash<QString, QJsonObject> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(list.out.toUtf8()).array())
        rows.insert(row.toObject().value(QStringLiteral("id")).toString(), row.toObject());
    return rows;
}

} // namespace

TEST_CASE("the test module through ltcserver_probe: recorded offline, re-checked by the server, in PostgreSQL, "
          "pulled by its district's desktops only",
          "[server][testmodule]")
{
    ServerEnv &env = ServerEnv::get();
    QString error;
    const bool prepared = env.prepareDatabase(QStringLiteral("testmodule"), &error, QStringLiteral(LTCSERVER_PROBE_PATH));
    INFO(error.toStdString());
    REQUIRE(prepared);
    ServerProcess server(QStringLiteral("testmodule"), env.cluster().url(QStringLiteral("testmodule")), env.cluster().folder());
    server.setProgram(QStringLiteral(LTCSERVER_PROBE_PATH));
    const bool started = server.start(&error);
    INFO(error.toStdString());
    REQUIRE(started);
    // The probe's schema has the test module's table; the product's has not.
    QSqlDatabase pg = env.cluster().connect(QStringLiteral("testmodule"));
    const QString tableCount = QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'inspections'");
    CHECK(scalarSql(pg, tableCount).toInt() == 1);
    QSqlDatabase product = env.db();
    CHECK(scalarSql(product, tableCount).toInt() == 0);

    // Desktop A, offline, as the local operator (ltcctl:clerk): an institution of 330302 and one
    // of 330303, and a batch of inspections at each.
    QTemporaryDir folder;
    const auto file = [&folder](const QString &name, const QByteArray &text) {
        const QString path = folder.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
        return path;
    };
    const QString a = folder.filePath(QStringLiteral("a.sqlite"));
    const auto onA = [&a](QStringList arguments) { return probe(arguments << QStringLiteral("--db") << a); };
    const QByteArray institutionsHeader = "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n";
    const QByteArray inspectionsHeader = "id,institution_code,inspected_on,finding\n";
    const QString imported = newId();
    const QString elsewhere = newId();
    REQUIRE_DONE(onA({QStringLiteral("import"), QStringLiteral("institutions"),
                      file(QStringLiteral("own.csv"),
                           institutionsHeader + "I-TM01,鹿城护理院,CARE,2,HOME,2024-01-01,2027-12-31,330302\n")}));
    REQUIRE_DONE(onA({QStringLiteral("import"), QStringLiteral("institutions"),
                      file(QStringLiteral("other.csv"),
                           institutionsHeader + "I-TM02,龙湾护理院,CARE,2,HOME,2024-01-01,2027-12-31,330303\n")}));
    REQUIRE_DONE(onA({QStringLiteral("import"), QStringLiteral("inspections"),
                      file(QStringLiteral("own-batch.csv"), inspectionsHeader + imported.toUtf8() + ",I-TM01,2026-11-03,PASS\n")}));
    REQUIRE_DONE(onA({QStringLiteral("import"), QStringLiteral("inspections"),
                      file(QStringLiteral("other-batch.csv"), inspectionsHeader + elsewhere.toUtf8() + ",I-TM02,2026-11-04,PASS\n")}));
    REQUIRE(listed(a).size() == 2);
    CHECK(listed(a).value(imported).value(QStringLiteral("inspector")).toString() == QStringLiteral("ltcctl:clerk"));

    // Synced as admin of 330302, who adopts the operator's work: the server re-applies each change
    // with the module's code as admin's, and refuses the other district's institution and the
    // inspection made there.
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--server"), server.baseUrl(), QStringLiteral("--user"),
                           QStringLiteral("admin")};
    const CtlRun adopted = onA(sync + QStringList{QStringLiteral("--adopt")});
    REQUIRE_DONE(adopted);
    CHECK(adopted.out.contains(QStringLiteral("pushed 4 (rejected 2)")));
    CHECK(adopted.out.contains(QStringLiteral("import.institutions: ")));
    CHECK(adopted.out.contains(QStringLiteral("import.inspections: ")));

    // Offline again, admin records an inspection on A; the next sync pushes it.
    const QString recorded = newId();
    REQUIRE_DONE(onA({QStringLiteral("run"), QStringLiteral("inspection.record"),
                      argsText(recorded, QStringLiteral("I-TM01"), QStringLiteral("VIOLATION")), QStringLiteral("--as"),
                      QStringLiteral("admin")}));
    const CtlRun pushed = onA(sync);
    REQUIRE_DONE(pushed);
    CHECK(pushed.out.contains(QStringLiteral("pushed 1 (rejected 0)")));

    CHECK(scalarSql(pg, QStringLiteral("SELECT COUNT(*) FROM inspections")).toInt() == 2);
    CHECK(scalarSql(pg, QStringLiteral("SELECT finding FROM inspections WHERE id = ?"), {recorded}).toString()
          == QStringLiteral("VIOLATION"));
    // The server's own run of the import: the inspector is the user it was pushed as.
    CHECK(scalarSql(pg, QStringLiteral("SELECT inspector FROM inspections WHERE id = ?"), {imported}).toString()
          == QStringLiteral("admin"));
    CHECK(scalarSql(pg, QStringLiteral("SELECT COUNT(*) FROM inspections WHERE id = ?"), {elsewhere}).toInt() == 0);
    CHECK(scalarSql(pg, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'inspection.record' AND username = "
                                       "'admin'"))
              .toInt()
          == 1);
    CHECK(scalarSql(pg, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import.inspections' AND username = "
                                       "'admin' AND CAST(details AS TEXT) LIKE '%\"adopted_from\":\"ltcctl:clerk\"%'"))
              .toInt()
          == 1);
    // The store holds the server's rows: the refused inspection is gone, the kept one is admin's.
    const QHash<QString, QJsonObject> afterSync = listed(a);
    CHECK(afterSync.size() == 2);
    CHECK_FALSE(afterSync.contains(elsewhere));
    CHECK(afterSync.value(imported).value(QStringLiteral("inspector")).toString() == QStringLiteral("admin"));

    // Desktop B of the same district pulls both; desktop C of 330303 none.
    const QString b = folder.filePath(QStringLiteral("b.sqlite"));
    REQUIRE_DONE(probe({QStringLiteral("sync"), QStringLiteral("--server"), server.baseUrl(), QStringLiteral("--user"),
                        QStringLiteral("handler"), QStringLiteral("--db"), b}));
    const QHash<QString, QJsonObject> pulled = listed(b);
    CHECK(pulled.size() == 2);
    CHECK(pulled.value(recorded).value(QStringLiteral("institution_name")).toString() == QStringLiteral("鹿城护理院"));
    CHECK(pulled.value(recorded).value(QStringLiteral("finding")).toString() == QStringLiteral("VIOLATION"));
    const QString c = folder.filePath(QStringLiteral("c.sqlite"));
    REQUIRE_DONE(probe({QStringLiteral("sync"), QStringLiteral("--server"), server.baseUrl(), QStringLiteral("--user"),
                        QStringLiteral("handler_b"), QStringLiteral("--db"), c}));
    CHECK(listed(c).isEmpty());
}
