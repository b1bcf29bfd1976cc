#include "assessments/ui/tasktexts.h"

#include "assessments/domain/dispatchrules.h"
#include "core/tr.h"
#include "sdk/format.h"

#include <QJsonArray>

namespace ltc::assessments::ui {
namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }
QString para(const QString &text) { return QStringLiteral("<p>%1</p>").arg(esc(text)); }
QString heading(const QString &text) { return QStringLiteral("<h4>%1</h4>").arg(esc(text)); }

QString chineseDate(QDate date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

QString staffLabel(const TaskPanel &panel, const QString &staffNo)
{
    const QString name = panel.staffNames.value(staffNo);
    return name.isEmpty() ? staffNo : QStringLiteral("%1 %2").arg(staffNo, name);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString indicatorName(const std::optional<Instrument> &instrument, const QString &code)
{
    const Indicator *indicator = instrument ? instrument->indicator(code) : nullptr;
    return indicator && !indicator->name.isEmpty() ? indicator->name : code;
}

QString clockHtml(const Task &task)
{
    if (!task.work)
        return para(Tr::tr("Not yet dispatched; the clock runs from the acceptance of the application."));
    const Work &w = *task.work;
    QString html = para(Tr::tr("Accepted %1; conclusion letter due %2 (working days on the holiday calendar).")
                            .arg(sdk::day(w.acceptedOn), sdk::day(w.dueOn)));
    if (w.online)
        html += para(Tr::tr("Online assessment: the person is registered as living elsewhere."));
    if (w.agencyAcceptedOn.isValid())
        html += para(Tr::tr("The agency accepted the task on %1.").arg(sdk::day(w.agencyAcceptedOn)));
    if (w.publicationUntil.isValid())
        html += para(Tr::tr("Published until %1.").arg(sdk::day(w.publicationUntil)));
    if (w.concludedOn.isValid())
        html += para(Tr::tr("Concluded %1, valid until %2.").arg(sdk::day(w.concludedOn), sdk::day(w.validUntil)));
    if (w.deliveredOn.isValid())
        html += para(Tr::tr("Letter delivered %1; a dispute may be asked for until %2.")
                         .arg(sdk::day(w.deliveredOn), sdk::day(w.disputeUntil)));
    return html;
}

QString resultHtml(const TaskPanel &panel)
{
    if (!panel.result)
        return {};
    const ResultDetail &r = *panel.result;
    QString html = heading(Tr::tr("Result"));
    html += para(Tr::tr("Level %1, assessed %2 on %3 version %4.")
                     .arg(r.level)
                     .arg(sdk::day(r.assessedOn), r.instrumentCode)
                     .arg(r.instrumentVersion));
    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    for (const IndicatorResult &t : r.totals)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>%3</td></tr>")
                    .arg(esc(indicatorName(panel.instrument, t.code)))
                    .arg(t.total)
                    .arg(esc(Tr::tr("grade %1").arg(t.grade)));
    html += QStringLiteral("</table>");
    if (!r.advice.isEmpty())
        html += para(Tr::tr("Care-service advice: %1").arg(r.advice));
    return html;
}

QString confirmationsHtml(const TaskPanel &panel)
{
    if (!panel.result)
        return {};
    QString html = heading(Tr::tr("Expert confirmations (%1 of %2)").arg(panel.confirmations.size()).arg(panel.confirmationsNeeded));
    for (const ConfirmationRow &c : panel.confirmations)
        html += para(Tr::tr("%1 %2, %3").arg(c.staffNo, c.name, sdk::day(c.confirmedOn)));
    return html;
}

QString objectionsHtml(const TaskPanel &panel)
{
    if (panel.objections.isEmpty())
        return {};
    QString html = heading(Tr::tr("Objections during publication"));
    for (const ObjectionRow &o : panel.objections) {
        html += para(Tr::tr("%1, %2: %3").arg(sdk::day(o.receivedOn), o.objector, o.text));
        if (o.substantiated)
            html += para(Tr::tr("Substantiated: re-assessment task %1.").arg(o.reassessmentTask));
    }
    return html;
}

// Each piece of evidence; a file opens from its link (evidence:<id>).
QString evidenceHtml(const TaskPanel &panel)
{
    if (panel.evidence.isEmpty())
        return {};
    QString html = heading(Tr::tr("Evidence"));
    for (const EvidenceRow &e : panel.evidence) {
        const QString remove = panel.evidenceRemovable
                                   ? QStringLiteral(" <a href=\"remove-evidence:%1\">%2</a>").arg(esc(e.id), esc(Tr::tr("remove")))
                                   : QString();
        if (e.kind == QLatin1String("NOTE")) {
            html += QStringLiteral("<p>%1%2</p>").arg(esc(Tr::tr("Note: %1").arg(e.note)), remove);
            continue;
        }
        const QString kind = e.kind == QLatin1String("VIDEO") ? Tr::tr("Video") : Tr::tr("Photo");
        html += QStringLiteral("<p>%1: <a href=\"evidence:%2\">%3</a> %4%5</p>")
                    .arg(esc(kind), esc(e.id), esc(e.fileName), esc(e.note), remove);
    }
    return html;
}

} // namespace

QString officerTitle(const QString &function)
{
    // Wenzhou's team (seed 003 三(二)): the drawn assessors with these three beside them.
    static const QHash<QString, const char *> titles{
        {QStringLiteral("HANDLING_OFFICER"), QT_TRANSLATE_NOOP("ltc", "Handling officer")},
        {QStringLiteral("INSURER_OFFICER"), QT_TRANSLATE_NOOP("ltc", "Insurer's officer")},
        {QStringLiteral("COMMUNITY_OFFICER"), QT_TRANSLATE_NOOP("ltc", "Community officer")},
    };
    const char *title = titles.value(function);
    return title ? Tr::tr(title) : Tr::tr("Officer %1").arg(function);
}

QString stateTitle(const QString &state)
{
    static const QHash<QString, const char *> titles{
        {state::ToDispatch, QT_TRANSLATE_NOOP("ltc", "To dispatch")},
        {state::Dispatched, QT_TRANSLATE_NOOP("ltc", "Dispatched")},
        {state::Accepted, QT_TRANSLATE_NOOP("ltc", "Accepted by the agency")},
        {state::Assessed, QT_TRANSLATE_NOOP("ltc", "Assessed")},
        {state::AwaitingConfirmation, QT_TRANSLATE_NOOP("ltc", "Awaiting expert confirmation")},
        {state::Confirmed, QT_TRANSLATE_NOOP("ltc", "Confirmed")},
        {state::InPublication, QT_TRANSLATE_NOOP("ltc", "In publication")},
        {state::Concluded, QT_TRANSLATE_NOOP("ltc", "Conclusion issued")},
        {state::Disputed, QT_TRANSLATE_NOOP("ltc", "Disputed")},
        {kReassessmentFilter, QT_TRANSLATE_NOOP("ltc", "Re-assessments")},
    };
    const char *title = titles.value(state);
    return title ? Tr::tr(title) : state;
}

QString kindTitle(const QString &kind)
{
    if (kind == QLatin1String("DISPUTE"))
        return Tr::tr("Dispute");
    if (kind == QLatin1String("REASSESS"))
        return Tr::tr("Re-assessment");
    return Tr::tr("First assessment");
}

QString reasonTitle(const QString &reason)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("CONFLICT"), QT_TRANSLATE_NOOP("ltc", "declared conflict of interest")},
        {QStringLiteral("CARE_INSTITUTION"), QT_TRANSLATE_NOOP("ltc", "on the staff of the person's care institution")},
        {QStringLiteral("SUSPENDED"), QT_TRANSLATE_NOOP("ltc", "suspended")},
        {QStringLiteral("BARRED"), QT_TRANSLATE_NOOP("ltc", "barred")},
        {QStringLiteral("ORIGINAL_ASSESSOR"), QT_TRANSLATE_NOOP("ltc", "assessed the disputed conclusion")},
        {QStringLiteral("ORIGINAL_AGENCY"), QT_TRANSLATE_NOOP("ltc", "the disputed conclusion's agency")},
        {QStringLiteral("NO_AGREEMENT"), QT_TRANSLATE_NOOP("ltc", "no agreement in force")},
        {QStringLiteral("INTAKE_SUSPENDED"), QT_TRANSLATE_NOOP("ltc", "intake suspended")},
        {QStringLiteral("AT_CAPACITY"), QT_TRANSLATE_NOOP("ltc", "at capacity")},
    };
    const char *title = titles.value(reason);
    return title ? Tr::tr(title) : reason;
}

