// The third step of a sync round: the files the district's rows name — scans, later assessment
// evidence (TableDecl::fileColumns) — that this computer does not have yet come down from the
// server a part at a time, so that they open offline like the rows. A file is kept only whole and
// only under its own digest; one the server does not serve (not visible, not there) is left for
// a later round and does not fail this one.
#include "syncengine.h"
#include "syncstate.h"

#include "core/tr.h"
#include "localstore.h"
#include "sql.h"

#include <QSet>

namespace ltc {
namespace {

// A file on the server read as a ByteSource, part by part over the download endpoint.
class RemoteBlob : public ByteSource {
public:
    RemoteBlob(SyncTransport &transport, const QString &token, QString sha256, qint64 size, qint64 partBytes)
        : m_transport(transport), m_token(token), m_sha256(std::move(sha256)), m_size(size), m_partBytes(partBytes)
    {
    }
    qint64 size() const override { return m_size; }
    std::optional<QByteArray> read(QString *error) override
    {
        if (m_offset >= m_size)
            return QByteArray();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sha256"), m_sha256);
        query.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
        query.addQueryItem(QStringLiteral("length"), QString::number(m_partBytes));
        last = m_transport.get(QStringLiteral("/api/v1/blobs/download"), query, m_token);
        if (last.status != 200 || last.data.isEmpty()) {
            if (error)
                *error = last.error;
            return std::nullopt;
        }
        m_offset += last.data.size();
        return last.data;
    }
    bool rewind() override
    {
        m_offset = 0;
        return true;
    }
    HttpReply last;  // the answer that ended a failed read

private:
    SyncTransport &m_transport;
    const QString &m_token;
    QString m_sha256;
    qint64 m_size;
    qint64 m_partBytes;
    qint64 m_offset = 0;
};

} // namespace

// The digests the store's rows name that its blob folder lacks, each once.
QStringList SyncEngine::missingFiles()
{
    QSqlDatabase db = m_store.database().connection();
    QStringList missing;
    QSet<QString> seen;
    for (const TableDecl &table : m_store.registry().tables()) {
        for (const QString &column : table.fileColumns) {
            QSqlQuery named = querySql(db, QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table.name));
            while (named.next()) {
                const QString sha256 = named.value(0).toString();
                if (!seen.contains(sha256) && m_store.blobs().size(sha256) < 0)
                    missing << sha256;
                seen.insert(sha256);
            }
        }
    }
    return missing;
}

SyncResult SyncEngine::downloadFiles(const SyncProgress &progress)
{
    const QStringList missing = missingFiles();
    SyncResult result;
    for (qsizetype i = 0; i < missing.size(); ++i) {
        if (progress && !progress(QStringLiteral("files"), i, missing.size()))
            break;
        const QString &sha256 = missing.at(i);
        QUrlQuery ask;
        ask.addQueryItem(QStringLiteral("sha256"), sha256);
        const HttpReply status = m_transport.get(QStringLiteral("/api/v1/blobs/status"), ask, m_token);
        if (status.transient() || status.status == 401)
            return fromReply(status);
        if (status.status != 200 || !status.body.value(QStringLiteral("complete")).toBool()) {
            ++result.filesMissing;
            continue;
        }
        RemoteBlob remote(m_transport, m_token, sha256, status.body.value(QStringLiteral("size")).toInteger(), m_chunkSize);
        QString error;
        const std::optional<QString> kept = m_store.blobs().putSource(remote, &error);
        if (!kept && (remote.last.transient() || remote.last.status == 401))
            return fromReply(remote.last);
        if (kept && *kept != sha256)  // never kept under the wrong name: the content names itself
            QFile::remove(m_store.blobs().path(*kept));
        if (!kept || *kept != sha256) {
            ++result.filesMissing;
            continue;
        }
        ++result.filesFetched;
    }
    return result;
}

} // namespace ltc
