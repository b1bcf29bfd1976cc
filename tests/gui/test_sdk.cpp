// The toolkit a module's screens are built on (app/sdk/) and what the shell gives them: reads
// that cannot write (on the UI thread and on a worker), the lazy SQL page model over a query
// description, the import flow over the kinds a module declares, actions placed by name, and the
// common formats.
#include <catch2/catch.hpp>

#include "actionplaces.h"
#include "database/dbtestsupport.h"
#include "demodata.h"
#include "readonlyconnections.h"
#include "sdk/format.h"
#include "sdk/importflow.h"
#include "sdk/modulecontext.h"
#include "sdk/scriptedanswers.h"
#include "sdk/sqlpagemodel.h"
#include "shellcontext.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QToolBar>
#include <QToolButton>

using namespace ltc;
using ltctest::str;

namespace {

// A screen is handed no writable connection: ModuleContext has no database() to call.
template<typename T>
concept HandsOutDatabase = requires(T &context) { context.database(); };
static_assert(!HandsOutDatabase<ModuleContext>);

// A small demo district: persons, institutions, one month of claims.
struct SdkDemo {
    ltctest::TempStore store;

    SdkDemo()
    {
        DemoOptions options;
        options.persons = 60;
        options.months = 1;
        QString error;
        INFO(str(error));
        REQUIRE(buildDemo(*store.store, options, &error));
    }
    qint64 scalar(const QString &sql, const QVariantList &params = {})
    {
        return store.scalar(sql, params).toLongLong();
    }
};

// The error of running `sql` on `db`; empty when it ran.
QString failureOf(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? QString() : query.lastError().text();
}

// Statements that would change the file, each of which must fail on a read connection.
const QStringList kWrites{
    QStringLiteral("INSERT INTO local_meta (key, value) VALUES ('screen', 'wrote')"),
    QStringLiteral("UPDATE persons SET name = 'x'"),
    QStringLiteral("DELETE FROM persons"),
    QStringLiteral("CREATE TABLE screen_table (a INTEGER)"),
    QStringLiteral("DROP TABLE persons"),
};

// Runs every write on `db` (and one through a database ATTACHed to it: SQLite opens an attached
// file with the connection's flags) and returns the errors, one per statement. Catch2 checks only
// on the test's own thread, so a worker hands these back.
QStringList writeErrors(QSqlDatabase &db, const QString &path)
{
    QStringList errors;
    for (const QString &sql : kWrites)
        errors << failureOf(db, sql);
    if (!failureOf(db, QStringLiteral("ATTACH DATABASE '%1' AS again").arg(path)).isEmpty())
        return errors << QStringLiteral("cannot attach");
    errors << failureOf(db, QStringLiteral("DELETE FROM again.persons"));
    failureOf(db, QStringLiteral("DETACH DATABASE again"));
    return errors;
}

void checkAllRefused(const QStringList &errors)
{
    REQUIRE(errors.size() == kWrites.size() + 1);
    for (const QString &error : errors) {
        INFO(str(error));
        CHECK(error.contains(QStringLiteral("readonly")));
    }
}

} // namespace

TEST_CASE("what a screen reads through cannot write, on the UI thread or a worker", "[gui][sdk]")
{
    SdkDemo demo;
    ShellContext context(*demo.store.store, ltctest::admin());
    const ReadAccess &reads = context;
    const QStringList before = ltctest::dumpAll(demo.store.db());
    QSqlDatabase db = reads.readConnection();
    REQUIRE(db.isOpen());
    CHECK(ltc::scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM persons")).toLongLong() == 60);

    checkAllRefused(writeErrors(db, demo.store.path));
    // A thread of its own: a pool's task waited for may run on the waiting thread instead.
    QString workerName;
    QStringList workerErrors;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QSqlDatabase own = reads.readConnection();  // the worker's own
        workerName = own.connectionName();
        workerErrors = writeErrors(own, demo.store.path);
    }));
    worker->start();
    REQUIRE(worker->wait(30000));
    CHECK(workerName != db.connectionName());
    checkAllRefused(workerErrors);
    CHECK(ltctest::dumpAll(demo.store.db()) == before);

    SECTION("a TEMP table, the screen's own working set, still works")
    {
        CHECK(failureOf(db, QStringLiteral("CREATE TEMP TABLE picked (person_no TEXT)")).isEmpty());
        CHECK(failureOf(db, QStringLiteral("INSERT INTO picked SELECT person_no FROM persons LIMIT 3")).isEmpty());
        CHECK(ltc::scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM temp.picked")).toLongLong() == 3);
    }
    SECTION("a change through a command is what the next read sees")
    {
        const QString personNo =
            ltc::scalarSql(db, QStringLiteral("SELECT MIN(person_no) FROM persons")).toString();
        const CommandOutcome outcome = context.execute(
            QStringLiteral("person.update_contact"),
            {{QStringLiteral("person_no"), personNo}, {QStringLiteral("phone"), QStringLiteral("0577-88886666")}});
        INFO(str(outcome.error ? outcome.error->message : QString()));
        REQUIRE(outcome.ok());
        CHECK(ltc::scalarSql(db, QStringLiteral("SELECT phone FROM persons WHERE person_no = ?"), {personNo}).toString()
              == QStringLiteral("0577-88886666"));
    }
}

