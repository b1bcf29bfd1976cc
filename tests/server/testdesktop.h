#pragma once
// A desktop as the server tests use one: its own store in a temporary folder, signing in as a
// server account when it syncs, running commands and imports as a given local identity; and the
// server database's answer to one query.
#include "serverharness.h"

#include "localstore.h"
#include "sql.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace ltc::test {

inline UserIdentity identity(const QString &name, const QStringList &roles, const QString &district = QStringLiteral("330302"))
{
    return UserIdentity{name, name, name, roles, district};
}

struct TestDesktop {
    QTemporaryDir folder;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<SyncEngine> engine;

    explicit TestDesktop(const QString &baseUrl = ServerEnv::get().server().baseUrl())
    {
        store = std::make_unique<LocalStore>(folder.filePath(QStringLiteral("ltc.sqlite")));
        QString error;
        REQUIRE(store->open(&error));
        transport = std::make_unique<HttpTransport>(QUrl(baseUrl));
        engine = std::make_unique<SyncEngine>(*store, *transport);
    }
    SyncResult sync(const QString &username, bool adopt = false)
    {
        const SyncResult signedIn = engine->signIn(username, kPassword);
        if (!signedIn.ok())
            return signedIn;  // e.g. the store belongs to another district and has unsent changes
        engine->setAdoptOthers(adopt);
        const SyncResult result = engine->syncOnce();
        UNSCOPED_INFO("sync as " << username.toStdString() << ": " << result.message.toStdString() << " (rejected "
                                 << result.rejected << ")");
        return result;
    }
    ImportReport import(const UserIdentity &user, const QString &kind, const QString &csv)
    {
        const QString path = folder.filePath(kind + QStringLiteral(".csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(csv.toUtf8());
        file.close();
        const ImportReport report = store->importer().importFile(user, kind, path);
        UNSCOPED_INFO(report.failure.toStdString() << report.issues.formatErrors(path).join(QLatin1Char('\n')).toStdString());
        return report;
    }
    CommandOutcome run(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        const CommandOutcome outcome = store->commands().execute(user, name, args);
        UNSCOPED_INFO(name.toStdString() << ": " << (outcome.ok() ? std::string() : outcome.error->message.toStdString()));
        return outcome;
    }
    qint64 count(const QString &sql, const QVariantList &params = {})
    {
        QSqlDatabase db = store->database().connection();
        return scalarSql(db, sql, params).toLongLong();
    }
};

inline QVariant serverValue(const QString &sql, const QVariantList &params = {})
{
    QSqlDatabase db = ServerEnv::get().db();
    return scalarSql(db, sql, params);
}

inline qint64 serverCount(const QString &sql, const QVariantList &params = {}) { return serverValue(sql, params).toLongLong(); }

inline QJsonArray push(const QString &username, const QString &clientId, const QJsonArray &commands)
{
    ServerEnv &env = ServerEnv::get();
    const HttpReply reply = env.http().post(QStringLiteral("/api/v1/sync/push"), pushBody(clientId, commands, env.schema()),
                                            env.login(username));
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return reply.json.value(QStringLiteral("results")).toArray();
}

} // namespace ltc::test
