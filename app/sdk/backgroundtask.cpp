#include "sdk/backgroundtask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>
#include <limits>

namespace ltc::sdk {
namespace {

constexpr int kShowAfterMs = 300;  // quick work finishes without a flashing dialog
constexpr int kPollMs = 100;
constexpr int kScale = 1000;       // the dialog's range: progress in thousandths

QThreadPool *workerPool()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;  // lives until exit: its threads hold connections
        threads->setExpiryTimeout(-1);
        threads->setMaxThreadCount(2);
        return threads;
    }();
    return pool;
}

void showProgress(QProgressDialog &dialog, const TaskProgress &progress)
{
    const qint64 total = progress.total();
    if (total <= 0) {
        dialog.setRange(0, 0);  // busy
        return;
    }
    dialog.setRange(0, kScale);
    dialog.setValue(int(std::min<qint64>(kScale, progress.done() * kScale / total)));
}
} // namespace

BackgroundTasks::BackgroundTasks(QWidget *window) : QObject(window), m_window(window) {}

BackgroundTasks::~BackgroundTasks()
{
    for (QFuture<void> &future : m_abandoned)
        future.waitForFinished();
}

bool BackgroundTasks::runVoid(const QString &label, Cancel cancel, std::function<void(TaskProgress &)> work)
{
    auto progress = std::make_shared<TaskProgress>();
    if (m_cancelImmediately && cancel == Cancel::Cooperative)
        progress->cancel();
    QFuture<void> future = QtConcurrent::run(workerPool(), [progress, work = std::move(work)] { work(*progress); });

    QProgressDialog dialog(label, cancel == Cancel::None ? QString() : tr("Cancel"), 0, 0, m_window);
    dialog.setWindowTitle(tr("Please wait"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(std::numeric_limits<int>::max());  // shown below, not by its own timer
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setMinimumWidth(420);
    dialog.hide();
    QEventLoop loop;
    bool abandoned = false;
    QFutureWatcher<void> watcher;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        if (cancel == Cancel::None)
            return;
        progress->cancel();
        dialog.setLabelText(tr("Cancelling…"));
        if (cancel == Cancel::Abandon) {
            abandoned = true;
            loop.quit();
        }
    });
    QTimer poll;
    connect(&poll, &QTimer::timeout, &dialog, [&] { showProgress(dialog, *progress); });
    poll.start(kPollMs);
    watcher.setFuture(future);
    // Quick work ends without a flashing dialog; meanwhile clicks wait (they are not lost), so the
    // page cannot start a second task inside this one. Then the modal dialog takes over.
    QTimer::singleShot(kShowAfterMs, &loop, &QEventLoop::quit);
    if (!future.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!future.isFinished()) {
        dialog.show();
        loop.exec();
    }
    if (abandoned) {
        m_abandoned << future;
        return false;
    }
    future.waitForFinished();
    // Cooperative work ends by itself and says in its result whether it stopped early (an
    // import cancelled too late has written its rows, and its report says so).
    return cancel != Cancel::Abandon || !progress->cancelled();
}

} // namespace ltc::sdk
