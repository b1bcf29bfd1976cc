#pragma once
// The review worklist over a month of a million claim lines, as the settlements screen asks for
// it: the count and the first page of 200 rows (what ClaimLinesModel fetches) for opening the
// month, for each filter a reviewer types or picks, and for each sort. ARCHITECTURE.md's target
// is < 100 ms for the first screen and for each filter.
#include <QSqlDatabase>
#include <QString>

namespace ltc::bench {
// Prints one line per step (best and median of `runs`) and returns the slowest median in ms.
double benchWorklist(QSqlDatabase &db, const QString &period, int runs);
}
