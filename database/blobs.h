#pragma once
// Files that travel with commands — an import's CSV, later scanned materials and assessment
// evidence — named by the SHA-256 of their content (ARCHITECTURE.md, sync guarantee 9). A
// command carries only the name; the file goes ahead on the blob channel (resumable chunks) and
// whoever applies the command (the server, or this store when it rebases) reads it by name.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace ltc {

// Lowercase hex SHA-256 of `bytes`.
QString sha256Hex(const QByteArray &bytes);
bool isSha256Hex(const QString &text);

// A file read a part at a time, from the start (an import reads it twice: to check it, then its
// rows): what a command reads of a blob, without holding it whole.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual qint64 size() const = 0;
    // The next part (at most a few MiB); empty at the end, nothing on a failure.
    virtual std::optional<QByteArray> read(QString *error) = 0;
    virtual bool rewind() = 0;
};

// A file on disk as a ByteSource.
class FileByteSource : public ByteSource {
public:
    explicit FileByteSource(const QString &path, qint64 partBytes = 4 * 1024 * 1024);
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    qint64 size() const override { return m_file.size(); }
    std::optional<QByteArray> read(QString *error) override;
    bool rewind() override { return m_file.seek(0); }

private:
    QFile m_file;
    qint64 m_partBytes;
};

// SHA-256 of bytes given a part at a time.
class Sha256Hasher {
public:
    Sha256Hasher();
    void add(const QByteArray &bytes);
    QString hex();  // lowercase; once, at the end

private:
    alignas(16) unsigned char m_state[128];  // libsodium's crypto_hash_sha256_state
};

// Hands every part of a source to `take`, in order, until the end (true) or a failure of the read
// or of `take` (false).
bool forEachPart(ByteSource &source, const std::function<bool(const QByteArray &)> &take, QString *error);

// How a command finds a file by its name: the local folder on a desktop, the blob table on the
// server. Nothing (and *error set) when it is not there, or not whole.
using BlobSource = std::function<std::unique_ptr<ByteSource>(const QString &sha256, QString *error)>;

// The desktop's blobs: one file per blob in a folder beside the database
// (ltcdesk.sqlite.blobs/<sha256>), written whole through a temporary file, so a name always
// means its whole content.
class LocalBlobs {
public:
    explicit LocalBlobs(QString folder) : m_folder(std::move(folder)) {}
    static QString folderFor(const QString &databasePath) { return databasePath + QStringLiteral(".blobs"); }

    // Keeps `bytes` under their SHA-256 (once: a blob never changes) and returns the name.
    std::optional<QString> put(const QByteArray &bytes, QString *error = nullptr) const;
    // The same for a file, copied a part at a time while it is hashed.
    std::optional<QString> putFile(const QString &path, QString *error = nullptr) const;
    // The same for any source (a file coming down from the server a part at a time).
    std::optional<QString> putSource(ByteSource &source, QString *error = nullptr) const;
    std::optional<QByteArray> read(const QString &sha256, QString *error = nullptr) const;
    // A part of a blob, for uploading it in chunks without reading it all.
    std::optional<QByteArray> readPart(const QString &sha256, qint64 offset, qint64 length,
                                       QString *error = nullptr) const;
    qint64 size(const QString &sha256) const;  // -1 when it is not here
    QString path(const QString &sha256) const;
    BlobSource source() const;

private:
    QString m_folder;
};

} // namespace ltc