QStringList stateFilterCodes()
{
    return {state::ToDispatch, state::Dispatched, state::Accepted, state::Assessed, state::AwaitingConfirmation,
            state::Confirmed, state::InPublication, state::Concluded, state::Disputed, kReassessmentFilter};
}

QString taskHtml(const TaskPanel &panel)
{
    const Task &t = panel.task;
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(esc(t.person.name), esc(t.record.personNo));
    html += para(Tr::tr("%1 · %2 · task %3").arg(kindTitle(t.record.kind), stateTitle(t.record.state), t.record.id));
    html += clockHtml(t);
    if (t.work) {
        html += heading(Tr::tr("Agency and team"));
        html += para(Tr::tr("Agency: %1 %2").arg(t.work->agencyCode, panel.agencyName));
        if (!panel.draws.isEmpty()) {
            QStringList team;
            for (const QString &staffNo : teamOf(panel.draws.last()))
                team << staffLabel(panel, staffNo);
            html += para(Tr::tr("Team (draw %1): %2").arg(panel.draws.last().seq).arg(team.join(QStringLiteral(", "))));
            if (panel.draws.size() > 1)
                html += para(Tr::tr("%1 draws; see the draw history.").arg(panel.draws.size()));
        }
        for (auto it = t.work->officers.begin(); it != t.work->officers.end(); ++it)
            html += para(Tr::tr("%1: %2").arg(officerTitle(it.key()), it.value().toString()));
    }
    html += evidenceHtml(panel) + resultHtml(panel) + confirmationsHtml(panel) + objectionsHtml(panel);
    return html;
}

