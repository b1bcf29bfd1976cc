// Evidence of an assessment: `assessment.attach_evidence` keeps a photo, a video or a note with
// a task while its assessment is under way; `assessment.remove_evidence` takes a wrongly
// attached one away in the same states.
#include "assessments/domain/evidencecommands.h"

#include "assessments/domain/commandsupport.h"
#include "core/tr.h"
#include "database/blobs.h"
#include "database/sql.h"

#include <QUuid>

namespace ltc::assessments {

QString evidenceMediaType(const QString &kind, const QByteArray &head)
{
    if (kind == evidence_kind::Photo) {
        if (head.startsWith("\xFF\xD8\xFF"))
            return QStringLiteral("image/jpeg");
        if (head.startsWith("\x89PNG\r\n\x1A\n"))
            return QStringLiteral("image/png");
    }
    // An ISO media file (MP4, MOV): a box of type "ftyp" first.
    if (kind == evidence_kind::Video && head.size() >= 8 && head.mid(4, 4) == "ftyp")
        return QStringLiteral("video/mp4");
    return {};
}

namespace {

// From the agency's acceptance until the experts have confirmed: while the assessment is done
// and checked. Afterwards the evidence is what the conclusion rests on and stays as it is.
const QStringList kWhileAssessed{state::Accepted, state::Assessed, state::AwaitingConfirmation};

struct Evidence {
    QString id;
    QString kind;
    QString fileName;
    QString mediaType;
    QString blob;
    qint64 bytes = 0;
    QString note;
};

// The file a photo or video names: whole here (on the server: uploaded whole), of the size the
// command says and within the kind's limit, of its kind by its content.
void readFile(CommandContext &ctx, JsonArgs &read, const QJsonObject &args, Evidence &evidence)
{
    evidence.fileName = read.text(QStringLiteral("file_name")).trimmed();
    if (evidence.fileName.size() > 200)
        read.error(QStringLiteral("file_name"), Tr::tr("is longer than 200 characters"));
    evidence.blob = read.text(QStringLiteral("blob"));
    if (!evidence.blob.isEmpty() && !isSha256Hex(evidence.blob))
        read.error(QStringLiteral("blob"), Tr::tr("must be the SHA-256 of the file, in lowercase hex"));
    const qint64 limit = evidence.kind == evidence_kind::Photo ? kMaxPhotoBytes : kMaxVideoBytes;
    evidence.bytes = args.value(QStringLiteral("bytes")).toInteger(-1);
    if (evidence.bytes < 1 || evidence.bytes > limit)
        read.error(QStringLiteral("bytes"), Tr::tr("must be the file's size, 1 byte to %1 MiB").arg(limit >> 20));
    if (!read.ok())
        return;
    QString why;
    const std::unique_ptr<ByteSource> source = ctx.blob(evidence.blob, &why);
    if (!source) {
        read.error(QStringLiteral("blob"), why);
        return;
    }
    if (source->size() != evidence.bytes)
        read.error(QStringLiteral("bytes"), Tr::tr("the file has %1 bytes, not %2").arg(source->size()).arg(evidence.bytes));
    const std::optional<QByteArray> head = source->read(&why);
    evidence.mediaType = head ? evidenceMediaType(evidence.kind, *head) : QString();
    if (read.ok() && evidence.mediaType.isEmpty())
        read.error(QStringLiteral("file_name"), evidence.kind == evidence_kind::Photo
                                                    ? Tr::tr("the file is neither a JPEG nor a PNG photo")
                                                    : Tr::tr("the file is not an MP4 video"));
}

std::optional<Evidence> readEvidence(CommandContext &ctx, JsonArgs &read, const QJsonObject &args)
{
    Evidence evidence;
    evidence.id = read.text(QStringLiteral("evidence_id"));
    if (!evidence.id.isEmpty() && QUuid::fromString(evidence.id).isNull())
        read.error(QStringLiteral("evidence_id"), Tr::tr("must be a UUID chosen by the client"));
    else if (!evidence.id.isEmpty()
             && scalarSql(ctx.db(), QStringLiteral("SELECT COUNT(*) FROM assessment_evidence WHERE id = ?"), {evidence.id}).toInt() > 0)
        read.error(QStringLiteral("evidence_id"), Tr::tr("evidence %1 already exists").arg(evidence.id));
    evidence.kind = read.text(QStringLiteral("kind"));
    if (evidence.kind == evidence_kind::Note) {
        evidence.note = read.text(QStringLiteral("note")).trimmed();
        if (evidence.note.size() > kMaxNoteCharacters)
            read.error(QStringLiteral("note"), Tr::tr("is longer than %1 characters").arg(kMaxNoteCharacters));
    } else if (evidence.kind == evidence_kind::Photo || evidence.kind == evidence_kind::Video) {
        evidence.note = read.text(QStringLiteral("note"), false).trimmed();  // a caption
        readFile(ctx, read, args, evidence);
    } else if (!evidence.kind.isEmpty()) {
        read.error(QStringLiteral("kind"), Tr::tr("must be PHOTO, VIDEO or NOTE"));
    }
    return read.ok() ? std::optional<Evidence>(evidence) : std::nullopt;
}

CommandOutcome attachEvidence(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, read, refusal);
    if (!task)
        return refusal;
    if (!kWhileAssessed.contains(task->record.state))
        return notAllowed(*task, QStringLiteral("attach_evidence"), kWhileAssessed);
    const std::optional<Evidence> evidence = readEvidence(ctx, read, args);
    if (!evidence)
        return read.failure();
    if (!evidence->blob.isEmpty()
        && scalarSql(ctx.db(), QStringLiteral("SELECT COUNT(*) FROM assessment_evidence WHERE task_id = ? AND blob = ?"),
                     {task->record.id, evidence->blob})
                   .toInt()
               > 0)
        return CommandOutcome::failure(QStringLiteral("conflict"), Tr::tr("blob: this file is already attached to the task"));
    // Numbered in the order attached (several may share a second).
    const int seq = scalarSql(ctx.db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM assessment_evidence WHERE "
                                                       "task_id = ?"),
                              {task->record.id})
                        .toInt();
    if (!writeRow(ctx, QStringLiteral("assessment_evidence"), evidence->id, QStringLiteral("id = ?"), {evidence->id},
                  QStringLiteral("INSERT INTO assessment_evidence (id, task_id, seq, person_no, kind, file_name, "
                                 "media_type, blob, bytes, note, attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?)"),
                  {evidence->id, task->record.id, seq, task->record.personNo, evidence->kind, sqlText(evidence->fileName),
                   sqlText(evidence->mediaType), sqlText(evidence->blob),
                   evidence->blob.isEmpty() ? QVariant() : QVariant(evidence->bytes), sqlText(evidence->note),
                   ctx.user().username, ctx.now().toString(Qt::ISODate)}))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome removeEvidence(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString evidenceId = read.text(QStringLiteral("evidence_id"));
    if (!read.ok())
        return read.failure();
    const QString taskId =
        scalarSql(ctx.db(), QStringLiteral("SELECT task_id FROM assessment_evidence WHERE id = ?"), {evidenceId}).toString();
    if (taskId.isEmpty())
        return CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("evidence_id: there is no evidence %1").arg(evidenceId));
    JsonArgs ofTask(QJsonObject{{QStringLiteral("id"), taskId}});
    CommandOutcome refusal;
    const std::optional<Task> task = loadTaskForChange(ctx, ofTask, refusal);
    if (!task)
        return refusal;
    if (!kWhileAssessed.contains(task->record.state))
        return notAllowed(*task, QStringLiteral("remove_evidence"), kWhileAssessed);
    if (!writeRow(ctx, QStringLiteral("assessment_evidence"), evidenceId, QStringLiteral("id = ?"), {evidenceId},
                  QStringLiteral("DELETE FROM assessment_evidence WHERE id = ?"), {evidenceId}))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

} // namespace

QList<CommandSpec> evidenceCommands()
{
    const QString module = QStringLiteral("assessments");
    const QStringList staff = roleIds({Role::Handler, Role::Admin});
    return {
        {QStringLiteral("assessment.attach_evidence"), module, staff,
         QStringLiteral("Keep a photo or video (sent ahead as a blob) or a note with a task being assessed"),
         {QStringLiteral("id, evidence_id (UUID), kind (PHOTO/VIDEO/NOTE); PHOTO/VIDEO: file_name, blob (SHA-256), "
                         "bytes, [note]; NOTE: note")},
         attachEvidence},
        {QStringLiteral("assessment.remove_evidence"), module, staff,
         QStringLiteral("Take wrongly attached evidence away while the task is being assessed"),
         {QStringLiteral("evidence_id")}, removeEvidence},
    };
}

} // namespace ltc::assessments
