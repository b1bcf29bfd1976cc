#include "sdk/importflow.h"

#include "database/domainregistry.h"
#include "sdk/backgroundtask.h"
#include "sdk/modulecontext.h"
#include "sdk/prompts.h"

#include <QAction>
#include <QFileInfo>
#include <QWidget>

namespace ltc::sdk {
namespace {

// "claim_no, institution_code, … [, optional]": what the file must hold, from its ImportSpec.
QString columnList(const ImportColumns &columns)
{
    QString list = columns.required.join(QStringLiteral(", "));
    if (!columns.optional.isEmpty())
        list += QStringLiteral(" [") + columns.optional.join(QStringLiteral(", ")) + QLatin1Char(']');
    return list;
}
} // namespace

ImportFlow::ImportFlow(ModuleContext &context, QWidget *window, QList<ImportKind> kinds, std::shared_ptr<Prompts> prompts)
    : QObject(window), m_context(context), m_window(window), m_kinds(std::move(kinds)),
      m_prompts(prompts ? std::move(prompts) : std::make_shared<DialogPrompts>()), m_tasks(new BackgroundTasks(window))
{
}

QStringList ImportFlow::kinds() const
{
    QStringList list;
    for (const ImportKind &kind : m_kinds)
        list << kind.kind;
    return list;
}

QString ImportFlow::kindTitle(const QString &kind) const
{
    for (const ImportKind &declared : m_kinds) {
        if (declared.kind == kind)
            return declared.title;
    }
    return kind;
}

QList<QAction *> ImportFlow::actions()
{
    QList<QAction *> list;
    for (const ImportKind &declared : std::as_const(m_kinds)) {
        const QString kind = declared.kind;
        const ImportSpec *spec = m_context.registry().importSpec(kind);
        if (!spec || !m_context.user().hasAnyRole(spec->roles))
            continue;  // the importer would refuse: not offered
        auto *action = new QAction(declared.title, m_window);
        action->setObjectName(QStringLiteral("import-") + kind);
        action->setStatusTip(tr("Import a CSV file: all rows or none, every bad row reported"));
        action->setToolTip(tr("Columns: %1").arg(columnList(spec->columns)));
        connect(action, &QAction::triggered, this, [this, kind] { chooseAndImport(kind); });
        list << action;
    }
    return list;
}

QList<ModuleAction> ImportFlow::menuActions()
{
    QList<ModuleAction> placed;
    for (QAction *action : actions())
        placed << ModuleAction{places::FileImport, action};
    return placed;
}

std::optional<ImportReport> ImportFlow::chooseAndImport(const QString &kind)
{
    const QString path = m_prompts->openFile(m_window, tr("Import %1").arg(kindTitle(kind).remove(QStringLiteral("…"))),
                                             tr("CSV files (*.csv);;All files (*)"), QStringLiteral("import"));
    if (path.isEmpty())
        return std::nullopt;
    return importPath(kind, path);
}

ImportReport ImportFlow::importPath(const QString &kind, const QString &path)
{
    ModuleContext &context = m_context;
    const std::optional<ImportReport> report = m_tasks->run<ImportReport>(
        tr("Importing %1…").arg(QFileInfo(path).fileName()), BackgroundTasks::Cancel::Cooperative,
        [&context, kind, path](TaskProgress &progress) {
            return context.importFile(kind, path, [&progress](qint64 done, qint64 total) {
                progress.report(done, total);
                return !progress.cancelled();
            });
        });
    const ImportReport result = report.value_or(ImportReport{});
    m_prompts->showImportResult(m_window, path, result);
    return result;
}

} // namespace ltc::sdk
