#pragma once
// Local users for offline sign-in. Only a salted, deliberately slow hash (Argon2id through
// libsodium's crypto_pwhash_str) is stored, never the password.
#include "core/roles.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc {

class Database;

class LocalUsers {
public:
    explicit LocalUsers(const Database &database) : m_database(database) {}

    bool add(const UserIdentity &user, const QString &password, QString *error = nullptr);
    // After an online sign-in: the account as the server gave it (display name, roles, district)
    // with a verifier of the password that signed in, so that this desktop can sign in offline
    // as that user. Replaces what was stored under the name (a changed password or roles); the
    // server checked the password, so only the name is required here.
    bool rememberServerAccount(const UserIdentity &user, const QString &password, QString *error = nullptr);
    // The user when the name and password match an enabled user; nothing otherwise.
    std::optional<UserIdentity> verify(const QString &username, const QString &password) const;
    std::optional<UserIdentity> find(const QString &username) const;
    QStringList usernames() const;

    // What is wrong with a new user or password (empty when nothing): the rules the server's
    // user administration applies too.
    static QStringList problems(const UserIdentity &user, const QString &password);
    static QString hashPassword(const QString &password);  // empty on failure
    static bool checkPassword(const QString &hash, const QString &password);

private:
    bool upsert(const UserIdentity &user, const QString &hash, QString *error);
    const Database &m_database;
};

// User name → display name of every user known on this desktop (disabled ones too: a review
// they made long ago still shows who made it).
QHash<QString, QString> userDisplayNames(QSqlDatabase &db);

} // namespace ltc
