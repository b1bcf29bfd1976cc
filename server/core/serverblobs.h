#pragma once
// The server's end of the blob channel: files sent ahead of the commands that name them (an
// import's CSV; later scans and evidence), stored by SHA-256 in chunks as they arrive. An upload
// resumes at the offset the server has; a blob is usable once whole and its digest checked.
#include "blobs.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace ltc::server {

struct BlobStatus {
    bool known = false;
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false;
};

struct BlobAppend {
    enum class Result {
        Ok,        // stored (complete when the last chunk made it whole and its digest matched)
        Offset,    // the chunk does not start where the server's copy ends: resume from `received`
        TooLarge,  // the announced size is over the server's limit
        Invalid,   // a size that differs from the first announcement, a chunk past the end
        Corrupt,   // whole, but its content is not its name: dropped, send it again
        Failed     // the database failed
    };
    Result result = Result::Ok;
    BlobStatus status;
    QString error;
};

class ServerBlobs {
public:
    static BlobStatus status(QSqlDatabase &db, const QString &sha256);
    static BlobAppend append(QSqlDatabase &db, const QString &sha256, const QString &username, qint64 offset,
                             qint64 size, const QByteArray &chunk, qint64 maxBytes);
    // `length` bytes (fewer at the end) of a whole blob from `offset`, for a download; nothing
    // when the blob is not whole or `offset` is past its end.
    static std::optional<QByteArray> readPart(QSqlDatabase &db, const QString &sha256, qint64 offset, qint64 length);
    // Whole blobs only, for the commands that name them.
    static BlobSource source(QSqlDatabase &db);
};

} // namespace ltc::server
