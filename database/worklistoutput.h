#pragma once
// A worklist's rows written out as `ltcctl list` prints them, and as a module's screen exports
// them: CSV with a header row (RFC 4180 quoting), or a JSON array of objects whose keys are the
// columns, in their order. QtCore only, so the command line and the screens share it.
#include "cliverbs.h"

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

namespace ltc {

enum class WorklistFormat { Csv, Json };
// False and *error when the store could not be read (what was written before stays written).
bool printWorklist(QSqlDatabase &db, const WorklistSpec &worklist, const WorklistFilters &filters,
                   WorklistFormat format, QTextStream &out, QString *error = nullptr);

} // namespace ltc
