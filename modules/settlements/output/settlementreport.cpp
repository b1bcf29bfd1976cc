#include "settlements/output/settlementreport.h"
#include "core/tr.h"
#include "core/workcalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QFont>
#include <QPageSize>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace ltc::settlement {
namespace {

QString money(Fen fen) { return formatYuan(fen, true); }

QString row(const QStringList &cells, int numericFrom = 2)
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        html += (i >= numericFrom ? QStringLiteral("<td align=right>") : QStringLiteral("<td>"))
                + cells.at(i).toHtmlEscaped() + QStringLiteral("</td>");
    return html + QStringLiteral("</tr>");
}

QString headerRow(const QStringList &titles)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &title : titles)
        html += QStringLiteral("<th bgcolor=#e8eef7>") + title.toHtmlEscaped() + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>");
}
// The amount in formal Chinese numerals as written on payment documents: 壹仟贰佰元零伍分.
QString uppercaseYuan(Fen fen)
{
    if (fen < 0)
        return QStringLiteral("负") + uppercaseYuan(-fen);
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QStringList units{QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
    static const QStringList groups{QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")};
    const QString integer = QString::number(fen / 100);
    QString text;
    bool zero = false;  // zeros seen since the last digit written: one 零 before the next
    for (qsizetype i = 0; i < integer.size() && fen >= 100; ++i) {
        const int digit = integer.at(i).digitValue();
        const qsizetype place = integer.size() - 1 - i;
        if (digit == 0) {
            zero = true;
        } else {
            text += (zero ? QStringLiteral("零") : QString()) + digits.at(digit) + units.at(place % 4);
            zero = false;
        }
        const bool groupHasDigits = integer.mid(std::max<qsizetype>(0, i - 3), std::min<qsizetype>(4, i + 1))
                                        .contains(QRegularExpression(QStringLiteral("[1-9]")));
        if (place % 4 == 0 && place > 0 && groupHasDigits)
            text += groups.at(place / 4);
    }
    const int jiao = int(fen / 10 % 10);
    const int cents = int(fen % 10);
    if (fen >= 100 || fen == 0)
        text += fen == 0 ? QStringLiteral("零元") : QStringLiteral("元");
    if (jiao == 0 && cents == 0)
        return text + QStringLiteral("整");
    if (jiao > 0)
        text += digits.at(jiao) + QStringLiteral("角");
    else if (fen >= 100)
        text += QStringLiteral("零");
    return cents > 0 ? text + digits.at(cents) + QStringLiteral("分") : text + QStringLiteral("整");
}

QString labelCell(const QString &label)
{
    return QStringLiteral("<td bgcolor=#f3f5f8 width=14%>") + label.toHtmlEscaped() + QStringLiteral("</td>");
}

QString valueCell(const QString &value)
{
    return QStringLiteral("<td>") + value.toHtmlEscaped() + QStringLiteral("</td>");
}

QString dateText(QDate date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

// Who the statement is for: person and institution, two label/value pairs a row.
QString statementHeader(const StatementData &data)
{
    const PersonContext &p = data.person;
    QString html = QStringLiteral("<table border=1 cellspacing=0 cellpadding=4 width=100%>");
    html += QStringLiteral("<tr>") + labelCell(Tr::tr("Name")) + valueCell(p.name) + labelCell(Tr::tr("Person no."))
            + valueCell(p.personNo) + labelCell(Tr::tr("Sex")) + valueCell(sexTitle(p.sex)) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + labelCell(Tr::tr("Citizen ID")) + valueCell(p.maskedId)
            + labelCell(Tr::tr("Insurance")) + valueCell(insuranceTitle(p.insuranceType))
            + labelCell(Tr::tr("Settlement period")) + valueCell(data.period) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + labelCell(Tr::tr("Care institution"))
            + QStringLiteral("<td colspan=5>") + QStringLiteral("%1（%2）").arg(data.institutionName, data.institutionCode).toHtmlEscaped()
            + QStringLiteral("</td></tr></table>");
    return html;
}

QString reviewNote(const LineRow &row)
{
    if (!row.review || row.review->decision != QStringLiteral("override"))
        return {};
    return Tr::tr("First review set the allowed amount to %1: %2").arg(money(row.review->allowed), row.review->reason);
}

QString statementLines(const StatementData &data, AuditTotals &totals)
{
    QString html = QStringLiteral("<table border=1 cellspacing=0 cellpadding=4 width=100%>");
    html += headerRow({Tr::tr("Claim"), Tr::tr("Service"), Tr::tr("Service dates"), Tr::tr("Days"), Tr::tr("Claimed"),
                       Tr::tr("Allowed"), Tr::tr("Deducted"), Tr::tr("Reasons for deductions"), Tr::tr("Fund"),
                       Tr::tr("Personal")});
    for (const LineRow &row : data.lines) {
        const ClaimLine &l = row.line;
        // What the statement pays is the line as reviewed; its reasons are the audit's.
        const LineResult r = row.paid.value_or(LineResult{});
        if (row.paid)
            totals.add(r);
        QString reasons = reasonTitles(r.reasons);
        if (const QString note = reviewNote(row); !note.isEmpty())
            reasons += (reasons.isEmpty() ? QString() : QStringLiteral("；")) + note;
        html += QStringLiteral("<tr><td>%1 / %2</td>").arg(l.claimNo.toHtmlEscaped()).arg(l.lineNo)
                + valueCell(data.formNames.value(l.serviceForm, l.serviceForm))
                + valueCell(dateText(l.serviceFrom) + QStringLiteral(" — ") + dateText(l.serviceTo))
                + QStringLiteral("<td align=right>%1</td>").arg(l.days)
                + QStringLiteral("<td align=right>%1</td>").arg(money(l.amount))
                + QStringLiteral("<td align=right>%1</td>").arg(row.result ? money(r.allowed) : QString())
                + QStringLiteral("<td align=right>%1</td>").arg(row.result ? money(r.deducted) : QString())
                + valueCell(row.result ? reasons : Tr::tr("not audited yet"))
                + QStringLiteral("<td align=right>%1</td>").arg(row.result ? money(r.fund) : QString())
                + QStringLiteral("<td align=right>%1</td></tr>").arg(row.result ? money(r.personal) : QString());
    }
    html += QStringLiteral("<tr><td colspan=4><b>%1</b></td>").arg(Tr::tr("Total").toHtmlEscaped());
    for (const Fen fen : {totals.claimed, totals.allowed, totals.deducted})
        html += QStringLiteral("<td align=right><b>%1</b></td>").arg(money(fen));
    html += QStringLiteral("<td></td><td align=right><b>%1</b></td><td align=right><b>%2</b></td></tr></table>")
                .arg(money(totals.fund), money(totals.personal));
    return html;
}

// Two columns to sign: the person or family on the left, the institution (seal, the clerk who
// handled it) on the right, each with its date.
QString signatureBlock()
{
    const QString blank = QStringLiteral("__________________");
    const QString day = QStringLiteral("______年____月____日");
    auto line = [&](const QString &label, const QString &value) {
        return QStringLiteral("<p style='margin: 14px 0 0 0'>%1 %2</p>").arg(label.toHtmlEscaped(), value);
    };
    return QStringLiteral("<table width=100% cellpadding=4><tr><td width=50% valign=top>%1%2</td><td valign=top>%3%4%5"
                          "</td></tr></table>")
        .arg(line(Tr::tr("Insured person or family (signature):"), blank), line(Tr::tr("Date:"), day),
             line(Tr::tr("Care institution (seal):"), blank), line(Tr::tr("Handled by:"), blank),
             line(Tr::tr("Date:"), day));
}
} // namespace

QString sexTitle(const QString &code)
{
    return code == QStringLiteral("F") ? Tr::tr("Female") : code == QStringLiteral("M") ? Tr::tr("Male") : code;
}

QString insuranceTitle(const QString &code)
{
    if (code == QStringLiteral("EMPLOYEE"))
        return Tr::tr("Employee medical insurance");
    if (code == QStringLiteral("RESIDENT"))
        return Tr::tr("Urban and rural resident medical insurance");
    return code;
}

QString reasonTitles(const QStringList &codes)
{
    QStringList titles;
    for (const QString &code : codes)
        titles << reasonTitle(code);
    return titles.join(Tr::tr("; "));
}

QString statementHtml(const StatementData &data)
{
    QString html = QStringLiteral("<html><body style='font-size:10pt'>");
    html += QStringLiteral("<h2 align=center>%1</h2>").arg(Tr::tr("Long-term care insurance settlement statement").toHtmlEscaped());
    html += QStringLiteral("<p align=right>%1</p>")
                .arg(Tr::tr("Printed on %1").arg(officeDate().toString(Qt::ISODate)).toHtmlEscaped());
    html += statementHeader(data) + QStringLiteral("<p></p>");
    AuditTotals totals;
    html += statementLines(data, totals);
    html += QStringLiteral("<p>%1</p>")
                .arg(Tr::tr("Allowed this month: %1 yuan (in words: %2), of which the fund pays %3 yuan and the "
                            "insured person pays %4 yuan.")
                         .arg(money(totals.allowed), uppercaseYuan(totals.allowed), money(totals.fund),
                              money(totals.personal))
                         .toHtmlEscaped());
    html += QStringLiteral("<p style='color:#555'>%1</p>")
                .arg(Tr::tr("Deductions follow the long-term care insurance policy in force; questions about this "
                            "statement go to the care institution or the medical insurance office.")
                         .toHtmlEscaped());
    return html + signatureBlock() + QStringLiteral("</body></html>");
}

namespace {
// The institutions' totals with what their paid months deducted and paid (the statement's last columns).
QList<InstitutionTotals> paidTotals(QSqlDatabase &db, const QString &period, const QList<SettledLine> &lines)
{
    QList<InstitutionTotals> totals = totalsByInstitution(lines, institutionNames(db));
    addPayments(db, period, totals);
    return totals;
}
} // namespace

QString monthReportHtml(QSqlDatabase &db, const QString &period)
{
    const QList<SettledLine> lines = settledResults(db, period);
    if (lines.isEmpty())
        return {};
    AuditTotals grand;
    for (const SettledLine &line : lines)
        grand.add(line.paid);
    return settlementReportHtml(period, paidTotals(db, period, lines), deductionsByReason(lines), grand);
}

bool exportMonth(QSqlDatabase &db, const QString &period, ExportFormat format, const QString &path, QString *error,
                 qint64 *lineCount)
{
    const QList<SettledLine> lines = settledResults(db, period);
    if (lines.isEmpty()) {
        if (error)
            *error = Tr::tr("%1 has no audited lines: run the audit first").arg(period);
        return false;
    }
    if (lineCount)
        *lineCount = lines.size();
    switch (format) {
    case ExportFormat::Csv:
        return writeResultsCsv(path, lines, error, paidTotals(db, period, lines));
    case ExportFormat::Xlsx:
        return writeResultsXlsx(path, period, lines, paidTotals(db, period, lines), error);
    case ExportFormat::Pdf:
        return writeSettlementPdf(path, monthReportHtml(db, period), error);
    }
    return false;
}

QString reasonTitle(const QString &code)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("R01"), QT_TRANSLATE_NOOP("ltc", "no valid entitlement")},
        {QStringLiteral("R02"), QT_TRANSLATE_NOOP("ltc", "not insured")},
        {QStringLiteral("R03"), QT_TRANSLATE_NOOP("ltc", "no agreement in force or settlement suspended")},
        {QStringLiteral("R04"), QT_TRANSLATE_NOOP("ltc", "in hospital")},
        {QStringLiteral("R05"), QT_TRANSLATE_NOOP("ltc", "day already paid")},
        {QStringLiteral("R06"), QT_TRANSLATE_NOOP("ltc", "above the standard")},
        {QStringLiteral("R07"), QT_TRANSLATE_NOOP("ltc", "service form not covered")},
        {QStringLiteral("R08"), QT_TRANSLATE_NOOP("ltc", "declaration does not add up")},
        {QStringLiteral("R09"), QT_TRANSLATE_NOOP("ltc", "level not eligible")},
        {kReviewAdjustment, QT_TRANSLATE_NOOP("ltc", "changed at first review")},
    };
    const char *title = titles.value(code, nullptr);
    return title ? Tr::tr(title) : code;
}

