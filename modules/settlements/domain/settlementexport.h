#pragma once
// Exports of a month's audited results (CONTRACT.md): CSV lines with money in yuan; xlsx with the
// lines and the per-institution totals (deposit withheld, amount payable). The PDF report lives
// in the module's output library, which needs QtGui.
#include "settlements/domain/settlementrules.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

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
    // Once the month is paid (claim.mark_paid): the liquidated damages taken off the payment and
    // what was paid — kept with the batch, so a later change of the lines does not move them.
    std::optional<Fen> damagesDeducted;
    std::optional<Fen> paid;
};

// A line as it is paid: the audit's result, with the first review's figures in its place where
// the reviewer overrode them (the view settled_results). `paid.reasons` stay the audit's.
struct SettledLine {
    LineResult paid;
    Fen auditedAllowed = 0;  // what the rules allowed
    QString decision;        // "accept", "override", or empty while not reviewed
    QString reviewReason;    // an override's reason
    bool overridden() const { return decision == QStringLiteral("override"); }
};

// The key deductionsByReason() files a first review's changes under (audited − reviewed allowed).
inline const QString kReviewAdjustment = QStringLiteral("REVIEW");

// Sorted by institution code; names from `names` (code → name) where known.
QList<InstitutionTotals> totalsByInstitution(const QList<LineResult> &results, const QHash<QString, QString> &names);
QList<InstitutionTotals> totalsByInstitution(const QList<SettledLine> &lines, const QHash<QString, QString> &names);

// Sets damagesDeducted and paid of the institutions whose month `period` is paid.
void addPayments(QSqlDatabase &db, const QString &period, QList<InstitutionTotals> &totals);

// Deducted amount per reason code, as audited: a line's deduction counts once under each of its
// codes. What the first review changed is filed under kReviewAdjustment.
QList<QPair<QString, Fen>> deductionsByReason(const QList<SettledLine> &lines);

// CONTRACT.md's columns with the figures as paid, then the audit's allowed amount and the review,
// then the line's institution's damages deducted and amount paid from `paidTotals` (empty while
// its month is not paid).
bool writeResultsCsv(const QString &path, const QList<SettledLine> &lines, QString *error = nullptr,
                     const QList<InstitutionTotals> &paidTotals = {});
bool writeResultsXlsx(const QString &path, const QString &period, const QList<SettledLine> &lines,
                      const QList<InstitutionTotals> &totals, QString *error = nullptr);

} // namespace ltc::settlement
