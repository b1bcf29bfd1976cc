#pragma once
// The verbs of `ltcserver` (CONTRACT.md): serve, migrate, user add|disable|reset-password|list,
// and purge (an extension: purge the change log now). Exit codes follow ltcctl's: 0 done,
// 1 usage, 2 bad input, 3 refused, 4 database unavailable.
#include <QStringList>

namespace ltc::server {

enum Exit { Done = 0, Usage = 1, BadInput = 2, Refused = 3, Unavailable = 4 };

int runServe(const QStringList &arguments);
int runMigrate(const QStringList &arguments);
int runPurge(const QStringList &arguments);
int runUser(const QStringList &arguments);
QString usageText();

} // namespace ltc::server
