#pragma once
// The File › Import flow for the kinds of file a module declares: one action per kind the user's
// roles may import (the roles and the columns come from the kind's ImportSpec), each asking for
// a CSV file, importing it on a worker thread through ModuleContext::importFile with a progress
// dialog that can cancel (nothing is written then), and showing the outcome: rows and encoding,
// or every bad line.
#include "database/importer.h"
#include "sdk/moduleplugin.h"

#include <QObject>
#include <memory>

class QAction;
class QWidget;

namespace ltc {
class ModuleContext;
}

namespace ltc::sdk {

class BackgroundTasks;
class Prompts;

// A kind of file a module's screens offer to import: its ImportSpec::kind and the menu text.
struct ImportKind {
    QString kind;   // "claims"
    QString title;  // translated, ending in "…": "Claims of care institutions…"
};

class ImportFlow : public QObject {
    Q_OBJECT
public:
    // `window` owns the flow and its actions; prompts default to the real dialogs.
    ImportFlow(ModuleContext &context, QWidget *window, QList<ImportKind> kinds, std::shared_ptr<Prompts> prompts = {});

    // One action per declared kind the user's roles may import, in the declared order.
    QList<QAction *> actions();
    // The same actions, placed under File › Import (ModulePlugin::actions).
    QList<ModuleAction> menuActions();
    // Asks for the file, imports it and shows the result; the report (empty when no file chosen).
    std::optional<ImportReport> chooseAndImport(const QString &kind);
    // Imports `path` with the progress dialog, then shows the result.
    ImportReport importPath(const QString &kind, const QString &path);
    BackgroundTasks &tasks() { return *m_tasks; }

    QStringList kinds() const;
    QString kindTitle(const QString &kind) const;

private:
    ModuleContext &m_context;
    QWidget *m_window;
    QList<ImportKind> m_kinds;
    std::shared_ptr<Prompts> m_prompts;
    BackgroundTasks *m_tasks;
};

} // namespace ltc::sdk
