// Scans of an application's materials: a PDF or a JPEG kept as a blob and attached to an open
// application for a checklist item; what the command refuses (another kind of file, a size that
// is not the file's, a file not here, an item not on the checklist, a decided application, the
// online channel on a counter's application) and the history keeping each step's scans.
#include <catch2/catch.hpp>

#include "applications/domain/applicationscans.h"
#include "modules/applicationsfixture.h"

#include <QUuid>

using namespace ltc;
using namespace ltc::applications;

namespace {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QByteArray pdfBytes(const QByteArray &text) { return "%PDF-1.4\n% " + text + "\n%%EOF\n"; }
QByteArray jpegBytes() { return QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + QByteArray(64, 'x'); }

struct ScanFixture : ApplicationsFixture {
    QString application = newId();

    ScanFixture() { require(handler, QStringLiteral("application.submit"), submission(application, QStringLiteral("A1"))); }

    // The file kept as the desktop keeps it, and the command's arguments naming it.
    QJsonObject attach(const QByteArray &bytes, const QString &fileName, const QString &code = QStringLiteral("DISCHARGE"))
    {
        const std::optional<QString> blob = store->blobs().put(bytes);
        REQUIRE(blob.has_value());
        QJsonObject args{{QStringLiteral("id"), application},   {QStringLiteral("scan_id"), newId()},
                         {QStringLiteral("file_name"), fileName}, {QStringLiteral("blob"), *blob},
                         {QStringLiteral("bytes"), bytes.size()}};
        if (!code.isEmpty())
            args.insert(QStringLiteral("material_code"), code);
        return args;
    }
    QList<ScanRecord> scans()
    {
        QSqlDatabase db = store.db();
        return scansOf(db, application);
    }
};

} // namespace

TEST_CASE("a scan is a PDF or a JPEG by its content, not by its name", "[applications][scans]")
{
    CHECK(scanMediaType(pdfBytes("x")) == QStringLiteral("application/pdf"));
    CHECK(scanMediaType(jpegBytes()) == QStringLiteral("image/jpeg"));
    CHECK(scanMediaType("PK\x03\x04 a zip named scan.pdf").isEmpty());
    CHECK(scanMediaType("%PD").isEmpty());
    CHECK(scanMediaType({}).isEmpty());
}

TEST_CASE("scans are attached to an open application for a checklist item and kept in its history",
          "[applications][scans][store]")
{
    ScanFixture f;
    f.require(f.handler, QStringLiteral("application.attach_scan"), f.attach(pdfBytes("discharge"), QStringLiteral("出院小结.pdf")));
    f.require(f.handler, QStringLiteral("application.attach_scan"), f.attach(jpegBytes(), QStringLiteral("pledge.jpg"), QStringLiteral("PLEDGE")));
    f.require(f.handler, QStringLiteral("application.attach_scan"), f.attach(pdfBytes("other"), QStringLiteral("其他.pdf"), QString()));
    const QList<ScanRecord> scans = f.scans();
    REQUIRE(scans.size() == 3);
    CHECK(scans.at(0).mediaType == QStringLiteral("application/pdf"));
    CHECK(scans.at(0).materialCode == QStringLiteral("DISCHARGE"));
    CHECK(scans.at(0).attachedBy == QStringLiteral("handler"));
    CHECK(scans.at(1).mediaType == QStringLiteral("image/jpeg"));
    CHECK(scans.at(2).materialCode.isEmpty());

    QSqlDatabase db = f.store.db();
    QList<ApplicationEvent> history = historyOf(db, f.application);
    REQUIRE(history.size() == 4);
    CHECK(history.last().action == QStringLiteral("application.attach_scan"));
    CHECK(history.last().details.value(QStringLiteral("file_name")).toString() == QStringLiteral("其他.pdf"));
    // The history keeps the checklist as it was after each step, with each item's scans.
    const auto scanNames = [](const ApplicationEvent &event, const QString &code) {
        QStringList names;
        for (const QJsonValue &item : event.materials) {
            if (item.toObject().value(QStringLiteral("code")).toString() != code)
                continue;
            for (const QJsonValue &scan : item.toObject().value(QStringLiteral("scans")).toArray())
                names << scan.toObject().value(QStringLiteral("file_name")).toString();
        }
        return names;
    };
    CHECK(scanNames(history.at(0), QStringLiteral("DISCHARGE")).isEmpty());
    CHECK(scanNames(history.at(1), QStringLiteral("DISCHARGE")) == QStringList{QStringLiteral("出院小结.pdf")});
    CHECK(scanNames(history.at(2), QStringLiteral("PLEDGE")) == QStringList{QStringLiteral("pledge.jpg")});
    CHECK(scanNames(history.at(3), QString()) == QStringList{QStringLiteral("其他.pdf")});

    SECTION("a wrongly attached scan is taken away while open; the history still shows it was there")
    {
        f.require(f.handler, QStringLiteral("application.remove_scan"), {{QStringLiteral("scan_id"), scans.at(1).id}});
        CHECK(f.scans().size() == 2);
        history = historyOf(db, f.application);
        REQUIRE(history.size() == 5);
        CHECK(history.last().action == QStringLiteral("application.remove_scan"));
        CHECK(scanNames(history.at(2), QStringLiteral("PLEDGE")) == QStringList{QStringLiteral("pledge.jpg")});
        CHECK(scanNames(history.last(), QStringLiteral("PLEDGE")).isEmpty());
        CHECK(codeOf(f.run(f.handler, QStringLiteral("application.remove_scan"), {{QStringLiteral("scan_id"), scans.at(1).id}}))
              == QStringLiteral("not_found"));
    }
    SECTION("a decided application takes no scan and gives none back")
    {
        f.require(f.handler, QStringLiteral("application.accept"), {{QStringLiteral("id"), f.application}});
        CHECK(codeOf(f.run(f.handler, QStringLiteral("application.attach_scan"), f.attach(pdfBytes("late"), QStringLiteral("late.pdf"))))
              == QStringLiteral("state"));
        CHECK(codeOf(f.run(f.handler, QStringLiteral("application.remove_scan"), {{QStringLiteral("scan_id"), scans.at(0).id}}))
              == QStringLiteral("state"));
        CHECK(f.scans().size() == 3);
    }
}

