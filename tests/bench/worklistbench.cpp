#include "worklistbench.h"

#include "settlements/domain/settlementviews.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

namespace ltc::bench {
namespace {

using settlement::LineColumn;
using settlement::LineFilter;
using settlement::LineOrder;
using settlement::ReviewFilter;

constexpr int kPageRows = 200;  // ClaimLinesModel's page

struct Step {
    QString title;
    LineFilter filter;
    LineOrder order;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct ScreenTimes {
    double pageMs = 0;   // the first page: what the reviewer waits for
    double countMs = 0;  // the number of matching lines, counted off the UI thread
    qint64 count = 0;
};

ScreenTimes screen(QSqlDatabase &db, const Step &step)
{
    ScreenTimes times;
    QElapsedTimer clock;
    clock.start();
    const QList<settlement::LineRow> rows = settlement::fetchLines(db, step.filter, step.order, kPageRows, 0);
    times.pageMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    times.count = settlement::countLines(db, step.filter);
    times.countMs = double(clock.nsecsElapsed()) / 1e6;
    if (rows.size() > kPageRows)
        times.count = -1;  // cannot happen; keeps the fetch from being optimised away
    return times;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QList<Step> stepsOf(QSqlDatabase &db, const QString &period)
{
    LineFilter month;
    month.period = period;
    auto with = [&month](auto change) {
        LineFilter filter = month;
        change(filter);
        return filter;
    };
    const QList<settlement::BatchRow> batches = settlement::batchesOf(db, period);
    const QString institution = batches.isEmpty() ? QString() : batches.first().totals.code;
    return {
        {QStringLiteral("open the month"), month, {}},
        // The bench's persons are B00000000…; every one is named 张某.
        {QStringLiteral("type \"B0\" (all match)"), with([](LineFilter &f) { f.text = QStringLiteral("B0"); }), {}},
        {QStringLiteral("type \"B0001234\""), with([](LineFilter &f) { f.text = QStringLiteral("B0001234"); }), {}},
        {QStringLiteral("type a name \"张某\" (all)"), with([](LineFilter &f) { f.text = QStringLiteral("张某"); }), {}},
        {QStringLiteral("type a name \"王\" (none)"), with([](LineFilter &f) { f.text = QStringLiteral("王"); }), {}},
        {QStringLiteral("reason R04 (no line)"), with([](LineFilter &f) { f.reason = QStringLiteral("R04"); }), {}},
        {QStringLiteral("reason R05 (some)"), with([](LineFilter &f) { f.reason = QStringLiteral("R05"); }), {}},
        {QStringLiteral("reason R06 (many)"), with([](LineFilter &f) { f.reason = QStringLiteral("R06"); }), {}},
        {QStringLiteral("without deductions"), with([](LineFilter &f) { f.reason = settlement::kNoDeduction; }), {}},
        {QStringLiteral("not reviewed"), with([](LineFilter &f) { f.review = ReviewFilter::NotReviewed; }), {}},
        {QStringLiteral("reviewed (none)"), with([](LineFilter &f) { f.review = ReviewFilter::Reviewed; }), {}},
        {QStringLiteral("overridden (none)"), with([](LineFilter &f) { f.review = ReviewFilter::Overridden; }), {}},
        {QStringLiteral("one institution"), with([&institution](LineFilter &f) { f.institution = institution; }), {}},
        {QStringLiteral("R05 of one institution"), with([&institution](LineFilter &f) {
             f.institution = institution;
             f.reason = QStringLiteral("R05");
         }), {}},
        {QStringLiteral("sort by allowed, descending"), month, {LineColumn::Allowed, true}},
        {QStringLiteral("sort by allowed"), month, {LineColumn::Allowed, false}},
        {QStringLiteral("sort by deducted, descending"), month, {LineColumn::Deducted, true}},
        {QStringLiteral("sort by fund"), month, {LineColumn::Fund, false}},
        {QStringLiteral("sort by reasons"), month, {LineColumn::Reasons, false}},
        {QStringLiteral("sort by claimed, descending"), month, {LineColumn::Claimed, true}},
        {QStringLiteral("sort by days"), month, {LineColumn::Days, false}},
        {QStringLiteral("sort by name"), month, {LineColumn::PersonName, false}},
        {QStringLiteral("sort by name, descending"), month, {LineColumn::PersonName, true}},
        {QStringLiteral("sort by person number"), month, {LineColumn::PersonNo, false}},
        {QStringLiteral("sort by institution"), month, {LineColumn::Institution, false}},
        {QStringLiteral("sort by allowed, one institution"), with([&institution](LineFilter &f) {
             f.institution = institution;
         }), {LineColumn::Allowed, true}},
    };
}

} // namespace

double benchWorklist(QSqlDatabase &db, const QString &period, int runs)
{
    double slowest = 0;
    out() << QStringLiteral("  %1 %2 %3  lines").arg(QString(), -30).arg(QStringLiteral("first page"), 12)
                 .arg(QStringLiteral("count"), 12)
          << Qt::endl;
    for (const Step &step : stepsOf(db, period)) {
        QList<double> pages;
        QList<double> counts;
        qint64 count = 0;
        for (int run = 0; run < runs; ++run) {
            const ScreenTimes times = screen(db, step);
            pages.append(times.pageMs);
            counts.append(times.countMs);
            count = times.count;
        }
        const double page = median(pages);
        slowest = std::max(slowest, page);
        out() << QStringLiteral("  %1 %2 ms %3 ms  %4")
                     .arg(step.title, -30).arg(page, 9, 'f', 1).arg(median(counts), 9, 'f', 1).arg(count)
              << Qt::endl;
    }
    return slowest;
}

} // namespace ltc::bench
