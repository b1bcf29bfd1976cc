#include "applications/domain/applicationnotices.h"

#include <QHash>

namespace ltc::applications {
namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QString chineseDate(QDate date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("DISPUTE"))
        return QStringLiteral("评估结论争议复评");
    if (kind == QLatin1String("REASSESS"))
        return QStringLiteral("重新评估");
    return QStringLiteral("长期护理保险失能评估");
}

// The six reasons in seed 004 §6's own words.
QString refusalWording(const QString &reason)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("NOT_INSURED"), QStringLiteral("未参加长期护理保险")},
        {QStringLiteral("SHORT_INSURANCE"), QStringLiteral("参保未满6个月，且治疗未满6个月")},
        {QStringLiteral("NOT_ELIGIBLE"), QStringLiteral("不符合待遇享受条件")},
        {QStringLiteral("OUT_OF_SCOPE"), QStringLiteral("发生护理服务费用不属于长期护理保险基金支付范围")},
        {QStringLiteral("MATERIALS"), QStringLiteral("申报材料不全或提供虚假材料")},
        {QStringLiteral("OTHER"), QStringLiteral("存在其他长期护理保险不予受理评估申请的情形")},
    };
    return words.value(reason, reason);
}

QString body(const NoticeData &notice)
{
    const Application &a = notice.application;
    const QString who = escaped(notice.personName);
    const QString received = chineseDate(a.receivedOn);
    switch (notice.kind) {
    case NoticeKind::Acceptance:
        return QStringLiteral("<p>%1（身份证号 %2）：</p><p>你（或你的监护人、委托代理人）于%3提交的%4申请，材料齐全，符合受理条件，"
                              "本机构决定予以受理。评估机构将按规定上门开展失能评估，请保持联系电话畅通，按约定时间在居住地接受评估。</p>"
                              "<p>申请编号：%5</p>")
            .arg(who, escaped(notice.maskedIdNumber), received, kindName(a.kind), escaped(a.id));
    case NoticeKind::Refusal: {
        QString reason = refusalWording(a.refusalReason);
        if (!a.refusalText.isEmpty())
            reason += QStringLiteral("（") + escaped(a.refusalText) + QStringLiteral("）");
        return QStringLiteral("<p>%1（身份证号 %2）：</p><p>你（或你的监护人、委托代理人）于%3提交的%4申请，经审核，因%5，"
                              "本机构决定不予受理。</p><p>如对本决定不服，可以自收到本通知书之日起60日内依法申请行政复议，"
                              "或者在6个月内依法向人民法院提起行政诉讼。</p><p>申请编号：%6</p>")
            .arg(who, escaped(notice.maskedIdNumber), received, kindName(a.kind), reason, escaped(a.id));
    }
    case NoticeKind::MissingMaterials: {
        QString items;
        for (int i = 0; i < notice.missingItems.size(); ++i)
            items += QStringLiteral("<li>%1. %2</li>").arg(i + 1).arg(escaped(notice.missingItems.at(i)));
        return QStringLiteral("<p>%1（身份证号 %2）：</p><p>你（或你的监护人、委托代理人）于%3提交的%4申请，材料尚不齐全。"
                              "现一次性告知需补正的全部材料如下：</p><ul style=\"list-style: none\">%5</ul>"
                              "<p>请补齐上述材料后及时提交。补正期间不计入审核时限，材料补齐之日起重新计算。</p><p>申请编号：%6</p>")
            .arg(who, escaped(notice.maskedIdNumber), received, kindName(a.kind), items, escaped(a.id));
    }
    }
    return {};
}

} // namespace

NoticeKind noticeFor(const Application &application)
{
    if (application.status == status::Refused)
        return NoticeKind::Refusal;
    if (application.status == status::AwaitingMaterials)
        return NoticeKind::MissingMaterials;
    return NoticeKind::Acceptance;
}

QString noticeTitle(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Acceptance: return QStringLiteral("长期护理保险失能评估申请受理通知书");
    case NoticeKind::Refusal: return QStringLiteral("长期护理保险失能评估申请不予受理通知书");
    case NoticeKind::MissingMaterials: return QStringLiteral("长期护理保险失能评估申请材料补正一次性告知书");
    }
    return {};
}

QString noticeHtml(const NoticeData &notice)
{
    // The seal goes over the office's name and the date, at the bottom right: room is left there.
    return QStringLiteral("<html><body style=\"font-size: 12pt\"><h2 align=\"center\">%1</h2>%2"
                          "<p>&nbsp;</p><p>&nbsp;</p><table width=\"100%\"><tr><td width=\"45%\"></td>"
                          "<td align=\"center\" style=\"border: 1px dashed #999; padding: 18px\">%3<br/>（盖章）<br/>%4</td></tr>"
                          "</table></body></html>")
        .arg(noticeTitle(notice.kind), body(notice), escaped(notice.office), chineseDate(notice.issuedOn));
}

} // namespace ltc::applications
