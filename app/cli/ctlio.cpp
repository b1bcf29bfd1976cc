#include "cli/ctlio.h"

#include "localmeta.h"
#include "localstore.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace ltc {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<QJsonObject> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << path << ": " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // The line of a syntax error, from its byte offset.
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        err() << path << ':' << line << ": "
              << (document.isNull() ? parseError.errorString() : QStringLiteral("the file must hold one JSON object"))
              << Qt::endl;
        return std::nullopt;
    }
    return document.object();
}

UserIdentity operatorIdentity()
{
    const QString osUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("operator")));
    const QString name = QStringLiteral("ltcctl:") + osUser;
    return UserIdentity{name, name, name, allRoleIds(), kAllDistricts};
}

std::optional<UserIdentity> actingUser(LocalStore &store, const QString &asUser, const QString &verb)
{
    QSqlDatabase db = store.database().connection();
    const QString synced = metaValue(db, QStringLiteral("sync_user"));
    const QString name = asUser.isEmpty() ? synced : asUser;
    if (name.isEmpty())
        return operatorIdentity();
    std::optional<UserIdentity> user = store.users().find(name);
    if (!user) {
        err() << "ltcctl " << verb << ": no enabled local user '" << name << "'"
              << (asUser.isEmpty() ? QStringLiteral(" (the user this store last synced as); pass --as USER") : QString())
              << Qt::endl;
    }
    return user;
}

} // namespace ltc
