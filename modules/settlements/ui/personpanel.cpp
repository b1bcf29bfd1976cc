#include "settlements/ui/personpanel.h"

#include "core/tr.h"
#include "settlements/output/settlementreport.h"
#include "settlements/ui/uiformat.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ltc::settlement::ui {
namespace {

const QString kStyle = QStringLiteral(
    "<style>h4 { margin: 10px 0 4px 0; color: #424a53; } table { border-collapse: collapse; }"
    " td, th { padding: 2px 6px 2px 0; } th { color: #6e7781; font-weight: normal; text-align: left; }"
    " .money { text-align: right; } .bad { color: #c01f2a; } .muted { color: #8c959f; }</style>");

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString section(const QString &title) { return QStringLiteral("<h4>%1</h4>").arg(esc(title)); }

QString pair(const QString &label, const QString &value, bool bad = false)
{
    return QStringLiteral("<tr><th>%1</th><td%3>%2</td></tr>")
        .arg(esc(label), esc(value), bad ? QStringLiteral(" class=bad") : QString());
}

QString headerCells(const QStringList &titles)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &title : titles)
        html += QStringLiteral("<th>%1</th>").arg(esc(title));
    return html + QStringLiteral("</tr>");
}

QString lineSection(const LineRow &row, const QHash<QString, QString> &formNames)
{
    const ClaimLine &l = row.line;
    QString html = section(Tr::tr("Claim line")) + QStringLiteral("<table>");
    html += pair(Tr::tr("Claim"), QStringLiteral("%1 / %2").arg(l.claimNo).arg(l.lineNo));
    html += pair(Tr::tr("Institution"), row.institutionName + QStringLiteral("（") + l.institutionCode + QStringLiteral("）"));
    html += pair(Tr::tr("Service"), formNames.value(l.serviceForm, l.serviceForm));
    html += pair(Tr::tr("Dates"), Tr::tr("%1 to %2, %3 day(s)").arg(day(l.serviceFrom), day(l.serviceTo)).arg(l.days));
    html += pair(Tr::tr("Claimed"), yuan(l.amount));
    if (row.result) {
        html += pair(Tr::tr("Allowed"), yuan(row.result->allowed));
        html += pair(Tr::tr("Deducted"), yuan(row.result->deducted), row.result->deducted > 0);
        if (!row.result->reasons.isEmpty())
            html += pair(Tr::tr("Reasons"), reasonsText(row.result->reasons), true);
        html += pair(Tr::tr("Fund / personal"),
                     QStringLiteral("%1 / %2").arg(yuan(row.result->fund), yuan(row.result->personal)));
    } else {
        html += pair(Tr::tr("Allowed"), Tr::tr("not audited"));
    }
    if (row.review)
        html += pair(Tr::tr("First review"), reviewText(row) + (row.review->reason.isEmpty() ? QString() : QStringLiteral("：") + row.review->reason));
    return html + QStringLiteral("</table>");
}

QString personSection(const PersonContext &p)
{
    QString html = section(Tr::tr("Insured person")) + QStringLiteral("<table>");
    html += pair(Tr::tr("Name"), p.name);
    html += pair(Tr::tr("Person no."), p.personNo);
    html += pair(Tr::tr("Citizen ID"), p.maskedId);
    html += pair(Tr::tr("Sex / born"), sexTitle(p.sex) + QStringLiteral(" / ") + day(p.birthDate));
    html += pair(Tr::tr("Insurance"), insuranceTitle(p.insuranceType));
    html += pair(Tr::tr("Insured since"), day(p.enrolledOn));
    if (p.insuredUntil.isValid())
        html += pair(Tr::tr("Insured until"), day(p.insuredUntil), true);
    if (p.diedOn.isValid())
        html += pair(Tr::tr("Died on"), day(p.diedOn), true);
    return html + QStringLiteral("</table>");
}

