#include "settlements/domain/claimsimport.h"
#include "core/tr.h"

#include "core/roles.h"
#include "settlements/domain/reviewcommands.h"
#include "database/sql.h"

#include <QCoreApplication>
#include <memory>

namespace ltc::settlement {
namespace {

const ImportColumns &claimColumns()
{
    static const ImportColumns columns{
        {QStringLiteral("claim_no"), QStringLiteral("institution_code"), QStringLiteral("period"),
         QStringLiteral("line_no"), QStringLiteral("person_no"), QStringLiteral("service_form"),
         QStringLiteral("service_from"), QStringLiteral("service_to"), QStringLiteral("days"), QStringLiteral("amount")},
        {QStringLiteral("caregiver_no")}};
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
                        row.text(QStringLiteral("service_to")), *days, *amount,
                        sqlText(row.text(QStringLiteral("caregiver_no")))};
}

// A batch past first review, as the rows name it.
struct FrozenBatch {
    QString period;
    QString institution;
    QString status;
};
using FrozenBatches = QHash<QString, FrozenBatch>;  // by batchKey()

QString batchKey(const QString &period, const QString &institution) { return period + QLatin1Char('/') + institution; }

// The stored lines of one claim number that lie in months past first review, by line number:
// looked up once per claim (a declaration's lines come together in its file), so a file of new
// claims costs one look-up per claim, not per line.
class FrozenLinesOfClaim {
public:
    FrozenLinesOfClaim(QSqlDatabase &db, std::shared_ptr<const FrozenBatches> frozen)
        : m_query(db), m_frozen(std::move(frozen))
    {
        m_query.setForwardOnly(true);
        m_query.prepare(QStringLiteral("SELECT line_no, institution_code, period FROM claim_lines WHERE claim_no = ?"));
    }

    // The frozen batch the stored line is in, if any.
    std::optional<FrozenBatch> batchOf(const QString &claimNo, int lineNo)
    {
        if (claimNo != m_claimNo) {
            m_claimNo = claimNo;
            m_lines.clear();
            m_query.bindValue(0, claimNo);
            m_query.exec();
            while (m_query.next()) {
                const QString key = batchKey(m_query.value(2).toString(), m_query.value(1).toString());
                const auto batch = m_frozen->constFind(key);
                if (batch != m_frozen->constEnd())
                    m_lines.insert(m_query.value(0).toInt(), *batch);
            }
            m_query.finish();
        }
        const auto line = m_lines.constFind(lineNo);
        return line == m_lines.constEnd() ? std::nullopt : std::optional<FrozenBatch>(*line);
    }

private:
    QSqlQuery m_query;
    std::shared_ptr<const FrozenBatches> m_frozen;
    QString m_claimNo;
    QHash<int, FrozenBatch> m_lines;
};

// CONTRACT.md: the lines a review decided on never change under it. A row of an institution's
// month past first review, or one that would move a stored line out of such a month, is refused
// — and with it the whole file. Months in first review (or returned to it) import as before.
RowCheck frozenMonthsCheck(QSqlDatabase &db)
{
    auto frozen = std::make_shared<FrozenBatches>();
    QSqlQuery batches = querySql(db, QStringLiteral("SELECT period, institution_code, status FROM settlement_batches"));
    while (batches.next()) {
        const FrozenBatch batch{batches.value(0).toString(), batches.value(1).toString(), batches.value(2).toString()};
        if (pastFirstReview(batch.status))
            frozen->insert(batchKey(batch.period, batch.institution), batch);
    }
    if (frozen->isEmpty())
        return [](const ImportRow &, ImportIssues &) {};  // nothing reviewed yet: nothing to look up
    auto stored = std::make_shared<FrozenLinesOfClaim>(db, frozen);
    return [frozen, stored](const ImportRow &row, ImportIssues &issues) {
        const QString claimNo = row.values.at(0).toString();
        const int lineNo = row.values.at(1).toInt();
        const auto own = frozen->constFind(batchKey(row.values.at(3).toString(), row.values.at(2).toString()));
        if (own != frozen->constEnd()) {
            issues.refusal(row.line, QStringLiteral("period"),
                           Tr::tr("the settlement of %1 for %2 is %3: its claim lines can no longer change")
                               .arg(own->institution, own->period, own->status));
            return;
        }
        if (const std::optional<FrozenBatch> storedIn = stored->batchOf(claimNo, lineNo)) {
            issues.refusal(row.line, QStringLiteral("claim_no"),
                           Tr::tr("claim %1 line %2 is in the settlement of %3 for %4, which is %5: it can no longer "
                                  "change")
                               .arg(claimNo, QString::number(lineNo), storedIn->institution, storedIn->period,
                                    storedIn->status));
        }
    };
}
} // namespace

bool parsePeriod(QStringView text, int *year, int *month)
{
    // "YYYY-MM", read by hand and in place: every claim line has one.
    if (text.size() != 7 || text[4] != u'-')
        return false;
    int value[2] = {0, 0};
    for (qsizetype i = 0; i < 7; ++i) {
        if (i == 4)
            continue;
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        int &part = value[i < 4 ? 0 : 1];
        part = part * 10 + (c - u'0');
    }
    if (value[0] < 1990 || value[0] > 2200 || value[1] < 1 || value[1] > 12)
        return false;
    *year = value[0];
    *month = value[1];
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
        "service_to, days, amount_fen, caregiver_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_no, "
        "line_no) DO UPDATE SET institution_code = excluded.institution_code, period = excluded.period, person_no = excluded.person_no, "
        "service_form = excluded.service_form, service_from = excluded.service_from, service_to = "
        "excluded.service_to, days = excluded.days, amount_fen = excluded.amount_fen, caregiver_no = "
        "excluded.caregiver_no");
    // Its checks look stored lines up by claim number (the primary key) only.
    spec.indexesAfterRows = true;
    spec.prepareCheck = [](QSqlDatabase &db) {
        return allChecks({referenceCheck(db, 2, QStringLiteral("institutions"), QStringLiteral("code"),
                                         QStringLiteral("institution_code")),
                          referenceCheck(db, 4, QStringLiteral("persons"), QStringLiteral("person_no"),
                                         QStringLiteral("person_no")),
                          referenceCheck(db, 10, QStringLiteral("staff"), QStringLiteral("staff_no"),
                                         QStringLiteral("caregiver_no")),
                          frozenMonthsCheck(db)});
    };
    return spec;
}

} // namespace ltc::settlement
