#pragma once
// How the desktop looks and speaks: one high-DPI policy, one style and palette, a Chinese UI font
// with fallbacks, and the translations. Kept in one place so ltcdesk, the tests and the
// screenshot script all see the same application.
#include <QString>
#include <QStringList>

class QApplication;
class QCoreApplication;

namespace ltc {

// Must run before QApplication exists: the rounding policy is read when the first screen is set up.
void configureBeforeApplication();

// Fusion with a light palette and the UI font; the same on Windows and under Xvfb.
void applyAppearance(QApplication &app);

// The UI font families in order of preference. Without them Qt on Chinese Windows falls back to
// SimSun, a serif bitmap-hinted face that looks dated at UI sizes.
QStringList uiFontFamilies();

QString defaultLanguage();          // "zh_CN"
QStringList supportedLanguages();   // "zh_CN", "en"
bool isSupportedLanguage(const QString &lang);
// The language chosen in the View menu (QSettings "ui/language"), or the default.
QString rememberedLanguage();
void rememberLanguage(const QString &lang);

// Loads ":/i18n/ltcdesk_<lang>.qm" and Qt's own qtbase_<lang>.qm; false when the app's own
// catalogue is missing (English needs none: its source strings are English).
bool installTranslations(QCoreApplication &app, const QString &lang);

} // namespace ltc
