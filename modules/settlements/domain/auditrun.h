#pragma once
// Runs the settlement rules over one month of stored claim lines: gathers the facts from the
// store, reads the month a person at a time (PersonAuditor), compares each person's results with
// those stored before; the command settlement.run_audit writes the changed ones as it goes, in the
// command's transaction, with a record of the run.
#include "database/command.h"
#include "settlements/domain/settlementrules.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QString>

#include <vector>

namespace ltc::settlement {

struct LineChange {
    QString claimNo;
    int lineNo = 0;
    QString before;  // "allowed 930.00 R04" or empty for a new line
    QString after;   // empty for a line no longer declared
    // The same, as figures for a screen: what was stored, what the run computes (either side
    // absent for a new or a vanished line).
    std::optional<LineResult> was;
    std::optional<LineResult> now;
};

struct AuditTotals {
    qint64 lines = 0;
    Fen claimed = 0;
    Fen allowed = 0;
    Fen deducted = 0;
    Fen fund = 0;
    Fen personal = 0;
    Fen deposit = 0;
    void add(const LineResult &result);
};

struct AuditRun {
    QString period;
    // In the rules' order; kept by the previews (previewAudit, whatIf). The command stores each
    // result as the month streams past and keeps none.
    QList<LineResult> results;
    AuditTotals totals;
    // Against the results stored before this run. A month's first run keeps none: every line is
    // new, and a million copies of its results would only say so (newLines counts them).
    QList<LineChange> changes;
    qint64 newLines = 0;  // lines with no stored result before this run (in changes too on a re-run)
    bool hadPreviousRun = false;
    AuditTotals previousTotals;  // of the results stored before this run
};

// A month audited under the policies in force and under a draft version (what-if).
struct PolicyComparison {
    AuditRun inForce;
    AuditRun draft;
};

// Loads the facts the rules need for the period's lines: policies, the persons claimed for with
// their conclusions and hospital stays, the institutions.
Facts loadFacts(QSqlDatabase &db, const QString &period, QString *error = nullptr);
QList<ClaimLine> loadClaimLines(QSqlDatabase &db, const QString &period, QString *error = nullptr);

// Audits the period and compares with the stored results, writing nothing: what the command
// `settlement.run_audit` would store, for the user to see before accepting it.
// With a scope, only the results of the institutions that user may audit (their district's, or
// all for a city-level user) are shown and compared; every line of the month is still judged.
std::optional<AuditRun> previewAudit(QSqlDatabase &db, const QString &period, QString *error = nullptr,
                                     const UserIdentity *scope = nullptr);
QSet<QString> institutionsInScope(QSqlDatabase &db, const UserIdentity &user);

// `settlement.run_audit {period}`: audits and stores the results, as a command, so that the
// server runs the same audit authoritatively and the results sync to every reviewer.
CommandSpec auditCommand();

// What the command's own audit found (totals and changes, not the results), for whoever runs
// the command in this thread and wants to show it (ltcctl prints it): the month is audited once,
// not once for the printout and again inside the command. Set around CommandBus::execute; the
// server and the sync never set one.
class AuditReport {
public:
    AuditReport();
    ~AuditReport();
    AuditReport(const AuditReport &) = delete;
    AuditReport &operator=(const AuditReport &) = delete;
    std::optional<AuditRun> run;  // filled by settlement.run_audit once it has stored its run
    static AuditReport *current();

private:
    AuditReport *m_outer;
};

// Audits the period's stored lines under other policies (a draft version), writing nothing.
std::optional<AuditRun> whatIf(QSqlDatabase &db, const QString &period, const PolicySet &policies,
                               QString *error = nullptr);

// Audits the period twice, writing nothing: under the stored policies, and with `draft` in place
// of every stored version of its region (a draft is a whole new policy for its region).
std::optional<PolicyComparison> compareWithDraft(QSqlDatabase &db, const QString &period, const Policy &draft,
                                                 QString *error = nullptr);

// The columns of a stored result, in the order readResultRow() reads them from the query's first
// columns (settlement_results and the view settled_results both have them).
QString storedResultColumns();
LineResult readResultRow(const QSqlQuery &query);

// The stored results of the period, in audit order.
QList<LineResult> storedResults(QSqlDatabase &db, const QString &period);

} // namespace ltc::settlement
