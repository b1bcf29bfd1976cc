// A module's command line through its registration alone (cliverbs.h, app/cli/moduleverbs.h):
// a test-only module's verb is dispatched with its options, and its worklist is printed as CSV
// (RFC 4180) and JSON (keys in column order) without ltcctl knowing the module.
#include <catch2/catch.hpp>

#include "database/dbtestsupport.h"

#include "cli/moduleverbs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ltc;
using ltctest::str;

namespace {

// What the probe's verb saw, to check what the dispatch handed it.
struct Seen {
    QStringList args;
    QString word;
    QString storePath;
};

// A module that exists only in this test: one verb and one worklist.
DomainModule probeModule(Seen &seen)
{
    DomainModule module;
    module.id = QStringLiteral("probe");
    module.title = QStringLiteral("Probe");
    WorklistSpec worklist;
    worklist.name = QStringLiteral("probes");
    worklist.summary = QStringLiteral("rows that need quoting");
    worklist.columns = {QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("note")};
    worklist.filters = {{QStringLiteral("kind"), QStringLiteral("K"), QStringLiteral("only this kind"), false}};
    worklist.check = [](const WorklistFilters &filters) {
        return filters.value(QStringLiteral("kind")) == QStringLiteral("bad") ? QStringList{QStringLiteral("--kind: bad")}
                                                                               : QStringList{};
    };
    worklist.rows = [](QSqlDatabase &, const WorklistFilters &filters, const WorklistSink &row, QString *) {
        if (filters.value(QStringLiteral("kind")) == QStringLiteral("none"))
            return true;
        return row({QStringLiteral("欧阳,娜娜"), 3, QStringLiteral("said \"yes\"\nthen left")})
               && row({QStringLiteral("plain"), 0, QVariant()});
    };
    module.worklists = {worklist};
    CliVerb verb;
    verb.name = QStringLiteral("probe");
    verb.usage = {QStringLiteral("probe THING [--word W]   try the dispatch")};
    verb.summary = QStringLiteral("the probe's verb");
    verb.options = {{QStringLiteral("word"), QStringLiteral("probe: a word."), QStringLiteral("W")},
                    {QStringLiteral("format"), QStringLiteral("probe: its own format."), QStringLiteral("F")}};
    verb.run = [&seen](LocalStore &store, const QStringList &args, const QCommandLineParser &options) {
        seen.args = args;
        seen.word = options.value(QStringLiteral("word"));
        seen.storePath = store.database().path();
        return 7;
    };
    module.verbs = {verb};
    return module;
}

QString printed(QSqlDatabase &db, const WorklistSpec &worklist, WorklistFormat format, const WorklistFilters &filters = {})
{
    QString text;
    QTextStream out(&text);
    QString error;
    REQUIRE(printWorklist(db, worklist, filters, format, out, &error));
    return text;
}

} // namespace

TEST_CASE("module verbs: a test module's verb is dispatched with its options", "[ctl][moduleverbs]")
{
    Seen seen;
    DomainRegistry registry;
    registerBuiltinDomains(registry);
    registry.add(probeModule(seen));
    CHECK(!registry.addVerbs(QStringLiteral("no-such-module"), {}));
    ltctest::TempStore s;

    const QList<QCommandLineOption> options =
        commandLineOptions({{QStringLiteral("format"), QStringLiteral("list: csv or json."), QStringLiteral("F")}}, registry);
    QStringList names;
    for (const QCommandLineOption &option : options)
        names << option.names().first();
    CHECK(names.count(QStringLiteral("format")) == 1);  // declared twice, offered once
    CHECK(names.contains(QStringLiteral("word")));
    CHECK(names.contains(QStringLiteral("kind")));  // the worklist's filter
    const QCommandLineOption format = options.at(int(names.indexOf(QStringLiteral("format"))));
    CHECK(format.description().contains(QStringLiteral("list: csv or json.")));
    CHECK(format.description().contains(QStringLiteral("probe: its own format.")));

    QCommandLineParser parser;
    parser.addOptions(options);
    REQUIRE(parser.parse({QStringLiteral("ltcctl"), QStringLiteral("probe"), QStringLiteral("thing"),
                          QStringLiteral("--word"), QStringLiteral("hello")}));
    const std::optional<int> code = runModuleVerb(registry, *s.store, parser.positionalArguments(), parser);
    REQUIRE(code.has_value());
    CHECK(*code == 7);
    CHECK(seen.args == QStringList{QStringLiteral("probe"), QStringLiteral("thing")});
    CHECK(str(seen.word) == "hello");
    CHECK(str(seen.storePath) == str(s.path));
    CHECK(!runModuleVerb(registry, *s.store, {QStringLiteral("nothing-registered")}, parser).has_value());

    CHECK(moduleUsageLines(registry).contains(QStringLiteral("  probe THING [--word W]   try the dispatch")));
    const QString help = moduleHelp(registry);
    CHECK(help.contains(QStringLiteral("the probe's verb")));
    CHECK(help.contains(QStringLiteral("probes")));
    CHECK(help.contains(QStringLiteral("[--kind K] (only this kind)")));
    CHECK(help.contains(QStringLiteral("columns: name, count, note")));
}

TEST_CASE("module verbs: a worklist prints as RFC 4180 CSV and as JSON in column order", "[ctl][moduleverbs]")
{
    Seen seen;
    const DomainModule module = probeModule(seen);
    const WorklistSpec &worklist = module.worklists.first();
    ltctest::TempStore s;
    QSqlDatabase db = s.db();

    CHECK(str(printed(db, worklist, WorklistFormat::Csv)) == "name,count,note\n"
                                                             "\"欧阳,娜娜\",3,\"said \"\"yes\"\"\nthen left\"\n"
                                                             "plain,0,\n");
    const QString json = printed(db, worklist, WorklistFormat::Json);
    CHECK(json.contains(QStringLiteral("{\"name\":\"plain\",\"count\":0,\"note\":null}")));  // keys in column order
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    INFO(str(json));
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray rows = document.array();
    REQUIRE(rows.size() == 2);
    CHECK(str(rows.at(0).toObject().value(QStringLiteral("name")).toString()) == "欧阳,娜娜");
    CHECK(rows.at(0).toObject().value(QStringLiteral("count")).toInt() == 3);
    CHECK(str(rows.at(0).toObject().value(QStringLiteral("note")).toString()) == "said \"yes\"\nthen left");
    CHECK(rows.at(1).toObject().value(QStringLiteral("note")).isNull());

    // No rows: the header alone, an empty array.
    const WorklistFilters none{{QStringLiteral("kind"), QStringLiteral("none")}};
    CHECK(str(printed(db, worklist, WorklistFormat::Csv, none)) == "name,count,note\n");
    CHECK(str(printed(db, worklist, WorklistFormat::Json, none)) == "[]\n");
    CHECK(QJsonDocument::fromJson(printed(db, worklist, WorklistFormat::Json, none).toUtf8()).array().isEmpty());
}
