#include "serverblobs.h"

#include "pgsql.h"
#include "sql.h"

#include <QCryptographicHash>
#include <algorithm>

namespace ltc::server {
namespace {

BlobStatus readStatus(QSqlQuery &query)
{
    return BlobStatus{true, query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toBool()};
}

// Whether the stored chunks, read one at a time, hash to the blob's name.
bool digestMatches(QSqlDatabase &db, const QString &sha256)
{
    QList<qint64> offsets;
    QSqlQuery list = querySql(db, QStringLiteral("SELECT at FROM blob_chunks WHERE sha256 = ? ORDER BY at"), {sha256});
    while (list.next())
        offsets << list.value(0).toLongLong();
    list.finish();  // before the next query: QPSQL drops an unfinished result with a warning
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qint64 at : offsets)
        hash.addData(scalarSql(db, QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? AND at = ?"), {sha256, at})
                         .toByteArray());
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

BlobAppend failure(BlobAppend::Result result, const QString &error, BlobStatus status = {})
{
    return BlobAppend{result, status, error};
}
} // namespace

BlobStatus ServerBlobs::status(QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery query = querySql(db, QStringLiteral("SELECT size, received, complete FROM blobs WHERE sha256 = ?"), {sha256});
    const BlobStatus found = query.next() ? readStatus(query) : BlobStatus{};
    query.finish();
    return found;
}

BlobAppend ServerBlobs::append(QSqlDatabase &db, const QString &sha256, const QString &username, qint64 offset,
                               qint64 size, const QByteArray &chunk, qint64 maxBytes)
{
    if (size > maxBytes)
        return failure(BlobAppend::Result::TooLarge, QStringLiteral("the file is larger than %1 bytes").arg(maxBytes));
    Transaction transaction(db);
    QString error;
    if (!transaction.begun()
        || !execSql(db,
                    QStringLiteral("INSERT INTO blobs (sha256, size, username) VALUES (?, ?, ?) ON CONFLICT (sha256) "
                                   "DO NOTHING"),
                    {sha256, size, username}, &error))
        return failure(BlobAppend::Result::Failed, error);
    // Locked for the rest of the transaction: two uploads of one file take turns.
    QSqlQuery locked = querySql(
        db, QStringLiteral("SELECT size, received, complete FROM blobs WHERE sha256 = ? FOR UPDATE"), {sha256}, &error);
    if (!locked.next())
        return failure(BlobAppend::Result::Failed, error);
    BlobStatus status = readStatus(locked);
    locked.finish();
    if (status.complete)
        return BlobAppend{BlobAppend::Result::Ok, status, {}};
    if (status.size != size) {
        // The content fixes the size, so one of the two announcements is wrong; an unfinished
        // file announced otherwise starts over from its first chunk — else whoever announced a
        // file first with a wrong size would block everyone's upload of it for ever.
        if (offset != 0)
            return failure(BlobAppend::Result::Invalid,
                           QStringLiteral("size: this file was announced with %1 bytes").arg(status.size), status);
        if (!execSql(db, QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"), {sha256}, &error)
            || !execSql(db, QStringLiteral("UPDATE blobs SET size = ?, received = 0, username = ? WHERE sha256 = ?"),
                        {size, username, sha256}, &error))
            return failure(BlobAppend::Result::Failed, error);
        status.size = size;
        status.received = 0;
    }
    if (offset != status.received)
        return failure(BlobAppend::Result::Offset, QStringLiteral("offset: the server has %1 bytes").arg(status.received),
                       status);
    if (chunk.isEmpty() || status.received + chunk.size() > size)
        return failure(BlobAppend::Result::Invalid, QStringLiteral("the chunk is empty or goes past the file's size"),
                       status);
    status.received += chunk.size();
    status.complete = status.received == size;
    if (!execSql(db, QStringLiteral("INSERT INTO blob_chunks (sha256, at, data) VALUES (?, ?, ?)"), {sha256, offset, chunk},
                 &error)
        || !execSql(db, QStringLiteral("UPDATE blobs SET received = ? WHERE sha256 = ?"), {status.received, sha256}, &error))
        return failure(BlobAppend::Result::Failed, error);
    if (status.complete) {
        if (!digestMatches(db, sha256)) {
            execSql(db, QStringLiteral("DELETE FROM blobs WHERE sha256 = ?"), {sha256});
            transaction.commit();
            return failure(BlobAppend::Result::Corrupt, QStringLiteral("the file's content does not match its SHA-256"));
        }
        if (!execSql(db, QStringLiteral("UPDATE blobs SET complete = true WHERE sha256 = ?"), {sha256}, &error))
            return failure(BlobAppend::Result::Failed, error);
    }
    if (!transaction.commit(&error))
        return failure(BlobAppend::Result::Failed, error);
    return BlobAppend{BlobAppend::Result::Ok, status, {}};
}

std::optional<QByteArray> ServerBlobs::readPart(QSqlDatabase &db, const QString &sha256, qint64 offset, qint64 length)
{
    const BlobStatus stored = status(db, sha256);
    if (!stored.complete || offset < 0 || offset >= stored.size || length < 1)
        return std::nullopt;
    const qint64 end = std::min(stored.size, offset + length);
    // The stored chunks are as the uploader cut them: take those that overlap [offset, end).
    QSqlQuery chunks = querySql(db,
                                QStringLiteral("SELECT at, data FROM blob_chunks WHERE sha256 = ? AND at < ? AND at + "
                                               "octet_length(data) > ? ORDER BY at"),
                                {sha256, end, offset});
    QByteArray part;
    part.reserve(end - offset);
    while (chunks.next()) {
        const qint64 at = chunks.value(0).toLongLong();
        const QByteArray data = chunks.value(1).toByteArray();
        const qint64 from = std::max<qint64>(offset, at) - at;
        const qint64 to = std::min<qint64>(end, at + data.size()) - at;
        part.append(data.constData() + from, to - from);
    }
    chunks.finish();
    if (part.size() != end - offset)
        return std::nullopt;
    return part;
}

namespace {
// A whole blob read a stored chunk at a time: an import of a 100 MB file holds one chunk.
class ChunkSource : public ByteSource {
public:
    ChunkSource(QSqlDatabase &db, QString sha256, qint64 size) : m_db(db), m_sha256(std::move(sha256)), m_size(size)
    {
        QSqlQuery list = querySql(m_db, QStringLiteral("SELECT at FROM blob_chunks WHERE sha256 = ? ORDER BY at"), {m_sha256});
        while (list.next())
            m_offsets << list.value(0).toLongLong();
        list.finish();  // before the next query: QPSQL drops an unfinished result with a warning
    }
    qint64 size() const override { return m_size; }
    std::optional<QByteArray> read(QString *error) override
    {
        if (m_next >= m_offsets.size())
            return QByteArray();
        QString why;
        QSqlQuery chunk = querySql(m_db, QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? AND at = ?"),
                                   {m_sha256, m_offsets.at(m_next++)}, &why);
        if (!chunk.next()) {
            if (error)
                *error = why.isEmpty() ? QStringLiteral("a part of the file is missing") : why;
            return std::nullopt;
        }
        QByteArray data = chunk.value(0).toByteArray();
        chunk.finish();
        return data;
    }
    bool rewind() override
    {
        m_next = 0;
        return true;
    }

private:
    QSqlDatabase &m_db;
    QString m_sha256;
    qint64 m_size;
    QList<qint64> m_offsets;
    qsizetype m_next = 0;
};
} // namespace

BlobSource ServerBlobs::source(QSqlDatabase &db)
{
    return [&db](const QString &sha256, QString *error) -> std::unique_ptr<ByteSource> {
        const BlobStatus stored = status(db, sha256);
        if (!stored.complete) {
            if (error)
                *error = QStringLiteral("the file %1 has not reached the server whole; the client sends it again")
                             .arg(sha256.left(12));
            return nullptr;
        }
        return std::make_unique<ChunkSource>(db, sha256, stored.size);
    };
}

} // namespace ltc::server
