#pragma once
// The main window of one signed-in session: navigation by module (only those the user's roles
// open), the modules' pages made on first open, and a status bar with who, where, online state,
// unsent commands and last sync.
#include "moduleregistry.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ltc {

class ActionPlaces;
class SyncController;

class ShellContext;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ShellContext &context, const ModuleRegistry &modules, QWidget *parent = nullptr);

    // The modules in the navigation, in order.
    QStringList navigationIds() const;
    void openModule(const QString &id);
    QString currentModuleId() const { return m_currentId; }
    QWidget *currentModuleWidget() const;
    QString currentPageTitle() const;
    // True when the window closed through File › Sign out (ltcdesk then shows the login again).
    bool signOutRequested() const { return m_signOut; }

    void refreshStatus();
    // Connects the window to sync: the Sync menu, the connection state in the status bar.
    void setSyncController(SyncController *controller);

signals:
    // ltcdesk runs several sessions (sign out, sign in) in one process, so it quits on this
    // rather than on the last window closing.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createNavigationPanel(ActionPlaces &placed);
    QWidget *createPageArea();
    QWidget *createNoModulePage();
    void createMenus(ActionPlaces &placed);
    void createFileMenu(ActionPlaces &placed);
    void createModuleMenu();
    void createLanguageMenu(QMenu *view);
    void createStatusBar();
    QWidget *pageFor(const ShellModule &module);
    void restoreWindowState();
    void saveWindowState();
    void showAbout();
    QAction *createOfficeAction();
    QString userText() const;
    QString districtText() const;
    QString lastSyncText() const;

    ShellContext &m_context;
    QList<ShellModule> m_modules;
    QHash<QString, QWidget *> m_pages;
    QString m_currentId;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pageTitle = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_districtLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QTimer m_statusTimer;
    SyncController *m_sync = nullptr;
    bool m_signOut = false;
};

} // namespace ltc
