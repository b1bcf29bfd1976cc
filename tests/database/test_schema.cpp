// Each module's schema on its own: versions per module, migrations ordered by what a module says
// it depends on, the PostgreSQL form made by default, and the versions client and server compare.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"

#include "domainregistry.h"
#include "migrations.h"
#include "sql.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace ltc;
using ltctest::str;

namespace {
Migration step(const QString &module, int version, const QStringList &statements)
{
    Migration migration{module, version, QStringLiteral("%1 step %2").arg(module).arg(version), statements, {}, {}};
    return migration;
}

DomainModule moduleWith(const QString &id, const QStringList &dependsOn, const QList<Migration> &migrations)
{
    DomainModule module;
    module.id = id;
    module.title = id;
    module.dependsOn = dependsOn;
    module.migrations = migrations;
    return module;
}

QStringList order(const QList<Migration> &migrations)
{
    QStringList names;
    for (const Migration &migration : migrations)
        names << QStringLiteral("%1/%2").arg(migration.module).arg(migration.version);
    return names;
}

// A throw-away SQLite connection of its own name.
struct ScratchDb {
    QTemporaryDir dir;
    QString name = QStringLiteral("schema-test-%1").arg(quintptr(this));
    QSqlDatabase db;
    ScratchDb()
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("s.sqlite")));
        REQUIRE(db.open());
    }
    ~ScratchDb()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};
} // namespace

TEST_CASE("schema: a module's migrations run after those of the modules it depends on, whatever the order of "
          "registration", "[schema]")
{
    DomainRegistry registry;
    registry.add(moduleWith(QStringLiteral("core"), {}, {step(QStringLiteral("core"), 1, {QStringLiteral("CREATE TABLE c (x INTEGER)")})}));
    // "visits" is registered (and navigated) before "places", but its second step fills a table
    // that "places" creates.
    registry.add(moduleWith(QStringLiteral("visits"), {QStringLiteral("places")},
                            {step(QStringLiteral("visits"), 1, {QStringLiteral("CREATE TABLE v (place TEXT)")}),
                             step(QStringLiteral("visits"), 2, {QStringLiteral("INSERT INTO p (code) VALUES ('A1')")})}));
    registry.add(moduleWith(QStringLiteral("places"), {}, {step(QStringLiteral("places"), 1, {QStringLiteral("CREATE TABLE p (code TEXT)")})}));
    registry.add(moduleWith(QStringLiteral("reports"), {}, {step(QStringLiteral("reports"), 1, {QStringLiteral("CREATE TABLE r (x TEXT)")})}));

    CHECK(registry.problem().isEmpty());
    CHECK(order(registry.migrations())
          == QStringList{QStringLiteral("core/1"), QStringLiteral("places/1"), QStringLiteral("visits/1"),
                         QStringLiteral("visits/2"), QStringLiteral("reports/1")});
    ScratchDb scratch;
    QString error;
    REQUIRE(MigrationRunner::migrate(scratch.db, registry.migrations(), SqlDialect::Sqlite, &error));
    CHECK(scalarSql(scratch.db, QStringLiteral("SELECT code FROM p")).toString() == QStringLiteral("A1"));
    CHECK(MigrationRunner::appliedVersion(scratch.db, QStringLiteral("visits")) == 2);

    SECTION("each module has its own version; the schema number is their sum")
    {
        const SchemaVersions versions = registry.schemaVersions();
        CHECK(versions == SchemaVersions{{QStringLiteral("core"), 1}, {QStringLiteral("places"), 1},
                                         {QStringLiteral("visits"), 2}, {QStringLiteral("reports"), 1}});
        CHECK(MigrationRunner::schemaNumber(registry.migrations()) == 5);
    }
}

