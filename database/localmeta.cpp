#include "localmeta.h"

#include "sql.h"

#include <QUuid>

namespace ltc {

QString metaValue(QSqlDatabase &db, const QString &key, const QString &fallback)
{
    const QVariant value = scalarSql(db, QStringLiteral("SELECT value FROM local_meta WHERE key = ?"), {key});
    return value.isValid() ? value.toString() : fallback;
}

bool setMetaValue(QSqlDatabase &db, const QString &key, const QString &value, QString *error)
{
    return execSql(db,
                   QStringLiteral("INSERT INTO local_meta (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value.isNull() ? QStringLiteral("") : value}, error);  // "no value" is empty text
}

QString clientId(QSqlDatabase &db)
{
    QString id = metaValue(db, QStringLiteral("client_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setMetaValue(db, QStringLiteral("client_id"), id);
    }
    return id;
}

qint64 nextOutboxSeq(QSqlDatabase &db, QString *error)
{
    const qint64 seq = metaValue(db, QStringLiteral("next_seq"), QStringLiteral("1")).toLongLong();
    if (!setMetaValue(db, QStringLiteral("next_seq"), QString::number(seq + 1), error))
        return 0;
    return seq;
}

} // namespace ltc
