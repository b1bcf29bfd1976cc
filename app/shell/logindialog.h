#pragma once
// Offline sign-in against the local users table: the password is checked against the stored
// Argon2id hash (LocalUsers::verify) and never kept.
#include "core/roles.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ltc {

class LocalUsers;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(const LocalUsers &users, const QString &databasePath, QWidget *parent = nullptr);

    // Shown once, on the run that created the demo database: who can sign in, and with what.
    void showDemoNotice(const QStringList &usernames, const QString &password);
    // The signed-in user once the dialog was accepted.
    std::optional<UserIdentity> user() const { return m_user; }

private:
    void signIn();
    void showError(const QString &message);
    QWidget *createHeader();
    QWidget *createForm();

    const LocalUsers &m_users;
    QLabel *m_notice = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    std::optional<UserIdentity> m_user;
};

} // namespace ltc
