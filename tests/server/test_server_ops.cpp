// Running ltcserver: the purge horizon (410), HTTPS, the request log, and a server killed in the
// middle of a push — against real processes on a real PostgreSQL.
#include "serverharness.h"

#include "audit.h"
#include "changelog.h"
#include "serverblobs.h"
#include "sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <catch2/catch.hpp>

using namespace ltc;
using namespace ltc::test;
using namespace ltc::server;

namespace {
QString loginTo(HttpClient &http, const QString &username)
{
    const HttpReply reply = http.post(QStringLiteral("/api/v1/auth/login"),
                                      QJsonObject{{QStringLiteral("username"), username},
                                                  {QStringLiteral("password"), kPassword}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return reply.json.value(QStringLiteral("token")).toString();
}

QStringList statuses(const QJsonArray &results)
{
    QStringList list;
    for (const QJsonValue &result : results)
        list << result.toObject().value(QStringLiteral("status")).toString();
    return list;
}
} // namespace

TEST_CASE("server: a pull cursor older than the purge horizon is answered 410", "[server][ops]")
{
    ServerEnv &env = ServerEnv::get();
    QString error;
    INFO(error.toStdString());
    REQUIRE(env.prepareDatabase(QStringLiteral("ltc_purge"), &error));
    ServerProcess server(QStringLiteral("purge"), env.cluster().url(QStringLiteral("ltc_purge")), env.cluster().folder(),
                         QJsonObject{{QStringLiteral("change_log_retention_seconds"), 1},
                                     {QStringLiteral("purge_interval_seconds"), 1}});
    REQUIRE(server.start(&error));
    const QString token = loginTo(server.http(), QStringLiteral("handler"));
    const auto push = [&](qint64 seq, const QString &personNo, int serial) {
        const HttpReply reply = server.http().post(
            QStringLiteral("/api/v1/sync/push"),
            pushBody(QStringLiteral("purge-client"),
                     {command(seq, QStringLiteral("person.register"), personArgs(personNo, QStringLiteral("330302"), serial))},
                     env.schema()),
            token);
        REQUIRE(reply.status == 200);
        return reply.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("rows")).toArray()
            .at(0).toObject().value(QStringLiteral("version")).toInteger();
    };
    const qint64 first = push(1, QStringLiteral("P-PG0001"), 3001);
    // Wait until the purge (every second, keeping one second) has dropped the first change.
    const QDeadlineTimer deadline(15'000);
    HttpReply old;
    do {
        QThread::msleep(300);
        old = server.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0"), token);
    } while (old.status == 200 && !deadline.hasExpired());
    REQUIRE(old.status == 410);
    const qint64 horizon = old.json.value(QStringLiteral("horizon")).toInteger();
    CHECK(horizon >= first);

    const qint64 second = push(2, QStringLiteral("P-PG0002"), 3002);
    const HttpReply fresh = server.http().get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(horizon), token);
    REQUIRE(fresh.status == 200);
    CHECK(fresh.json.value(QStringLiteral("cursor")).toInteger() >= second);
    // The client starts again with a bootstrap, which still has every row.
    const HttpReply bootstrap = server.http().get(QStringLiteral("/api/v1/sync/bootstrap?table=persons"), token);
    REQUIRE(bootstrap.status == 200);
    CHECK(bootstrap.json.value(QStringLiteral("rows")).toArray().size() == 2);
}

TEST_CASE("server: the purge drops entries up to the first one still within the retention, by version",
          "[server][ops]")
{
    ServerEnv &env = ServerEnv::get();
    QString error;
    INFO(error.toStdString());
    REQUIRE(env.prepareDatabase(QStringLiteral("ltc_purge_order"), &error));
    QSqlDatabase db = env.cluster().connect(QStringLiteral("ltc_purge_order"));
    REQUIRE(db.isOpen());
    // Versions in commit order; a transaction that began early commits its entry late, so time
    // is not in version order: 4 is recent, 5 is old again.
    const QList<int> ageDays{30, 20, 10, 0, 15, 0};
    for (int i = 0; i < ageDays.size(); ++i) {
        REQUIRE(execSql(db,
                        QStringLiteral("INSERT INTO change_log (version, table_name, op, row_key, committed_at) VALUES "
                                       "(?, 'persons', 'delete', ?, now() - make_interval(days => ?))"),
                        {i + 1, QStringLiteral("P%1").arg(i + 1), ageDays.at(i)}, &error));
    }
    const qint64 week = 7 * 24 * 3600;
    REQUIRE(ChangeLog::purge(db, week, &error) == 3);
    CHECK(scalarSql(db, QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM change_log")).toString()
          == QStringLiteral("4,5,6"));
    CHECK(ChangeLog::purgedThrough(db) == 3);
    // Nothing more goes while 4 is kept; once every entry is old, the purge goes through the last.
    CHECK(ChangeLog::purge(db, week, &error) == 3);
    REQUIRE(execSql(db, QStringLiteral("UPDATE change_log SET committed_at = now() - make_interval(days => 8)"), {}, &error));
    CHECK(ChangeLog::purge(db, week, &error) == 6);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM change_log")).toLongLong() == 0);
    CHECK(ChangeLog(SyncCatalog()).currentVersion(db) == 6);
}

TEST_CASE("server: HTTPS with a certificate and key", "[server][ops]")
{
    ServerEnv &env = ServerEnv::get();
    const QString folder = env.cluster().folder();
    const QString cert = folder + QStringLiteral("/tls-cert.pem");
    const QString key = folder + QStringLiteral("/tls-key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    REQUIRE(openssl.waitForFinished(60'000));
    INFO(openssl.readAll().toStdString());
    REQUIRE(openssl.exitCode() == 0);
    QFile certFile(cert);
    REQUIRE(certFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> trusted = QSslCertificate::fromDevice(&certFile);
    REQUIRE(trusted.size() == 1);

    ServerProcess server(QStringLiteral("tls"), env.cluster().url(QStringLiteral("ltc")), folder,
                         QJsonObject{{QStringLiteral("tls_cert"), cert}, {QStringLiteral("tls_key"), key}});
    QString error;
    server.trust(trusted.first());  // the harness's health check already speaks HTTPS
    INFO(error.toStdString());
    REQUIRE(server.start(&error));
    CHECK(server.baseUrl().startsWith(QStringLiteral("https://")));
    const QString token = loginTo(server.http(), QStringLiteral("handler"));
    CHECK(server.http().get(QStringLiteral("/api/v1/sync/pull?cursor=0&limit=1"), token).status == 200);
    // Without trusting the certificate, a client refuses the connection.
    HttpClient stranger(server.baseUrl());
    CHECK(stranger.get(QStringLiteral("/api/v1/health")).status == 0);
}

TEST_CASE("server: killed in the middle of a push, then restarted: a retry applies only what was not committed",
          "[server][ops]")
{
    ServerEnv &env = ServerEnv::get();
    ServerProcess server(QStringLiteral("killed"), env.cluster().url(QStringLiteral("ltc")), env.cluster().folder());
    QString error;
    INFO(error.toStdString());
    REQUIRE(server.start(&error));
    const QString token = loginTo(server.http(), QStringLiteral("handler"));
    constexpr int kCommands = 300;
    QJsonArray commands;
    for (int i = 1; i <= kCommands; ++i)
        commands.append(command(i, QStringLiteral("person.register"),
                                personArgs(QStringLiteral("P-K%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("330302"), 10000 + i)));
    const QByteArray body = QJsonDocument(pushBody(QStringLiteral("kill-client"), commands, env.schema())).toJson();

    QSqlDatabase db = env.db();
    const auto decided = [&db] {
        return scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM command_results WHERE client_id = 'kill-client'")).toInt();
    };
    QNetworkReply *reply = server.http().startPost(QStringLiteral("/api/v1/sync/push"), body, token);
    const QDeadlineTimer deadline(30'000);
    while (decided() < 20 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);  // lets QNetworkAccessManager send
    server.killHard();
    const HttpReply lost = HttpClient::wait(reply);
    CHECK(lost.status == 0);  // the response never came
    const int committed = decided();
    REQUIRE(committed >= 20);
    REQUIRE(committed < kCommands);

    REQUIRE(server.start(&error));
    const HttpReply retry = server.http().postRaw(QStringLiteral("/api/v1/sync/push"), body, token);
    REQUIRE(retry.status == 200);
    const QStringList results = statuses(retry.json.value(QStringLiteral("results")).toArray());
    CHECK(results.count(QStringLiteral("duplicate")) == committed);
    CHECK(results.count(QStringLiteral("applied")) == kCommands - committed);
    CHECK(results.mid(0, committed) == QStringList(committed, QStringLiteral("duplicate")));
    // Each person once, each with exactly one change.
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE person_no LIKE 'P-K%'")).toInt() == kCommands);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE row_key LIKE 'P-K%'")).toInt() == kCommands);
    CHECK(verifyAuditChain(db) == 0);
}

TEST_CASE("server: the request log has one JSON line per request and no personal data", "[server][ops]")
{
    ServerEnv &env = ServerEnv::get();
    const QString token = env.login(QStringLiteral("handler"));
    const QJsonObject person = personArgs(QStringLiteral("P-LOG01"), QStringLiteral("330302"), 5001);
    env.http().post(QStringLiteral("/api/v1/sync/push"),
                    pushBody(QStringLiteral("log-client"), {command(1, QStringLiteral("person.register"), person)}, env.schema()),
                    token);
    env.http().get(QStringLiteral("/api/v1/sync/bootstrap?table=persons&after=P-LOG00"), token);
    const QString log = env.server().log();
    CHECK(log.contains(QStringLiteral("\"path\":\"/api/v1/sync/push\"")));
    CHECK(log.contains(QStringLiteral("\"user\":\"handler\"")));
    for (const QString &line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        INFO(line.toStdString());
        CHECK(QJsonDocument::fromJson(line.toUtf8()).isObject());
    }
    CHECK(!log.contains(person.value(QStringLiteral("id_number")).toString()));
    CHECK(!log.contains(person.value(QStringLiteral("name")).toString()));
    CHECK(!log.contains(kPassword));
    CHECK(!log.contains(token));
    CHECK(!log.contains(QStringLiteral("P-LOG00")));  // queries are not logged
}

TEST_CASE("server: a file announced with a wrong size and left unfinished does not block its right upload",
          "[server][ops][blobs]")
{
    ServerEnv &env = ServerEnv::get();
    QSqlDatabase db = env.db();
    const QByteArray content = QByteArrayLiteral("person_no,name\nP1,张三\n");
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const qint64 maxBytes = 1 << 20;
    // Someone announces the file as twice its size and sends its first half only.
    const BlobAppend wrong = ServerBlobs::append(db, sha256, QStringLiteral("other"), 0, content.size() * 2,
                                                 content.left(10), maxBytes);
    REQUIRE(wrong.result == BlobAppend::Result::Ok);
    CHECK_FALSE(wrong.status.complete);

    // The right upload starts over from the first chunk, and completes with the digest checked.
    const BlobAppend first = ServerBlobs::append(db, sha256, QStringLiteral("handler"), 0, content.size(),
                                                 content.left(10), maxBytes);
    REQUIRE(first.result == BlobAppend::Result::Ok);
    CHECK(first.status.received == 10);
    CHECK(first.status.size == content.size());
    // A chunk of the wrong announcement past the start is still refused, naming the size.
    const BlobAppend late = ServerBlobs::append(db, sha256, QStringLiteral("other"), 10, content.size() * 2,
                                                content.mid(10), maxBytes);
    CHECK(late.result == BlobAppend::Result::Invalid);
    const BlobAppend rest = ServerBlobs::append(db, sha256, QStringLiteral("handler"), 10, content.size(),
                                                content.mid(10), maxBytes);
    REQUIRE(rest.result == BlobAppend::Result::Ok);
    CHECK(rest.status.complete);
    // Once whole, an announcement of another size changes nothing.
    CHECK(ServerBlobs::append(db, sha256, QStringLiteral("other"), 0, 3, QByteArrayLiteral("abc"), maxBytes).status.complete);
    CHECK(scalarSql(db, QStringLiteral("SELECT size FROM blobs WHERE sha256 = ?"), {sha256}).toLongLong() == content.size());
}
