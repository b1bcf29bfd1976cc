#include "settlementreport.h"
#include "core/tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageSize>
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
} // namespace

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
                       Tr::tr("Fund"), Tr::tr("Personal"), Tr::tr("Deposit withheld"), Tr::tr("Payable")});
    for (const InstitutionTotals &t : totals) {
        html += row({t.code, t.name, QString::number(t.lines), money(t.claimed), money(t.allowed), money(t.deducted),
                     money(t.fund), money(t.personal), money(t.deposit), money(t.payable())});
    }
    html += row({Tr::tr("Total"), QString(), QString::number(grand.lines), money(grand.claimed), money(grand.allowed),
                 money(grand.deducted), money(grand.fund), money(grand.personal), money(grand.deposit),
                 money(grand.fund - grand.deposit)});
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

bool writeSettlementPdf(const QString &path, const QString &html, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(300);
    writer.setTitle(Tr::tr("Long-term care insurance settlement report"));
    QTextDocument document;
    QFont font;
    font.setFamilies({QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Microsoft YaHei")});  // never SimSun: CJK text must stay legible
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    // Lay the text out at the printer's resolution, so that point sizes are points on paper.
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = Tr::tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace ltc::settlement
