#include "settlements/domain/claimsworklist.h"

#include "settlements/domain/claimsimport.h"
#include "database/records/corereads.h"
#include "settlements/domain/settlementviews.h"

#include <QRegularExpression>

namespace ltc::settlement {
namespace {

// A page of the month at a time: a million lines are never held at once.
constexpr int kPage = 5000;

const QHash<QString, ReviewFilter> &reviewFilters()
{
    static const QHash<QString, ReviewFilter> filters{{QStringLiteral("not-reviewed"), ReviewFilter::NotReviewed},
                                                      {QStringLiteral("reviewed"), ReviewFilter::Reviewed},
                                                      {QStringLiteral("overridden"), ReviewFilter::Overridden},
                                                      {QStringLiteral("not-audited"), ReviewFilter::NotAudited}};
    return filters;
}

QStringList checkFilters(const WorklistFilters &filters)
{
    QStringList problems;
    int year = 0;
    int month = 0;
    if (!parsePeriod(filters.value(QStringLiteral("period")), &year, &month))
        problems << QStringLiteral("--period: '%1' is not a month YYYY-MM").arg(filters.value(QStringLiteral("period")));
    const QString reason = filters.value(QStringLiteral("reason"));
    if (!reason.isEmpty() && reason != QStringLiteral("none")
        && !QRegularExpression(QStringLiteral("^R[0-9]{2}$")).match(reason).hasMatch())
        problems << QStringLiteral("--reason: '%1' is not a reason code (R01 ...) or none").arg(reason);
    const QString review = filters.value(QStringLiteral("review"));
    if (!review.isEmpty() && !reviewFilters().contains(review))
        problems << QStringLiteral("--review: '%1' is not one of not-reviewed, reviewed, overridden, not-audited").arg(review);
    return problems;
}

LineFilter lineFilter(const WorklistFilters &filters)
{
    LineFilter filter;
    filter.period = filters.value(QStringLiteral("period"));
    filter.institution = filters.value(QStringLiteral("institution"));
    const QString reason = filters.value(QStringLiteral("reason"));
    filter.reason = reason == QStringLiteral("none") ? kNoDeduction : reason;
    filter.review = reviewFilters().value(filters.value(QStringLiteral("review")), ReviewFilter::Any);
    return filter;
}

QVariant amount(const std::optional<LineResult> &result, Fen LineResult::*field)
{
    return result ? QVariant(formatYuan((*result).*field)) : QVariant();
}

QVariant day(QDate date) { return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(); }

// A line as the desktop's worklist shows it: names beside codes, the amounts as audited (empty
// before the audit), the first review's decision.
QVariantList values(const LineRow &row, const QHash<QString, QString> &formNames)
{
    const ClaimLine &l = row.line;
    const std::optional<LineResult> &r = row.result;
    const std::optional<LineReview> &v = row.review;
    return {l.claimNo, l.lineNo, l.institutionCode, row.institutionName, l.personNo, row.personName, l.serviceForm,
            formNames.value(l.serviceForm), day(l.serviceFrom), day(l.serviceTo), l.days, formatYuan(l.amount),
            amount(r, &LineResult::allowed), amount(r, &LineResult::deducted), amount(r, &LineResult::fund),
            amount(r, &LineResult::personal), r ? QVariant(r->reasons.join(QLatin1Char('|'))) : QVariant(),
            v ? QVariant(v->decision) : QVariant(), v ? QVariant(formatYuan(v->allowed)) : QVariant(),
            v ? QVariant(v->reason) : QVariant()};
}

bool rows(QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &sink, QString *error)
{
    const LineFilter filter = lineFilter(filters);
    const QHash<QString, QString> formNames = serviceFormNames(db);
    for (int offset = 0;; offset += kPage) {
        QString why;
        const QList<LineRow> page = fetchLines(db, filter, {}, kPage, offset, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        for (const LineRow &row : page) {
            if (!sink(values(row, formNames)))
                return true;
        }
        if (page.size() < kPage)
            return true;
    }
}

} // namespace

WorklistSpec claimsWorklist()
{
    WorklistSpec spec;
    spec.name = QStringLiteral("claims");
    spec.summary = QStringLiteral("a month's claim lines with the figures as audited and the first review");
    spec.columns = QStringList{
        QStringLiteral("claim_no"),     QStringLiteral("line_no"),       QStringLiteral("institution_code"),
        QStringLiteral("institution_name"), QStringLiteral("person_no"), QStringLiteral("person_name"),
        QStringLiteral("service_form"), QStringLiteral("service_form_name"), QStringLiteral("service_from"),
        QStringLiteral("service_to"),   QStringLiteral("days"),          QStringLiteral("claimed"),
        QStringLiteral("allowed"),      QStringLiteral("deducted"),      QStringLiteral("fund"),
        QStringLiteral("personal"),     QStringLiteral("reasons"),       QStringLiteral("review"),
        QStringLiteral("review_allowed"), QStringLiteral("review_reason")};
    spec.filters = {
        {QStringLiteral("period"), QStringLiteral("YYYY-MM"), QStringLiteral("the month"), true},
        {QStringLiteral("institution"), QStringLiteral("CODE"), QStringLiteral("one institution's lines"), false},
        {QStringLiteral("reason"), QStringLiteral("CODE"), QStringLiteral("lines deducted for R01 ..., or none"), false},
        {QStringLiteral("review"), QStringLiteral("STATE"),
         QStringLiteral("not-reviewed, reviewed, overridden or not-audited"), false},
    };
    spec.check = checkFilters;
    spec.rows = rows;
    return spec;
}

} // namespace ltc::settlement
