#pragma once
// Evidence of an assessment (issue 13 item 3): photos and video taken on site, and notes, kept
// with the task while it is worked on. A photo or a video is a file that went ahead on the blob
// channel (ModuleContext::keepFile), named by its SHA-256; the server re-checks it whole, and
// desktops of the person's district fetch it at sync (the table declares its file column).
#include "database/command.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ltc::assessments {

namespace evidence_kind {
inline const QString Photo = QStringLiteral("PHOTO");
inline const QString Video = QStringLiteral("VIDEO");
inline const QString Note = QStringLiteral("NOTE");
} // namespace evidence_kind

// The media type a file of `kind` starts like (`head`: its first bytes): image/jpeg or
// image/png for a photo, video/mp4 for a video; empty when it is not such a file. The content
// decides, not the name.
QString evidenceMediaType(const QString &kind, const QByteArray &head);

// Over these a file is refused: a phone's photo is a few MiB, ten minutes of 1080p video a few
// hundred.
inline constexpr qint64 kMaxPhotoBytes = 30LL * 1024 * 1024;
inline constexpr qint64 kMaxVideoBytes = 1024LL * 1024 * 1024;
inline constexpr int kMaxNoteCharacters = 4000;

QList<CommandSpec> evidenceCommands();

} // namespace ltc::assessments
