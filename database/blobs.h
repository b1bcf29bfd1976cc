#pragma once
// Files that travel with commands — an import's CSV, later scanned materials and assessment
// evidence — named by the SHA-256 of their content (ARCHITECTURE.md, sync guarantee 9). A
// command carries only the name; the file goes ahead on the blob channel (resumable chunks) and
// whoever applies the command (the server, or this store when it rebases) reads it by name.
#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace ltc {

// Lowercase hex SHA-256 of `bytes`.
QString sha256Hex(const QByteArray &bytes);
bool isSha256Hex(const QString &text);

// How a command finds a file by its name: the local folder on a desktop, the blob table on the
// server. Nothing (and *error set) when it is not there, or not whole.
using BlobSource = std::function<std::optional<QByteArray>(const QString &sha256, QString *error)>;

// The desktop's blobs: one file per blob in a folder beside the database
// (ltcdesk.sqlite.blobs/<sha256>), written whole through a temporary file, so a name always
// means its whole content.
class LocalBlobs {
public:
    explicit LocalBlobs(QString folder) : m_folder(std::move(folder)) {}
    static QString folderFor(const QString &databasePath) { return databasePath + QStringLiteral(".blobs"); }

    // Keeps `bytes` under their SHA-256 (once: a blob never changes) and returns the name.
    std::optional<QString> put(const QByteArray &bytes, QString *error = nullptr) const;
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
