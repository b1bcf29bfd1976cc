// The proof of the module toolkit (issue 9): the test module inspections (tests/modules/inspections,
// 稽核), built only in the tests, is its folder plus a word in LTC_TEST_MODULES, and runs like a
// product module — its table, command, import and worklist in the store, its page and its File
// actions in the shell, its verbs in ltcctl_probe — while the product ltcctl knows nothing of it.
// (Its way through ltcserver_probe and PostgreSQL: tests/server/test_test_module.cpp.)
#include <catch2/catch.hpp>

#include "ctl/ctlrun.h"
#include "inspections/ui/inspectionsmodule.h"
#include "inspections/ui/inspectionspage.h"
#include "localstore.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "sdk/scriptedanswers.h"
#include "sdk/sqlpagemodel.h"
#include "shellcontext.h"
#include "sql.h"
#include "translations.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenu>
#include <QPluginLoader>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ltc;
using ltc::test::Ctl;
using ltc::test::Run;
using ltc::test::str;

namespace {

const QString kInspectionsHeader = QStringLiteral("id,institution_code,institution_name,inspected_on,finding,note,inspector");

UserIdentity identity(const QString &name, const QStringList &roles, const QString &district)
{
    return UserIdentity{name, name, name, roles, district};
}

UserIdentity admin() { return identity(QStringLiteral("admin"), {QStringLiteral("admin")}, QStringLiteral("330302")); }
// The local batch operator of ltcctl: every role, every district.
UserIdentity batchOperator() { return identity(QStringLiteral("ltcctl:test"), allRoleIds(), kAllDistricts); }

// One institution of 330302 and one of 330303.
QByteArray institutionsCsv()
{
    return "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
           "I-IN01,鹿城护理院,CARE,2,HOME|INST,2024-01-01,2027-12-31,330302\n"
           "I-IN02,龙湾护理院,CARE,1,HOME,2024-01-01,2027-12-31,330303\n";
}

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QJsonObject inspectionArgs(const QString &id, const QString &institution, const QString &finding)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("institution_code"), institution},
                       {QStringLiteral("inspected_on"), QStringLiteral("2026-11-20")},
                       {QStringLiteral("finding"), finding},
                       {QStringLiteral("note"), QStringLiteral("护理记录不全")}};
}

QString argsText(const QJsonObject &args) { return QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)); }

// A store of its own with the two institutions (of two districts), imported by the batch operator.
struct ModuleStore {
    QTemporaryDir dir;
    LocalStore store{dir.filePath(QStringLiteral("ltc.sqlite"))};

    ModuleStore()
    {
        QString error;
        const bool opened = store.open(&error);
        INFO(str(error));
        REQUIRE(opened);
        const ImportReport institutions = import(batchOperator(), QStringLiteral("institutions"), institutionsCsv());
        INFO(str(institutions.failure + institutions.issues.formatErrors(QStringLiteral("institutions.csv")).join(QLatin1Char('\n'))));
        REQUIRE(institutions.ok());
    }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return path;
    }
    ImportReport import(const UserIdentity &user, const QString &kind, const QByteArray &csv)
    {
        return store.importer().importFile(user, kind, file(kind + QStringLiteral(".csv"), csv));
    }
    qint64 count(const QString &sql)
    {
        QSqlDatabase db = store.database().connection();
        return scalarSql(db, sql).toLongLong();
    }
};

InspectionsModule *inspectionsPlugin()
{
    for (QObject *instance : QPluginLoader::staticInstances()) {
        if (auto *plugin = qobject_cast<InspectionsModule *>(instance))
            return plugin;
    }
    return nullptr;
}

ModuleRegistry &initialized(ModuleRegistry &modules, ModuleContext &context)
{
    modules.initialize(context);
    return modules;
}

// Waits (briefly) for what a worker thread's import tells the page through queued signals.
void waitForRows(const sdk::SqlPageModel &model, int rows)
{
    for (int i = 0; i < 100 && model.rowCount() != rows; ++i)
        QTest::qWait(20);
}

QStringList lines(const QString &text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

} // namespace

