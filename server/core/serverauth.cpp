#include "serverauth.h"

#include "audit.h"
#include "serverschema.h"
#include "sql.h"
#include "users.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <functional>

namespace ltc::server {
namespace {

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    quint32 words[8];  // 256 bits from the operating system's generator
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

UserIdentity identityFrom(const QSqlQuery &query, int first)
{
    UserIdentity user;
    user.id = query.value(first).toString();
    user.username = user.id;
    user.displayName = query.value(first + 1).toString();
    user.roles = query.value(first + 2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    user.district = query.value(first + 3).toString();
    return user;
}

// Checks the password against the stored hash, or against a dummy one for an unknown name, so
// that timing does not tell which names exist.
bool passwordMatches(const QString &hash, const QString &password)
{
    static const QString dummy = LocalUsers::hashPassword(QStringLiteral("not a password of anyone"));
    return LocalUsers::checkPassword(hash.isEmpty() ? dummy : hash, password) && !hash.isEmpty();
}

// A user administration change with its audit entry, in one transaction under the version lock
// (the audit chain is shared with the commands).
bool auditedChange(QSqlDatabase &db, const QString &operatorName, const QString &action, const QString &username,
                   const std::function<bool(QString *)> &change, QString *error)
{
    Transaction transaction(db);
    if (!transaction.begun() || !lockVersions(db, error) || !change(error))
        return false;
    const AuditEntry entry{QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), operatorName, action,
                           QJsonObject{{QStringLiteral("username"), username}}, QJsonArray()};
    return appendAudit(db, entry, error) && transaction.commit(error);
}

bool changeOneUser(QSqlDatabase &db, const QString &sql, const QVariantList &params, const QString &username,
                   QString *error)
{
    QSqlQuery query = querySql(db, sql, params, error);
    if (!query.isActive())
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    *error = QStringLiteral("there is no user %1").arg(username);
    return false;
}
} // namespace

AuthStatus ServerAuth::login(QSqlDatabase &db, const QString &username, const QString &password,
                             Session *session) const
{
    Transaction transaction(db);
    if (!transaction.begun())
        return AuthStatus::Unavailable;
    // FOR UPDATE: concurrent attempts on one account count one after the other.
    QString error;
    QSqlQuery user = querySql(db,
                              QStringLiteral("SELECT password_hash, disabled, failed_logins, COALESCE(locked_until > "
                                             "now(), false), username, display_name, roles, district FROM users WHERE "
                                             "username = ? FOR UPDATE"),
                              {username}, &error);
    if (!error.isEmpty())
        return AuthStatus::Unavailable;
    const bool known = user.next();
    const bool matches = passwordMatches(known ? user.value(0).toString() : QString(), password);
    if (!known)
        return AuthStatus::Refused;
    if (!matches || user.value(1).toInt() != 0 || user.value(3).toBool()) {
        const AuthStatus status = user.value(3).toBool() ? AuthStatus::Refused
                                                         : recordFailure(db, username, user.value(2).toInt());
        return transaction.commit() ? status : AuthStatus::Unavailable;
    }
    session->user = identityFrom(user, 4);
    session->token = newToken();
    QSqlQuery token = querySql(db,
                               QStringLiteral("INSERT INTO tokens (token_hash, username, expires_at) VALUES (?, ?, now() "
                                              "+ make_interval(secs => ?)) RETURNING to_char(expires_at AT TIME ZONE "
                                              "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"),
                               {tokenHash(session->token), username, double(m_settings.tokenLifetimeSeconds)}, &error);
    if (!token.next()
        || !execSql(db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE username = ?"),
                    {username}, &error))
        return AuthStatus::Unavailable;
    session->expiresAt = token.value(0).toString();
    return transaction.commit() ? AuthStatus::Ok : AuthStatus::Unavailable;
}

AuthStatus ServerAuth::recordFailure(QSqlDatabase &db, const QString &username, int failedBefore) const
{
    const bool lock = failedBefore + 1 >= m_settings.lockoutThreshold;
    const bool ok = lock ? execSql(db,
                                   QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = now() + "
                                                  "make_interval(secs => ?) WHERE username = ?"),
                                   {double(m_settings.lockoutSeconds), username})
                         : execSql(db, QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1 WHERE "
                                                      "username = ?"),
                                   {username});
    return ok ? AuthStatus::Refused : AuthStatus::Unavailable;
}