QString settlementReportHtml(const QString &period, const QList<InstitutionTotals> &totals,
                             const QList<QPair<QString, Fen>> &byReason, const AuditTotals &grand)
{
    QString html = QStringLiteral("<html><body style='font-size:9pt'>");
    html += QStringLiteral("<h2 align=center>%1</h2>").arg(Tr::tr("Long-term care insurance settlement report").toHtmlEscaped());
    html += QStringLiteral("<p align=center>%1</p>").arg(Tr::tr("Settlement period: %1").arg(period).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>")
                .arg(Tr::tr("Totals by institution").toHtmlEscaped());
    html += headerRow({Tr::tr("Code"), Tr::tr("Institution"), Tr::tr("Lines"), Tr::tr("Claimed"), Tr::tr("Allowed"), Tr::tr("Deducted"),
                       Tr::tr("Fund"), Tr::tr("Personal"), Tr::tr("Deposit withheld"), Tr::tr("Payable"),
                       Tr::tr("Liquidated damages deducted"), Tr::tr("Amount paid")});
    // The paid months' damages and payments; the total row sums those paid (empty: none paid yet).
    std::optional<Fen> damages;
    std::optional<Fen> paid;
    for (const InstitutionTotals &t : totals) {
        html += row({t.code, t.name, QString::number(t.lines), money(t.claimed), money(t.allowed), money(t.deducted),
                     money(t.fund), money(t.personal), money(t.deposit), money(t.payable()),
                     t.paid ? money(t.damagesDeducted.value_or(0)) : QString(), t.paid ? money(*t.paid) : QString()});
        if (t.paid) {
            damages = damages.value_or(0) + t.damagesDeducted.value_or(0);
            paid = paid.value_or(0) + *t.paid;
        }
    }
    html += row({Tr::tr("Total"), QString(), QString::number(grand.lines), money(grand.claimed), money(grand.allowed),
                 money(grand.deducted), money(grand.fund), money(grand.personal), money(grand.deposit),
                 money(grand.fund - grand.deposit), damages ? money(*damages) : QString(), paid ? money(*paid) : QString()});
    html += QStringLiteral("</table><h3>%1</h3><table border=1 cellspacing=0 cellpadding=3>")
                .arg(Tr::tr("Deductions by reason").toHtmlEscaped());
    html += headerRow({Tr::tr("Code"), Tr::tr("Reason"), Tr::tr("Deducted on lines with this reason")});
    for (const auto &[code, fen] : byReason)
        html += row({code, reasonTitle(code), money(fen)});
    html += QStringLiteral("</table><p><br>%1 ____________ &nbsp;&nbsp; %2 ____________ &nbsp;&nbsp; %3 ____________</p>")
                .arg(Tr::tr("First review:").toHtmlEscaped(), Tr::tr("Second review:").toHtmlEscaped(),
                     Tr::tr("Payment:").toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

void printHtml(const QString &html, QPagedPaintDevice &device)
{
    QTextDocument document;
    QFont font;
    font.setFamilies({QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Microsoft YaHei")});  // never SimSun: CJK text must stay legible
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    // Lay the text out at the device's resolution, so that point sizes are points on paper.
    document.documentLayout()->setPaintDevice(&device);
    document.setHtml(html);
    document.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    document.print(&device);
}

bool writeSettlementPdf(const QString &path, const QString &html, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(300);
    writer.setTitle(Tr::tr("Long-term care insurance settlement report"));
    printHtml(html, writer);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = Tr::tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace ltc::settlement
