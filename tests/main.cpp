// One test runner for every suite: Catch2 2.13 with a real QApplication (offscreen unless the
// caller chose a platform), so widget tests can use QTest's events and QSignalSpy.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LtcDeskTests"));
    QApplication::setApplicationName(QStringLiteral("ltc_tests"));
    return Catch::Session().run(argc, argv);
}