TEST_CASE("the inspections test module declares its table, command, import and worklist beside the products' modules",
          "[inspections][module]")
{
    LocalStore store(QStringLiteral(":memory:"));  // the registry needs no database
    const DomainRegistry &registry = store.registry();
    REQUIRE(registry.module(QStringLiteral("inspections")) != nullptr);
    CHECK(registry.modules().last().id == QStringLiteral("inspections"));  // after LTC_MODULES

    const TableDecl *table = registry.table(QStringLiteral("inspections"));
    REQUIRE(table != nullptr);
    CHECK(table->synced());
    CHECK(table->scope.kind == TableScope::Kind::Parent);  // the inspected institution's district
    CHECK(table->scope.parentTable == QStringLiteral("institutions"));
    CHECK(registry.syncedTables().contains(QStringLiteral("inspections")));

    const CommandSpec *record = registry.command(QStringLiteral("inspection.record"));
    REQUIRE(record != nullptr);
    CHECK(record->module == QStringLiteral("inspections"));
    CHECK(record->roles == QStringList{QStringLiteral("inspector"), QStringLiteral("admin")});
    CHECK(registry.importKinds().contains(QStringLiteral("inspections")));
    CHECK(registry.command(QStringLiteral("import.inspections")) != nullptr);  // an import is a command too
    const WorklistSpec *worklist = registry.worklist(QStringLiteral("inspections"));
    REQUIRE(worklist != nullptr);
    CHECK(worklist->columns.join(QLatin1Char(',')) == kInspectionsHeader);
}

TEST_CASE("inspection.record checks every argument, the institution and its district, and names the field",
          "[inspections][module]")
{
    ModuleStore s;
    CommandBus &commands = s.store.commands();
    const int pending = commands.pendingCount();
    const QString id = newId();

    const CommandOutcome recorded = commands.execute(admin(), QStringLiteral("inspection.record"),
                                                     inspectionArgs(id, QStringLiteral("I-IN01"), QStringLiteral("VIOLATION")));
    INFO(str(recorded.error ? recorded.error->message : QString()));
    REQUIRE(recorded.ok());
    CHECK(s.count(QStringLiteral("SELECT COUNT(*) FROM inspections WHERE id = '%1' AND inspector = 'admin' AND finding = "
                                 "'VIOLATION'")
                      .arg(id))
          == 1);
    CHECK(commands.pendingCount() == pending + 1);  // queued for the server
    CHECK(s.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'inspection.record'")) == 1);

    const auto refusal = [&commands](const QJsonObject &args, const UserIdentity &user = admin()) {
        const CommandOutcome outcome = commands.execute(user, QStringLiteral("inspection.record"), args);
        REQUIRE_FALSE(outcome.ok());
        return *outcome.error;
    };
    const CommandError badFinding = refusal(inspectionArgs(newId(), QStringLiteral("I-IN01"), QStringLiteral("GOOD")));
    CHECK(badFinding.code == QStringLiteral("invalid"));
    CHECK(str(badFinding.message) == "finding: 'GOOD' is not one of PASS, DEFECTS, VIOLATION");
    {
        const ScopedTranslation chinese(QStringLiteral("zh_CN"));
        const CommandError inChinese = refusal(inspectionArgs(newId(), QStringLiteral("I-IN01"), QStringLiteral("GOOD")));
        CHECK(inChinese.message.startsWith(QStringLiteral("finding: “GOOD”不是以下之一")));
    }
    QJsonObject noDate = inspectionArgs(QStringLiteral("not-a-uuid"), QStringLiteral("I-IN01"), QStringLiteral("PASS"));
    noDate.insert(QStringLiteral("inspected_on"), QStringLiteral("2026-13-01"));
    const CommandError twoFields = refusal(noDate);
    CHECK(twoFields.code == QStringLiteral("invalid"));
    CHECK(twoFields.message.contains(QStringLiteral("id: 'not-a-uuid' is not a UUID")));
    CHECK(twoFields.message.contains(QStringLiteral("inspected_on: ")));
    CHECK(refusal(inspectionArgs(newId(), QStringLiteral("I-NONE"), QStringLiteral("PASS"))).code == QStringLiteral("not_found"));
    CHECK(refusal(inspectionArgs(newId(), QStringLiteral("I-IN02"), QStringLiteral("PASS"))).code == QStringLiteral("forbidden"));
    CHECK(refusal(inspectionArgs(id, QStringLiteral("I-IN01"), QStringLiteral("PASS"))).code == QStringLiteral("conflict"));
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")}, QStringLiteral("330302"));
    CHECK(refusal(inspectionArgs(newId(), QStringLiteral("I-IN01"), QStringLiteral("PASS")), handler).code
          == QStringLiteral("forbidden"));
    CHECK(s.count(QStringLiteral("SELECT COUNT(*) FROM inspections")) == 1);
    CHECK(commands.pendingCount() == pending + 1);
}

TEST_CASE("the inspections module in the shell: its navigation entry and page, its import and export in the File menu",
          "[inspections][gui]")
{
    ModuleStore s;
    InspectionsModule *plugin = inspectionsPlugin();
    REQUIRE(plugin != nullptr);
    auto prompts = std::make_shared<sdk::ScriptedAnswers<>>();
    plugin->setPrompts(prompts);  // before the window asks for the actions

    ShellContext context(s.store, admin());
    ModuleRegistry modules(s.store.registry());
    MainWindow window(context, initialized(modules, context));
    REQUIRE(window.navigationIds().contains(QStringLiteral("inspections")));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    REQUIRE(navigation != nullptr);
    const QListWidgetItem *entry = navigation->item(int(window.navigationIds().indexOf(QStringLiteral("inspections"))));
    CHECK(entry->text() == QStringLiteral("Inspections"));
    CHECK_FALSE(entry->icon().isNull());  // from the module's own resources
    CHECK(QFile::exists(QStringLiteral(":/icons/inspections.svg")));

    window.openModule(QStringLiteral("inspections"));
    auto *page = qobject_cast<inspection::ui::InspectionsPage *>(window.currentModuleWidget());
    REQUIRE(page != nullptr);
    CHECK(page->model().rowCount() == 0);

    // A command through the context: the page lists it after the change.
    const QString id = newId();
    REQUIRE(context.execute(QStringLiteral("inspection.record"),
                            inspectionArgs(id, QStringLiteral("I-IN01"), QStringLiteral("DEFECTS")))
                .ok());
    waitForRows(page->model(), 1);
    REQUIRE(page->model().rowCount() == 1);
    CHECK(page->model().data(page->model().index(0, 2), Qt::DisplayRole).toString() == QStringLiteral("鹿城护理院"));
    CHECK(page->model().data(page->model().index(0, 3), Qt::DisplayRole).toString() == QStringLiteral("DEFECTS"));

    // File › Import › Inspections…: the SDK's import flow over the module's kind.
    auto *imports = window.findChild<QMenu *>(QStringLiteral("importMenu"));
    REQUIRE(imports != nullptr);
    auto *importAction = window.findChild<QAction *>(QStringLiteral("import-inspections"));
    REQUIRE(importAction != nullptr);
    CHECK(imports->actions().contains(importAction));
    prompts->openAnswer = s.file(QStringLiteral("batch.csv"), "id,institution_code,inspected_on,finding,note\n"
                                                              + newId().toUtf8() + ",I-IN01,2026-11-02,PASS,\n"
                                                              + newId().toUtf8() + ",I-IN01,2026-11-03,VIOLATION,无证上岗\n");
    importAction->trigger();
    REQUIRE(prompts->shownImport.has_value());
    CHECK(prompts->shownImport->ok());
    CHECK(prompts->shownImport->rows == 2);
    waitForRows(page->model(), 3);
    CHECK(page->model().rowCount() == 3);

    // File › Export › Inspections (CSV)…: the worklist as `ltcctl list inspections` prints it.
    auto *exports = window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    REQUIRE(exports != nullptr);
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportInspections"));
    REQUIRE(exportAction != nullptr);
    CHECK(exports->actions().contains(exportAction));
    prompts->saveAnswer = s.dir.filePath(QStringLiteral("out.csv"));
    exportAction->trigger();
    CHECK(prompts->errors.isEmpty());
    QFile written(prompts->saveAnswer);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QStringList rows = lines(QString::fromUtf8(written.readAll()));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == kInspectionsHeader);
    CHECK(rows.at(1).endsWith(QStringLiteral(",2026-11-02,PASS,,admin")));  // by day
    CHECK(rows.at(3).startsWith(id + QStringLiteral(",I-IN01,鹿城护理院,2026-11-20,DEFECTS,")));

    plugin->setPrompts(std::make_shared<sdk::DialogPrompts>());
}