TEST_CASE("the SQL page model lists a query description a page at a time and counts off the UI thread",
          "[gui][sdk]")
{
    SdkDemo demo;
    ReadOnlyConnections reads(demo.store.path);
    sdk::SqlPageQuery query;
    query.from = QStringLiteral("persons p");
    query.where = QStringLiteral("p.district = ?");
    query.bindings = {QStringLiteral("330302")};
    query.columns = {{QStringLiteral("No."), QStringLiteral("p.person_no"), {}},
                     {QStringLiteral("Name"), QStringLiteral("p.name"), {}},
                     {QStringLiteral("Born"), QStringLiteral("p.birth_date"), {}, Qt::AlignRight | Qt::AlignVCenter}};
    query.tieBreak = QStringLiteral("p.person_no");
    const qint64 all = demo.scalar(QStringLiteral("SELECT COUNT(*) FROM persons WHERE district = '330302'"));
    REQUIRE(all > 20);

    sdk::SqlPageModel model(reads);
    model.setPageSize(7);
    QSignalSpy totals(&model, &sdk::SqlPageModel::totalChanged);
    model.setQuery(query);
    CHECK(model.rowCount() == 7);  // the first page is there at once
    CHECK(model.columnCount() == 3);
    CHECK(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("Name"));
    CHECK(model.data(model.index(0, 2), Qt::TextAlignmentRole).toInt() == int(Qt::AlignRight | Qt::AlignVCenter));
    model.waitForCount();
    CHECK(model.totalCount() == all);
    REQUIRE(totals.size() >= 2);
    CHECK(totals.first().at(0).toLongLong() == -1);  // "counting" was announced first

    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 14);
    QSqlDatabase db = demo.store.db();
    QSqlQuery expected = querySql(db, QStringLiteral("SELECT person_no FROM persons WHERE district = '330302' ORDER BY "
                                                     "person_no LIMIT 14"));
    for (int row = 0; expected.next(); ++row)
        CHECK(model.index(row, 0).data().toString() == expected.value(0).toString());
    model.refresh();  // after a change: the rows fetched so far stay fetched
    CHECK(model.rowCount() == 14);

    SECTION("sorted by a column, ties in key order")
    {
        model.sort(2, Qt::DescendingOrder);
        CHECK(model.rowCount() == 7);
        CHECK(model.index(0, 2).data().toString()
              == demo.store.scalar(QStringLiteral("SELECT MAX(birth_date) FROM persons WHERE district = '330302'")).toString());
        CHECK(model.index(0, 2).data().toString() >= model.index(1, 2).data().toString());
    }
    SECTION("a count overtaken by a new query is dropped")
    {
        sdk::SqlPageQuery nobody = query;
        nobody.where += QStringLiteral(" AND p.name = ?");
        nobody.bindings << QStringLiteral("NO-SUCH-PERSON");
        model.setQuery(query);
        model.setQuery(nobody);  // before the first count is in
        model.waitForCount();
        CHECK(model.totalCount() == 0);
        QTest::qWait(50);  // let the first count's queued result arrive: it is dropped
        CHECK(model.totalCount() == 0);
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.canFetchMore({}));
    }
    SECTION("a bad query leaves no rows and says why")
    {
        query.where = QStringLiteral("no_such_column = 1");
        model.setQuery(query);
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.lastError().isEmpty());
    }
}

