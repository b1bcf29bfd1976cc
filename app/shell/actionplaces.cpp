#include "actionplaces.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

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

QWidget *ActionPlaces::takeButtons(const QString &place, const QString &name, QWidget *parent)
{
    const QList<QList<QAction *>> groups = m_groups.take(place);
    if (groups.isEmpty())
        return nullptr;
    auto *box = new QWidget(parent);
    box->setObjectName(name);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(8, 4, 8, 8);
    column->setSpacing(0);
    for (const QList<QAction *> &group : groups) {
        if (column->count() > 0)
            column->addSpacing(6);  // a module's group apart from the next
        for (QAction *action : group) {
            auto *button = new QToolButton(box);
            button->setDefaultAction(action);  // text, icon, enabled state and tool tip follow it
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setAutoRaise(true);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            column->addWidget(button);
        }
    }
    return box;
}

} // namespace ltc
