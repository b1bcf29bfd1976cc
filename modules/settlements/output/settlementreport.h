#pragma once
// The printable settlement report of a month (PDF): per-institution totals with the deposit
// withheld and the amount payable, deductions by reason, and the month's grand totals. Needs a
// QGuiApplication (fonts); ltcctl starts one on the offscreen platform for this.
#include "auditrun.h"
#include "settlementexport.h"

#include <QString>

class QTextDocument;

namespace ltc::settlement {

// The report as HTML, for the PDF and for the desktop's print preview alike.
QString settlementReportHtml(const QString &period, const QList<InstitutionTotals> &totals,
                             const QList<QPair<QString, Fen>> &byReason, const AuditTotals &grand);
bool writeSettlementPdf(const QString &path, const QString &html, QString *error = nullptr);
// The translated name of a reason code, e.g. R04 → "in hospital".
QString reasonTitle(const QString &code);

} // namespace ltc::settlement
