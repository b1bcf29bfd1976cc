#include "users.h"
#include "core/tr.h"

#include "core/region.h"
#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <sodium.h>

namespace ltc {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

UserIdentity identityFrom(const QSqlQuery &query)
{
    UserIdentity user;
    user.id = query.value(0).toString();
    user.username = query.value(0).toString();
    user.displayName = query.value(1).toString();
    user.roles = query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    user.district = query.value(3).toString();
    return user;
}
} // namespace

QString LocalUsers::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool LocalUsers::checkPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.toLatin1().constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QStringList LocalUsers::problems(const UserIdentity &user, const QString &password)
{
    QStringList found;
    if (user.username.isEmpty())
        found << Tr::tr("username: is required");
    for (const QString &role : user.roles) {
        if (!roleFromId(role))
            found << Tr::tr("roles: '%1' is not a role").arg(role);
    }
    if (!isRegionCode(user.district))
        found << Tr::tr("district: '%1' is not a six-digit GB/T 2260 code").arg(user.district);
    if (password.size() < 8)
        found << Tr::tr("password: must have at least 8 characters");
    return found;
}

bool LocalUsers::add(const UserIdentity &user, const QString &password, QString *error)
{
    QStringList issues = problems(user, password);
    const QString hash = issues.isEmpty() ? hashPassword(password) : QString();
    if (issues.isEmpty() && hash.isEmpty())
        issues << Tr::tr("password: could not be hashed");
    if (!issues.isEmpty()) {
        if (error)
            *error = issues.join(QStringLiteral("; "));
        return false;
    }
    return upsert(user, hash, error);
}

bool LocalUsers::rememberServerAccount(const UserIdentity &user, const QString &password, QString *error)
{
    const QString hash = user.username.isEmpty() ? QString() : hashPassword(password);
    if (hash.isEmpty()) {
        if (error)
            *error = user.username.isEmpty() ? Tr::tr("username: is required") : Tr::tr("password: could not be hashed");
        return false;
    }
    return upsert(user, hash, error);
}

// An upsert: the name is the key; everything else, the verifier included, is replaced, and the
// account is enabled.
bool LocalUsers::upsert(const UserIdentity &user, const QString &hash, QString *error)
{
    QSqlDatabase db = m_database.connection();
    return execSql(db,
                   QStringLiteral("INSERT INTO users (username, display_name, roles, district, password_hash, disabled, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (username) DO UPDATE SET "
                                  "display_name = excluded.display_name, roles = excluded.roles, district = "
                                  "excluded.district, password_hash = excluded.password_hash, disabled = 0"),
                   {user.username, user.displayName.isEmpty() ? user.username : user.displayName,
                    user.roles.join(QLatin1Char(',')), user.district, hash,
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                   error);
}

std::optional<UserIdentity> LocalUsers::find(const QString &username) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query = querySql(db,
                               QStringLiteral("SELECT username, display_name, roles, district FROM users WHERE "
                                              "username = ? AND disabled = 0"),
                               {username});
    if (!query.next())
        return std::nullopt;
    return identityFrom(query);
}

std::optional<UserIdentity> LocalUsers::verify(const QString &username, const QString &password) const
{
    QSqlDatabase db = m_database.connection();
    const QString hash = scalarSql(db, QStringLiteral("SELECT password_hash FROM users WHERE username = ? AND disabled = 0"),
                                   {username})
                             .toString();
    // Check even an unknown name against a hash, so timing does not tell which names exist.
    static const QString dummy = hashPassword(QStringLiteral("not a password of anyone"));
    const bool match = checkPassword(hash.isEmpty() ? dummy : hash, password);
    if (!match || hash.isEmpty())
        return std::nullopt;
    return find(username);
}

QStringList LocalUsers::usernames() const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query = querySql(db, QStringLiteral("SELECT username FROM users WHERE disabled = 0 ORDER BY username"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QHash<QString, QString> userDisplayNames(QSqlDatabase &db)
{
    QHash<QString, QString> names;
    QSqlQuery query = querySql(db, QStringLiteral("SELECT username, display_name FROM users"));
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

} // namespace ltc
