#pragma once
// Scans of an application's materials (PDF or JPEG): `application.attach_scan` keeps a file
// that went ahead on the blob channel with the application, for one checklist item or none;
// `application.remove_scan` takes a wrongly attached one away while the application is open.
// Both leave a line in the history with the checklist and its scans as they were after it.
#include "database/command.h"
#include "database/migrations.h"

namespace ltc::applications {

// The kind of scan `head` (the file's first bytes) starts like: application/pdf, image/jpeg, or
// empty for anything else. The content decides, not the name.
QString scanMediaType(const QByteArray &head);

// Over this a scan is refused: a page scanned at 300 dpi is well under 5 MiB.
inline constexpr qint64 kMaxScanBytes = 50LL * 1024 * 1024;

QList<CommandSpec> scanCommands();
Migration scansMigration(int version);

} // namespace ltc::applications
