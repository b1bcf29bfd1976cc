#include "claimsimport.h"
#include "core/tr.h"

#include "core/roles.h"

#include <QCoreApplication>

namespace ltc::settlement {
namespace {

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
        row.error(QStringLiteral("period"), Tr::tr("'%1' is not a month in the form YYYY-MM").arg(period));
    const std::optional<int> lineNo = row.integer(QStringLiteral("line_no"), 1, 1'000'000, Presence::Required);
    const QString person = row.requiredText(QStringLiteral("person_no"));
    const QString form = row.requiredText(QStringLiteral("service_form"));
    row.date(QStringLiteral("service_from"), Presence::Required);  // checked; its text is stored
    row.date(QStringLiteral("service_to"), Presence::Required);
    const std::optional<int> days = row.integer(QStringLiteral("days"), 1, 366, Presence::Required);
    const std::optional<Fen> amount = row.money(QStringLiteral("amount"), Presence::Required);
    if (amount && *amount < 0)
        row.error(QStringLiteral("amount"), Tr::tr("must not be negative"));
    if (!row.rowOk())
        return std::nullopt;
    // Dates outside the period or days that do not add up are not refused here: the audit
    // refuses such a line with R08, and the institution sees why.
    // The date cells passed the strict YYYY-MM-DD check, so their text is already the stored form.
    return QVariantList{claimNo, *lineNo, institution, period, person, form, row.text(QStringLiteral("service_from")),
                        row.text(QStringLiteral("service_to")), *days, *amount};
}
} // namespace

bool parsePeriod(QStringView text, int *year, int *month)
{
    // "YYYY-MM", read by hand: every claim line has one.
    if (text.size() != 7 || text[4] != u'-')
        return false;
    const QDate first = parseIsoDate(text.toString() + QStringLiteral("-01"));
    if (!first.isValid() || first.year() < 1990 || first.year() > 2200)
        return false;
    *year = first.year();
    *month = first.month();
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
    spec.prepareCheck = [](QSqlDatabase &db) {
        return allChecks({referenceCheck(db, 2, QStringLiteral("institutions"), QStringLiteral("code"),
                                         QStringLiteral("institution_code")),
                          referenceCheck(db, 4, QStringLiteral("persons"), QStringLiteral("person_no"),
                                         QStringLiteral("person_no"))});
    };
    return spec;
}

} // namespace ltc::settlement