TEST_CASE("the import flow offers the kinds a module declares that the user may import", "[gui][sdk][import]")
{
    SdkDemo demo;
    ShellContext context(*demo.store.store, ltctest::handler());
    QWidget window;
    auto prompts = std::make_shared<sdk::ScriptedAnswers<>>();
    const QList<sdk::ImportKind> kinds{{QStringLiteral("persons"), QStringLiteral("People…")},
                                       {QStringLiteral("claims"), QStringLiteral("Claims…")},
                                       {QStringLiteral("no-such-kind"), QStringLiteral("Nothing…")}};
    sdk::ImportFlow flow(context, &window, kinds, prompts);
    // A handler may import persons, not claims; a kind without an ImportSpec is never offered.
    const QList<ModuleAction> placed = flow.menuActions();
    REQUIRE(placed.size() == 1);
    CHECK(placed.first().place == places::FileImport);
    CHECK(placed.first().action->text() == QStringLiteral("People…"));
    CHECK(placed.first().action->objectName() == QStringLiteral("import-persons"));
    CHECK(placed.first().action->toolTip().contains(QStringLiteral("person_no, id_number")));  // from its ImportSpec
    CHECK(flow.kindTitle(QStringLiteral("claims")) == QStringLiteral("Claims…"));

    prompts->openAnswer.clear();  // the user cancels the file dialog
    CHECK_FALSE(flow.chooseAndImport(QStringLiteral("persons")).has_value());
    CHECK_FALSE(prompts->shownImport.has_value());
}

TEST_CASE("modules' actions land where they name, one group per module", "[gui][sdk]")
{
    QMainWindow window;
    auto action = [&window](const QString &name) {
        auto *made = new QAction(name, &window);
        made->setObjectName(name);
        return made;
    };
    ActionPlaces placed;
    placed.add({{places::ToolBar, action(QStringLiteral("a-tool"))},
                {places::Tools, action(QStringLiteral("a-check"))},
                {places::ToolBar, action(QStringLiteral("a-tool-2"))},
                {places::FileExport, action(QStringLiteral("a-export"))}});
    placed.add({{places::ToolBar, action(QStringLiteral("b-tool"))},
                {places::Navigation, action(QStringLiteral("b-open"))},
                {QStringLiteral("nowhere"), action(QStringLiteral("b-lost"))},
                {places::Tools, nullptr}});

    auto names = [](const QList<QAction *> &actions) {
        QStringList list;
        for (QAction *a : actions)
            list << (a->isSeparator() ? QStringLiteral("|") : a->objectName());
        return list;
    };
    CHECK(placed.takeMenu(places::FileImport, QStringLiteral("Import"), QStringLiteral("importMenu"), &window) == nullptr);
    QToolBar *bar = placed.takeToolBar(places::ToolBar, QStringLiteral("Tools"), QStringLiteral("moduleToolBar"), &window);
    REQUIRE(bar);
    CHECK(names(bar->actions())
          == QStringList{QStringLiteral("a-tool"), QStringLiteral("a-tool-2"), QStringLiteral("|"), QStringLiteral("b-tool")});
    QMenu *tools = placed.takeMenu(places::Tools, QStringLiteral("Tools"), QStringLiteral("toolsMenu"), &window);
    REQUIRE(tools);
    CHECK(tools->objectName() == QStringLiteral("toolsMenu"));
    CHECK(names(tools->actions()) == QStringList{QStringLiteral("a-check")});
    QMenu *exports = placed.takeMenu(places::FileExport, QStringLiteral("Export"), QStringLiteral("exportMenu"), &window);
    REQUIRE(exports);
    CHECK(names(exports->actions()) == QStringList{QStringLiteral("a-export")});
    QWidget *buttons = placed.takeButtons(places::Navigation, QStringLiteral("navigationActions"), &window);
    REQUIRE(buttons);
    const QList<QToolButton *> shown = buttons->findChildren<QToolButton *>();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first()->defaultAction()->objectName() == QStringLiteral("b-open"));
    CHECK(placed.untaken() == QStringList{QStringLiteral("nowhere")});
}

TEST_CASE("screens write amounts, dates and IDs one way", "[gui][sdk]")
{
    CHECK(sdk::yuan(123450) == QStringLiteral("1,234.50"));
    CHECK(sdk::signedYuan(1200) == QStringLiteral("+12.00"));
    CHECK(sdk::signedYuan(-1200) == QStringLiteral("-12.00"));
    CHECK(sdk::signedYuan(0) == QStringLiteral("0.00"));
    CHECK(sdk::day(QDate(2026, 10, 1)) == QStringLiteral("2026-10-01"));
    CHECK(sdk::day({}).isEmpty());
    CHECK(sdk::maskedId(QStringLiteral("11010119491001123X")) == QStringLiteral("110101********123X"));
    CHECK(sdk::maskedId(QStringLiteral("P12345")) == QStringLiteral("**2345"));
}
