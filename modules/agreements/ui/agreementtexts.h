#pragma once
// The agreements screens' words: the titles of codes (kinds, states, roles, suspensions), the
// commands in the history, and the sections of an institution's page and of a designation as
// HTML for the panels.
#include "agreements/domain/agreementreads.h"
#include "core/records.h"
#include "core/standing.h"

#include <QHash>
#include <QString>

namespace ltc::agreements::ui {

QString kindTitle(const QString &kind);                 // ASSESS / CARE
QString listedTitle(const QString &status);             // listed::…, as the status filter offers it
QString listedTitle(const InstitutionRow &row);        // the row's status; an ended one says 中止 or 解除
QString designationTitle(const QString &state);         // state::…
QString staffRoleTitle(const QString &role);
QString suspensionTitle(const QString &kind);           // INTAKE / SETTLEMENT
QString commandTitle(const QString &command);           // designation.apply → 受理申请
QStringList designationStates();
// "3 working days left", "due today", "2 working days overdue"; empty without a deadline.
QString deadlineText(const DeadlineLeft &left, bool hasDeadline);

using FormNames = QHash<QString, QString>;
QString profileHtml(const InstitutionProfile &profile, const QList<UnmetStaffing> &unmet, const FormNames &forms);
QString agreementsHtml(const QList<AgreementEntry> &agreements, const FormNames &forms, QDate today);
// Each staff number links to "staff:<staff_no>", the member's history.
QString staffHtml(const QList<StaffRecord> &staff, QDate today);
QString staffHistoryHtml(const StaffHistory &history);
QString scoresHtml(const QList<ScoreEntry> &scores);
QString violationsHtml(const QList<ViolationEntry> &violations);
QString suspensionsHtml(const QList<SuspensionEntry> &suspensions, QDate today);
QString historyHtml(const QList<HistoryEntry> &history);
QString designationHtml(const Designation &designation, const QList<Objection> &objections, const DeadlineLeft &left);

} // namespace ltc::agreements::ui
