#include "applications/domain/applicationscans.h"

#include "applications/domain/applicationsteps.h"
#include "core/tr.h"
#include "database/blobs.h"
#include "database/sql.h"

#include <QUuid>

namespace ltc::applications {

QString scanMediaType(const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    return {};
}

namespace {

const QStringList kOpen{status::Received, status::AwaitingMaterials};

// An online channel's account attaches to the applications it submitted online, nothing else.
std::optional<CommandOutcome> channelRefusal(const CommandContext &ctx, const Application &application)
{
    if (ctx.user().hasAnyRole(roleIds({Role::Handler, Role::Admin})) || application.channel == QLatin1String("ONLINE"))
        return std::nullopt;
    return CommandOutcome::failure(QStringLiteral("forbidden"),
                                   Tr::tr("id: an online channel account may attach scans to ONLINE applications only"));
}

struct ScanFile {
    QString blob;
    qint64 bytes = 0;
    QString mediaType;
};

// The file the command names: whole here (on the server: uploaded whole), of the size the
// command says, a PDF or a JPEG by its content.
std::optional<ScanFile> readScanFile(CommandContext &ctx, JsonArgs &read, const QJsonObject &args)
{
    ScanFile file;
    file.blob = read.text(QStringLiteral("blob"));
    file.bytes = args.value(QStringLiteral("bytes")).toInteger(-1);
    if (!file.blob.isEmpty() && !isSha256Hex(file.blob))
        read.error(QStringLiteral("blob"), Tr::tr("must be the SHA-256 of the file, in lowercase hex"));
    if (file.bytes < 1 || file.bytes > kMaxScanBytes)
        read.error(QStringLiteral("bytes"), Tr::tr("must be the file's size, 1 byte to %1 MiB").arg(kMaxScanBytes >> 20));
    if (!read.ok())
        return std::nullopt;
    QString why;
    const std::unique_ptr<ByteSource> source = ctx.blob(file.blob, &why);
    if (!source) {
        read.error(QStringLiteral("blob"), why);
        return std::nullopt;
    }
    if (source->size() != file.bytes)
        read.error(QStringLiteral("bytes"), Tr::tr("the file has %1 bytes, not %2").arg(source->size()).arg(file.bytes));
    const std::optional<QByteArray> head = source->read(&why);
    file.mediaType = head ? scanMediaType(*head) : QString();
    if (read.ok() && file.mediaType.isEmpty())
        read.error(QStringLiteral("file_name"), Tr::tr("the file is neither a PDF nor a JPEG scan"));
    return read.ok() ? std::optional<ScanFile>(file) : std::nullopt;
}

bool onChecklist(QSqlDatabase &db, const QString &applicationId, const QString &code)
{
    const QList<MaterialState> materials = materialsOf(db, applicationId);
    return std::any_of(materials.cbegin(), materials.cend(), [&code](const MaterialState &item) { return item.code == code; });
}

// The scan's own fields: a UUID the client chose, a file name, a checklist item or none.
void readScanFields(CommandContext &ctx, JsonArgs &read, const Application &application, ScanRecord &scan)
{
    scan.id = read.text(QStringLiteral("scan_id"));
    if (!scan.id.isEmpty() && QUuid::fromString(scan.id).isNull())
        read.error(QStringLiteral("scan_id"), Tr::tr("must be a UUID chosen by the client"));
    else if (!scan.id.isEmpty() && findScan(ctx.db(), scan.id))
        read.error(QStringLiteral("scan_id"), Tr::tr("scan %1 already exists").arg(scan.id));
    scan.fileName = read.text(QStringLiteral("file_name")).trimmed();
    if (scan.fileName.size() > 200)
        read.error(QStringLiteral("file_name"), Tr::tr("is longer than 200 characters"));
    scan.materialCode = read.text(QStringLiteral("material_code"), false);
    if (!scan.materialCode.isEmpty() && !onChecklist(ctx.db(), application.id, scan.materialCode))
        read.error(QStringLiteral("material_code"),
                   Tr::tr("%1 is not on the materials checklist of application %2").arg(scan.materialCode, application.id));
}

bool insertScan(CommandContext &ctx, const ScanRecord &scan, const QString &personNo)
{
    // Numbered in the order attached (several may share a second).
    const int seq = scalarSql(ctx.db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM application_scans WHERE "
                                                       "application_id = ?"),
                              {scan.applicationId})
                        .toInt();
    if (!ctx.exec(QStringLiteral("INSERT INTO application_scans (id, application_id, seq, person_no, material_code, "
                                 "file_name, media_type, blob, bytes, attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?)"),
                  {scan.id, scan.applicationId, seq, personNo, sqlText(scan.materialCode), scan.fileName, scan.mediaType,
                   scan.blob, scan.bytes, scan.attachedBy, scan.attachedAt}))
        return false;
    ctx.recordChange(QStringLiteral("application_scans"), scan.id, std::nullopt,
                     ctx.fetch(QStringLiteral("application_scans"), QStringLiteral("id"), scan.id));
    return true;
}

QJsonObject scanDetails(const ScanRecord &scan)
{
    return {{QStringLiteral("scan_id"), scan.id},
            {QStringLiteral("file_name"), scan.fileName},
            {QStringLiteral("material_code"), scan.materialCode},
            {QStringLiteral("blob"), scan.blob}};
}

CommandOutcome attachScan(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    std::optional<Loaded> loaded = loadForChange(ctx, read, refusal);
    if (!loaded)
        return refusal;
    const Application &application = loaded->application;
    if (const std::optional<CommandOutcome> forbidden = channelRefusal(ctx, application))
        return *forbidden;
    if (!isOpen(application.status))
        return notAllowed(application, QStringLiteral("attach_scan"), kOpen);
    ScanRecord scan;
    scan.applicationId = application.id;
    readScanFields(ctx, read, application, scan);
    const std::optional<ScanFile> file = readScanFile(ctx, read, args);
    if (!file)
        return read.failure();
    for (const ScanRecord &kept : scansOf(ctx.db(), application.id)) {
        if (kept.blob == file->blob)
            return CommandOutcome::failure(QStringLiteral("conflict"),
                                           Tr::tr("blob: this file is already attached as %1").arg(kept.fileName));
    }
    scan.blob = file->blob;
    scan.bytes = file->bytes;
    scan.mediaType = file->mediaType;
    scan.attachedBy = ctx.user().username;
    scan.attachedAt = ctx.now().toString(Qt::ISODate);
    if (!insertScan(ctx, scan, application.personNo)
        || !recordEvent(ctx, application, QStringLiteral("application.attach_scan"), scanDetails(scan)))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome removeScan(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString scanId = read.text(QStringLiteral("scan_id"));
    if (!read.ok())
        return read.failure();
    const std::optional<ScanRecord> scan = findScan(ctx.db(), scanId);
    if (!scan)
        return CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("scan_id: there is no scan %1").arg(scanId));
    JsonArgs application(QJsonObject{{QStringLiteral("id"), scan->applicationId}});
    CommandOutcome refusal;
    std::optional<Loaded> loaded = loadForChange(ctx, application, refusal);
    if (!loaded)
        return refusal;
    if (const std::optional<CommandOutcome> forbidden = channelRefusal(ctx, loaded->application))
        return *forbidden;
    if (!isOpen(loaded->application.status))
        return notAllowed(loaded->application, QStringLiteral("remove_scan"), kOpen);
    const std::optional<QJsonObject> before = ctx.fetch(QStringLiteral("application_scans"), QStringLiteral("id"), scanId);
    if (!ctx.exec(QStringLiteral("DELETE FROM application_scans WHERE id = ?"), {scanId}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("application_scans"), scanId, before, std::nullopt);
    if (!recordEvent(ctx, loaded->application, QStringLiteral("application.remove_scan"), scanDetails(*scan)))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

} // namespace

QList<CommandSpec> scanCommands()
{
    const QString module = QStringLiteral("applications");
    const QStringList roles = roleIds({Role::Handler, Role::Admin, Role::Channel});
    return {
        {QStringLiteral("application.attach_scan"), module, roles,
         QStringLiteral("Attach a scan (PDF/JPEG, sent ahead as a blob) to an open application"),
         {QStringLiteral("id, scan_id (UUID), file_name, blob (SHA-256), bytes, [material_code]")}, attachScan},
        {QStringLiteral("application.remove_scan"), module, roles,
         QStringLiteral("Take a wrongly attached scan away while the application is open"), {QStringLiteral("scan_id")},
         removeScan},
    };
}

Migration scansMigration(int version)
{
    Migration migration{QStringLiteral("applications"), version, QStringLiteral("scans of the materials"), {}, {}, {}};
    migration.statements = QStringList{
        QStringLiteral("CREATE TABLE application_scans (id TEXT PRIMARY KEY, application_id TEXT NOT NULL, seq INTEGER NOT "
                       "NULL, person_no TEXT NOT NULL, material_code TEXT, file_name TEXT NOT NULL, media_type TEXT NOT NULL, blob TEXT NOT "
                       "NULL, bytes INTEGER NOT NULL, attached_by TEXT NOT NULL, attached_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX application_scans_by_application ON application_scans (application_id, seq)"),
    };
    return migration;
}

} // namespace ltc::applications
