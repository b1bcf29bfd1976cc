#pragma once
// What the two halves of the sync engine share (syncengine.cpp: sign-in, binding, push;
// syncdownload.cpp: pull, checkpoints, downloads): the local meta keys of sync's state and a
// few JSON helpers. Private to database/sync.
#include "syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace ltc::syncstate {

inline const QString kCursor = QStringLiteral("sync_cursor");
// "done", or where a download stands: {"tables":[left],"after":key,"cursor":v,"sweep":bool}
inline const QString kBootstrap = QStringLiteral("sync_bootstrap");
// Tables to download again (a rejected import's): the same JSON while one is under way.
inline const QString kResync = QStringLiteral("sync_resync");
inline const QString kLastSync = QStringLiteral("last_sync");
// The server and scope this store belongs to, and the user it last synced as (ltcctl's default).
inline const QString kBoundServer = QStringLiteral("sync_server");
inline const QString kBoundScope = QStringLiteral("sync_scope");
inline const QString kSyncUser = QStringLiteral("sync_user");

inline QJsonArray parseArray(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).array(); }
inline QJsonObject parseObject(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
inline QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
inline QString compact(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }

inline SyncResult failed(SyncResult::State state, const QString &message)
{
    SyncResult result;
    result.state = state;
    result.message = message;
    return result;
}

} // namespace ltc::syncstate
