#pragma once
// Exports of a month's audited results (CONTRACT.md): CSV lines with money in yuan; xlsx with the
// lines and the per-institution totals (deposit withheld, amount payable). The PDF report lives
// in the module's output library, which needs QtGui.
#include "settlementrules.h"

#include <QList>
#include <QString>

namespace ltc::settlement {

struct InstitutionTotals {
    QString code;
    QString name;
    qint64 lines = 0;
    Fen claimed = 0;
    Fen allowed = 0;
    Fen deducted = 0;
    Fen fund = 0;
    Fen personal = 0;
    Fen deposit = 0;
    Fen payable() const { return fund - deposit; }  // what the fund pays the institution now
};

// Sorted by institution code; names from `names` (code → name) where known.
QList<InstitutionTotals> totalsByInstitution(const QList<LineResult> &results, const QHash<QString, QString> &names);

// Deducted amount per reason code: a line's deduction counts once under each of its codes.
QList<QPair<QString, Fen>> deductionsByReason(const QList<LineResult> &results);

bool writeResultsCsv(const QString &path, const QList<LineResult> &results, QString *error = nullptr);
bool writeResultsXlsx(const QString &path, const QString &period, const QList<LineResult> &results,
                      const QList<InstitutionTotals> &totals, QString *error = nullptr);

} // namespace ltc::settlement
