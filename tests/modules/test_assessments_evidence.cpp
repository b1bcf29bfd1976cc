// Evidence of an assessment over a real store: photos (JPEG, PNG) and video (MP4) kept on the
// blob channel and notes, attached while the task is assessed; each bad input refused with the
// field it concerns — the kind, the id, a file that is not what its kind says, a size that is
// not the file's, a file this computer does not hold, an empty note — as are the wrong state,
// another district, the same file twice; removal in the same states, with its audit record.
#include <catch2/catch.hpp>

#include "assessments/domain/evidencecommands.h"
#include "assessments/domain/taskpagereads.h"
#include "database/dbtestsupport.h"
#include "database/records/handovers.h"

#include <QFile>
#include <QJsonDocument>
#include <QUuid>

using namespace ltc;
using namespace ltc::assessments;
using ltctest::str;

namespace {

const QString kDistrict = QStringLiteral("330302");
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

struct EvidenceFixture {
    ltctest::TempStore store;
    UserIdentity admin = ltctest::admin();
    UserIdentity handler = ltctest::handler(kDistrict);
    QString task;

    EvidenceFixture()
    {
        QFile file(QStringLiteral(LTC_SOURCE_DIR "/resources/policies/wenzhou-2023.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object();
        policy.insert(QStringLiteral("assessment"), QJsonObject{{QStringLiteral("agency_choice"), QStringLiteral("ROTATION")}});
        require(admin, QStringLiteral("policy.load"), policy);
        const auto id = [](int sequence) { return ltctest::citizenId(kDistrict, QDate(1970, 1, 1), sequence).toUtf8(); };
        importText(QStringLiteral("persons"),
                   "person_no,id_number,name,sex,birth_date,insurance_type,enrolled_on,district\n"
                   "P1," + ltctest::citizenId(kDistrict, QDate(1940, 5, 6), 11).toUtf8() + ",张三,M,1940-05-06,EMPLOYEE,2010-01-01,330302\n");
        importText(QStringLiteral("institutions"),
                   "code,name,kind,grade,service_forms,agreement_from,agreement_to,district\n"
                   "AG1,第一评估所,ASSESS,1,HOME_VISIT,2025-01-01,2030-12-31,330302\n");
        importText(QStringLiteral("staff"),
                   "staff_no,institution_code,name,id_number,role,employed_from\n"
                   "E1,AG1,专家一," + id(101) + ",EXPERT,2020-01-01\n"
                   "X1,AG1,评估员一," + id(107) + ",ASSESSOR,2020-01-01\n");
        const QString application = newId();
        require(handler, QStringLiteral("application.submit"),
                {{QStringLiteral("id"), application}, {QStringLiteral("person_no"), QStringLiteral("P1")},
                 {QStringLiteral("kind"), QStringLiteral("FIRST")}, {QStringLiteral("channel"), QStringLiteral("COUNTER")},
                 {QStringLiteral("received_on"), officeDate().toString(Qt::ISODate)}});
        require(handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), application}});
        task = assessmentTaskId(application);
        require(handler, QStringLiteral("assessment.dispatch"), {{QStringLiteral("id"), task}, {QStringLiteral("seed"), QStringLiteral("0000000000000007")}});
    }
    void importText(const QString &kind, const QByteArray &csv)
    {
        const ImportReport report = store->importer().importFile(admin, kind, store.file(kind + QStringLiteral(".csv"), csv));
        INFO(str(report.failure) << str(report.issues.formatErrors(kind)));
        REQUIRE(report.ok());
    }
    CommandOutcome run(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        return store->commands().execute(user, name, args);
    }
    void require(const UserIdentity &user, const QString &name, const QJsonObject &args)
    {
        const CommandOutcome outcome = run(user, name, args);
        INFO(str(name) << ": " << str(outcome.ok() ? QString() : outcome.error->message));
        REQUIRE(outcome.ok());
    }
    QString keep(const QByteArray &bytes) { return store->blobs().put(bytes).value_or(QString()); }
    QJsonObject fileArgs(const QString &kind, const QString &name, const QByteArray &bytes)
    {
        return {{QStringLiteral("id"), task}, {QStringLiteral("evidence_id"), newId()}, {QStringLiteral("kind"), kind},
                {QStringLiteral("file_name"), name}, {QStringLiteral("blob"), keep(bytes)}, {QStringLiteral("bytes"), bytes.size()}};
    }
};

QString codeOf(const CommandOutcome &outcome) { return outcome.ok() ? QString() : outcome.error->code; }
QString messageOf(const CommandOutcome &outcome) { return outcome.ok() ? QString() : outcome.error->message; }

const QByteArray kJpeg("\xFF\xD8\xFF\xE0 a photo");
const QByteArray kPng("\x89PNG\r\n\x1A\n a photo");
const QByteArray kMp4 = QByteArray("\x00\x00\x00\x18", 4) + "ftypmp42 a video";

} // namespace

