// ltcserver's outside: health, signing in and out, tokens, and the refusals of CONTRACT.md
// (400, 401, 413, 426) — against the real server on a real PostgreSQL.
#include "serverharness.h"
#include "pgsql.h"
#include "serverschema.h"
#include "synccatalog.h"

#include "localstore.h"
#include "sql.h"

#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>
#include <catch2/catch.hpp>

using namespace ltc;
using namespace ltc::test;

namespace {
HttpReply loginAs(HttpClient &http, const QString &username, const QString &password)
{
    return http.post(QStringLiteral("/api/v1/auth/login"),
                     QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
}
} // namespace

TEST_CASE("server: health answers ok with the schema number of the domain's migrations", "[server]")
{
    ServerEnv &env = ServerEnv::get();
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    const HttpReply reply = env.http().get(QStringLiteral("/api/v1/health"));
    REQUIRE(reply.status == 200);
    CHECK(reply.json.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(reply.json.value(QStringLiteral("schema")).toInt() == server::schemaNumber(registry));
    // …and each module's version, as the desktop's registry computes them.
    const QJsonObject modules = reply.json.value(QStringLiteral("modules")).toObject();
    const SchemaVersions versions = registry.schemaVersions();
    CHECK(modules.size() == versions.size());
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(modules.value(it.key()).toInt() == it.value());
    }
}

TEST_CASE("server: every table of the server's schema is declared; the synced ones have the same columns as the "
          "desktop's",
          "[server][tables]")
{
    ServerEnv &env = ServerEnv::get();
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    QStringList declared;
    for (const TableDecl &table : registry.tables() + server::serverTables())
        declared << table.name;
    QSqlDatabase db = env.db();
    QSqlQuery tables = querySql(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                                   "current_schema() AND table_type = 'BASE TABLE'"));
    while (tables.next()) {
        INFO(tables.value(0).toString().toStdString());
        CHECK(declared.contains(tables.value(0).toString()));
    }
    // A synced table has the same columns on both sides (in the same order) — a migration that
    // forgets its PostgreSQL form shows here.
    QTemporaryDir folder;
    LocalStore local(folder.filePath(QStringLiteral("l.sqlite")));
    REQUIRE(local.open());
    QSqlDatabase sqlite = local.database().connection();
    for (const QString &name : registry.syncedTables()) {
        INFO(name.toStdString());
        QStringList pg;
        QSqlQuery columns = querySql(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                        "table_schema = current_schema() AND table_name = ? ORDER BY "
                                                        "ordinal_position"),
                                     {name});
        while (columns.next())
            pg << columns.value(0).toString();
        QStringList lite;
        QSqlQuery info = querySql(sqlite, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {name});
        while (info.next())
            lite << info.value(0).toString();
        pg.removeAll(server::rowVersionColumn());  // the server's own (its table is checked below)
        CHECK(pg == lite);
    }
}

namespace {
std::string str(const QString &text) { return text.toStdString(); }

// What a SQLite column type is on PostgreSQL: INTEGER is 64-bit on both sides (fen and versions
// never overflow on the server), TEXT is text, REAL double precision, BLOB bytea.
QString postgresTypeOf(const QString &sqliteType)
{
    const QString type = sqliteType.toUpper();
    if (type == QStringLiteral("INTEGER"))
        return QStringLiteral("bigint");
    if (type == QStringLiteral("TEXT"))
        return QStringLiteral("text");
    if (type == QStringLiteral("REAL"))
        return QStringLiteral("double precision");
    if (type == QStringLiteral("BLOB"))
        return QStringLiteral("bytea");
    return QStringLiteral("(SQLite type %1)").arg(sqliteType);
}
} // namespace

