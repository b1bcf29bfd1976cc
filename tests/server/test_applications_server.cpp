// The applications module against the real ltcserver on a real PostgreSQL: an application taken
// offline at a desktop's counter reaches the server, which re-applies every step with the same
// domain code (a forbidden role, a wrong district, a second open application refused there), and
// arrives on the district's other desktops, not another district's; the online channel's account
// submits straight to the server.
#include "serverharness.h"
#include "testdesktop.h"

#include "applications/domain/applicationreads.h"
#include "applications/domain/applicationsworklist.h"
#include "localstore.h"
#include "sql.h"
#include "syncengine.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

#include <memory>

using namespace ltc;
using namespace ltc::test;

namespace {

struct Desktop : TestDesktop {
    std::optional<applications::Application> application(const QString &id)
    {
        QSqlDatabase db = store->database().connection();
        return applications::findApplication(db, id);
    }
};

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString yesterday() { return QDate::currentDate().addDays(-1).toString(Qt::ISODate); }

QJsonObject submission(const QString &id, const QString &personNo, const QString &channel,
                       const QString &kind = QStringLiteral("FIRST"))
{
    return {{QStringLiteral("id"), id},           {QStringLiteral("person_no"), personNo},
            {QStringLiteral("kind"), kind},       {QStringLiteral("channel"), channel},
            {QStringLiteral("received_on"), yesterday()}};
}

QString resultOf(const QJsonArray &results, int index, const char *field)
{
    return results.at(index).toObject().value(QString::fromLatin1(field)).toString();
}

} // namespace

