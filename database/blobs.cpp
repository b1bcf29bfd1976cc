#include "blobs.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <sodium.h>

namespace ltc {

QString sha256Hex(const QByteArray &bytes)
{
    [[maybe_unused]] static const bool ready = sodium_init() >= 0;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QString LocalBlobs::path(const QString &sha256) const { return m_folder + QLatin1Char('/') + sha256; }

std::optional<QString> LocalBlobs::put(const QByteArray &bytes, QString *error) const
{
    const QString name = sha256Hex(bytes);
    if (QFileInfo(path(name)).size() == bytes.size() && QFileInfo::exists(path(name)))
        return name;
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder));
        return std::nullopt;
    }
    QSaveFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("cannot keep a copy of the file in %1: %2").arg(QDir::toNativeSeparators(m_folder),
                                                                             file.errorString());
        return std::nullopt;
    }
    return name;
}

std::optional<QByteArray> LocalBlobs::read(const QString &sha256, QString *error) const
{
    return readPart(sha256, 0, -1, error);
}

std::optional<QByteArray> LocalBlobs::readPart(const QString &sha256, qint64 offset, qint64 length, QString *error) const
{
    QFile file(path(sha256));
    if (!isSha256Hex(sha256) || !file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        if (error)
            *error = Tr::tr("the file %1 is no longer on this computer").arg(sha256.left(12));
        return std::nullopt;
    }
    return length < 0 ? file.readAll() : file.read(length);
}

qint64 LocalBlobs::size(const QString &sha256) const
{
    const QFileInfo info(path(sha256));
    return isSha256Hex(sha256) && info.exists() ? info.size() : -1;
}

BlobSource LocalBlobs::source() const
{
    return [blobs = *this](const QString &sha256, QString *error) { return blobs.read(sha256, error); };
}

} // namespace ltc
