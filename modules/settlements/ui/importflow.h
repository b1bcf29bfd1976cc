#pragma once
// The File › Import actions the settlements module offers: persons' conclusions
// (beneficiaries), hospital stays and claims. Each asks for a CSV file, imports it on a worker
// thread through ModuleContext::importFile with a progress dialog that can cancel (nothing is
// written then), and shows the outcome: rows and encoding, or every bad line.
#include "importer.h"

#include <QObject>
#include <memory>

class QAction;
class QWidget;

namespace ltc {
class ModuleContext;
}

namespace ltc::settlement::ui {

class BackgroundTasks;
class Prompts;

class ImportFlow : public QObject {
    Q_OBJECT
public:
    // `window` owns the flow and its actions; prompts default to the real dialogs.
    ImportFlow(ModuleContext &context, QWidget *window, std::shared_ptr<Prompts> prompts = {});

    // One action per kind the user's roles may import.
    QList<QAction *> actions();
    // Asks for the file, imports it and shows the result; the report (empty when no file chosen).
    std::optional<ImportReport> chooseAndImport(const QString &kind);
    // Imports `path` with the progress dialog, then shows the result.
    ImportReport importPath(const QString &kind, const QString &path);
    BackgroundTasks &tasks() { return *m_tasks; }

    static QStringList kinds();  // beneficiaries, hospital-stays, claims
    static QString kindTitle(const QString &kind);

private:
    ModuleContext &m_context;
    QWidget *m_window;
    std::shared_ptr<Prompts> m_prompts;
    BackgroundTasks *m_tasks;
};

} // namespace ltc::settlement::ui