TEST_CASE("server: every table both sides have holds the same columns of the same types and nullability",
          "[server][tables]")
{
    ServerEnv &env = ServerEnv::get();
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    QTemporaryDir folder;
    LocalStore local(folder.filePath(QStringLiteral("l.sqlite")));
    REQUIRE(local.open());
    QSqlDatabase sqlite = local.database().connection();
    QSqlDatabase db = env.db();
    int compared = 0;
    for (const TableDecl &table : registry.tables()) {
        QStringList lite;
        QSqlQuery info = querySql(sqlite, QStringLiteral("SELECT name, type, \"notnull\" OR pk > 0 "
                                                         "FROM pragma_table_info(?) ORDER BY cid"),
                                  {table.name});
        while (info.next())
            lite << QStringLiteral("%1 %2%3").arg(info.value(0).toString(), postgresTypeOf(info.value(1).toString()),
                                                  info.value(2).toBool() ? QStringLiteral(" not null") : QString());
        QStringList pg;
        QSqlQuery columns = querySql(db, QStringLiteral("SELECT column_name, data_type, is_nullable = 'NO' FROM "
                                                        "information_schema.columns WHERE table_schema = current_schema() "
                                                        "AND table_name = ? ORDER BY ordinal_position"),
                                     {table.name});
        while (columns.next())
            pg << QStringLiteral("%1 %2%3").arg(columns.value(0).toString(), columns.value(1).toString(),
                                                columns.value(2).toBool() ? QStringLiteral(" not null") : QString());
        if (lite.isEmpty() || pg.isEmpty())
            continue;  // a table of one side only (the desktop's local state, a view)
        INFO(table.name.toStdString());
        // A table that is not synced may carry the server's own columns after the shared ones
        // (users: sign-in throttling).
        if (!table.synced() && pg.size() > lite.size())
            pg = pg.mid(0, lite.size());
        // A table whose rows carry their version has that column last, on the server only.
        if (table.rowsCarryVersion) {
            CHECK(pg.constLast() == server::rowVersionColumn() + QStringLiteral(" bigint"));
            pg.removeLast();
        }
        CHECK(str(pg.join(QStringLiteral(", "))) == str(lite.join(QStringLiteral(", "))));
        ++compared;
    }
    CHECK(compared >= 10);
}

TEST_CASE("server: sign-in with the right password, refusal of a wrong one, lockout", "[server][auth]")
{
    ServerEnv &env = ServerEnv::get();
    const HttpReply ok = loginAs(env.http(), QStringLiteral("handler"), kPassword);
    REQUIRE(ok.status == 200);
    CHECK(ok.json.value(QStringLiteral("token")).toString().size() >= 43);  // 256 random bits
    CHECK(ok.json.value(QStringLiteral("expires_at")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject user = ok.json.value(QStringLiteral("user")).toObject();
    CHECK(user.value(QStringLiteral("id")).toString() == QStringLiteral("handler"));
    CHECK(user.value(QStringLiteral("district")).toString() == QStringLiteral("330302"));
    CHECK(user.value(QStringLiteral("roles")).toArray() == QJsonArray{QStringLiteral("handler")});

    CHECK(loginAs(env.http(), QStringLiteral("handler"), QStringLiteral("wrong-password")).status == 401);
    CHECK(loginAs(env.http(), QStringLiteral("nobody"), kPassword).status == 401);

    SECTION("three failures in a row lock the account for a while, even for the right password")
    {
        for (int i = 0; i < 3; ++i)
            REQUIRE(loginAs(env.http(), QStringLiteral("lockme"), QStringLiteral("guess-%1").arg(i)).status == 401);
        CHECK(loginAs(env.http(), QStringLiteral("lockme"), kPassword).status == 401);
        QThread::msleep(2500);  // the test server locks for 2 s
        CHECK(loginAs(env.http(), QStringLiteral("lockme"), kPassword).status == 200);
    }
}

TEST_CASE("server: every call but health and login needs a valid token", "[server][auth]")
{
    ServerEnv &env = ServerEnv::get();
    const QByteArray push = QJsonDocument(pushBody(QStringLiteral("no-token"), {}, env.schema())).toJson();
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0")).status == 401);
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/bootstrap?table=persons")).status == 401);
    CHECK(env.http().postRaw(QStringLiteral("/api/v1/sync/push"), push).status == 401);
    CHECK(env.http().postRaw(QStringLiteral("/api/v1/auth/logout"), {}).status == 401);
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), QStringLiteral("made-up-token")).status == 401);
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), env.login(QStringLiteral("handler"))).status == 200);
}

