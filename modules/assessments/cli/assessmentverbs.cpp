// The assessments module's ltcctl verb: `ltcctl report reassessments --from --to [--format
// csv]`, the persons who ask for re-assessment most often and the institutions serving them,
// ranked for inspection (seed 001 二(二)1). Registered into ltcctl by the build
// (register_assessments_cli).
#include "assessments/domain/followupreads.h"
#include "cli/ctlio.h"
#include "core/csv.h"
#include "database/domainregistry.h"
#include "database/localstore.h"

namespace ltc {
namespace {
using namespace assessments;

const char kUsage[] = "usage: ltcctl report reassessments --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|text]";

void printCsv(const ReassessmentReport &report)
{
    out() << "section,rank,code,name,district,requests,persons,institutions" << Qt::endl;
    int rank = 0;
    for (const ReassessmentRank &p : report.persons)
        out() << "person," << ++rank << ',' << csvField(p.personNo) << ',' << csvField(p.name) << ','
              << csvField(p.district) << ',' << p.requests << ",1," << csvField(p.institutions.join(QLatin1Char('|')))
              << Qt::endl;
    rank = 0;
    for (const InstitutionRank &i : report.institutions)
        out() << "institution," << ++rank << ',' << csvField(i.code) << ',' << csvField(i.name) << ",," << i.requests
              << ',' << i.persons << ',' << Qt::endl;
}

void printText(const ReassessmentReport &report)
{
    out() << "persons by re-assessment requests:" << Qt::endl;
    int rank = 0;
    for (const ReassessmentRank &p : report.persons)
        out() << "  " << ++rank << ". " << p.personNo << ' ' << p.name << " (" << p.district << "): " << p.requests
              << " request(s); served by " << (p.institutions.isEmpty() ? QStringLiteral("-") : p.institutions.join(QStringLiteral(", ")))
              << Qt::endl;
    out() << "institutions serving them:" << Qt::endl;
    rank = 0;
    for (const InstitutionRank &i : report.institutions)
        out() << "  " << ++rank << ". " << i.code << ' ' << i.name << ": " << i.requests << " request(s) of " << i.persons
              << " person(s)" << Qt::endl;
}

int runReportVerb(LocalStore &store, const QStringList &args, const QCommandLineParser &parser)
{
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (args.size() != 2 || args.value(1) != QLatin1String("reassessments") || !from.isValid() || !to.isValid()
        || (format != QLatin1String("csv") && format != QLatin1String("text"))) {
        err() << kUsage << Qt::endl;
        return Usage;
    }
    if (to < from) {
        err() << "ltcctl report reassessments: --to is before --from" << Qt::endl;
        return BadInput;
    }
    QSqlDatabase db = store.database().connection();
    const ReassessmentReport report = reassessmentReport(db, from, to);
    if (format == QLatin1String("csv"))
        printCsv(report);
    else
        printText(report);
    return Done;
}

} // namespace

void register_assessments_cli(DomainRegistry &registry)
{
    CliVerb verb;
    verb.name = QStringLiteral("report");
    verb.summary = QStringLiteral("reports for inspection: persons asking for re-assessment most often");
    verb.usage = QStringList{QStringLiteral(
        "report reassessments --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|text]   ranked persons and institutions")};
    verb.options = {
        {QStringLiteral("from"), QStringLiteral("report: the first day of the period."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), QStringLiteral("report: the last day of the period."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("format"), QStringLiteral("report: csv or text."), QStringLiteral("F")},
    };
    verb.run = runReportVerb;
    registry.addVerbs(QStringLiteral("assessments"), {verb});
}

} // namespace ltc
