#pragma once
// The printable settlement report of a month (PDF): per-institution totals with the deposit
// withheld and the amount payable, deductions by reason, and the month's grand totals. Needs a
// QGuiApplication (fonts); ltcctl starts one on the offscreen platform for this.
#include "settlements/domain/auditrun.h"
#include "settlements/domain/settlementexport.h"
#include "settlements/domain/settlementviews.h"

#include <QString>

class QPagedPaintDevice;

namespace ltc::settlement {

// The report as HTML, for the PDF and for the desktop's print preview alike.
QString settlementReportHtml(const QString &period, const QList<InstitutionTotals> &totals,
                             const QList<QPair<QString, Fen>> &byReason, const AuditTotals &grand);
bool writeSettlementPdf(const QString &path, const QString &html, QString *error = nullptr);
// Prints HTML on a paged device (a printer, a PDF writer) in the report's font, laid out at the
// device's resolution; the device's page size and orientation are the caller's.
void printHtml(const QString &html, QPagedPaintDevice &device);
// The translated name of a reason code, e.g. R04 → "in hospital".
QString reasonTitle(const QString &code);
// 男/女 for "M"/"F"; the insurance type's name for EMPLOYEE/RESIDENT.
QString sexTitle(const QString &code);
QString insuranceTitle(const QString &code);
// "in hospital; above the standard": a line's reasons in words.
QString reasonTitles(const QStringList &codes);

// The month's report from the lines as reviewed (empty when the month has none), as HTML.
QString monthReportHtml(QSqlDatabase &db, const QString &period);

enum class ExportFormat { Csv, Xlsx, Pdf };
// The month's lines as reviewed (settledResults) to a file: CSV lines, xlsx lines and institution
// totals, or the PDF report. Refused when the month has no audited lines; `lineCount` gets the
// number of lines exported.
bool exportMonth(QSqlDatabase &db, const QString &period, ExportFormat format, const QString &path,
                 QString *error = nullptr, qint64 *lineCount = nullptr);

// The settlement statement (《护理保险结算单》) of one person with one institution: the person
// (ID masked), the month, each line's claimed, allowed and deducted amounts with the reasons in
// words, the fund's and the person's shares, and lines to sign for the person or family and
// for the institution. For the print preview and the printer.
QString statementHtml(const StatementData &data);

} // namespace ltc::settlement
