#pragma once
// Signing in to ltcserver: Argon2id password hashes (the same as the desktop's local users),
// a lockout after repeated failures, and random bearer tokens of which only the SHA-256 is
// stored, with an expiry; signing out revokes the token.
#include "core/roles.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ltc::server {

struct AuthSettings {
    int lockoutThreshold = 5;
    int lockoutSeconds = 900;
    int tokenLifetimeSeconds = 43200;
};

struct Session {
    QString token;      // given to the client once; never stored
    QString expiresAt;  // ISO 8601 UTC
    UserIdentity user;
};

enum class AuthStatus { Ok, Refused, Unavailable };

class ServerAuth {
public:
    explicit ServerAuth(AuthSettings settings) : m_settings(settings) {}

    // Refused alike for an unknown name, a wrong password, a disabled or a locked account, so
    // that the answer does not tell which names exist.
    AuthStatus login(QSqlDatabase &db, const QString &username, const QString &password, Session *session) const;
    AuthStatus authenticate(QSqlDatabase &db, const QString &token, UserIdentity *user) const;
    bool logout(QSqlDatabase &db, const QString &token) const;
    static bool purgeTokens(QSqlDatabase &db, QString *error);

private:
    AuthStatus recordFailure(QSqlDatabase &db, const QString &username, int failedBefore) const;
    AuthSettings m_settings;
};

// User administration for `ltcserver user …`. Every change is an audit entry by `operatorName`.
struct ServerUser {
    UserIdentity identity;
    bool disabled = false;
    bool locked = false;
};

bool addServerUser(QSqlDatabase &db, const UserIdentity &user, const QString &password, const QString &operatorName,
                   QString *error);
bool disableServerUser(QSqlDatabase &db, const QString &username, const QString &operatorName, QString *error);
bool resetServerPassword(QSqlDatabase &db, const QString &username, const QString &password,
                         const QString &operatorName, QString *error);
QList<ServerUser> listServerUsers(QSqlDatabase &db, QString *error);

} // namespace ltc::server