TEST_CASE("evidence: photos, video and notes while the task is assessed; bad input refused by field",
          "[assessments][evidence][store]")
{
    EvidenceFixture f;
    const QString attach = QStringLiteral("assessment.attach_evidence");
    // Before the agency accepts, nothing is attached.
    CHECK(codeOf(f.run(f.handler, attach, f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("a.jpg"), kJpeg))) == QStringLiteral("state"));
    f.require(f.handler, QStringLiteral("assessment.agency_accept"), {{QStringLiteral("id"), f.task}});

    QJsonObject args = f.fileArgs(QStringLiteral("AUDIO"), QStringLiteral("a.jpg"), kJpeg);
    CHECK(messageOf(f.run(f.handler, attach, args)).startsWith(QStringLiteral("kind:")));
    args = f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("a.jpg"), kJpeg);
    args.insert(QStringLiteral("evidence_id"), QStringLiteral("not-a-uuid"));
    CHECK(messageOf(f.run(f.handler, attach, args)).startsWith(QStringLiteral("evidence_id:")));
    // A PDF sent as a photo, an MP4 as a photo, a JPEG as a video: the content decides.
    CHECK(messageOf(f.run(f.handler, attach, f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("a.jpg"), "%PDF-1.4 x")))
              .startsWith(QStringLiteral("file_name:")));
    CHECK(codeOf(f.run(f.handler, attach, f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("a.mp4"), kMp4))) == QStringLiteral("invalid"));
    CHECK(codeOf(f.run(f.handler, attach, f.fileArgs(QStringLiteral("VIDEO"), QStringLiteral("a.jpg"), kJpeg))) == QStringLiteral("invalid"));
    args = f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("a.jpg"), kJpeg);
    args.insert(QStringLiteral("bytes"), kJpeg.size() + 1);
    CHECK(messageOf(f.run(f.handler, attach, args)).startsWith(QStringLiteral("bytes:")));
    args.insert(QStringLiteral("bytes"), kMaxPhotoBytes + 1);
    CHECK(messageOf(f.run(f.handler, attach, args)).startsWith(QStringLiteral("bytes:")));
    args = f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("a.jpg"), kJpeg);
    args.insert(QStringLiteral("blob"), QString(64, QLatin1Char('a')));  // a file this computer does not hold
    CHECK(messageOf(f.run(f.handler, attach, args)).startsWith(QStringLiteral("blob:")));
    args.insert(QStringLiteral("blob"), QStringLiteral("ABC"));
    CHECK(messageOf(f.run(f.handler, attach, args)).startsWith(QStringLiteral("blob:")));
    CHECK(messageOf(f.run(f.handler, attach, {{QStringLiteral("id"), f.task}, {QStringLiteral("evidence_id"), newId()},
                                              {QStringLiteral("kind"), QStringLiteral("NOTE")}, {QStringLiteral("note"), QStringLiteral("  ")}}))
              .startsWith(QStringLiteral("note:")));
    CHECK(codeOf(f.run(ltctest::handler(QStringLiteral("330303")), attach,
                       f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("a.jpg"), kJpeg)))
          == QStringLiteral("forbidden"));
    CHECK(f.store.count(QStringLiteral("assessment_evidence")) == 0);

    // What is allowed: a JPEG and a PNG photo, an MP4 video, a note.
    f.require(f.handler, attach, f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("卧室.jpg"), kJpeg));
    f.require(f.handler, attach, f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("床.png"), kPng));
    f.require(f.handler, attach, f.fileArgs(QStringLiteral("VIDEO"), QStringLiteral("行走.mp4"), kMp4));
    f.require(f.handler, attach, {{QStringLiteral("id"), f.task}, {QStringLiteral("evidence_id"), newId()},
                                  {QStringLiteral("kind"), QStringLiteral("NOTE")}, {QStringLiteral("note"), QStringLiteral("卧床")}});
    QSqlDatabase db = f.store.db();
    const QList<EvidenceRow> rows = evidenceOf(db, f.task);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).seq == 1);
    CHECK(rows.at(1).kind == QStringLiteral("PHOTO"));
    CHECK(f.store.scalar(QStringLiteral("SELECT media_type FROM assessment_evidence WHERE file_name = ?"), {QStringLiteral("床.png")})
              .toString() == QStringLiteral("image/png"));
    CHECK(f.store.scalar(QStringLiteral("SELECT media_type FROM assessment_evidence WHERE kind = 'VIDEO'")).toString()
          == QStringLiteral("video/mp4"));
    CHECK(rows.at(3).blob.isEmpty());
    CHECK(rows.at(3).note == QStringLiteral("卧床"));
    // The same file twice on one task: refused.
    CHECK(codeOf(f.run(f.handler, attach, f.fileArgs(QStringLiteral("PHOTO"), QStringLiteral("again.jpg"), kJpeg)))
          == QStringLiteral("conflict"));

    // Removal: an unknown one, another district, then the photo (audited).
    const QString remove = QStringLiteral("assessment.remove_evidence");
    CHECK(codeOf(f.run(f.handler, remove, {{QStringLiteral("evidence_id"), newId()}})) == QStringLiteral("not_found"));
    CHECK(codeOf(f.run(ltctest::handler(QStringLiteral("330303")), remove, {{QStringLiteral("evidence_id"), rows.at(0).id}}))
          == QStringLiteral("forbidden"));
    const int audited = f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    f.require(f.handler, remove, {{QStringLiteral("evidence_id"), rows.at(0).id}});
    CHECK(!findEvidence(db, rows.at(0).id).has_value());
    CHECK(f.store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() > audited);
    CHECK(evidenceOf(db, f.task).size() == 3);
}
