// The settlements module's ltcctl verbs: `ltcctl settlement audit|export|what-if`, its batch
// work. Registered into ltcctl by the build (register_settlements_cli); the export's PDF needs
// QtGui, which is why these live apart from the module's domain.
#include "settlements/domain/assessmentfees.h"
#include "settlements/domain/auditrun.h"
#include "settlements/domain/batchworkflow.h"
#include "settlements/domain/reviewcommands.h"
#include "cli/ctlio.h"
#include "database/domainregistry.h"
#include "database/localstore.h"
#include "settlements/domain/settlementexport.h"
#include "settlements/output/settlementreport.h"
#include "database/sql.h"
#include "translations.h"

#include <QFile>
#include <QJsonDocument>

namespace ltc {
namespace {
using namespace settlement;

void printTotals(const QString &label, const AuditTotals &t)
{
    out() << label << ": lines " << t.lines << ", claimed " << formatYuan(t.claimed) << ", allowed "
          << formatYuan(t.allowed) << ", deducted " << formatYuan(t.deducted) << ", fund " << formatYuan(t.fund)
          << ", personal " << formatYuan(t.personal) << ", deposit " << formatYuan(t.deposit) << Qt::endl;
}

int audit(LocalStore &store, const QString &period, bool dryRun, const QString &asUser)
{
    // A dry run changes nothing: it acts as nobody.
    const std::optional<UserIdentity> user =
        dryRun ? std::optional<UserIdentity>(operatorIdentity()) : actingUser(store, asUser, QStringLiteral("settlement audit"));
    if (!user)
        return Refused;
    QSqlDatabase db = store.database().connection();
    QString error;
    // A dry run previews; otherwise the command audits, stores, and reports what it found (the
    // totals and changed lines printed below): the month is audited once.
    std::optional<AuditRun> run;
    if (dryRun) {
        run = previewAudit(db, period, &error);
    } else {
        AuditReport report;
        const CommandOutcome outcome = store.commands().execute(
            *user, QStringLiteral("settlement.run_audit"), QJsonObject{{QStringLiteral("period"), period}});
        if (!outcome.ok()) {
            const bool badPeriod = outcome.error->code == QStringLiteral("invalid");
            err() << "ltcctl settlement audit: " << outcome.error->message << Qt::endl;
            return badPeriod ? BadInput : Refused;
        }
        run = std::move(report.run);
    }
    if (!run) {
        err() << "ltcctl settlement audit: " << error << Qt::endl;
        return BadInput;
    }
    printTotals(QStringLiteral("period ") + period, run->totals);
    if (!run->hadPreviousRun)
        out() << run->newLines << " line(s) audited for the first time" << Qt::endl;
    if (run->hadPreviousRun) {
        out() << run->changes.size() << " line(s) differ from the previous run" << Qt::endl;
        for (const LineChange &change : run->changes.mid(0, 50)) {
            out() << "  " << change.claimNo << '/' << change.lineNo << ": "
                  << (change.before.isEmpty() ? QStringLiteral("(new)") : change.before) << " -> "
                  << (change.after.isEmpty() ? QStringLiteral("(removed)") : change.after) << Qt::endl;
        }
    }
    const QStringList frozen = frozenInstitutions(db, period);
    if (!dryRun && !frozen.isEmpty())
        out() << "kept as reviewed (past first review): " << frozen.join(QStringLiteral(", ")) << Qt::endl;
    if (dryRun)
        out() << "dry run: nothing was stored" << Qt::endl;
    return Done;
}

int exportResults(LocalStore &store, const QString &period, const QString &format, const QString &path,
                  const QString &lang)
{
    // The report and the workbook's titles are for paper and for the bureau's staff: in their
    // language (Chinese unless --lang en); the messages below are for scripts and stay English.
    const ScopedTranslation documents(lang);
    QSqlDatabase db = store.database().connection();
    const ExportFormat kind = format == QStringLiteral("csv")    ? ExportFormat::Csv
                              : format == QStringLiteral("xlsx") ? ExportFormat::Xlsx
                                                                 : ExportFormat::Pdf;
    QString error;
    qint64 lines = 0;
    if (!exportMonth(db, period, kind, path, &error, &lines)) {
        err() << "ltcctl settlement export: " << error << Qt::endl;
        return Refused;
    }
    out() << "exported " << lines << " lines of " << period << " to " << path << Qt::endl;
    return Done;
}

// Audits a past month under a draft policy and compares the totals with the policies in force,
// changing nothing.
int whatIfPolicy(LocalStore &store, const QString &period, const QString &policyPath)
{
    const std::optional<QJsonObject> json = readJsonFile(policyPath);
    if (!json)
        return BadInput;
    QStringList problems;
    const std::optional<Policy> draft = Policy::fromJson(*json, &problems);
    if (!draft) {
        for (const QString &problem : problems)
            err() << policyPath << ": " << problem << Qt::endl;
        return BadInput;
    }
    QSqlDatabase db = store.database().connection();
    QString error;
    const std::optional<PolicyComparison> comparison = compareWithDraft(db, period, *draft, &error);
    if (!comparison) {
        err() << "ltcctl settlement what-if: " << error << Qt::endl;
        return BadInput;
    }
    const AuditRun *current = &comparison->inForce;
    const AuditRun *proposed = &comparison->draft;
    printTotals(QStringLiteral("in force"), current->totals);
    printTotals(QStringLiteral("draft   "), proposed->totals);
    out() << "difference in allowed: " << formatYuan(proposed->totals.allowed - current->totals.allowed)
          << ", in fund: " << formatYuan(proposed->totals.fund - current->totals.fund) << Qt::endl;
    return Done;
}

// Computes the month's assessment fee lines as the user (the command the desktop runs) and prints
// each agency's fee month: what the lines are listed by `ltcctl list assessment-fees`.
int fees(LocalStore &store, const QString &period, const QString &asUser)
{
    const std::optional<UserIdentity> user = actingUser(store, asUser, QStringLiteral("settlement fees"));
    if (!user)
        return Refused;
    const CommandOutcome outcome = store.commands().execute(*user, QStringLiteral("assessment_fee.compute"),
                                                            QJsonObject{{QStringLiteral("period"), period}});
    if (!outcome.ok()) {
        err() << "ltcctl settlement fees: " << outcome.error->message << Qt::endl;
        return outcome.error->code == QStringLiteral("invalid") ? BadInput : Refused;
    }
    QSqlDatabase db = store.database().connection();
    const QList<FeeMonth> months = feeMonths(db, period, &*user);
    Fen total = 0;
    for (const FeeMonth &month : months) {
        out() << month.institution << ' ' << month.institutionName << ": lines " << month.lines << ", fee "
              << formatYuan(month.fee) << ", allowed " << formatYuan(month.allowed) << ", " << month.status << Qt::endl;
        total += month.allowed;
    }
    out() << "period " << period << ": " << months.size() << " agency month(s), allowed " << formatYuan(total) << Qt::endl;
    const QStringList frozen = frozenBatches(db, feeBatches(), period);
    if (!frozen.isEmpty())
        out() << "kept as reviewed (past first review): " << frozen.join(QStringLiteral(", ")) << Qt::endl;
    return Done;
}

int runSettlementVerb(LocalStore &store, const QStringList &args, const QCommandLineParser &parser)
{
    const QString verb = args.value(1);
    const QString period = parser.value(QStringLiteral("period"));
    if (period.isEmpty() || args.size() != 2) {
        err() << "usage: ltcctl settlement audit|export|what-if|fees --period YYYY-MM ..." << Qt::endl;
        return Usage;
    }
    if (verb == QStringLiteral("fees"))
        return fees(store, period, parser.value(QStringLiteral("as")));
    if (verb == QStringLiteral("audit"))
        return audit(store, period, parser.isSet(QStringLiteral("dry-run")), parser.value(QStringLiteral("as")));
    if (verb == QStringLiteral("export")) {
        const QString format = parser.value(QStringLiteral("format"));
        if (!QStringList{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}.contains(format)
            || !parser.isSet(QStringLiteral("out"))) {
            err() << "usage: ltcctl settlement export --period YYYY-MM --format csv|xlsx|pdf --out FILE [--lang zh_CN|en]"
                  << Qt::endl;
            return Usage;
        }
        const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : defaultLanguage();
        if (!isSupportedLanguage(lang)) {
            err() << "ltcctl settlement export: --lang must be one of " << supportedLanguages().join(QStringLiteral(", "))
                  << Qt::endl;
            return Usage;
        }
        return exportResults(store, period, format, parser.value(QStringLiteral("out")), lang);
    }
    if (verb == QStringLiteral("what-if") && parser.isSet(QStringLiteral("policy")))
        return whatIfPolicy(store, period, parser.value(QStringLiteral("policy")));
    err() << "usage: ltcctl settlement audit|export|what-if|fees --period YYYY-MM ..." << Qt::endl;
    return Usage;
}


QList<QCommandLineOption> settlementOptions()
{
    return {
        {QStringLiteral("period"), QStringLiteral("settlement: the month."), QStringLiteral("YYYY-MM")},
        {QStringLiteral("format"), QStringLiteral("settlement export: csv, xlsx or pdf."), QStringLiteral("F")},
        {QStringLiteral("out"), QStringLiteral("settlement export: the file to write."), QStringLiteral("FILE")},
        {QStringLiteral("lang"), QStringLiteral("settlement export: the language of the report (zh_CN, en)."),
         QStringLiteral("LANG")},
        {QStringLiteral("policy"), QStringLiteral("settlement what-if: a draft policy."), QStringLiteral("FILE")},
        {QStringLiteral("dry-run"), QStringLiteral("settlement audit: show, store nothing.")},
    };
}
} // namespace

void register_settlements_cli(DomainRegistry &registry)
{
    CliVerb verb;
    verb.name = QStringLiteral("settlement");
    verb.summary = QStringLiteral("a month's settlement: audit, export, what-if, assessment fees");
    verb.usage = QStringList{
        QStringLiteral("settlement audit --period YYYY-MM [--dry-run] [--as USER]   run the rules on that month's claims"),
        QStringLiteral("settlement export --period YYYY-MM --format csv|xlsx|pdf --out FILE [--lang zh_CN|en]"),
        QStringLiteral("settlement what-if --period YYYY-MM --policy DRAFT.json   compare totals, change nothing"),
        QStringLiteral("settlement fees --period YYYY-MM [--as USER]   compute the agencies' assessment fee lines"),
    };
    verb.options = settlementOptions();
    verb.run = runSettlementVerb;
    registry.addVerbs(QStringLiteral("settlements"), {verb});
}

} // namespace ltc
