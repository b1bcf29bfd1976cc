#pragma once
// Sign-in. Offline against the local users table: the password is checked against the stored
// Argon2id verifier (LocalUsers::verify) and never kept. Online through ltcserver: the first
// sign-in on a desktop without local accounts, and for a user who has none on this desktop yet
// ("sign in through the server"). An online sign-in leaves that user's verifier in the store
// (SyncEngine::signIn), the server and user as the sync settings, and its token for the session.
#include "core/roles.h"
#include "syncengine.h"

#include <QDialog>
#include <QFutureWatcher>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ltc {

class LocalStore;

// What an online sign-in, run off the UI thread, hands back.
struct OnlineSignIn {
    SyncResult result;
    QString server;
    QString caFile;
    QString token;
    UserIdentity user;
};

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // Starts online when the store has no local accounts, offline otherwise.
    explicit LoginDialog(LocalStore &store, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Shown once, on the run that created the demo database: who can sign in, and with what.
    void showDemoNotice(const QStringList &usernames, const QString &password);
    // The signed-in user once the dialog was accepted.
    std::optional<UserIdentity> user() const { return m_user; }
    // The token of an online sign-in (empty after an offline one): the session's sync uses it.
    QString token() const { return m_token; }
    bool isOnline() const { return m_online; }
    void setOnline(bool online);

public slots:
    void reject() override;  // not while an online sign-in is under way (it ends by its timeout)

private:
    void signIn();
    void signInOffline(const QString &username);
    void signInOnline(const QString &username);
    void onlineFinished();
    void setBusy(bool busy);
    void chooseCaFile();
    void showError(const QString &message);
    QWidget *createHeader();
    QWidget *createForm();
    QWidget *createButtons(QWidget *parent);
    QLayout *createCaRow(QWidget *parent);

    LocalStore &m_store;
    const bool m_hasLocalAccounts;
    bool m_online = false;
    bool m_busy = false;
    QLabel *m_subtitle = nullptr;
    QLabel *m_notice = nullptr;
    QString m_demoNotice;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLayout *m_caRow = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_switch = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<OnlineSignIn> m_watcher;
    std::optional<UserIdentity> m_user;
    QString m_token;
};

} // namespace ltc
