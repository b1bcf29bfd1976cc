#pragma once
// The paged first download of a table: the rows of the user's scope in key order, `limit` at a
// time, each page resuming after the last key of the one before (keyset paging: bounded memory
// on both sides, and a dropped download resumes where it stopped).
#include "synccatalog.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSqlDatabase>

namespace ltc::server {

struct BootstrapPage {
    enum class Status { Ok, UnknownTable, BadAfter, Failed };
    Status status = Status::Ok;
    QJsonArray rows;
    QString next;          // what to pass as `after` for the next page: the last key, as a JSON array
    bool hasMore = false;
    qint64 version = 0;    // the change-log version the page reflects at least: pull from here
    QString error;
};

BootstrapPage bootstrapPage(QSqlDatabase &db, const SyncCatalog &catalog, const UserIdentity &user,
                            const QString &table, const QString &after, int limit);

} // namespace ltc::server
