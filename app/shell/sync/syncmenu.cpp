#include "syncmenu.h"

#include "syncdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

namespace ltc {
namespace {
struct SyncMenuTr {
    Q_DECLARE_TR_FUNCTIONS(ltc::SyncMenu)
};

QString dot(const char *colour) { return QStringLiteral("<span style=\"color:%1\">&#9679;</span> ").arg(QLatin1String(colour)); }
} // namespace

QMenu *addSyncMenu(QMainWindow *window, SyncController &controller)
{
    QMenu *menu = new QMenu(SyncMenuTr::tr("&Sync"), window);
    QAction *now = menu->addAction(QIcon(QStringLiteral(":/icons/sync.svg")), SyncMenuTr::tr("Sync &now"));
    now->setShortcut(QKeySequence(Qt::Key_F9));
    QObject::connect(now, &QAction::triggered, &controller, &SyncController::syncNow);
    QAction *settings = menu->addAction(SyncMenuTr::tr("&Server and sign-in…"));
    QObject::connect(settings, &QAction::triggered, window, [window, &controller] {
        ServerSettingsDialog(controller, window).exec();
    });
    menu->addSeparator();
    QAction *conflicts = menu->addAction(SyncMenuTr::tr("&Refused changes…"));
    QObject::connect(conflicts, &QAction::triggered, window, [window, &controller] {
        ConflictsDialog(controller, window).exec();
    });
    window->menuBar()->insertMenu(window->menuBar()->actions().value(window->menuBar()->actions().size() - 1), menu);
    QObject::connect(&controller, &SyncController::credentialsNeeded, window, [window, &controller] {
        ServerSettingsDialog(controller, window).exec();
    });
    QObject::connect(&controller, &SyncController::synced, window, [window](const SyncResult &result) {
        if (result.rejected > 0)
            QMessageBox::information(window, SyncMenuTr::tr("Refused by the server"),
                                     SyncMenuTr::tr("The server refused %1 of your changes. See Sync › Refused changes.")
                                         .arg(result.rejected));
    });
    QObject::connect(&controller, &SyncController::othersWaiting, window,
                     [window, &controller](int count, const QStringList &users) {
                         askToAdopt(window, controller, count, users);
                     });
    return menu;
}

// Changes made in this store by other identities are not the signed-in user's to send unless
// the user says so: then they go as this user's, checked against this user's roles and district,
// and the server's trail records whose they were.
void askToAdopt(QWidget *parent, SyncController &controller, int count, const QStringList &users)
{
    QMessageBox box(QMessageBox::Question, SyncMenuTr::tr("Changes of other users"),
                    SyncMenuTr::tr("%1 change(s) made on this computer by %2 are waiting to be sent.")
                        .arg(count)
                        .arg(users.join(SyncMenuTr::tr(", "))),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(SyncMenuTr::tr("Send them as yours? The server checks each against your roles and "
                                          "district and records that you adopted it. Otherwise they wait until their "
                                          "user signs in on this computer."));
    QPushButton *adopt = box.addButton(SyncMenuTr::tr("&Send as mine"), QMessageBox::AcceptRole);
    box.addButton(SyncMenuTr::tr("&Leave them"), QMessageBox::RejectRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(box.buttons().constLast()));  // not by accident
    box.exec();
    if (box.clickedButton() == adopt)
        controller.adoptWaiting();
    else
        controller.leaveWaiting(users);
}

QString connectionText(const SyncController &controller, QString *toolTip)
{
    const QString message = controller.lastMessage();
    switch (controller.connection()) {
    case SyncController::Connection::NotConfigured:
        *toolTip = SyncMenuTr::tr("No server is set: changes are kept in this computer's outbox (Sync › Server and sign-in).");
        return dot("#8c959f") + SyncMenuTr::tr("Offline");
    case SyncController::Connection::Online:
        *toolTip = SyncMenuTr::tr("Connected to %1").arg(controller.settings().server);
        return dot("#1a7f37") + SyncMenuTr::tr("Online");
    case SyncController::Connection::Offline:
        *toolTip = SyncMenuTr::tr("The server does not answer; retrying by itself. %1").arg(message);
        return dot("#8c959f") + SyncMenuTr::tr("Offline");
    case SyncController::Connection::Busy:
        *toolTip = message;
        return dot("#0969da") + SyncMenuTr::tr("Synchronising…");
    case SyncController::Connection::NeedsSignIn:
        *toolTip = message;
        return dot("#bf8700") + SyncMenuTr::tr("Sign-in needed");
    case SyncController::Connection::Forbidden:
        *toolTip = SyncMenuTr::tr("This account may no longer synchronise. Export your unsent changes. %1").arg(message);
        return dot("#cf222e") + SyncMenuTr::tr("Sync refused");
    case SyncController::Connection::UpgradeRequired:
        *toolTip = message;
        return dot("#cf222e") + SyncMenuTr::tr("Update needed");
    }
    return {};
}

} // namespace ltc
