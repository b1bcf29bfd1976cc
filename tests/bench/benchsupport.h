#pragma once
// What the worklist benchmarks share: their output, the best and median of a few runs, and the
// baseline of the sqlite3 shell counting a table of the store (a floor for any pass over it).
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace ltc::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

inline double best(const QList<double> &values) { return *std::min_element(values.begin(), values.end()); }

// Milliseconds of each of `runs` runs of `work`.
inline QList<double> timed(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        work();
        times << double(clock.nsecsElapsed()) / 1e6;
    }
    return times;
}

// `sqlite3 path "SELECT COUNT(*) FROM table;"`, shell start included.
inline QList<double> sqliteCount(const QString &path, const QString &table, int runs)
{
    return timed(runs, [&] {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT COUNT(*) FROM %1;").arg(table)});
        sqlite.waitForFinished(-1);
    });
}

} // namespace ltc::bench
