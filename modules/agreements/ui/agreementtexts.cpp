#include "agreements/ui/agreementtexts.h"

#include "agreements/domain/designationcommands.h"
#include "core/tr.h"
#include "database/records/corereads.h"
#include "sdk/format.h"

#include <QDateTime>
#include <QJsonObject>

namespace ltc::agreements::ui {
namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString heading(const QString &text) { return QStringLiteral("<h3>%1</h3>").arg(esc(text)); }

QString none() { return QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("none"))); }

// A table of `titles` over `rows` of cells already escaped.
QString table(const QStringList &titles, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return none();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-color: #ccc\"><tr bgcolor=\"#e8eef7\">");
    for (const QString &title : titles)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(title));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString red(const QString &text)
{
    return QStringLiteral("<span style=\"color: %1\">%2</span>").arg(sdk::negativeColour().name(), esc(text));
}

QString formsOf(const QStringList &codes, const FormNames &names)
{
    QStringList words;
    for (const QString &code : codes)
        words << names.value(code, code);
    return words.join(QStringLiteral("、"));
}

QString period(QDate from, QDate to)
{
    return to.isValid() ? QStringLiteral("%1 – %2").arg(sdk::day(from), sdk::day(to))
                        : Tr::tr("%1 until further notice").arg(sdk::day(from));
}

// A trail instant (ISO, UTC) in the offices' time, China, UTC+8.
QString officeTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? at.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}

QString staffState(const StaffRecord &s, QDate today)
{
    const StaffStanding standing = standingOf(s);
    if (s.employedTo.isValid() && s.employedTo < today)
        return esc(Tr::tr("left on %1").arg(sdk::day(s.employedTo)));
    if (standing.barredOn(today))
        return red(s.barredTo.isValid() ? Tr::tr("barred until %1").arg(sdk::day(s.barredTo)) : Tr::tr("barred"));
    if (standing.suspendedOn(today))
        return red(s.suspendedTo.isValid() ? Tr::tr("suspended from settlement until %1").arg(sdk::day(s.suspendedTo))
                                           : Tr::tr("suspended from settlement"));
    return esc(Tr::tr("active"));
}

// A staff_history column, as the history names what changed.
QString staffColumnTitle(const QString &column)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("institution_code"), QT_TRANSLATE_NOOP("ltc", "institution")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ltc", "name")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("ltc", "role")},
        {QStringLiteral("certificate_no"), QT_TRANSLATE_NOOP("ltc", "certificate")},
        {QStringLiteral("employed_from"), QT_TRANSLATE_NOOP("ltc", "employed from")},
        {QStringLiteral("employed_to"), QT_TRANSLATE_NOOP("ltc", "employed until")},
        {QStringLiteral("suspended_from"), QT_TRANSLATE_NOOP("ltc", "suspension from")},
        {QStringLiteral("suspended_to"), QT_TRANSLATE_NOOP("ltc", "suspension until")},
        {QStringLiteral("barred_from"), QT_TRANSLATE_NOOP("ltc", "bar from")},
        {QStringLiteral("barred_to"), QT_TRANSLATE_NOOP("ltc", "bar until")},
    };
    const char *title = titles.value(column);
    return title ? Tr::tr(title) : column;
}

} // namespace

QString kindTitle(const QString &kind)
{
    if (kind == QLatin1String("ASSESS"))
        return Tr::tr("Assessment agency");
    if (kind == QLatin1String("CARE"))
        return Tr::tr("Care institution");
    return kind;
}

QString listedTitle(const InstitutionRow &row)
{
    if (row.status != listed::Ended)
        return listedTitle(row.status);
    // An agreement ended before the kind was recorded was terminated (the default kind).
    return row.endKind == QLatin1String("SUSPEND") ? Tr::tr("Agreement suspended (中止)")
                                                   : Tr::tr("Agreement terminated (解除)");
}

QString listedTitle(const QString &status)
{
    if (status == listed::InForce)
        return Tr::tr("In force");
    if (status == listed::Expiring)
        return Tr::tr("Expiring");
    if (status == listed::Overdue)
        return Tr::tr("Expired, not renewed");
    if (status == listed::Ended)
        return Tr::tr("Terminated");
    if (status == listed::NotStarted)
        return Tr::tr("Not started");
    if (status == listed::None)
        return Tr::tr("No agreement");
    return status;
}