TEST_CASE("server: signing out revokes the token; a disabled user cannot sign in", "[server][auth]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("admin"));
    REQUIRE(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), token).status == 200);
    CHECK(env.http().postRaw(QStringLiteral("/api/v1/auth/logout"), {}, token).status == 200);
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), token).status == 401);

    const QString again = env.login(QStringLiteral("admin"));
    const QString url = env.cluster().url(QStringLiteral("ltc"));
    const ToolRun disable = runLtcserver({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("admin"),
                                          QStringLiteral("--database"), url});
    INFO(disable.output.toStdString());
    REQUIRE(disable.exitCode == 0);
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), again).status == 401);
    CHECK(loginAs(env.http(), QStringLiteral("admin"), kPassword).status == 401);
    const ToolRun list = runLtcserver({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"), url});
    CHECK(list.output.contains(QStringLiteral("admin\tadmin\tadmin\t330302\tdisabled")));
    CHECK(list.output.contains(QStringLiteral("reviewer1\treviewer1\tfirst_reviewer,second_reviewer\t330302\tactive")));

    const ToolRun reset = runLtcserver({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("handler_b"),
                                        QStringLiteral("--password-stdin"), QStringLiteral("--database"), url},
                                       "short\n");
    CHECK(reset.exitCode == 2);  // too short: refused, nothing changed
    CHECK(loginAs(env.http(), QStringLiteral("handler_b"), kPassword).status == 200);
}

TEST_CASE("server: a token expires after its lifetime", "[server][auth]")
{
    ServerEnv &env = ServerEnv::get();
    QString error;
    INFO(error.toStdString());
    REQUIRE(env.prepareDatabase(QStringLiteral("ltc_expiry"), &error));
    ServerProcess server(QStringLiteral("expiry"), env.cluster().url(QStringLiteral("ltc_expiry")), env.cluster().folder(),
                         QJsonObject{{QStringLiteral("token_lifetime_seconds"), 2}});
    REQUIRE(server.start(&error));
    const HttpReply login = loginAs(server.http(), QStringLiteral("handler"), kPassword);
    REQUIRE(login.status == 200);
    const QString token = login.json.value(QStringLiteral("token")).toString();
    CHECK(server.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), token).status == 200);
    QThread::msleep(3000);
    CHECK(server.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), token).status == 401);
}

TEST_CASE("server: malformed JSON or arguments are answered 400 with a message", "[server]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    const auto check400 = [](const HttpReply &reply) {
        INFO(reply.body.toStdString());
        CHECK(reply.status == 400);
        CHECK(!reply.json.value(QStringLiteral("error")).toString().isEmpty());
    };
    check400(env.http().postRaw(QStringLiteral("/api/v1/sync/push"), "{\"client_id\": ", token));
    check400(env.http().postRaw(QStringLiteral("/api/v1/sync/push"), "[1, 2]", token));
    check400(env.http().post(QStringLiteral("/api/v1/sync/push"), QJsonObject{{QStringLiteral("client_id"), QStringLiteral("x")}}, token));
    check400(env.http().post(QStringLiteral("/api/v1/sync/push"),
                             pushBody(QStringLiteral("x"), {QJsonObject{{QStringLiteral("seq"), -1}}}, env.schema()), token));
    const QJsonObject argsNotAnObject{{QStringLiteral("seq"), 1},
                                      {QStringLiteral("name"), QStringLiteral("person.register")},
                                      {QStringLiteral("args"), QStringLiteral("not an object")}};
    check400(env.http().post(QStringLiteral("/api/v1/sync/push"), pushBody(QStringLiteral("x"), {argsNotAnObject}, env.schema()),
                             token));
    check400(env.http().postRaw(QStringLiteral("/api/v1/auth/login"), "username=handler"));
    check400(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=abc"), token));
    check400(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0&limit=0"), token));
    check400(env.http().get(QStringLiteral("/api/v1/sync/bootstrap?table=users"), token));  // never synced
    check400(env.http().get(QStringLiteral("/api/v1/sync/bootstrap?table=line_reviews&after=%5B1%5D"), token));
}

TEST_CASE("server: an oversized body is refused with 413 before it is read", "[server]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    SECTION("a client that sends it all gets the answer")
    {
        const HttpReply reply = env.http().postRaw(QStringLiteral("/api/v1/sync/push"), QByteArray(2 * 1024 * 1024, 'x'), token);
        CHECK(reply.status == 413);
    }
    SECTION("the answer comes as soon as the head announces the size, before any of the body")
    {
        const QUrl url(env.server().baseUrl());
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        REQUIRE(socket.waitForConnected(5000));
        socket.write("POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 104857600\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        CHECK(answer.startsWith("HTTP/1.1 413"));
    }
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), token).status == 200);  // still serving
}

