#pragma once
// On-site inspections of care institutions (稽核): an inspector visits an institution and records
// what was found. One synced table (an inspection belongs to the district of the institution
// inspected), the command that records one, the CSV import of a batch of them and the worklist
// `ltcctl list inspections` prints and the screen shows.
#include "database/cliverbs.h"
#include "database/command.h"
#include "database/importer.h"
#include "database/migrations.h"
#include "database/tables.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace ltc::inspection {

inline const QString kTable = QStringLiteral("inspections");
inline const QString kWorklist = QStringLiteral("inspections");

// PASS: nothing to correct; DEFECTS: to correct by a date; VIOLATION: reported to the agreement
// officer.
QStringList findings();
QStringList roles();  // inspectors and administrators

// What the worklist and the screen list: inspections with the inspected institution's name, by
// day then id (unique, so pages never overlap).
inline const QString kListFrom = QStringLiteral("inspections n LEFT JOIN institutions i ON i.code = n.institution_code");
inline const QString kListOrder = QStringLiteral("n.inspected_on, n.id");
struct Selection {
    QString where;  // empty: every inspection
    QVariantList bindings;
};
// Only one finding, or one institution's, when given.
Selection selection(const QString &finding, const QString &institution);

QList<Migration> migrations();
TableDecl table();
CommandSpec recordCommand();   // inspection.record
ImportSpec importSpec();       // ltcctl import inspections
WorklistSpec worklist();       // ltcctl list inspections

} // namespace ltc::inspection