QStringList designationStates()
{
    return {state::Applied, state::AwaitingMaterials, state::Reviewing, state::Failed, state::Passed,
            state::Publishing, state::Negotiating, state::Signed, state::Refused, state::Barred};
}

QString designationTitle(const QString &s)
{
    if (s == state::Applied)
        return Tr::tr("Formal check");
    if (s == state::AwaitingMaterials)
        return Tr::tr("Awaiting materials");
    if (s == state::Reviewing)
        return Tr::tr("Under review");
    if (s == state::Failed)
        return Tr::tr("Failed review");
    if (s == state::Barred)
        return Tr::tr("Failed twice, barred");
    if (s == state::Refused)
        return Tr::tr("Refused");
    if (s == state::Passed)
        return Tr::tr("Passed review");
    if (s == state::Publishing)
        return Tr::tr("Published");
    if (s == state::Negotiating)
        return Tr::tr("Negotiating");
    if (s == state::Signed)
        return Tr::tr("Agreement signed");
    return s;
}

QString staffRoleTitle(const QString &role)
{
    if (role == QLatin1String("ASSESSOR"))
        return Tr::tr("Assessor");
    if (role == QLatin1String("EXPERT"))
        return Tr::tr("Assessment expert");
    if (role == QLatin1String("DOCTOR"))
        return Tr::tr("Doctor");
    if (role == QLatin1String("NURSE"))
        return Tr::tr("Nurse");
    if (role == QLatin1String("CAREGIVER"))
        return Tr::tr("Caregiver");
    return role;
}

QString suspensionTitle(const QString &kind)
{
    return kind == QLatin1String("INTAKE") ? Tr::tr("New intake") : Tr::tr("Settlement");
}

QString commandTitle(const QString &command)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("designation.apply"), QT_TRANSLATE_NOOP("ltc", "Application received")},
        {QStringLiteral("designation.request_materials"), QT_TRANSLATE_NOOP("ltc", "Missing materials requested")},
        {QStringLiteral("designation.receive_materials"), QT_TRANSLATE_NOOP("ltc", "Missing materials received")},
        {QStringLiteral("designation.refuse"), QT_TRANSLATE_NOOP("ltc", "Application refused")},
        {QStringLiteral("designation.pass_formal_check"), QT_TRANSLATE_NOOP("ltc", "Formal check passed")},
        {QStringLiteral("designation.review"), QT_TRANSLATE_NOOP("ltc", "Review recorded")},
        {QStringLiteral("designation.request_second_review"), QT_TRANSLATE_NOOP("ltc", "Second review requested")},
        {QStringLiteral("designation.publish"), QT_TRANSLATE_NOOP("ltc", "Published")},
        {QStringLiteral("designation.record_objection"), QT_TRANSLATE_NOOP("ltc", "Objection recorded")},
        {QStringLiteral("designation.start_negotiation"), QT_TRANSLATE_NOOP("ltc", "Negotiation started")},
        {QStringLiteral("agreement.sign"), QT_TRANSLATE_NOOP("ltc", "Agreement signed")},
        {QStringLiteral("agreement.end"), QT_TRANSLATE_NOOP("ltc", "Agreement terminated")},
        {QStringLiteral("institution.suspend"), QT_TRANSLATE_NOOP("ltc", "Suspension recorded")},
        {QStringLiteral("institution.update_profile"), QT_TRANSLATE_NOOP("ltc", "Profile changed")},
        {QStringLiteral("staff.suspend_settlement"), QT_TRANSLATE_NOOP("ltc", "Staff suspended from settlement")},
        {QStringLiteral("staff.bar"), QT_TRANSLATE_NOOP("ltc", "Staff barred")},
        {QStringLiteral("representative.bar"), QT_TRANSLATE_NOOP("ltc", "Legal representative barred")},
        {QStringLiteral("performance.record_score"), QT_TRANSLATE_NOOP("ltc", "Performance scored")},
        {QStringLiteral("violation.record"), QT_TRANSLATE_NOOP("ltc", "Violation recorded")},
        {QStringLiteral("import.institutions"), QT_TRANSLATE_NOOP("ltc", "Institutions file imported")},
        {QStringLiteral("import.staff"), QT_TRANSLATE_NOOP("ltc", "Staff file imported")},
    };
    const char *title = titles.value(command);
    return title ? Tr::tr(title) : command;
}