TEST_CASE("server: a client schema the server no longer serves is answered 426", "[server]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    const int schema = env.schema();
    const HttpReply old = env.http().post(QStringLiteral("/api/v1/sync/push"), pushBody(QStringLiteral("schema-test"), {}, schema - 2), token);
    CHECK(old.status == 426);
    CHECK(old.json.value(QStringLiteral("schema")).toInt() == schema);
    CHECK(env.http().post(QStringLiteral("/api/v1/sync/push"), pushBody(QStringLiteral("schema-test"), {}, schema - 1), token).status == 200);
    CHECK(env.http().post(QStringLiteral("/api/v1/sync/push"), pushBody(QStringLiteral("schema-test"), {}, schema), token).status == 200);
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0&schema=%1").arg(schema - 2), token).status == 426);
    CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0&schema=%1").arg(schema), token).status == 200);
}

TEST_CASE("server: a client that sends its modules' versions is served by them, and told which module differs",
          "[server]")
{
    ServerEnv &env = ServerEnv::get();
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    const QString token = env.login(QStringLiteral("handler"));
    const SchemaVersions ours = registry.schemaVersions();
    const auto push = [&](const SchemaVersions &versions) {
        QJsonObject body = pushBody(QStringLiteral("modules-test"), {}, env.schema());
        QJsonObject modules;
        for (auto it = versions.cbegin(); it != versions.cend(); ++it)
            modules.insert(it.key(), it.value());
        body.insert(QStringLiteral("modules"), modules);
        return env.http().post(QStringLiteral("/api/v1/sync/push"), body, token);
    };
    CHECK(push(ours).status == 200);
    SchemaVersions behind = ours;
    behind[QStringLiteral("settlements")] -= 1;
    CHECK(push(behind).status == 200);  // one step behind in one module: served

    // Two steps behind in one module: refused although the one number is only 2 smaller — and
    // the answer names the module, with the server's versions for the desktop to show.
    behind[QStringLiteral("settlements")] -= 1;
    const HttpReply old = push(behind);
    CHECK(old.status == 426);
    CHECK(old.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("module settlements")));
    CHECK(old.json.value(QStringLiteral("modules")).toObject().value(QStringLiteral("settlements")).toInt()
          == ours.value(QStringLiteral("settlements")));
    SchemaVersions extra = ours;
    extra[QStringLiteral("inspections")] = 1;
    CHECK(push(extra).status == 426);
    SchemaVersions malformed;
    CHECK(env.http().post(QStringLiteral("/api/v1/sync/push"),
                          QJsonObject{{QStringLiteral("client_id"), QStringLiteral("modules-test")},
                                      {QStringLiteral("schema"), env.schema()},
                                      {QStringLiteral("modules"), QJsonObject{{QStringLiteral("core"), QStringLiteral("four")}}},
                                      {QStringLiteral("commands"), QJsonArray{}}},
                          token)
              .status == 400);

    SECTION("pull and bootstrap read them from the query")
    {
        CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0&modules=%1").arg(schemaVersionsText(ours)), token).status == 200);
        CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0&modules=%1").arg(schemaVersionsText(behind)), token).status == 426);
        CHECK(env.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0&modules=core=4"), token).status == 400);
        CHECK(env.http().get(QStringLiteral("/api/v1/sync/bootstrap?table=persons&modules=%1").arg(schemaVersionsText(behind)), token).status == 426);
    }
    SECTION("sign-in tells the server's versions")
    {
        const HttpReply signedIn = loginAs(env.http(), QStringLiteral("handler"), kPassword);
        CHECK(signedIn.json.value(QStringLiteral("server")).toObject().value(QStringLiteral("modules")).toObject().value(
                  QStringLiteral("core")).toInt() == ours.value(QStringLiteral("core")));
    }
}