TEST_CASE("ltcctl_probe: the test module's import, command and worklist, with the contract's exit codes",
          "[inspections][ctl]")
{
    Ctl ctl(QStringLiteral(LTCCTL_PROBE_PATH));
    // A small demo district for its local users (`run` is made --as one of them: inspector).
    REQUIRE_EXIT(ctl.run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("10"), QStringLiteral("--months"),
                          QStringLiteral("1")}),
                 0);
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("institutions"),
                          ctl.file(QStringLiteral("institutions.csv"), institutionsCsv())}),
                 0);
    const Run commands = ctl.run({QStringLiteral("commands")});
    REQUIRE_EXIT(commands, 0);
    CHECK(commands.out.contains(QStringLiteral("inspection.record")));

    // An import: all or nothing, every bad row reported, twice the same file adds nothing.
    const QString first = newId();
    const QString second = newId();
    const QString good = ctl.file(QStringLiteral("good.csv"),
                                  "id,institution_code,inspected_on,finding,note\n" + first.toUtf8()
                                      + ",I-IN01,2026-11-02,PASS,\n" + second.toUtf8()
                                      + ",I-IN01,2026-11-03,VIOLATION,\"无证上岗, 已责令整改\"\n");
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("inspections"), good}), 0);
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("inspections"), good}), 0);
    CHECK(ctl.count(QStringLiteral("inspections")) == 2);
    const QString bad = ctl.file(QStringLiteral("bad.csv"), "id,institution_code,inspected_on,finding\n" + newId().toUtf8()
                                                              + ",I-NONE,2026-11-04,PASS\n" + newId().toUtf8()
                                                              + ",I-IN01,2026-11-31,PASS\n" + newId().toUtf8()
                                                              + ",I-IN01,2026-11-05,GOOD\n");
    const Run refused = ctl.run({QStringLiteral("import"), QStringLiteral("inspections"), bad});
    REQUIRE_EXIT(refused, 2);
    CHECK(refused.err.contains(bad + QStringLiteral(":2: institution_code: ")));
    CHECK(refused.err.contains(bad + QStringLiteral(":3: inspected_on: ")));
    CHECK(refused.err.contains(bad + QStringLiteral(":4: finding: ")));
    CHECK(ctl.count(QStringLiteral("inspections")) == 2);

    // The command: done, bad input (2, naming the field), refused (3).
    const QString third = newId();
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("inspection.record"),
                          argsText(inspectionArgs(third, QStringLiteral("I-IN01"), QStringLiteral("DEFECTS"))),
                          QStringLiteral("--as"), QStringLiteral("inspector")}),
                 0);
    const Run invalid = ctl.run({QStringLiteral("run"), QStringLiteral("inspection.record"),
                                 argsText(inspectionArgs(newId(), QStringLiteral("I-IN01"), QStringLiteral("GOOD"))),
                                 QStringLiteral("--as"), QStringLiteral("inspector")});
    REQUIRE_EXIT(invalid, 2);
    CHECK(invalid.err.contains(QStringLiteral("finding: 'GOOD' is not one of PASS, DEFECTS, VIOLATION")));
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("inspection.record"),
                          argsText(inspectionArgs(third, QStringLiteral("I-IN01"), QStringLiteral("PASS"))),
                          QStringLiteral("--as"), QStringLiteral("inspector")}),
                 3);  // already recorded
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("inspection.record"),
                          argsText(inspectionArgs(newId(), QStringLiteral("I-IN02"), QStringLiteral("PASS"))),
                          QStringLiteral("--as"), QStringLiteral("inspector")}),
                 3);  // another district's institution
    REQUIRE_EXIT(ctl.run({QStringLiteral("run"), QStringLiteral("inspection.record"),
                          argsText(inspectionArgs(newId(), QStringLiteral("I-IN01"), QStringLiteral("PASS"))),
                          QStringLiteral("--as"), QStringLiteral("handler")}),
                 3);  // a handler does not inspect
    CHECK(ctl.count(QStringLiteral("inspections")) == 3);

    // The worklist, as CSV and as JSON, whole and filtered.
    const Run csv = ctl.run({QStringLiteral("list"), QStringLiteral("inspections")});
    REQUIRE_EXIT(csv, 0);
    const QStringList rows = lines(csv.out);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == kInspectionsHeader);
    CHECK(rows.at(1).startsWith(first + QStringLiteral(",I-IN01,鹿城护理院,2026-11-02,PASS,,ltcctl:")));
    CHECK(rows.at(2).startsWith(second + QStringLiteral(",I-IN01,鹿城护理院,2026-11-03,VIOLATION,\"无证上岗, 已责令整改\",")));
    CHECK(rows.at(3) == third + QStringLiteral(",I-IN01,鹿城护理院,2026-11-20,DEFECTS,护理记录不全,inspector"));
    const Run json = ctl.run({QStringLiteral("list"), QStringLiteral("inspections"), QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral("--finding"), QStringLiteral("VIOLATION")});
    REQUIRE_EXIT(json, 0);
    const QJsonArray violations = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(violations.size() == 1);
    CHECK(violations.at(0).toObject().value(QStringLiteral("id")).toString() == second);
    CHECK(violations.at(0).toObject().value(QStringLiteral("note")).toString() == QStringLiteral("无证上岗, 已责令整改"));
    const Run badFilter = ctl.run({QStringLiteral("list"), QStringLiteral("inspections"), QStringLiteral("--finding"),
                                   QStringLiteral("GOOD")});
    REQUIRE_EXIT(badFilter, 1);
    CHECK(badFilter.err.contains(QStringLiteral("--finding: 'GOOD'")));
}

TEST_CASE("the product ltcctl knows nothing of the test module", "[inspections][ctl]")
{
    Ctl ctl;  // the product
    const Run commands = ctl.run({QStringLiteral("commands")});
    REQUIRE_EXIT(commands, 0);
    CHECK_FALSE(commands.out.contains(QStringLiteral("inspection.record")));
    REQUIRE_EXIT(ctl.run({QStringLiteral("list"), QStringLiteral("inspections")}), 1);
    const QString csv = ctl.file(QStringLiteral("i.csv"), "id,institution_code,inspected_on,finding\n");
    REQUIRE_EXIT(ctl.run({QStringLiteral("import"), QStringLiteral("inspections"), csv}), 1);
    CHECK(ctl.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'inspections'")).toInt() == 0);
}