QString deadlineText(const DeadlineLeft &left, bool hasDeadline)
{
    if (!hasDeadline)
        return {};
    if (left.overdue)
        return Tr::tr("%1 working days overdue").arg(-left.workingDays);
    if (left.dueToday)
        return Tr::tr("due today");
    return Tr::tr("%1 working days left").arg(left.workingDays);
}

QString profileHtml(const InstitutionProfile &p, const QList<UnmetStaffing> &unmet, const FormNames &forms)
{
    const InstitutionRow &r = p.listed;
    const auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td bgcolor=\"#f3f5f8\" width=\"30%\">%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    QString html = QStringLiteral("<h2>%1</h2><table width=\"100%\" cellpadding=\"3\">").arg(esc(r.name));
    html += line(Tr::tr("Code"), esc(r.code)) + line(Tr::tr("Kind"), esc(kindTitle(r.kind)))
            + line(Tr::tr("Credit code"), esc(r.uscc)) + line(Tr::tr("Grade"), QString::number(r.grade))
            + line(Tr::tr("Service forms"), esc(formsOf(r.serviceForms, forms))) + line(Tr::tr("District"), esc(r.district))
            + line(Tr::tr("Address"), esc(r.address)) + line(Tr::tr("Phone"), esc(r.phone))
            + line(Tr::tr("Legal representative"), esc(p.legalRepresentative))
            + line(Tr::tr("Contact person"), esc(p.contactPerson))
            + line(Tr::tr("Capacity"), p.capacity ? QString::number(*p.capacity) : QString())
            + line(Tr::tr("Medically qualified"), esc(p.medicallyQualified ? Tr::tr("yes") : Tr::tr("no")))
            + line(Tr::tr("Agreement"), esc(listedTitle(r)) + (r.lastAgreementDay.isValid()
                                                                          ? QStringLiteral(" · ") + esc(Tr::tr("until %1").arg(sdk::day(r.lastAgreementDay)))
                                                                          : QString()))
            + line(Tr::tr("Suspended"), r.suspended ? red(Tr::tr("suspended")) : esc(Tr::tr("no")))
            + QStringLiteral("</table>");
    html += heading(Tr::tr("Staffing minimums not met"));
    if (unmet.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("All the policy's minimums are met.")));
    QList<QStringList> rows;
    for (const UnmetStaffing &u : unmet)
        rows << QStringList{red(u.name), QString::number(u.required), QString::number(u.actual)};
    return html + table({Tr::tr("Requirement"), Tr::tr("Required"), Tr::tr("On staff")}, rows);
}

namespace {

// 中止/解除 from a day, why, and its filing (报备) or that it is still to be filed.
QString endedText(const AgreementEntry &a)
{
    const QString ended = a.endKind == QLatin1String("SUSPEND")
                              ? Tr::tr("suspended (中止) from %1: %2").arg(sdk::day(a.endedOn), a.endReason)
                              : Tr::tr("terminated from %1: %2").arg(sdk::day(a.endedOn), a.endReason);
    const QString filing = a.filedOn.isValid()
                               ? Tr::tr("filed with the administrative department on %1 %2").arg(sdk::day(a.filedOn), a.filedRef)
                               : Tr::tr("not yet filed with the administrative department");
    return Tr::tr("%1; %2").arg(ended, filing.trimmed());
}

} // namespace

QString agreementsHtml(const QList<AgreementEntry> &agreements, const FormNames &forms, QDate today)
{
    QList<QStringList> rows;
    for (const AgreementEntry &a : agreements) {
        QString state = a.endedOn.isValid() ? red(endedText(a))
                        : a.to < today      ? esc(Tr::tr("expired"))
                        : a.from > today    ? esc(Tr::tr("not started"))
                                            : esc(Tr::tr("in force"));
        const bool imported = a.id.startsWith(QLatin1String("import:"));  // the institutions file's period
        rows << QStringList{esc(imported ? Tr::tr("imported") : a.id),
                            esc(period(a.from, a.to)), esc(formsOf(a.serviceForms, forms)),
                            a.depositPermille ? QStringLiteral("%1‰").arg(*a.depositPermille) : QString(),
                            imported ? QString() : esc(a.renewal ? Tr::tr("renewal") : Tr::tr("first")), sdk::day(a.signedOn), state};
    }
    return heading(Tr::tr("Service agreements"))
           + table({Tr::tr("Agreement"), Tr::tr("Term"), Tr::tr("Service forms"), Tr::tr("Deposit ratio"), Tr::tr("Kind"),
                    Tr::tr("Signed on"), Tr::tr("State")},
                   rows);
}

