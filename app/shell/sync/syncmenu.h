#pragma once
// The shell's Sync menu and the connection text of the status bar, for a SyncController.
#include "synccontroller.h"

#include <QString>

class QMainWindow;
class QMenu;
class QWidget;

namespace ltc {

// Adds 同步(&S): Sync now (F9), Server and sign-in…, Refused changes…, Export unsent changes…
QMenu *addSyncMenu(QMainWindow *window, SyncController &controller);
// Asks whether to send the waiting changes of other users (naming how many and whose) as the
// signed-in user's; tells the controller the answer.
void askToAdopt(QWidget *parent, SyncController &controller, int count, const QStringList &users);
// "● 在线" and a tooltip, coloured by the connection state.
QString connectionText(const SyncController &controller, QString *toolTip);

} // namespace ltc
