// One test runner for every suite: Catch2 2.13 with a real QApplication (offscreen unless the
// caller chose a platform), so widget tests can use QTest's events and QSignalSpy.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QThreadPool>

#if __has_include(<execinfo.h>) && !defined(__SANITIZE_ADDRESS__)  // AddressSanitizer reports its own
#include <csignal>
#include <execinfo.h>
#include <unistd.h>

namespace {
// Catch2 reports a crash inside a test case; this one reports a crash outside any (as the
// application or the thread pools shut down), with the stack, which CI's log would otherwise
// show only as "SegFault".
void reportFatalSignal(int signal)
{
    static const char header[] = "\nltc test runner: fatal signal outside a test case; stack:\n";
    (void)!write(STDERR_FILENO, header, sizeof header - 1);
    void *frames[64];
    backtrace_symbols_fd(frames, backtrace(frames, 64), STDERR_FILENO);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void reportFatalSignals()
{
    for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        std::signal(signal, reportFatalSignal);
}
} // namespace
#else
namespace {
void reportFatalSignals() {}
} // namespace
#endif

int main(int argc, char *argv[])
{
    reportFatalSignals();  // before Catch2, which puts back the handlers it found after each case
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LtcDeskTests"));
    QApplication::setApplicationName(QStringLiteral("ltc_tests"));
    const int failed = Catch::Session().run(argc, argv);
    QThreadPool::globalInstance()->waitForDone();  // a case's counts end before the application
    return failed;
}
