#include "blobs.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <sodium.h>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ltc {

QString sha256Hex(const QByteArray &bytes)
{
    [[maybe_unused]] static const bool ready = sodium_init() >= 0;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

FileByteSource::FileByteSource(const QString &path, qint64 partBytes) : m_file(path), m_partBytes(partBytes)
{
    m_file.open(QIODevice::ReadOnly);
}

std::optional<QByteArray> FileByteSource::read(QString *error)
{
    QByteArray part = m_file.read(m_partBytes);
    if (part.isEmpty() && !m_file.atEnd()) {
        if (error)
            *error = m_file.errorString();
        return std::nullopt;
    }
    return part;
}

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256Hasher keeps libsodium's state in 128 bytes");

Sha256Hasher::Sha256Hasher()
{
    [[maybe_unused]] static const bool ready = sodium_init() >= 0;
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state *>(m_state));
}

void Sha256Hasher::add(const QByteArray &bytes)
{
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state *>(m_state),
                              reinterpret_cast<const unsigned char *>(bytes.constData()),
                              static_cast<unsigned long long>(bytes.size()));
}

QString Sha256Hasher::hex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state *>(m_state), digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

bool forEachPart(ByteSource &source, const std::function<bool(const QByteArray &)> &take, QString *error)
{
    for (;;) {
        const std::optional<QByteArray> part = source.read(error);
        if (!part)
            return false;
        if (part->isEmpty())
            return true;
        if (!take(*part))
            return false;
    }
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

namespace {
bool syncToDisk(QFileDevice &file)
{
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}
} // namespace

std::optional<QString> LocalBlobs::putFile(const QString &path, QString *error) const
{
    FileByteSource source(path);
    if (!source.isOpen()) {
        if (error)
            *error = Tr::tr("cannot read %1: %2").arg(path, source.errorString());
        return std::nullopt;
    }
    return putSource(source, error);
}

std::optional<QString> LocalBlobs::putSource(ByteSource &source, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder));
        return std::nullopt;
    }
    // Copied under a temporary name while hashed, then named by its hash: a name always means
    // its whole content.
    QTemporaryFile copy(m_folder + QStringLiteral("/incoming-XXXXXX"));
    if (!copy.open()) {
        if (error)
            *error = copy.errorString();
        return std::nullopt;
    }
    Sha256Hasher hash;
    const bool copied = forEachPart(source, [&](const QByteArray &part) {
        hash.add(part);
        if (copy.write(part) == part.size())
            return true;
        if (error)
            *error = copy.errorString();
        return false;
    }, error);
    if (!copied)
        return std::nullopt;
    const QString name = hash.hex();
    // Kept before, whole: the copy goes with the temporary file. (A shorter one, left by a crash,
    // is replaced.)
    const QFileInfo kept(this->path(name));
    if (kept.exists() && kept.size() == source.size())
        return name;
    QFile::remove(this->path(name));
    // On the disk before the outbox row that names it commits.
    if (!copy.flush() || !syncToDisk(copy) || !copy.rename(this->path(name))) {
        if (error)
            *error = Tr::tr("cannot keep a copy of the file in %1").arg(QDir::toNativeSeparators(m_folder));
        return std::nullopt;
    }
    copy.setAutoRemove(false);
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
    return [blobs = *this](const QString &sha256, QString *error) -> std::unique_ptr<ByteSource> {
        auto file = std::make_unique<FileByteSource>(blobs.path(sha256));
        if (!isSha256Hex(sha256) || !file->isOpen()) {
            if (error)
                *error = Tr::tr("the file %1 is no longer on this computer").arg(sha256.left(12));
            return nullptr;
        }
        return file;
    };
}

} // namespace ltc
