#include "importflow.h"

#include "backgroundtask.h"
#include "domainregistry.h"
#include "modulecontext.h"
#include "prompts.h"

#include <QAction>
#include <QFileInfo>
#include <QWidget>

namespace ltc::settlement::ui {

ImportFlow::ImportFlow(ModuleContext &context, QWidget *window, std::shared_ptr<Prompts> prompts)
    : QObject(window), m_context(context), m_window(window),
      m_prompts(prompts ? std::move(prompts) : std::make_shared<DialogPrompts>()), m_tasks(new BackgroundTasks(window))
{
}

QStringList ImportFlow::kinds()
{
    return {QStringLiteral("beneficiaries"), QStringLiteral("hospital-stays"), QStringLiteral("claims")};
}

QString ImportFlow::kindTitle(const QString &kind)
{
    if (kind == QStringLiteral("beneficiaries"))
        return tr("Conclusions (beneficiaries)…");
    if (kind == QStringLiteral("hospital-stays"))
        return tr("Hospital stays…");
    if (kind == QStringLiteral("claims"))
        return tr("Claims of care institutions…");
    return kind;
}

QList<QAction *> ImportFlow::actions()
{
    QList<QAction *> list;
    for (const QString &kind : kinds()) {
        const ImportSpec *spec = m_context.registry().importSpec(kind);
        if (!spec || !m_context.user().hasAnyRole(spec->roles))
            continue;  // the importer would refuse: not offered
        auto *action = new QAction(kindTitle(kind), m_window);
        action->setObjectName(QStringLiteral("import-") + kind);
        action->setStatusTip(tr("Import a CSV file: all rows or none, every bad row reported"));
        connect(action, &QAction::triggered, this, [this, kind] { chooseAndImport(kind); });
        list << action;
    }
    return list;
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

} // namespace ltc::settlement::ui
