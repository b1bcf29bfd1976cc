#pragma once
// The designation lifecycle (定点评估/长护服务机构确定流程, seed 004 §11, §20) and the agreement
// officer's changes during a term (§35-38) as commands: the desktop applies them at once, the
// server applies them again with this code.
#include "database/command.h"
#include "database/migrations.h"

#include <QList>

namespace ltc::agreements {

// Designation states, as the designations table stores them.
namespace state {
inline const QString Applied = QStringLiteral("APPLIED");                    // formal check under way
inline const QString AwaitingMaterials = QStringLiteral("AWAITING_MATERIALS");
inline const QString Reviewing = QStringLiteral("REVIEWING");                // comprehensive review
inline const QString Failed = QStringLiteral("FAILED");                      // may ask for a second review
inline const QString Barred = QStringLiteral("BARRED");                      // failed twice: no application for a year
inline const QString Refused = QStringLiteral("REFUSED");                    // did not pass the formal check
inline const QString Passed = QStringLiteral("PASSED");
inline const QString Publishing = QStringLiteral("PUBLISHING");
inline const QString Negotiating = QStringLiteral("NEGOTIATING");
inline const QString Signed = QStringLiteral("SIGNED");
}

QList<Migration> agreementsMigrations();
QList<CommandSpec> designationCommands();
QList<CommandSpec> termCommands();  // agreements signed and ended, suspensions, staff sanctions, violations

} // namespace ltc::agreements
