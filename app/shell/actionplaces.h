#pragma once
// Where the modules' actions go in the main window: each module names a place for each of its
// actions (ModuleAction::place, sdk/moduleplugin.h) and the shell builds the menu or tool bar of
// that place from them, one group per module in navigation order, without knowing what any
// action does.
#include "sdk/moduleplugin.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace ltc {

class ActionPlaces {
public:
    // One module's actions, in the order it gives them; modules in navigation order.
    void add(const QList<ModuleAction> &actions);

    // The menu of a place, `name` its object name; nothing when no module put anything there.
    QMenu *takeMenu(const QString &place, const QString &title, const QString &name, QWidget *parent);
    // The tool bar of a place, added to `window`; nothing when no module put anything there.
    QToolBar *takeToolBar(const QString &place, const QString &title, const QString &name, QMainWindow *window);
    // The buttons of a place, stacked in a widget named `name`; nothing when no module put
    // anything there.
    QWidget *takeButtons(const QString &place, const QString &name, QWidget *parent);
    // Places named by a module that the window has not taken: the shell has no such place.
    QStringList untaken() const { return m_groups.keys(); }

private:
    QHash<QString, QList<QList<QAction *>>> m_groups;  // place → one group of actions per module
};

} // namespace ltc
