#include "settlementreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ltc::settlement {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ltc::settlement", text); }

QString money(Fen fen) { return formatYuan(fen, true); }

QString row(const QStringList &cells, bool numericFrom = 2)
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        html += (i >= int(numericFrom) ? QStringLiteral("<td align=right>") : QStringLiteral("<td>"))
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
        {QStringLiteral("R01"), QT_TRANSLATE_NOOP("ltc::settlement", "no valid entitlement")},
        {QStringLiteral("R02"), QT_TRANSLATE_NOOP("ltc::settlement", "not insured")},
        {QStringLiteral("R03"), QT_TRANSLATE_NOOP("ltc::settlement", "no agreement in force or settlement suspended")},
        {QStringLiteral("R04"), QT_TRANSLATE_NOOP("ltc::settlement", "in hospital")},
        {QStringLiteral("R05"), QT_TRANSLATE_NOOP("ltc::settlement", "day already paid")},
        {QStringLiteral("R06"), QT_TRANSLATE_NOOP("ltc::settlement", "above the standard")},
        {QStringLiteral("R07"), QT_TRANSLATE_NOOP("ltc::settlement", "service form not covered")},
        {QStringLiteral("R08"), QT_TRANSLATE_NOOP("ltc::settlement", "declaration does not add up")},
        {QStringLiteral("R09"), QT_TRANSLATE_NOOP("ltc::settlement", "level not eligible")},
    };
    const char *title = titles.value(code, nullptr);
    return title ? tr(title) : code;
}

QString settlementReportHtml(const QString &period, const QList<InstitutionTotals> &totals,
                             const QList<QPair<QString, Fen>> &byReason, const AuditTotals &grand)
{
    QString html = QStringLiteral("<html><body style='font-size:9pt'>");
    html += QStringLiteral("<h2 align=center>%1</h2>").arg(tr("Long-term care insurance settlement report").toHtmlEscaped());
    html += QStringLiteral("<p align=center>%1</p>").arg(tr("Settlement period: %1").arg(period).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><table border=1 cellspacing=0 cellpadding=3 width=100%>")
                .arg(tr("Totals by institution").toHtmlEscaped());
    html += headerRow({tr("Code"), tr("Institution"), tr("Lines"), tr("Claimed"), tr("Allowed"), tr("Deducted"),
                       tr("Fund"), tr("Personal"), tr("Deposit withheld"), tr("Payable")});
    for (const InstitutionTotals &t : totals) {
        html += row({t.code, t.name, QString::number(t.lines), money(t.claimed), money(t.allowed), money(t.deducted),
                     money(t.fund), money(t.personal), money(t.deposit), money(t.payable())});
    }
    html += row({tr("Total"), QString(), QString::number(grand.lines), money(grand.claimed), money(grand.allowed),
                 money(grand.deducted), money(grand.fund), money(grand.personal), money(grand.deposit),
                 money(grand.fund - grand.deposit)});
    html += QStringLiteral("</table><h3>%1</h3><table border=1 cellspacing=0 cellpadding=3>")
                .arg(tr("Deductions by reason").toHtmlEscaped());
    html += headerRow({tr("Code"), tr("Reason"), tr("Deducted on lines with this reason")});
    for (const auto &[code, fen] : byReason)
        html += row({code, reasonTitle(code), money(fen)});
    html += QStringLiteral("</table><p><br>%1 ____________ &nbsp;&nbsp; %2 ____________ &nbsp;&nbsp; %3 ____________</p>")
                .arg(tr("First review:").toHtmlEscaped(), tr("Second review:").toHtmlEscaped(),
                     tr("Payment:").toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

bool writeSettlementPdf(const QString &path, const QString &html, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(300);
    writer.setTitle(tr("Long-term care insurance settlement report"));
    QTextDocument document;
    QFont font;
    font.setFamilies({QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Microsoft YaHei")});  // never SimSun: CJK text must stay legible
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace ltc::settlement
