#pragma once
// What every ltcctl verb shares: the exit codes of CONTRACT.md, the output streams, and reading
// a JSON file with errors as FILE:LINE: message.
#include "core/roles.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <optional>

namespace ltc {

// 0 done; 1 usage error; 2 bad input data (nothing was written); 3 refused (permission,
// conflict, state); 4 network or server unavailable.
enum Exit { Done = 0, Usage = 1, BadInput = 2, Refused = 3, Unavailable = 4 };

QTextStream &out();
QTextStream &err();
std::optional<QJsonObject> readJsonFile(const QString &path);

class LocalStore;

// The identity of batch work started from the shell by bureau IT staff on a store that has never
// synced: all roles, recorded in the audit trail under the OS user's name.
UserIdentity operatorIdentity();

// Who a verb that changes data acts as (CONTRACT.md): `asUser` (--as) when given, a local user;
// else the user the store last synced as; else, on a store that never synced, the operator.
// Nothing, after saying why on stderr (exit 3), when that user is not a local user.
std::optional<UserIdentity> actingUser(LocalStore &store, const QString &asUser, const QString &verb);

} // namespace ltc
