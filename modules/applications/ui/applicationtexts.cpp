#include "applications/ui/applicationtexts.h"

#include "core/tr.h"
#include "sdk/format.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace ltc::applications::ui {
namespace {

// A step's instant (ISO, UTC) as the offices read it: China's time, UTC+8.
QString officeTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return isoUtc;
    return at.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString cell(const QString &text) { return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped()); }

// The scans of one checklist item (or of none: an empty code) as links the page opens.
QString scanLinks(const QList<ScanRecord> &scans, const QString &code)
{
    QStringList links;
    for (const ScanRecord &scan : scans) {
        if (scan.materialCode == code)
            links << QStringLiteral("<a href=\"scan:%1\">%2</a>").arg(scan.id, scan.fileName.toHtmlEscaped());
    }
    return links.join(QStringLiteral("<br>"));
}

// What the checklist was after a step: items received of all, and scans attached.
QString materialsThen(const QJsonArray &materials)
{
    int items = 0;
    int received = 0;
    int scans = 0;
    for (const QJsonValue &value : materials) {
        const QJsonObject item = value.toObject();
        scans += int(item.value(QStringLiteral("scans")).toArray().size());
        if (item.value(QStringLiteral("code")).toString().isEmpty())
            continue;  // the scans of no item
        ++items;
        received += item.value(QStringLiteral("received")).toBool() ? 1 : 0;
    }
    QString text = Tr::tr("materials %1/%2").arg(received).arg(items);
    if (scans > 0)
        text += QStringLiteral(" · ") + Tr::tr("%1 scans").arg(scans);
    return text;
}

QString insuranceText(const PersonRecord &person, QDate today)
{
    if (person.diedOn.isValid())
        return Tr::tr("died on %1").arg(sdk::day(person.diedOn));
    if (person.insuredUntil.isValid() && person.insuredUntil < today)
        return Tr::tr("insured from %1 to %2").arg(sdk::day(person.enrolledOn), sdk::day(person.insuredUntil));
    return Tr::tr("insured since %1").arg(sdk::day(person.enrolledOn));
}

} // namespace

QString actionTitle(const QString &command)
{
    if (command == QLatin1String("application.submit"))
        return Tr::tr("Submitted");
    if (command == QLatin1String("application.request_materials"))
        return Tr::tr("Missing materials requested");
    if (command == QLatin1String("application.receive_materials"))
        return Tr::tr("Missing materials received");
    if (command == QLatin1String("application.accept"))
        return Tr::tr("Accepted");
    if (command == QLatin1String("application.refuse"))
        return Tr::tr("Refused");
    if (command == QLatin1String("application.attach_scan"))
        return Tr::tr("Scan attached");
    if (command == QLatin1String("application.remove_scan"))
        return Tr::tr("Scan removed");
    return command;
}

QString personHistoryHtml(const PersonHistory &history, QDate today)
{
    const PersonRecord &p = history.person;
    QString html = QStringLiteral("<p><b>%1</b> %2 · %3 · %4</p>")
                       .arg(p.name.toHtmlEscaped(), p.personNo.toHtmlEscaped(), sdk::maskedId(p.idNumber).toHtmlEscaped(),
                            insuranceText(p, today).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(Tr::tr("Earlier applications").toHtmlEscaped());
    if (history.applications.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Tr::tr("none").toHtmlEscaped());
    for (const Application &a : history.applications)
        html += QStringLiteral("<p>%1 %2 · %3</p>").arg(sdk::day(a.receivedOn), kindTitle(a.kind).toHtmlEscaped(),
                                                          statusTitle(a.status).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(Tr::tr("Conclusions").toHtmlEscaped());
    if (history.conclusions.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Tr::tr("none").toHtmlEscaped());
    for (const ConclusionRecord &c : history.conclusions)
        html += QStringLiteral("<p>%1</p>").arg(Tr::tr("level %1, concluded %2, valid until %3")
                                                    .arg(c.level).arg(sdk::day(c.concludedOn), sdk::day(c.validUntil))
                                                    .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(Tr::tr("Hospital stays").toHtmlEscaped());
    if (history.stays.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Tr::tr("none").toHtmlEscaped());
    for (const HospitalStayRecord &s : history.stays)
        html += QStringLiteral("<p>%1 – %2</p>").arg(sdk::day(s.admittedOn), s.dischargedOn.isValid() ? sdk::day(s.dischargedOn) : Tr::tr("still in hospital").toHtmlEscaped());
    return html;
}

QString applicationHtml(const Application &application, const QList<MaterialState> &materials,
                        const QList<ScanRecord> &scans, const QList<EligibilityHint> &hints,
                        const QList<ApplicationEvent> &events)
{
    const Application &a = application;
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                       .arg(kindTitle(a.kind).toHtmlEscaped(), channelTitle(a.channel).toHtmlEscaped(),
                            statusTitle(a.status).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(Tr::tr("Received %1; decision due %2").arg(sdk::day(a.receivedOn),
        a.dueOn.isValid() ? sdk::day(a.dueOn) : Tr::tr("(the clock stops while materials are awaited)")).toHtmlEscaped());
    if (a.status == status::Refused)
        html += QStringLiteral("<p>%1</p>").arg(Tr::tr("Refused: %1 %2").arg(refusalReasonTitle(a.refusalReason), a.refusalText).toHtmlEscaped());
    if (!hints.isEmpty() && isOpen(a.status)) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(Tr::tr("Before deciding").toHtmlEscaped());
        for (const EligibilityHint &hint : hints)
            html += QStringLiteral("<li style=\"color:#b3261e\">%1</li>").arg(hint.text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"3\">").arg(Tr::tr("Materials").toHtmlEscaped());
    if (materials.isEmpty())
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(Tr::tr("The policy in force lists no materials checklist.").toHtmlEscaped());
    for (const MaterialState &m : materials) {
        const QString state = m.received ? Tr::tr("received %1").arg(sdk::day(m.receivedOn))
                              : m.requestedOn.isValid() ? Tr::tr("requested %1").arg(sdk::day(m.requestedOn))
                              : m.required ? Tr::tr("missing") : Tr::tr("not required");
        html += QStringLiteral("<tr>") + cell(m.received ? QStringLiteral("☑") : QStringLiteral("☐")) + cell(m.name)
                + cell(m.required ? Tr::tr("required") : QString()) + cell(state)
                + QStringLiteral("<td>%1</td></tr>").arg(scanLinks(scans, m.code));
    }
    if (const QString other = scanLinks(scans, QString()); !other.isEmpty())
        html += QStringLiteral("<tr><td></td>") + cell(Tr::tr("Other scans")) + QStringLiteral("<td></td><td></td><td>%1</td></tr>").arg(other);
    html += QStringLiteral("</table><p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"3\">").arg(Tr::tr("History").toHtmlEscaped());
    for (const ApplicationEvent &e : events)
        html += QStringLiteral("<tr>") + cell(officeTime(e.at)) + cell(actionTitle(e.action)) + cell(e.username)
                + cell(materialsThen(e.materials)) + QStringLiteral("</tr>");
    return html + QStringLiteral("</table>");
}

} // namespace ltc::applications::ui
