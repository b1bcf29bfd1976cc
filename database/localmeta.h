#pragma once
// Small facts about this local database: its client id (sync identity), the next outbox seq,
// the last sync time. Kept in the local_meta table.
#include <QSqlDatabase>
#include <QString>

namespace ltc {

QString metaValue(QSqlDatabase &db, const QString &key, const QString &fallback = {});
bool setMetaValue(QSqlDatabase &db, const QString &key, const QString &value, QString *error = nullptr);
// A UUID created once per database file.
QString clientId(QSqlDatabase &db);
// Takes the next per-client seq (1, 2, …); call inside the command's transaction. 0 on failure.
qint64 nextOutboxSeq(QSqlDatabase &db, QString *error = nullptr);

} // namespace ltc