TEST_CASE("applications: taken offline at the counter, synced, re-checked by the server, seen in the district only",
          "[server][applications]")
{
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")});
    Desktop a;
    REQUIRE(a.run(handler, QStringLiteral("person.register"), personArgs(QStringLiteral("P-AP0001"), QStringLiteral("330302"), 7001)).ok());
    REQUIRE(a.run(handler, QStringLiteral("person.register"), personArgs(QStringLiteral("P-AP0002"), QStringLiteral("330302"), 7002)).ok());
    const QString id = newId();
    REQUIRE(a.run(handler, QStringLiteral("application.submit"), submission(id, QStringLiteral("P-AP0001"), QStringLiteral("COUNTER"))).ok());
    REQUIRE(a.run(handler, QStringLiteral("application.request_materials"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("items"), QJsonArray{QStringLiteral("DISCHARGE")}},
                   {QStringLiteral("requested_on"), yesterday()}})
                .ok());
    const SyncResult first = a.sync(QStringLiteral("handler"));
    REQUIRE(first.ok());
    CHECK(first.rejected == 0);
    CHECK(serverValue(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString()
          == QStringLiteral("AWAITING_MATERIALS"));
    CHECK(serverValue(QStringLiteral("SELECT COUNT(*) FROM application_events WHERE application_id = ?"), {id}).toInt() == 2);
    CHECK(serverValue(QStringLiteral("SELECT COUNT(*) FROM application_materials WHERE application_id = ?"), {id}).toInt() == 1);

    // The materials arrive and the application is accepted, offline again; the server hands the
    // assessment task over with the same id as the desktop.
    REQUIRE(a.run(handler, QStringLiteral("application.receive_materials"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("received_on"), yesterday()}})
                .ok());
    REQUIRE(a.run(handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), id}}).ok());
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM assessment_tasks WHERE application_id = ?"), {id}) == 1);
    REQUIRE(a.sync(QStringLiteral("handler")).ok());
    CHECK(serverValue(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString() == QStringLiteral("ACCEPTED"));
    CHECK(serverValue(QStringLiteral("SELECT state FROM assessment_tasks WHERE application_id = ?"), {id}).toString()
          == QStringLiteral("TO_DISPATCH"));
    CHECK(serverValue(QStringLiteral("SELECT COUNT(*) FROM application_events WHERE application_id = ?"), {id}).toInt() == 4);
    CHECK(a.count(QStringLiteral("SELECT COUNT(*) FROM application_events WHERE application_id = ?"), {id}) == 4);

    // A role the server does not give: this desktop let reviewer1 act as a handler; the server
    // refuses the submission finally and the desktop drops its optimistic row.
    const QString forbidden = newId();
    REQUIRE(a.run(identity(QStringLiteral("reviewer1"), {QStringLiteral("handler")}), QStringLiteral("application.submit"),
                  submission(forbidden, QStringLiteral("P-AP0002"), QStringLiteral("COUNTER")))
                .ok());
    const SyncResult refused = a.sync(QStringLiteral("reviewer1"));
    REQUIRE(refused.ok());
    CHECK(refused.rejected == 1);
    const QList<RejectedCommand> rejected = rejectedCommands(*a.store);
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().command == QStringLiteral("application.submit"));
    CHECK(rejected.first().errorCode == QStringLiteral("forbidden"));
    CHECK(serverValue(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = ?"), {forbidden}).toInt() == 0);
    CHECK_FALSE(a.application(forbidden).has_value());

    // Another district's handler: refused by the server for the person's district.
    const QJsonArray outside = push(QStringLiteral("handler_b"), QStringLiteral("apps-outside"),
                                    {command(1, QStringLiteral("application.submit"),
                                             submission(newId(), QStringLiteral("P-AP0002"), QStringLiteral("COUNTER")))});
    CHECK(resultOf(outside, 0, "status") == QStringLiteral("rejected"));
    CHECK(resultOf(outside, 0, "code") == QStringLiteral("forbidden"));

    // A second desktop of the district gets the application with its whole history; one of
    // another district gets none of it.
    Desktop b;
    REQUIRE(b.sync(QStringLiteral("handler")).ok());
    const std::optional<applications::Application> there = b.application(id);
    REQUIRE(there.has_value());
    CHECK(there->status == QStringLiteral("ACCEPTED"));
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM application_events WHERE application_id = ?"), {id}) == 4);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM application_materials WHERE application_id = ?"), {id}) == 1);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM assessment_tasks WHERE application_id = ?"), {id}) == 1);
    Desktop c;
    REQUIRE(c.sync(QStringLiteral("handler_b")).ok());
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE person_no LIKE 'P-AP%'")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM application_events WHERE person_no LIKE 'P-AP%'")) == 0);
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM assessment_tasks WHERE person_no LIKE 'P-AP%'")) == 0);

    // The online channel submits straight to the server: ONLINE only, one open application of
    // a kind; the district's desktop lists it in its worklist on the next sync.
    const QString online = newId();
    const QJsonArray channel = push(
        QStringLiteral("app_channel"), QStringLiteral("apps-online"),
        {command(1, QStringLiteral("application.submit"), submission(online, QStringLiteral("P-AP0002"), QStringLiteral("ONLINE"))),
         command(2, QStringLiteral("application.submit"), submission(newId(), QStringLiteral("P-AP0002"), QStringLiteral("ONLINE"))),
         command(3, QStringLiteral("application.submit"),
                 submission(newId(), QStringLiteral("P-AP0002"), QStringLiteral("COUNTER"), QStringLiteral("DISPUTE"))),
         command(4, QStringLiteral("application.accept"), {{QStringLiteral("id"), online}})});
    REQUIRE(channel.size() == 4);
    CHECK(resultOf(channel, 0, "status") == QStringLiteral("applied"));
    CHECK(resultOf(channel, 1, "code") == QStringLiteral("conflict"));
    CHECK(resultOf(channel, 2, "code") == QStringLiteral("forbidden"));
    CHECK(resultOf(channel, 3, "code") == QStringLiteral("forbidden"));
    CHECK(serverValue(QStringLiteral("SELECT channel FROM applications WHERE id = ?"), {online}).toString() == QStringLiteral("ONLINE"));
    CHECK(serverValue(QStringLiteral("SELECT username FROM application_events WHERE application_id = ?"), {online}).toString()
          == QStringLiteral("app_channel"));
    REQUIRE(b.sync(QStringLiteral("handler")).ok());
    QSqlDatabase db = b.store->database().connection();
    applications::ApplicationFilter filter;
    filter.channel = QStringLiteral("ONLINE");
    filter.person = QStringLiteral("P-AP0002");
    QStringList listed;
    REQUIRE(applications::listApplications(db, filter, QDate::currentDate(), -1, 0, [&listed](const applications::ApplicationRow &row) {
        listed << row.application.id;
        return true;
    }));
    CHECK(listed == QStringList{online});
    // The handler decides it on that desktop; the server agrees.
    REQUIRE(b.run(handler, QStringLiteral("application.refuse"),
                  {{QStringLiteral("id"), online}, {QStringLiteral("reason"), QStringLiteral("OTHER")},
                   {QStringLiteral("text"), QStringLiteral("重复申请")}})
                .ok());
    REQUIRE(b.sync(QStringLiteral("handler")).ok());
    CHECK(serverValue(QStringLiteral("SELECT refusal_reason FROM applications WHERE id = ?"), {online}).toString()
          == QStringLiteral("OTHER"));
}

