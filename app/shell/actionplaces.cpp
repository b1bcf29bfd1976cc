#include "actionplaces.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

namespace ltc {

void ActionPlaces::add(const QList<ModuleAction> &actions)
{
    QHash<QString, QList<QAction *>> own;
    QStringList order;  // the places in the order the module names them
    for (const ModuleAction &declared : actions) {
        if (!declared.action)
            continue;
        if (!own.contains(declared.place))
            order << declared.place;
        own[declared.place] << declared.action;
    }
    for (const QString &place : std::as_const(order))
        m_groups[place] << own.value(place);
}

QMenu *ActionPlaces::takeMenu(const QString &place, const QString &title, const QString &name, QWidget *parent)
{
    const QList<QList<QAction *>> groups = m_groups.take(place);
    if (groups.isEmpty())
        return nullptr;
    auto *menu = new QMenu(title, parent);
    menu->setObjectName(name);
    for (const QList<QAction *> &group : groups) {
        if (!menu->isEmpty())
            menu->addSeparator();
        menu->addActions(group);
    }
    return menu;
}

QToolBar *ActionPlaces::takeToolBar(const QString &place, const QString &title, const QString &name, QMainWindow *window)
{
    const QList<QList<QAction *>> groups = m_groups.take(place);
    if (groups.isEmpty())
        return nullptr;
    QToolBar *bar = window->addToolBar(title);
    bar->setObjectName(name);  // restoreState finds it by this name
    bar->setMovable(false);
    for (const QList<QAction *> &group : groups) {
        if (!bar->actions().isEmpty())
            bar->addSeparator();
        bar->addActions(group);
    }
    return bar;
}

} // namespace ltc