TEST_CASE("a scan is refused, naming the field, when it is not what the command says", "[applications][scans][store]")
{
    ScanFixture f;
    const auto refusal = [&f](const QJsonObject &args) {
        const CommandOutcome outcome = f.run(f.handler, QStringLiteral("application.attach_scan"), args);
        return outcome.ok() ? QString() : outcome.error->message;
    };
    CHECK(refusal(f.attach("PK\x03\x04 not a scan", QStringLiteral("scan.pdf"))).contains(QStringLiteral("file_name")));
    QJsonObject wrongSize = f.attach(pdfBytes("size"), QStringLiteral("a.pdf"));
    wrongSize.insert(QStringLiteral("bytes"), wrongSize.value(QStringLiteral("bytes")).toInt() + 1);
    CHECK(refusal(wrongSize).contains(QStringLiteral("bytes")));
    QJsonObject absent = f.attach(pdfBytes("absent"), QStringLiteral("b.pdf"));
    absent.insert(QStringLiteral("blob"), QString(64, QLatin1Char('a')));
    CHECK(refusal(absent).contains(QStringLiteral("blob")));
    CHECK(refusal(f.attach(pdfBytes("item"), QStringLiteral("c.pdf"), QStringLiteral("PASSPORT"))).contains(QStringLiteral("material_code")));
    QJsonObject noName = f.attach(pdfBytes("name"), QString());
    CHECK(refusal(noName).contains(QStringLiteral("file_name")));
    QJsonObject badId = f.attach(pdfBytes("id"), QStringLiteral("d.pdf"));
    badId.insert(QStringLiteral("scan_id"), QStringLiteral("not-a-uuid"));
    CHECK(refusal(badId).contains(QStringLiteral("scan_id")));
    CHECK(f.scans().isEmpty());

    // The same file twice on one application is one scan.
    f.require(f.handler, QStringLiteral("application.attach_scan"), f.attach(pdfBytes("twice"), QStringLiteral("e.pdf")));
    CHECK(codeOf(f.run(f.handler, QStringLiteral("application.attach_scan"), f.attach(pdfBytes("twice"), QStringLiteral("f.pdf"))))
          == QStringLiteral("conflict"));
    // Roles and districts: a manager may not; the online channel may not touch a counter's
    // application; another district's handler does not see it.
    CHECK(codeOf(f.run(f.manager, QStringLiteral("application.attach_scan"), f.attach(pdfBytes("m"), QStringLiteral("m.pdf"))))
          == QStringLiteral("forbidden"));
    CHECK(codeOf(f.run(f.channel, QStringLiteral("application.attach_scan"), f.attach(pdfBytes("c"), QStringLiteral("c.pdf"))))
          == QStringLiteral("forbidden"));
    CHECK_FALSE(f.run(f.otherHandler, QStringLiteral("application.attach_scan"), f.attach(pdfBytes("o"), QStringLiteral("o.pdf"))).ok());
    CHECK(f.scans().size() == 1);
}