TEST_CASE("applications: a scan attached offline goes up on the blob channel and down to the district's desktops only",
          "[server][applications][scans]")
{
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")});
    Desktop a;
    REQUIRE(a.run(handler, QStringLiteral("person.register"), personArgs(QStringLiteral("P-AP0010"), QStringLiteral("330302"), 7010)).ok());
    const QString id = newId();
    REQUIRE(a.run(handler, QStringLiteral("application.submit"), submission(id, QStringLiteral("P-AP0010"), QStringLiteral("COUNTER"))).ok());
    // A scan of some size, so that it goes up and comes down in several parts.
    QByteArray scan("%PDF-1.4\n");
    for (int i = 0; scan.size() < 300 * 1024; ++i)
        scan += QByteArray::number(i * 7919) + ' ';
    const std::optional<QString> blob = a.store->blobs().put(scan);
    REQUIRE(blob.has_value());
    const QString scanId = newId();
    REQUIRE(a.run(handler, QStringLiteral("application.attach_scan"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("scan_id"), scanId},
                   {QStringLiteral("file_name"), QStringLiteral("出院小结.pdf")}, {QStringLiteral("blob"), *blob},
                   {QStringLiteral("bytes"), scan.size()}})
                .ok());
    a.engine->setChunkSize(64 * 1024);
    const SyncResult pushed = a.sync(QStringLiteral("handler"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 0);
    CHECK(serverValue(QStringLiteral("SELECT blob FROM application_scans WHERE id = ?"), {scanId}).toString() == *blob);
    CHECK(serverValue(QStringLiteral("SELECT complete FROM blobs WHERE sha256 = ?"), {*blob}).toBool());
    CHECK(serverValue(QStringLiteral("SELECT media_type FROM application_scans WHERE id = ?"), {scanId}).toString()
          == QStringLiteral("application/pdf"));

    // A second desktop of the district, another user: the row and the file, byte for byte.
    Desktop b;
    b.engine->setChunkSize(100 * 1024);
    const SyncResult down = b.sync(QStringLiteral("admin"));
    REQUIRE(down.ok());
    CHECK(down.filesFetched >= 1);
    CHECK(down.filesMissing == 0);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM application_scans WHERE id = ?"), {scanId}) == 1);
    CHECK(b.store->blobs().read(*blob) == scan);
    REQUIRE(b.sync(QStringLiteral("admin")).ok());  // nothing more to fetch
    // Another district's desktop: neither the row nor the file, and the server will not serve it.
    Desktop c;
    const SyncResult other = c.sync(QStringLiteral("handler_b"));
    REQUIRE(other.ok());
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM application_scans WHERE id = ?"), {scanId}) == 0);
    CHECK(c.store->blobs().size(*blob) < 0);
    ServerEnv &env = ServerEnv::get();
    const QString part = QStringLiteral("/api/v1/blobs/download?sha256=%1&offset=10&length=20").arg(*blob);
    CHECK(env.http().get(part, env.login(QStringLiteral("handler_b"))).status == 404);
    const ltc::test::HttpReply mine = env.http().get(part, env.login(QStringLiteral("reviewer1")));
    REQUIRE(mine.status == 200);
    CHECK(mine.body == scan.mid(10, 20));
    CHECK(env.http().get(QStringLiteral("/api/v1/blobs/download?sha256=%1&offset=%2").arg(*blob).arg(scan.size()),
                         env.login(QStringLiteral("reviewer1")))
              .status
          == 416);

    // A scan the server refuses (not a PDF or JPEG, whatever this desktop let through) is
    // rejected there; the desktop drops its row.
    const QByteArray notScan("PK\x03\x04 a zip file");
    const std::optional<QString> zip = a.store->blobs().put(notScan);
    REQUIRE(zip.has_value());
    const QJsonArray refused = push(QStringLiteral("handler"), QStringLiteral("scans-zip"),
                                    {command(1, QStringLiteral("application.attach_scan"),
                                             {{QStringLiteral("id"), id}, {QStringLiteral("scan_id"), newId()},
                                              {QStringLiteral("file_name"), QStringLiteral("a.pdf")}, {QStringLiteral("blob"), *zip},
                                              {QStringLiteral("bytes"), notScan.size()}})});
    CHECK(resultOf(refused, 0, "status") == QStringLiteral("rejected"));
    CHECK(resultOf(refused, 0, "error").contains(QStringLiteral("blob")));  // the server never received that file
}