QString staffHtml(const QList<StaffRecord> &staff, QDate today)
{
    QList<QStringList> rows;
    for (const StaffRecord &s : staff)
        rows << QStringList{QStringLiteral("<a href=\"staff:%1\">%1</a>").arg(esc(s.staffNo)), esc(s.name),
                            esc(staffRoleTitle(s.role)), esc(s.certificateNo),
                            esc(s.employedTo.isValid() ? period(s.employedFrom, s.employedTo)
                                                         : Tr::tr("since %1").arg(sdk::day(s.employedFrom))),
                            staffState(s, today)};
    return heading(Tr::tr("Staff (%1)").arg(staff.size()))
           + table({Tr::tr("Staff no."), Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Certificate"), Tr::tr("Employed"),
                    Tr::tr("State")},
                   rows);
}

QString staffHistoryHtml(const StaffHistory &history)
{
    QList<QStringList> rows;
    for (const StaffVersion &v : history.versions) {
        QStringList changed;
        for (const QString &column : v.changed)
            changed << staffColumnTitle(column);
        const auto span = [](QDate from, QDate to) { return from.isValid() ? period(from, to) : QString(); };
        rows << QStringList{esc(v.recordedAt.isEmpty() ? Tr::tr("before the history") : officeTime(v.recordedAt)),
                            esc(v.institutionCode), esc(staffRoleTitle(v.role)), esc(v.certificateNo),
                            esc(v.employedTo.isValid() ? period(v.employedFrom, v.employedTo)
                                                       : Tr::tr("since %1").arg(sdk::day(v.employedFrom))),
                            v.suspendedFrom.isValid() ? red(span(v.suspendedFrom, v.suspendedTo)) : QString(),
                            v.barredFrom.isValid() ? red(span(v.barredFrom, v.barredTo)) : QString(),
                            esc(v.version == 1 ? Tr::tr("first record") : changed.join(QStringLiteral("、")))};
    }
    QList<QStringList> bars;
    for (const RepresentativeBar &bar : history.representativeBars)
        bars << QStringList{esc(bar.institutionCode), red(period(bar.from, bar.to)), esc(bar.reason)};
    return heading(Tr::tr("%1 (%2)").arg(history.name, history.staffNo))
           + table({Tr::tr("Recorded"), Tr::tr("Institution"), Tr::tr("Role"), Tr::tr("Certificate"), Tr::tr("Employed"),
                    Tr::tr("Suspended from settlement"), Tr::tr("Barred"), Tr::tr("Changed")},
                   rows)
           + heading(Tr::tr("Barred as a legal representative")) + table({Tr::tr("Institution"), Tr::tr("Barred"),
                                                                         Tr::tr("Reason")},
                                                                        bars);
}

QString scoresHtml(const QList<ScoreEntry> &scores)
{
    QString html = heading(Tr::tr("Performance scores"));
    if (scores.isEmpty())
        return html + none();
    for (const ScoreEntry &s : scores) {
        html += QStringLiteral("<p><b>%1</b> · %2 · %3 · %4</p>")
                    .arg(s.year)
                    .arg(esc(s.criteriaSet), esc(Tr::tr("score %1").arg(s.score)), sdk::day(s.scoredOn));
        QList<QStringList> rows;
        for (const QJsonValue &item : s.items) {
            const QJsonObject o = item.toObject();
            rows << QStringList{esc(o.value(QStringLiteral("criterion")).toString()),
                                QString::number(o.value(QStringLiteral("max")).toInt()),
                                QString::number(o.value(QStringLiteral("points")).toInt())};
        }
        html += table({Tr::tr("Criterion"), Tr::tr("Maximum"), Tr::tr("Points")}, rows);
    }
    return html;
}