QString drawsHtml(const TaskPanel &panel)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("Draws of task %1").arg(panel.task.record.id)));
    if (panel.draws.isEmpty())
        return html + para(Tr::tr("No draw yet."));
    for (const StoredDraw &d : panel.draws) {
        html += heading(d.seq == 1 ? Tr::tr("Draw 1 (dispatch), %1").arg(sdk::day(d.drawDay))
                                   : Tr::tr("Draw %1 (redraw), %2").arg(d.seq).arg(sdk::day(d.drawDay)));
        if (!d.reason.isEmpty())
            html += para(Tr::tr("Reason: %1").arg(d.reason));
        html += para(Tr::tr("Seed %1, algorithm %2").arg(d.seed, d.algorithm));
        const QJsonObject &a = d.agencies;
        QStringList refused;
        for (const QJsonValue &r : a.value(QStringLiteral("refused")).toArray())
            refused << QStringLiteral("%1 (%2)").arg(r.toObject().value(QStringLiteral("code")).toString(),
                                                     reasonTitle(r.toObject().value(QStringLiteral("reason")).toString()));
        html += para(Tr::tr("Agencies (%1): eligible %2; refused %3; chosen %4")
                         .arg(a.value(QStringLiteral("mode")).toString(),
                              strings(a.value(QStringLiteral("eligible"))).join(QStringLiteral(", ")),
                              refused.isEmpty() ? Tr::tr("none") : refused.join(QStringLiteral(", ")),
                              a.value(QStringLiteral("chosen")).toString()));
        html += para(Tr::tr("Make-up: %1 members, at least %2 experts")
                         .arg(d.composition.value(QStringLiteral("members")).toInt())
                         .arg(d.composition.value(QStringLiteral("experts_at_least")).toInt()));
        QStringList candidates;
        for (const QJsonValue &c : d.candidates) {
            const QJsonObject o = c.toObject();
            candidates << QStringLiteral("%1 (%2)").arg(staffLabel(panel, o.value(QStringLiteral("staff_no")).toString()),
                                                        o.value(QStringLiteral("role")).toString());
        }
        html += para(Tr::tr("Candidates in order: %1").arg(candidates.join(QStringLiteral(", "))));
        QStringList excluded;
        for (const QJsonValue &e : d.exclusions) {
            QStringList reasons;
            for (const QString &reason : strings(e.toObject().value(QStringLiteral("reasons"))))
                reasons << reasonTitle(reason);
            excluded << QStringLiteral("%1: %2").arg(staffLabel(panel, e.toObject().value(QStringLiteral("staff_no")).toString()),
                                                     reasons.join(QStringLiteral(", ")));
        }
        html += para(Tr::tr("Excluded: %1").arg(excluded.isEmpty() ? Tr::tr("none") : excluded.join(QStringLiteral("; "))));
        QStringList team;
        for (const QString &staffNo : teamOf(d))
            team << staffLabel(panel, staffNo);
        html += para(Tr::tr("Team: %1").arg(team.join(QStringLiteral(", "))));
    }
    return html;
}

