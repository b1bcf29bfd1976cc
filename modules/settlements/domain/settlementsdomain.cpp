// What the settlements module contributes to the data layer: its tables, the claims import and
// (with the review workflow) its commands.
#include "settlements/domain/assessmentfees.h"
#include "settlements/domain/auditrun.h"
#include "settlements/domain/claimsimport.h"
#include "settlements/domain/claimsworklist.h"
#include "settlements/domain/depositrelease.h"
#include "database/domainregistry.h"
#include "settlements/domain/reviewcommands.h"
#include "settlements/domain/settlementviews.h"

#include <QtGlobal>

namespace ltc {
namespace {

QList<Migration> settlementMigrations()
{
    Migration v1{QStringLiteral("settlements"), 1, QStringLiteral("claim lines and audit results"), {}, {}, {}};
    v1.statements = QStringList{
        QStringLiteral("CREATE TABLE claim_lines (claim_no TEXT NOT NULL, line_no INTEGER NOT NULL, institution_code "
                       "TEXT NOT NULL, period TEXT NOT NULL, person_no TEXT NOT NULL, service_form TEXT NOT NULL, "
                       "service_from TEXT NOT NULL, service_to TEXT NOT NULL, days INTEGER NOT NULL CHECK (days > 0), "
                       "amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0), PRIMARY KEY (claim_no, line_no))"),
        QStringLiteral("CREATE INDEX claim_lines_by_period ON claim_lines (period, person_no)"),
        QStringLiteral("CREATE TABLE settlement_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, period TEXT NOT NULL, "
                       "run_at TEXT NOT NULL, username TEXT NOT NULL, lines INTEGER NOT NULL, claimed_fen INTEGER NOT "
                       "NULL, allowed_fen INTEGER NOT NULL, fund_fen INTEGER NOT NULL, deposit_fen INTEGER NOT NULL, "
                       "changed_lines INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE settlement_results (period TEXT NOT NULL, claim_no TEXT NOT NULL, line_no INTEGER "
                       "NOT NULL, person_no TEXT NOT NULL, institution_code TEXT NOT NULL, claimed_fen INTEGER NOT NULL, "
                       "allowed_fen INTEGER NOT NULL, deducted_fen INTEGER NOT NULL, fund_fen INTEGER NOT NULL, "
                       "personal_fen INTEGER NOT NULL, deposit_fen INTEGER NOT NULL, declared_days INTEGER NOT NULL, "
                       "paid_days INTEGER NOT NULL, reasons TEXT NOT NULL, policy TEXT, run_id INTEGER NOT NULL, "
                       "PRIMARY KEY (claim_no, line_no))"),
        QStringLiteral("CREATE INDEX settlement_results_by_period ON settlement_results (period, institution_code)"),
    };
    return {v1};
}

// After the review workflow's version 2: versions apply in order.
QList<Migration> worklistMigrations()
{
    // The review worklist lists a month in declaration order a page at a time: with this index
    // the first page of a month of 300,000 lines reads 200 index entries instead of sorting all.
    Migration v3{QStringLiteral("settlements"), 3, QStringLiteral("claim lines by month in claim order"), {}, {}, {}};
    v3.statements = QStringList{QStringLiteral(
        "CREATE INDEX claim_lines_by_claim ON claim_lines (period, institution_code, claim_no, line_no)")};
    return {v3};
}

// After the first-review takers' version 5. Rule R10 names the caregiver of a line (the staff
// file's staff_no); lines declared before it have none and are not checked.
QList<Migration> caregiverMigrations()
{
    Migration v6{QStringLiteral("settlements"), 6, QStringLiteral("the caregiver of a claim line"), {}, {}, {}};
    v6.statements = QStringList{QStringLiteral("ALTER TABLE claim_lines ADD COLUMN caregiver_no TEXT")};
    // The liquidated damages a payment deducted (agreement_violations), beside what it paid.
    Migration v7{QStringLiteral("settlements"), 7, QStringLiteral("damages deducted from a payment"), {}, {}, {}};
    v7.statements = QStringList{
        QStringLiteral("ALTER TABLE settlement_batches ADD COLUMN damages_fen INTEGER NOT NULL DEFAULT 0")};
    return {v6, v7};
}

// The review worklist answers each question by walking one index of the month in the order it
// shows and stopping after a page, so no question reads or sorts the whole month: the results
// in declaration order, by each amount and by reasons; per reason code (and without any) a
// partial index holding only the lines with it (R04 that no line has is an empty index, not a
// scan of a million results); the reviews in declaration order; the lines by days and amount.
// (Version 11 replaced the partial indexes by the index by reasons.)
QList<Migration> worklistIndexMigrations()
{
    Migration v9{QStringLiteral("settlements"), 9, QStringLiteral("the worklist's indexes of audit results"), {}, {}, {}};
    const QString order = QStringLiteral(" (period, institution_code, claim_no, line_no)");
    v9.statements = QStringList{
        QStringLiteral("DROP INDEX settlement_results_by_period"),
        QStringLiteral("CREATE INDEX settlement_results_in_order ON settlement_results") + order,
        QStringLiteral("CREATE INDEX settlement_results_clean ON settlement_results") + order
            + QStringLiteral(" WHERE reasons = ''"),
        QStringLiteral("DROP INDEX line_reviews_by_batch"),
        QStringLiteral("CREATE INDEX line_reviews_in_order ON line_reviews") + order,
        QStringLiteral("CREATE INDEX line_reviews_overridden ON line_reviews") + order
            + QStringLiteral(" WHERE decision = 'override'"),
        QStringLiteral("CREATE INDEX claim_lines_by_days ON claim_lines (period, days, claim_no, line_no)"),
        QStringLiteral("CREATE INDEX claim_lines_by_amount ON claim_lines (period, amount_fen, claim_no, line_no)"),
    };
    for (const QString &column : {QStringLiteral("allowed_fen"), QStringLiteral("deducted_fen"),
                                  QStringLiteral("fund_fen"), QStringLiteral("personal_fen"), QStringLiteral("reasons")})
        v9.statements << QStringLiteral("CREATE INDEX settlement_results_by_%1 ON settlement_results (period, %1, "
                                        "claim_no, line_no)").arg(column);
    for (int n = 1; n <= 10; ++n)
        v9.statements << QStringLiteral("CREATE INDEX settlement_results_r%1 ON settlement_results%2 WHERE reasons "
                                        "LIKE '%R%1%'").arg(n, 2, 10, QLatin1Char('0')).arg(order);
    return {v9};
}

// A month's first audit builds every index of its results: eleven partial indexes cost eleven
// reads of the whole table. One index by reasons, then declaration order, answers them all
// instead: a month holds a few dozen distinct reasons texts, each a range of it (a filter on a
// code reads the ranges of the texts that hold it; without deductions is the range of '').
QList<Migration> reasonIndexMigrations()
{
    // The index in declaration order holds the reasons too: a page of a reason many lines have
    // walks it and checks each entry's text without reading the result's row.
    Migration v11{QStringLiteral("settlements"), 11, QStringLiteral("one index of the results by reasons"), {}, {}, {}};
    v11.statements = QStringList{QStringLiteral("DROP INDEX settlement_results_clean"),
                                 QStringLiteral("DROP INDEX settlement_results_by_reasons"),
                                 QStringLiteral("DROP INDEX settlement_results_in_order")};
    for (int n = 1; n <= 10; ++n)
        v11.statements << QStringLiteral("DROP INDEX settlement_results_r%1").arg(n, 2, 10, QLatin1Char('0'));
    v11.statements << QStringLiteral("CREATE INDEX settlement_results_by_reasons ON settlement_results (period, "
                                     "reasons, institution_code, claim_no, line_no)")
                   << QStringLiteral("CREATE INDEX settlement_results_in_order ON settlement_results (period, "
                                     "institution_code, claim_no, line_no, reasons)");
    return {v11};
}

// Version 12 stores the results in the form each side writes fastest.
// - The desktop keeps a result in its key's B-tree only (WITHOUT ROWID): a rowid table wrote
//   each result twice, into the table and into its key's index, and a month's first audit of a
//   million lines took a fifth longer (14.7 s against 12.1 s, farm-bench pairs). The worklist's
//   indexes end in the key, so they hold nothing more. The view that reads the table goes with
//   it (a rename checks every view) and comes back.
// - The server answers no worklist question, and every index costs each written row a B-tree
//   insert there: an audit of 100,000 lines spent 3.3 of its 7 s putting its results into eight
//   B-trees. PostgreSQL drops the indexes only the worklist's pages and sorts read, and keeps the
//   keys, the month by person (the audit's read) and by institution (a batch's lines).
// One version for both, so that a desktop of version 11 is still served (one version behind).
QList<Migration> storageMigrations()
{
    Migration v12{QStringLiteral("settlements"), 12, QStringLiteral("results stored as each side writes them fastest"),
                  {}, {}, {}};
    const QString columns = QStringLiteral(
        "period, claim_no, line_no, person_no, institution_code, claimed_fen, allowed_fen, deducted_fen, fund_fen, "
        "personal_fen, deposit_fen, declared_days, paid_days, reasons, policy, run_id");
    v12.statements = QStringList{
        QStringLiteral("CREATE TABLE settlement_results_by_key (period TEXT NOT NULL, claim_no TEXT NOT NULL, line_no "
                       "INTEGER NOT NULL, person_no TEXT NOT NULL, institution_code TEXT NOT NULL, claimed_fen INTEGER "
                       "NOT NULL, allowed_fen INTEGER NOT NULL, deducted_fen INTEGER NOT NULL, fund_fen INTEGER NOT "
                       "NULL, personal_fen INTEGER NOT NULL, deposit_fen INTEGER NOT NULL, declared_days INTEGER NOT "
                       "NULL, paid_days INTEGER NOT NULL, reasons TEXT NOT NULL, policy TEXT, run_id INTEGER NOT NULL, "
                       "PRIMARY KEY (claim_no, line_no)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO settlement_results_by_key (%1) SELECT %1 FROM settlement_results").arg(columns),
        QStringLiteral("DROP VIEW settled_results"),
        QStringLiteral("DROP TABLE settlement_results"),
        QStringLiteral("ALTER TABLE settlement_results_by_key RENAME TO settlement_results"),
        settlement::settledResultsView(),
        QStringLiteral("CREATE INDEX settlement_results_by_reasons ON settlement_results (period, reasons, "
                       "institution_code, claim_no, line_no)"),
        QStringLiteral("CREATE INDEX settlement_results_in_order ON settlement_results (period, institution_code, "
                       "claim_no, line_no, reasons)"),
    };
    v12.postgresStatements = QStringList{QStringLiteral("DROP INDEX claim_lines_by_days"),
                                         QStringLiteral("DROP INDEX claim_lines_by_amount"),
                                         QStringLiteral("DROP INDEX settlement_results_by_reasons")};
    for (const QString &column : {QStringLiteral("allowed_fen"), QStringLiteral("deducted_fen"),
                                  QStringLiteral("fund_fen"), QStringLiteral("personal_fen")}) {
        v12.statements << QStringLiteral("CREATE INDEX settlement_results_by_%1 ON settlement_results (period, %1, "
                                         "claim_no, line_no)").arg(column);
        v12.postgresStatements << QStringLiteral("DROP INDEX settlement_results_by_%1").arg(column);
    }
    return {v12};
}

// Version 13: the server finds a month's results by month and institution only. Its index in
// declaration order (period, institution, claim, line, reasons) served the worklist's walks,
// which the server never makes; a batch's questions and the audit's need only the month and the
// institution, and PostgreSQL keeps such an index deduplicated (a few hundred entries a month,
// not one per result). In PostgreSQL alone, a COPY of 1,000,000 results into the table with its
// key and its version index took 12.5-15.5 s with the index in declaration order, 8.7-9.8 s
// with this one. The desktop keeps its worklist's indexes (no statement for SQLite).
QList<Migration> serverResultIndexMigrations()
{
    Migration v13{QStringLiteral("settlements"), 13,
                  QStringLiteral("the server's results indexed by month and institution"), {}, {}, {}};
    v13.postgresStatements = QStringList{
        QStringLiteral("DROP INDEX settlement_results_in_order"),
        QStringLiteral("CREATE INDEX settlement_results_by_period ON settlement_results (period, institution_code)")};
    return {v13};
}
} // namespace

void register_settlements_domain(DomainRegistry &registry)
{
    DomainModule module;
    module.id = QStringLiteral("settlements");
    module.title = QStringLiteral(QT_TRANSLATE_NOOP("ltc::Module", "Settlements"));
    for (Role role : {Role::FirstReviewer, Role::SecondReviewer, Role::Payer, Role::Admin})
        module.roles << roleId(role);
    module.migrations = settlementMigrations();
    module.imports = {settlement::claimsImportSpec()};
    module.commands = settlement::reviewCommands();
    module.commands.append(settlement::auditCommand());
    module.migrations += settlement::reviewMigrations();
    module.migrations += worklistMigrations();
    module.migrations += settlement::reviewedFiguresMigrations();
    module.migrations += settlement::firstReviewTakersMigrations();
    module.migrations += caregiverMigrations();
    module.migrations += settlement::depositReleaseMigrations();
    module.migrations += worklistIndexMigrations();
    module.commands.append(settlement::depositReleaseCommand());
    // The assessment agencies' fee months (assessmentfees.h): after version 9.
    module.migrations += settlement::assessmentFeeMigrations();
    module.commands += settlement::assessmentFeeCommands();
    module.migrations += reasonIndexMigrations();
    module.migrations += storageMigrations();
    module.migrations += serverResultIndexMigrations();
    module.worklists = {settlement::claimsWorklist(), settlement::assessmentFeesWorklist()};
    // Settlement rows belong to the office of the institution that declared them, whoever the
    // person is; audit runs are each store's own history (their ids are local).
    module.tables = {
        TableDecl::synced(QStringLiteral("claim_lines"), belongsToInstitution()).withRowVersions(),
        TableDecl::synced(QStringLiteral("settlement_results"), belongsToInstitution()).withRowVersions(),
        TableDecl::synced(QStringLiteral("settlement_batches"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("line_reviews"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("first_review_takers"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("deposit_releases"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("assessment_fee_lines"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("assessment_fee_batches"), belongsToInstitution()),
        TableDecl::synced(QStringLiteral("assessment_fee_takers"), belongsToInstitution()),
        TableDecl::localOnly(QStringLiteral("settlement_runs")),
    };
    registry.add(std::move(module));
}

} // namespace ltc
