#include "claimsimport.h"

#include "core/roles.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ltc::settlement {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ltc", text); }

const ImportColumns &claimColumns()
{
    static const ImportColumns columns{
        {QStringLiteral("claim_no"), QStringLiteral("institution_code"), QStringLiteral("period"),
         QStringLiteral("line_no"), QStringLiteral("person_no"), QStringLiteral("service_form"),
         QStringLiteral("service_from"), QStringLiteral("service_to"), QStringLiteral("days"), QStringLiteral("amount")},
        {}};
    return columns;
}

std::optional<QVariantList> readClaimRow(CsvRowReader &row)
{
    const QString claimNo = row.requiredText(QStringLiteral("claim_no"));
    const QString institution = row.requiredText(QStringLiteral("institution_code"));
    const QString period = row.requiredText(QStringLiteral("period"));
    int year = 0;
    int month = 0;
    if (!period.isEmpty() && !parsePeriod(period, &year, &month))
        row.error(QStringLiteral("period"), tr("'%1' is not a month in the form YYYY-MM").arg(period));
    const std::optional<int> lineNo = row.integer(QStringLiteral("line_no"), 1, 1'000'000, Presence::Required);
    const QString person = row.requiredText(QStringLiteral("person_no"));
    const QString form = row.requiredText(QStringLiteral("service_form"));
    const QDate from = row.date(QStringLiteral("service_from"), Presence::Required);
    const QDate to = row.date(QStringLiteral("service_to"), Presence::Required);
    const std::optional<int> days = row.integer(QStringLiteral("days"), 1, 366, Presence::Required);
    const std::optional<Fen> amount = row.money(QStringLiteral("amount"), Presence::Required);
    if (amount && *amount < 0)
        row.error(QStringLiteral("amount"), tr("must not be negative"));
    if (!row.rowOk())
        return std::nullopt;
    // Dates outside the period or days that do not add up are not refused here: the audit
    // refuses such a line with R08, and the institution sees why.
    return QVariantList{claimNo, *lineNo, institution, period, person, form, from.toString(Qt::ISODate),
                        to.toString(Qt::ISODate), *days, *amount};
}
} // namespace

bool parsePeriod(QStringView text, int *year, int *month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return false;
    const int y = match.capturedView(1).toInt();
    const int m = match.capturedView(2).toInt();
    if (m < 1 || m > 12 || y < 1990 || y > 2200)
        return false;
    *year = y;
    *month = m;
    return true;
}

ImportSpec claimsImportSpec()
{
    ImportSpec spec;
    spec.kind = QStringLiteral("claims");
    spec.roles = {roleId(Role::FirstReviewer), roleId(Role::Admin)};
    spec.columns = claimColumns();
    spec.readRow = readClaimRow;
    spec.keyIndexes = {0, 1};
    spec.keyColumns = {QStringLiteral("claim_no"), QStringLiteral("line_no")};
    spec.upsertSql = QStringLiteral(
        "INSERT INTO claim_lines (claim_no, line_no, institution_code, period, person_no, service_form, service_from, "
        "service_to, days, amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_no, line_no) DO UPDATE "
        "SET institution_code = excluded.institution_code, period = excluded.period, person_no = excluded.person_no, "
        "service_form = excluded.service_form, service_from = excluded.service_from, service_to = "
        "excluded.service_to, days = excluded.days, amount_fen = excluded.amount_fen");
    spec.checkAgainstDatabase = [](QSqlDatabase &db, const QList<ImportRow> &rows, ImportIssues &issues) {
        checkReferencesExist(db, rows, 2, QStringLiteral("institutions"), QStringLiteral("code"),
                             QStringLiteral("institution_code"), issues);
        checkReferencesExist(db, rows, 4, QStringLiteral("persons"), QStringLiteral("person_no"),
                             QStringLiteral("person_no"), issues);
    };
    return spec;
}

} // namespace ltc::settlement