TEST_CASE("schema: a registration that cannot be ordered or numbered is refused with the reason", "[schema]")
{
    DomainRegistry registry;
    registry.add(moduleWith(QStringLiteral("core"), {}, {step(QStringLiteral("core"), 1, {})}));

    SECTION("a dependency on a module that is not registered")
    {
        registry.add(moduleWith(QStringLiteral("visits"), {QStringLiteral("places")}, {}));
        CHECK(str(registry.problem()) == "module visits depends on places, which is not registered");
    }
    SECTION("two modules depending on each other")
    {
        registry.add(moduleWith(QStringLiteral("a"), {QStringLiteral("b")}, {}));
        registry.add(moduleWith(QStringLiteral("b"), {QStringLiteral("a")}, {}));
        CHECK(str(registry.problem()) == "the modules a → b → a depend on each other");
    }
    SECTION("a gap in a module's numbers")
    {
        registry.add(moduleWith(QStringLiteral("a"), {}, {step(QStringLiteral("a"), 1, {}), step(QStringLiteral("a"), 3, {})}));
        CHECK(str(registry.problem()) == "migration a/3 (a step 3) comes where a/2 should");
    }
    SECTION("an import into a table no module declares (its rows' district would go unchecked)")
    {
        DomainModule module = moduleWith(QStringLiteral("a"), {}, {});
        ImportSpec spec;
        spec.kind = QStringLiteral("visits");
        spec.upsertSql = QStringLiteral("INSERT INTO visits (id) VALUES (?)");
        module.imports << spec;
        registry.add(module);
        CHECK(str(registry.problem()) == "import visits writes visits, which no module declares");
    }
    SECTION("a migration labelled with another module's name")
    {
        registry.add(moduleWith(QStringLiteral("a"), {}, {step(QStringLiteral("b"), 1, {})}));
        CHECK(str(registry.problem()) == "module a brings migration b/1");
    }
}

TEST_CASE("schema: the built-in modules register in an order their dependencies allow, numbered without gaps",
          "[schema]")
{
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    INFO(str(registry.problem()));
    CHECK(registry.problem().isEmpty());
    CHECK(registry.migrations().first().module == QStringLiteral("core"));
    const SchemaVersions versions = registry.schemaVersions();
    CHECK(versions.value(QStringLiteral("core")) >= 4);
    CHECK(versions.value(QStringLiteral("settlements")) >= 5);
}

TEST_CASE("schema: PostgreSQL runs 64-bit integers unless a migration writes its own form", "[schema]")
{
    const Migration plain = step(QStringLiteral("m"), 1,
                                 {QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, fen INTEGER NOT NULL, "
                                                 "note TEXT)")});
    CHECK(MigrationRunner::statementsFor(plain, SqlDialect::Sqlite) == plain.statements);
    CHECK(MigrationRunner::statementsFor(plain, SqlDialect::Postgres)
          == QStringList{QStringLiteral("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, fen BIGINT NOT NULL, note TEXT)")});
    Migration own = plain;
    own.postgresStatements = {QStringLiteral("CREATE TABLE t (id BIGINT, fen BIGINT, note JSONB)")};
    CHECK(MigrationRunner::statementsFor(own, SqlDialect::Postgres) == own.postgresStatements);
}

TEST_CASE("schema: a server serves a client whose every module is at its version or the one before", "[schema]")
{
    const SchemaVersions server{{QStringLiteral("core"), 4}, {QStringLiteral("settlements"), 5}};
    CHECK(schemaMismatch(server, server).isEmpty());
    CHECK(schemaMismatch(server, {{QStringLiteral("core"), 3}, {QStringLiteral("settlements"), 4}}).isEmpty());
    CHECK(str(schemaMismatch(server, {{QStringLiteral("core"), 4}, {QStringLiteral("settlements"), 3}}))
          == "this server serves module settlements at schema 4 and 5, not 3: update LTC Desk");
    CHECK(str(schemaMismatch(server, {{QStringLiteral("core"), 5}, {QStringLiteral("settlements"), 5}}))
          == "this server's module core (schema 4) is older than LTC Desk's (5): it needs an upgrade");
    CHECK(str(schemaMismatch(server, {{QStringLiteral("core"), 4}}))
          == "LTC Desk has no module settlements (schema 5 on this server): update LTC Desk");
    CHECK(str(schemaMismatch(server, {{QStringLiteral("core"), 4}, {QStringLiteral("settlements"), 5},
                                      {QStringLiteral("visits"), 1}}))
          == "this server has no module visits: it needs an upgrade");

    SECTION("the versions travel in a query string as module:version pairs")
    {
        CHECK(str(schemaVersionsText(server)) == "core:4,settlements:5");
        CHECK(parseSchemaVersions(QStringLiteral("core:4,settlements:5")) == server);
        CHECK_FALSE(parseSchemaVersions(QStringLiteral("core:4,core:5")));
        CHECK_FALSE(parseSchemaVersions(QStringLiteral("core=4")));
        CHECK_FALSE(parseSchemaVersions(QStringLiteral("Core:4")));
        CHECK_FALSE(parseSchemaVersions(QString()));
    }
}
