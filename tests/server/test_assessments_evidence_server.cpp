// Evidence of an assessment against the real ltcserver on PostgreSQL: a photo and a note
// attached offline on one desktop go up (the photo on the blob channel, in parts), are re-checked
// there, and come down to a second desktop of the district — the file byte for byte — and not to
// another district's. Serials 9051-9059.
#include "serverharness.h"
#include "assessmentscenario.h"
#include "testdesktop.h"

#include "database/records/handovers.h"
#include "localstore.h"
#include "sql.h"
#include "syncengine.h"

#include <QUuid>
#include <catch2/catch.hpp>

using namespace ltc;
using namespace ltc::test;

namespace {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

TEST_CASE("assessments on the server: evidence attached offline reaches the district's desktops only",
          "[server][assessments][evidence]")
{
    const UserIdentity officer = identity(QStringLiteral("officer"), {QStringLiteral("agreement_officer")});
    const UserIdentity handler = identity(QStringLiteral("handler"), {QStringLiteral("handler")});
    TestDesktop a;
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    // An agency of the district with its own experts and assessors, so that whichever agency the
    // rotation reaches has a team to draw.
    REQUIRE(a.import(officer, QStringLiteral("institutions"),
                     QStringLiteral("code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                                    "0AS02,鹿城第二评估中心,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31,330302\n")).ok());
    REQUIRE(a.import(officer, QStringLiteral("staff"),
                     QStringLiteral("staff_no,institution_code,name,id_number,role,employed_from\n"
                                    "E-EV01,0AS02,专家丙,%1,EXPERT,2025-01-01\n"
                                    "E-EV02,0AS02,专家丁,%2,EXPERT,2025-01-01\n"
                                    "X-EV01,0AS02,评估员丁,%3,ASSESSOR,2025-01-01\n")
                         .arg(staffId(9051), staffId(9053), staffId(9055))).ok());
    REQUIRE(a.sync(QStringLiteral("officer")).ok());
    REQUIRE(a.run(handler, QStringLiteral("person.register"), personArgs(QStringLiteral("P-AS0057"), QStringLiteral("330302"), 9057)).ok());
    const QString application = newId();
    REQUIRE(a.run(handler, QStringLiteral("application.submit"),
                  {{QStringLiteral("id"), application}, {QStringLiteral("person_no"), QStringLiteral("P-AS0057")},
                   {QStringLiteral("kind"), QStringLiteral("FIRST")}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                   {QStringLiteral("received_on"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}}).ok());
    REQUIRE(a.run(handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), application}}).ok());
    const QString task = assessmentTaskId(application);
    REQUIRE(a.run(handler, QStringLiteral("assessment.dispatch"),
                  {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("00000000000e71de")}}).ok());
    REQUIRE(a.run(handler, QStringLiteral("assessment.agency_accept"), {{QStringLiteral("id"), task}}).ok());

    // Offline: a photo of some size (it goes up and comes down in several parts) and a note.
    QByteArray photo("\xFF\xD8\xFF\xE0", 4);
    for (int i = 0; photo.size() < 300 * 1024; ++i)
        photo += QByteArray::number(i * 104729) + ' ';
    const std::optional<QString> blob = a.store->blobs().put(photo);
    REQUIRE(blob.has_value());
    const QString photoId = newId();
    const QString noteId = newId();
    REQUIRE(a.run(handler, QStringLiteral("assessment.attach_evidence"),
                  {{QStringLiteral("id"), task}, {QStringLiteral("evidence_id"), photoId}, {QStringLiteral("kind"), QStringLiteral("PHOTO")},
                   {QStringLiteral("file_name"), QStringLiteral("卧室.jpg")}, {QStringLiteral("blob"), *blob},
                   {QStringLiteral("bytes"), photo.size()}}).ok());
    REQUIRE(a.run(handler, QStringLiteral("assessment.attach_evidence"),
                  {{QStringLiteral("id"), task}, {QStringLiteral("evidence_id"), noteId}, {QStringLiteral("kind"), QStringLiteral("NOTE")},
                   {QStringLiteral("note"), QStringLiteral("卧床，需协助翻身")}}).ok());
    a.engine->setChunkSize(64 * 1024);
    const SyncResult pushed = a.sync(QStringLiteral("handler"));
    REQUIRE(pushed.ok());
    CHECK(pushed.rejected == 0);
    CHECK(serverValue(QStringLiteral("SELECT blob FROM assessment_evidence WHERE id = ?"), {photoId}).toString() == *blob);
    CHECK(serverValue(QStringLiteral("SELECT media_type FROM assessment_evidence WHERE id = ?"), {photoId}).toString()
          == QStringLiteral("image/jpeg"));
    CHECK(serverValue(QStringLiteral("SELECT complete FROM blobs WHERE sha256 = ?"), {*blob}).toBool());
    CHECK(serverValue(QStringLiteral("SELECT note FROM assessment_evidence WHERE id = ?"), {noteId}).toString()
          == QStringLiteral("卧床，需协助翻身"));

    // A second desktop of the district: both rows, and the photo byte for byte.
    TestDesktop b;
    b.engine->setChunkSize(100 * 1024);
    const SyncResult down = b.sync(QStringLiteral("admin"));
    REQUIRE(down.ok());
    CHECK(down.filesFetched >= 1);
    CHECK(down.filesMissing == 0);
    CHECK(b.count(QStringLiteral("SELECT COUNT(*) FROM assessment_evidence WHERE task_id = ?"), {task}) == 2);
    CHECK(b.store->blobs().read(*blob) == photo);

    // Another district's desktop: neither the rows nor the file, and the server will not serve it.
    TestDesktop c;
    REQUIRE(c.sync(QStringLiteral("handler_b")).ok());
    CHECK(c.count(QStringLiteral("SELECT COUNT(*) FROM assessment_evidence WHERE task_id = ?"), {task}) == 0);
    CHECK(c.store->blobs().size(*blob) < 0);
    ServerEnv &env = ServerEnv::get();
    CHECK(env.http().get(QStringLiteral("/api/v1/blobs/download?sha256=%1&offset=0&length=16").arg(*blob),
                         env.login(QStringLiteral("handler_b"))).status == 404);
}