QString violationsHtml(const QList<ViolationEntry> &violations)
{
    QList<QStringList> rows;
    for (const ViolationEntry &v : violations)
        rows << QStringList{sdk::day(v.foundOn), esc(v.description), sdk::yuan(v.damages), sdk::yuan(v.deducted),
                            esc(v.deductedPeriod)};
    return heading(Tr::tr("Violations"))
           + table({Tr::tr("Found on"), Tr::tr("Description"), Tr::tr("Damages"), Tr::tr("Deducted"),
                    Tr::tr("Deducted in")},
                   rows);
}

QString suspensionsHtml(const QList<SuspensionEntry> &suspensions, QDate today)
{
    QList<QStringList> rows;
    for (const SuspensionEntry &s : suspensions) {
        const bool now = s.from <= today && (!s.to.isValid() || s.to >= today);
        rows << QStringList{esc(suspensionTitle(s.kind)), now ? red(period(s.from, s.to)) : esc(period(s.from, s.to)),
                            esc(s.reason)};
    }
    return heading(Tr::tr("Suspensions"))
           + table({Tr::tr("Suspended"), Tr::tr("Period"), Tr::tr("Reason")}, rows);
}

QString historyHtml(const QList<HistoryEntry> &history)
{
    QList<QStringList> rows;
    for (const HistoryEntry &h : history)
        rows << QStringList{officeTime(h.at), esc(h.username), esc(commandTitle(h.action))};
    return heading(Tr::tr("History")) + table({Tr::tr("When"), Tr::tr("User"), Tr::tr("What")}, rows);
}

QString designationHtml(const Designation &d, const QList<Objection> &objections, const DeadlineLeft &left)
{
    const auto line = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td bgcolor=\"#f3f5f8\" width=\"30%\">%1</td><td>%2</td></tr>")
                                     .arg(esc(label), value);
    };
    const QString deadline = d.deadline().isValid()
                                 ? sdk::day(d.deadline()) + QStringLiteral(" (")
                                       + (left.overdue ? red(deadlineText(left, true)) : esc(deadlineText(left, true)))
                                       + QStringLiteral(")")
                                 : QString();
    QString html = QStringLiteral("<h2>%1</h2><p>%2 · %3</p><table width=\"100%\" cellpadding=\"3\">")
                       .arg(esc(d.institutionName), esc(d.institutionCode), esc(designationTitle(d.status)));
    html += line(Tr::tr("Application"), esc(d.id)) + line(Tr::tr("Applied on"), sdk::day(d.appliedOn))
            + line(Tr::tr("Deadline"), deadline)
            + line(Tr::tr("Materials requested"), d.materialsRequestedOn.isValid()
                                                      ? sdk::day(d.materialsRequestedOn) + QStringLiteral(": ")
                                                            + esc(d.materials.join(QStringLiteral("、")))
                                                      : QString())
            + line(Tr::tr("Materials received"), sdk::day(d.materialsReceivedOn))
            + line(Tr::tr("Review due"), sdk::day(d.reviewDueOn)) + line(Tr::tr("Reviewed on"), sdk::day(d.reviewedOn))
            + line(Tr::tr("Panel"), esc(d.panel.join(QStringLiteral("、"))))
            + line(Tr::tr("Reasons"), esc(d.reasons)) + line(Tr::tr("Suggestions"), esc(d.suggestions))
            + line(Tr::tr("Second review by"), sdk::day(d.secondReviewBy))
            + line(Tr::tr("Barred until"), sdk::day(d.barredUntil))
            + line(Tr::tr("Published"), d.publishedFrom.isValid() ? esc(period(d.publishedFrom, d.publishedTo)) : QString())
            + line(Tr::tr("Negotiation from"), sdk::day(d.negotiationFrom))
            + line(Tr::tr("Agreement"), esc(d.agreementId)) + line(Tr::tr("Refused"), esc(d.refusalReason))
            + QStringLiteral("</table>");
    if (!objections.isEmpty()) {
        QList<QStringList> rows;
        for (const Objection &o : objections)
            rows << QStringList{sdk::day(o.receivedOn), esc(o.text)};
        html += heading(Tr::tr("Objections")) + table({Tr::tr("Received on"), Tr::tr("Objection")}, rows);
    }
    return html;
}

} // namespace ltc::agreements::ui
