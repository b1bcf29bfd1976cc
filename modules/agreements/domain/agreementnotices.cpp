#include "agreements/domain/agreementnotices.h"

#include "agreements/domain/designationcommands.h"
#include "agreements/domain/designationrules.h"
#include "core/tr.h"

#include "output/xlsxworkbook.h"

namespace ltc::agreements {
namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString chineseDate(QDate date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

QString formsText(const QStringList &forms, const QHash<QString, QString> &names)
{
    QStringList words;
    // An assessment agency's one "form" is the assessment itself, which no policy names.
    for (const QString &form : forms)
        words << (form == QLatin1String("ASSESS") ? QStringLiteral("失能评估") : names.value(form, form));
    return words.join(QStringLiteral("、"));
}

// Title, body, and room for the seal over the office's name and the date, bottom right.
QString page(const QString &title, const QString &body, const NoticeHeader &header)
{
    return QStringLiteral("<html><body style=\"font-size: 12pt\"><h2 align=\"center\">%1</h2>%2"
                          "<p>&nbsp;</p><p>&nbsp;</p><table width=\"100%\"><tr><td width=\"45%\"></td>"
                          "<td align=\"center\" style=\"border: 1px dashed #999; padding: 18px\">%3<br/>（盖章）<br/>%4</td></tr>"
                          "</table></body></html>")
        .arg(escaped(title), body, escaped(header.office), chineseDate(header.issuedOn));
}

QString listTable(const QList<InstitutionRow> &rows, const QHash<QString, QString> &formNames)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                                  "<tr bgcolor=\"#e8eef7\"><th width=\"5%\">序号</th><th width=\"22%\">机构名称</th>"
                                  "<th width=\"14%\">机构类型</th><th width=\"25%\">地址</th>"
                                  "<th width=\"17%\">联系电话</th><th width=\"17%\">服务类型</th></tr>");
    for (int i = 0; i < rows.size(); ++i) {
        const InstitutionRow &row = rows.at(i);
        html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(i + 1)
                    .arg(escaped(row.name),
                         row.kind == QLatin1String("ASSESS") ? QStringLiteral("评估机构") : QStringLiteral("护理服务机构"),
                         escaped(row.address), escaped(row.phone), escaped(formsText(row.serviceForms, formNames)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString materialsNoticeTitle() { return QStringLiteral("定点机构申请材料补正一次性告知书"); }
QString reviewNoticeTitle() { return QStringLiteral("定点机构申请综合评估结果通知书"); }
QString publicationListTitle() { return QStringLiteral("拟纳入长期护理保险定点管理机构名单公示"); }
QString designatedListTitle() { return QStringLiteral("长期护理保险定点机构名单"); }

QString materialsNoticeHtml(const NoticeHeader &header, const Designation &d)
{
    QString items;
    for (int i = 0; i < d.materials.size(); ++i)
        items += QStringLiteral("<li>%1. %2</li>").arg(i + 1).arg(escaped(d.materials.at(i)));
    const QString body =
        QStringLiteral("<p>%1：</p><p>你单位于%2提交的纳入长期护理保险定点管理的申请，经形式审查，申请材料尚不齐全。"
                       "现一次性告知需补正的全部材料如下：</p><ul style=\"list-style: none\">%3</ul>"
                       "<p>请于%4前（%5个工作日内）补齐上述材料。逾期未补齐的，视为放弃本次申请。"
                       "补正材料期间不计入综合评估时限。</p><p>申请编号：%6</p>")
            .arg(escaped(d.institutionName), chineseDate(d.appliedOn), items, chineseDate(d.materialsDueOn))
            .arg(kMaterialsWorkingDays)
            .arg(escaped(d.id));
    return page(materialsNoticeTitle(), body, header);
}

QString reviewNoticeHtml(const NoticeHeader &header, const Designation &d)
{
    const bool passed = d.status != state::Failed && d.status != state::Barred;
    QString result;
    if (passed) {
        result = QStringLiteral("<p>经综合评估（评估小组 %1 人集体评议），你单位<b>通过</b>综合评估。"
                                "本机构将对拟纳入定点管理的机构名单公示不少于%2个工作日，公示无异议后与你单位协商签订服务协议。</p>")
                     .arg(d.panel.size())
                     .arg(kPublicationWorkingDays);
    } else {
        result = QStringLiteral("<p>经综合评估（评估小组 %1 人集体评议），你单位<b>未通过</b>综合评估。</p><p>未通过原因：%2</p>")
                     .arg(d.panel.size())
                     .arg(escaped(d.reasons));
        if (!d.suggestions.isEmpty())
            result += QStringLiteral("<p>整改建议：%1</p>").arg(escaped(d.suggestions));
        result += d.status == state::Barred
                      ? QStringLiteral("<p>你单位为第二次评估未通过，%1前不得再次提出申请。</p>").arg(chineseDate(d.barredUntil))
                      : QStringLiteral("<p>你单位整改完善后，可于%1前申请再次评估。</p>").arg(chineseDate(d.secondReviewBy));
    }
    const QString body = QStringLiteral("<p>%1：</p><p>你单位于%2提交的纳入长期护理保险定点管理的申请，已于%3完成综合评估。</p>%4"
                                        "<p>申请编号：%5</p>")
                             .arg(escaped(d.institutionName), chineseDate(d.appliedOn), chineseDate(d.reviewedOn), result,
                                  escaped(d.id));
    return page(reviewNoticeTitle(), body, header);
}

QString publicationListHtml(const NoticeHeader &header, const QList<InstitutionRow> &rows,
                            const QList<Designation> &designations, const QHash<QString, QString> &formNames)
{
    QDate from;
    QDate to;
    for (const Designation &d : designations) {
        if (d.status != state::Publishing)
            continue;
        from = !from.isValid() || d.publishedFrom < from ? d.publishedFrom : from;
        to = !to.isValid() || d.publishedTo > to ? d.publishedTo : to;
    }
    const QString body =
        QStringLiteral("<p>根据长期护理保险定点机构管理的有关规定，经申请、形式审查和综合评估，下列机构拟纳入长期护理保险定点管理，"
                       "现予以公示。公示期为%1至%2。公示期间，如有异议，请以书面形式向本机构反映。</p>%3")
            .arg(chineseDate(from), chineseDate(to), listTable(rows, formNames));
    return page(publicationListTitle(), body, header);
}

QString designatedListHtml(const NoticeHeader &header, const QList<InstitutionRow> &rows,
                           const QHash<QString, QString> &formNames)
{
    const QString body = QStringLiteral("<p>截至%1，与本机构签订长期护理保险服务协议、协议在有效期内的定点机构共%2家，名单如下：</p>%3")
                             .arg(chineseDate(header.issuedOn))
                             .arg(rows.size())
                             .arg(listTable(rows, formNames));
    return page(designatedListTitle(), body, header);
}

bool writeDesignatedListXlsx(const QString &path, const QList<InstitutionRow> &rows,
                             const QHash<QString, QString> &formNames, QString *error)
{
    output::XlsxWorkbook book(path);
    if (lxw_worksheet *sheet = book.addSheet(QStringLiteral("定点机构名单"))) {
        output::writeTexts(sheet, 0,
                           {QStringLiteral("机构编码"), QStringLiteral("机构名称"), QStringLiteral("机构类型"),
                            QStringLiteral("地址"), QStringLiteral("联系电话"), QStringLiteral("服务类型"),
                            QStringLiteral("协议截止日期")},
                           book.bold());
        for (int i = 0; i < rows.size(); ++i) {
            const InstitutionRow &row = rows.at(i);
            output::writeTexts(sheet, i + 1,
                               {row.code, row.name,
                                row.kind == QLatin1String("ASSESS") ? QStringLiteral("评估机构") : QStringLiteral("护理服务机构"),
                                row.address, row.phone, formsText(row.serviceForms, formNames),
                                row.lastAgreementDay.toString(Qt::ISODate)});
        }
        worksheet_set_column(sheet, 0, 0, 14, nullptr);
        worksheet_set_column(sheet, 1, 1, 30, nullptr);
        worksheet_set_column(sheet, 3, 3, 36, nullptr);
        worksheet_set_column(sheet, 4, 6, 16, nullptr);
    }
    return book.close(error);
}

} // namespace ltc::agreements