QString conclusionsSection(const PersonContext &p, const QHash<QString, QString> &formNames)
{
    QString html = section(Tr::tr("Conclusions (entitlement)"));
    if (p.conclusions.isEmpty())
        return html + QStringLiteral("<p class=bad>%1</p>").arg(esc(Tr::tr("No conclusion on record.")));
    html += QStringLiteral("<table>") + headerCells({Tr::tr("Level"), Tr::tr("Concluded"), Tr::tr("Valid until"),
                                                      Tr::tr("Service"), Tr::tr("Institution")});
    for (const Conclusion &c : p.conclusions) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(c.level)
                    .arg(day(c.concludedOn), day(c.validUntil), esc(formNames.value(c.serviceForm, c.serviceForm)),
                         c.institutionCode.isEmpty() ? Tr::tr("any") : esc(c.institutionCode));
    }
    return html + QStringLiteral("</table>");
}

QString staysSection(const PersonContext &p)
{
    QString html = section(Tr::tr("Hospital stays"));
    if (p.stays.isEmpty())
        return html + QStringLiteral("<p class=muted>%1</p>").arg(esc(Tr::tr("None on record.")));
    html += QStringLiteral("<table>") + headerCells({Tr::tr("Admitted"), Tr::tr("Discharged")});
    for (const HospitalStay &s : p.stays) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(day(s.admittedOn), s.dischargedOn.isValid() ? day(s.dischargedOn) : esc(Tr::tr("still in hospital")));
    }
    return html + QStringLiteral("</table>");
}

QString monthSection(const PersonContext &p, const LineRow &current)
{
    QString html = section(Tr::tr("All claims for this person this month"));
    html += QStringLiteral("<table width=100%>")
            + headerCells({Tr::tr("Claim"), Tr::tr("Institution"), Tr::tr("Dates"), Tr::tr("Claimed"), Tr::tr("Allowed"),
                           Tr::tr("Reasons")});
    for (const LineRow &row : p.monthLines) {
        const bool self = row.line.claimNo == current.line.claimNo && row.line.lineNo == current.line.lineNo;
        const QString open = self ? QStringLiteral("<b>") : QString();
        const QString close = self ? QStringLiteral("</b>") : QString();
        html += QStringLiteral("<tr><td>%1%2 / %3%4</td><td>%5</td><td>%6–%7</td><td class=money>%8</td>"
                               "<td class=money>%9</td>")
                    .arg(open, esc(row.line.claimNo))
                    .arg(row.line.lineNo)
                    .arg(close, esc(row.line.institutionCode), day(row.line.serviceFrom).mid(5), day(row.line.serviceTo).mid(5),
                         yuan(row.line.amount), row.result ? yuan(row.result->allowed) : QString());
        html += QStringLiteral("<td class=bad>%1</td></tr>").arg(row.result ? row.result->reasons.join(QLatin1Char(' ')) : QString());
    }
    return html + QStringLiteral("</table>");
}
} // namespace

PersonPanel::PersonPanel(QWidget *parent) : QWidget(parent), m_title(new QLabel(this)), m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("personPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_body->setObjectName(QStringLiteral("personContext"));
    m_body->setOpenLinks(false);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    clear();
}

void PersonPanel::clear()
{
    m_title->setText(tr("Person"));
    m_body->setHtml(kStyle + QStringLiteral("<p class=muted>%1</p>").arg(esc(tr("Select a claim line to see the person's "
                                                                                  "entitlement, hospital stays and other "
                                                                                  "claims."))));
}

void PersonPanel::showLine(const LineRow &row, const std::optional<PersonContext> &person,
                           const QHash<QString, QString> &formNames)
{
    m_title->setText(person ? tr("%1 · %2").arg(person->name, person->personNo) : row.line.personNo);
    QString html = kStyle + lineSection(row, formNames);
    if (person)
        html += personSection(*person) + conclusionsSection(*person, formNames) + staysSection(*person)
                + monthSection(*person, row);
    m_body->setHtml(html);
}

QString PersonPanel::text() const { return m_title->text() + QLatin1Char('\n') + m_body->toPlainText(); }

} // namespace ltc::settlement::ui
