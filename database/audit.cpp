#include "audit.h"

#include "localmeta.h"
#include "sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ltc {
namespace {
QString compact(const QJsonObject &object) { return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)); }
QString compact(const QJsonArray &array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); }

QString chainHash(const QString &previous, const QString &at, const QString &username, const QString &action,
                  const QString &details, const QString &changes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {previous, at, username, action, details, changes}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));  // unit separator: "ab"+"c" differs from "a"+"bc"
    }
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

bool appendAudit(QSqlDatabase &db, const AuditEntry &entry, QString *error)
{
    QString previous = scalarSql(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).toString();
    if (previous.isNull())
        previous = QStringLiteral("");  // the first entry: empty, not NULL
    const QString details = compact(entry.details);
    const QString changes = compact(entry.changes);
    const QString hash = chainHash(previous, entry.at, entry.username, entry.action, details, changes);
    // The head hash is kept apart too, so cutting entries off the end is detected as well.
    return execSql(db,
                   QStringLiteral("INSERT INTO audit_log (at, username, action, details, changes, prev_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {entry.at, entry.username, entry.action, details, changes, previous, hash}, error)
           && setMetaValue(db, QStringLiteral("audit_head"), hash, error);
}

qint64 verifyAuditChain(QSqlDatabase &db)
{
    QSqlQuery query = querySql(
        db, QStringLiteral("SELECT id, at, username, action, details, changes, prev_hash, hash FROM audit_log ORDER BY id"));
    QString previous;
    qint64 lastId = 0;
    while (query.next()) {
        lastId = query.value(0).toLongLong();
        const QString expected = chainHash(previous, query.value(1).toString(), query.value(2).toString(),
                                           query.value(3).toString(), query.value(4).toString(),
                                           query.value(5).toString());
        if (query.value(6).toString() != previous || query.value(7).toString() != expected)
            return query.value(0).toLongLong();
        previous = expected;
    }
    if (previous != metaValue(db, QStringLiteral("audit_head")))
        return lastId + 1;  // entries were cut off the end
    return 0;
}

} // namespace ltc