TEST_CASE("server: migrate gives each table declared with row versions its column and index, and gives them back "
          "to a table rebuilt without them",
          "[server][tables]")
{
    ServerEnv &env = ServerEnv::get();
    QString error;
    INFO(error.toStdString());
    REQUIRE(env.prepareDatabase(QStringLiteral("ltc_row_versions"), &error));
    QSqlDatabase db = env.cluster().connect(QStringLiteral("ltc_row_versions"));
    REQUIRE(db.isOpen());
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    const auto described = [&db](const QString &table) {
        return scalarSql(db, QStringLiteral("SELECT column_default || ' ' || (SELECT COUNT(*) FROM pg_indexes WHERE "
                                            "tablename = ? AND indexdef LIKE '%(' || ? || ')') FROM "
                                            "information_schema.columns WHERE table_name = ? AND column_name = ?"),
                         {table, server::rowVersionColumn(), table, server::rowVersionColumn()})
            .toString();
    };
    QStringList declared;
    for (const TableDecl &table : registry.tables()) {
        if (table.rowsCarryVersion)
            declared << table.name;
    }
    CHECK(declared == QStringList{QStringLiteral("claim_lines"), QStringLiteral("settlement_results")});
    for (const QString &table : declared)
        CHECK(described(table) == QStringLiteral("ltc_take_version() 1"));
    // A module's migration that rebuilds a table (as settlements 12 did) loses the column: the
    // server refuses to start on it, and the next migrate gives it back; a second changes nothing.
    REQUIRE(server::execDirect(db, QStringLiteral("DROP INDEX claim_lines_by_%1").arg(server::rowVersionColumn())));
    // (CASCADE: the trigger that versions an updated row goes with its column.)
    REQUIRE(server::execDirect(db, QStringLiteral("ALTER TABLE claim_lines DROP COLUMN %1 CASCADE").arg(server::rowVersionColumn())));
    const auto triggers = [&db] {
        return scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'claim_lines_version_on_update'"))
            .toLongLong();
    };
    CHECK(triggers() == 0);
    server::SyncCatalog catalog;
    CHECK_FALSE(catalog.load(db, registry, &error));
    CHECK(error.contains(QStringLiteral("run ltcserver migrate")));
    REQUIRE(server::migrateServer(db, registry, &error));
    REQUIRE(server::migrateServer(db, registry, &error));
    CHECK(described(QStringLiteral("claim_lines")) == QStringLiteral("ltc_take_version() 1"));
    CHECK(triggers() == 1);
    CHECK(catalog.load(db, registry, &error));

    // A plain UPDATE gives the row a new version (its log entry is left out, as for every upsert
    // of these tables, so without one no desktop would see the change); an update that sets the
    // version keeps it, as a bulk writer's upsert does.
    const auto version = [&db] {
        return scalarSql(db, QStringLiteral("SELECT %1 FROM settlement_results WHERE claim_no = 'C-V1'")
                                 .arg(server::rowVersionColumn())).toLongLong();
    };
    REQUIRE(execSql(db, QStringLiteral("INSERT INTO settlement_results (period, claim_no, line_no, person_no, "
                                       "institution_code, claimed_fen, allowed_fen, deducted_fen, fund_fen, personal_fen, "
                                       "deposit_fen, declared_days, paid_days, reasons, policy, run_id) VALUES ('2025-06', "
                                       "'C-V1', 1, 'P1', 'I1', 100, 100, 0, 100, 0, 0, 1, 1, '', NULL, 1)")));
    const qint64 inserted = version();
    CHECK(inserted > 0);
    REQUIRE(execSql(db, QStringLiteral("UPDATE settlement_results SET reasons = 'R01' WHERE claim_no = 'C-V1'")));
    const qint64 updated = version();
    CHECK(updated > inserted);
    CHECK(updated == scalarSql(db, QStringLiteral("SELECT last_value FROM %1").arg(server::versionSequence())).toLongLong());
    REQUIRE(execSql(db, QStringLiteral("UPDATE settlement_results SET reasons = 'R02', %1 = ? WHERE claim_no = 'C-V1'")
                            .arg(server::rowVersionColumn()),
                    {updated + 1}));
    CHECK(version() == updated + 1);
}