QString letterTitle() { return QStringLiteral("长期护理保险失能等级评估结论书"); }

QString letterHtml(const LetterData &l)
{
    static const char *const kGrades[] = {"能力完好", "轻度受损", "中度受损", "重度受损"};
    QString grades;
    for (int i = 0; i < l.grades.size(); ++i) {
        const IndicatorResult &g = l.grades.at(i);
        grades += QStringLiteral("<tr><td>%1</td><td align=center>%2</td><td align=center>%3</td></tr>")
                      .arg(esc(l.indicatorNames.value(i, g.code)))
                      .arg(g.total)
                      .arg(g.grade >= 0 && g.grade < 4 ? QString::fromUtf8(kGrades[g.grade]) : QString::number(g.grade));
    }
    const QString dispute =
        l.deliveredOn.isValid()
            ? QStringLiteral("（即%1前）").arg(chineseDate(l.disputeUntil))
            : QString();
    return QStringLiteral(
               "<h2 align=center>%1</h2>"
               "<p>%2（社会保障号 %3，身份证号 %4）：</p>"
               "<p>经%5评估，并经专家审核确认、公示，你的长期护理失能等级评估结论如下：</p>"
               "<p align=center><b>失能等级：%6级</b></p>"
               "<table border=1 cellspacing=0 cellpadding=4 width=100%>"
               "<tr><th>一级指标</th><th>得分</th><th>能力等级</th></tr>%7</table>"
               "<p>评估标准：%8（%9，第%10版）。</p>"
               "<p>结论作出日期：%11；有效期至：%12。有效期届满前，如需继续享受待遇，请按规定申请重新评估。</p>"
               "<p>如对本评估结论有异议，可自收到本结论书之日起%13个工作日内%14，向本经办机构提出复评申请；"
               "复评结论为最终结论。</p>"
               "<p align=right>%15<br>%16</p>")
        .arg(esc(letterTitle()), esc(l.personName), esc(l.personNo), esc(l.maskedIdNumber), esc(l.agencyName))
        .arg(l.level)
        .arg(grades, esc(l.instrumentName), esc(l.instrumentCode))
        .arg(l.instrumentVersion)
        .arg(chineseDate(l.concludedOn), chineseDate(l.validUntil))
        .arg(l.disputeWorkingDays)
        .arg(dispute, esc(l.office), chineseDate(l.concludedOn));
}

} // namespace ltc::assessments::ui
