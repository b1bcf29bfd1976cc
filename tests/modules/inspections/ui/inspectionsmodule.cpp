#include "inspections/ui/inspectionsmodule.h"

#include "database/domainregistry.h"
#include "database/worklistoutput.h"
#include "inspections/domain/inspections.h"
#include "inspections/ui/inspectionspage.h"
#include "sdk/importflow.h"
#include "sdk/modulecontext.h"
#include "sdk/prompts.h"

#include <QAction>
#include <QFile>
#include <QTextStream>

namespace ltc {

InspectionsModule::InspectionsModule() : m_prompts(std::make_shared<sdk::DialogPrompts>()) {}

QWidget *InspectionsModule::createWidget(ModuleContext &context, QWidget *parent)
{
    return new inspection::ui::InspectionsPage(context, parent);
}

QList<ModuleAction> InspectionsModule::actions(ModuleContext &context, QWidget *window)
{
    auto *flow = new sdk::ImportFlow(context, window, {{QStringLiteral("inspections"), tr("Inspections…")}}, m_prompts);
    QList<ModuleAction> placed = flow->menuActions();
    auto *exportAction = new QAction(tr("Inspections (CSV)…"), window);
    exportAction->setObjectName(QStringLiteral("exportInspections"));
    connect(exportAction, &QAction::triggered, window, [this, &context, window] { exportWorklist(context, window); });
    placed.append({places::FileExport, exportAction});
    return placed;
}

void InspectionsModule::exportWorklist(ModuleContext &context, QWidget *window)
{
    const QString path = m_prompts->saveFile(window, tr("Export inspections"), QStringLiteral("inspections.csv"),
                                             tr("CSV files (*.csv)"), QStringLiteral("export"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream out(&file);
        QSqlDatabase db = context.readConnection();
        printWorklist(db, *context.registry().worklist(inspection::kWorklist), {}, WorklistFormat::Csv, out, &error);
    } else {
        error = file.errorString();
    }
    if (!error.isEmpty())
        m_prompts->error(window, tr("Export inspections"), error);
    else
        context.showStatus(tr("Inspections exported to %1").arg(path));
}

} // namespace ltc