AuthStatus ServerAuth::authenticate(QSqlDatabase &db, const QString &token, UserIdentity *user) const
{
    if (token.isEmpty())
        return AuthStatus::Refused;
    QString error;
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT u.username, u.display_name, u.roles, u.district FROM tokens t JOIN "
                                              "users u ON u.username = t.username WHERE t.token_hash = ? AND NOT "
                                              "t.revoked AND t.expires_at > now() AND u.disabled = 0"),
                               {tokenHash(token)}, &error);
    if (!error.isEmpty())
        return AuthStatus::Unavailable;
    if (!query.next())
        return AuthStatus::Refused;
    *user = identityFrom(query, 0);
    return AuthStatus::Ok;
}

bool ServerAuth::logout(QSqlDatabase &db, const QString &token) const
{
    return execSql(db, QStringLiteral("UPDATE tokens SET revoked = true WHERE token_hash = ?"), {tokenHash(token)});
}

bool ServerAuth::purgeTokens(QSqlDatabase &db, QString *error)
{
    return execSql(db, QStringLiteral("DELETE FROM tokens WHERE expires_at < now() - interval '1 day'"), {}, error);
}

bool addServerUser(QSqlDatabase &db, const UserIdentity &user, const QString &password, const QString &operatorName,
                   QString *error)
{
    const QStringList problems = LocalUsers::problems(user, password);
    if (!problems.isEmpty()) {
        *error = problems.join(QStringLiteral("; "));
        return false;
    }
    if (scalarSql(db, QStringLiteral("SELECT 1 FROM users WHERE username = ?"), {user.username}).isValid()) {
        *error = QStringLiteral("user %1 exists already (use reset-password or disable)").arg(user.username);
        return false;
    }
    const QString hash = LocalUsers::hashPassword(password);
    return auditedChange(db, operatorName, QStringLiteral("user.add"), user.username, [&](QString *why) {
        return execSql(db,
                       QStringLiteral("INSERT INTO users (username, display_name, roles, district, password_hash, "
                                      "disabled, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)"),
                       {user.username, user.displayName.isEmpty() ? user.username : user.displayName,
                        user.roles.join(QLatin1Char(',')), user.district, hash,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       why);
    }, error);
}

bool disableServerUser(QSqlDatabase &db, const QString &username, const QString &operatorName, QString *error)
{
    return auditedChange(db, operatorName, QStringLiteral("user.disable"), username, [&](QString *why) {
        return changeOneUser(db, QStringLiteral("UPDATE users SET disabled = 1 WHERE username = ?"), {username},
                             username, why)
               && execSql(db, QStringLiteral("UPDATE tokens SET revoked = true WHERE username = ?"), {username}, why);
    }, error);
}

bool resetServerPassword(QSqlDatabase &db, const QString &username, const QString &password,
                         const QString &operatorName, QString *error)
{
    QSqlQuery stored = querySql(db,
                                QStringLiteral("SELECT username, display_name, roles, district FROM users WHERE "
                                               "username = ?"),
                                {username}, error);
    if (!stored.next()) {
        if (error->isEmpty())
            *error = QStringLiteral("there is no user %1").arg(username);
        return false;
    }
    const QStringList problems = LocalUsers::problems(identityFrom(stored, 0), password);
    if (!problems.isEmpty()) {
        *error = problems.join(QStringLiteral("; "));
        return false;
    }
    const QString hash = LocalUsers::hashPassword(password);
    return auditedChange(db, operatorName, QStringLiteral("user.reset_password"), username, [&](QString *why) {
        return changeOneUser(db,
                             QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL "
                                            "WHERE username = ?"),
                             {hash, username}, username, why)
               && execSql(db, QStringLiteral("UPDATE tokens SET revoked = true WHERE username = ?"), {username}, why);
    }, error);
}

QList<ServerUser> listServerUsers(QSqlDatabase &db, QString *error)
{
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT username, display_name, roles, district, disabled, "
                                              "COALESCE(locked_until > now(), false) FROM users ORDER BY username"),
                               {}, error);
    QList<ServerUser> users;
    while (query.next())
        users.append(ServerUser{identityFrom(query, 0), query.value(4).toInt() != 0, query.value(5).toBool()});
    return users;
}

} // namespace ltc::server
