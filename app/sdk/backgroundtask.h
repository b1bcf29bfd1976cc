#pragma once
// Long work (an audit preview, an import, an export) off the UI thread, with a modal progress
// dialog that can cancel. The caller waits in a local event loop, so the window keeps painting
// and the code reads top to bottom: `if (auto run = tasks.run(...))`.
//
// Workers come from one pool whose threads never expire: each thread keeps its connections (the
// store's and the read-only ones) for its whole life, so a long-lived worker opens them once.
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace ltc::sdk {

// What a worker sees of its dialog: progress to report and whether the user cancelled.
class TaskProgress {
public:
    void report(qint64 done, qint64 total)
    {
        m_done = done;
        m_total = total;
    }
    bool cancelled() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};  // 0: unknown, the dialog shows a busy bar
    std::atomic<bool> m_cancelled{false};
};

class BackgroundTasks : public QObject {
    Q_OBJECT
public:
    // How Cancel ends a task: the work checks TaskProgress::cancelled() and stops (an import,
    // whose cancel must be honoured before it writes), or the caller stops waiting and the
    // result is thrown away when the work ends (an audit preview, which writes nothing).
    // None: no Cancel button (storing a command's result cannot stop halfway).
    enum class Cancel { Cooperative, Abandon, None };

    explicit BackgroundTasks(QWidget *window);
    ~BackgroundTasks() override;  // waits for abandoned work: it may use the store

    // Runs work on a worker thread. Nothing when an Abandon task was cancelled; a Cooperative
    // task always gives its result, which tells whether it stopped early.
    template<typename T>
    std::optional<T> run(const QString &label, Cancel cancel, std::function<T(TaskProgress &)> work)
    {
        auto result = std::make_shared<std::optional<T>>();
        const bool finished = runVoid(label, cancel, [result, work = std::move(work)](TaskProgress &progress) {
            *result = work(progress);
        });
        return finished ? *result : std::nullopt;
    }

    // For tests: every cancellable task is cancelled as soon as it starts, as if the user had
    // pressed Cancel at once.
    void setCancelImmediately(bool cancel) { m_cancelImmediately = cancel; }

private:
    bool runVoid(const QString &label, Cancel cancel, std::function<void(TaskProgress &)> work);
    QWidget *m_window;
    QList<QFuture<void>> m_abandoned;
    bool m_cancelImmediately = false;
};

} // namespace ltc::sdk
