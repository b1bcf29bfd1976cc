#pragma once
// How the desktop looks and speaks: one high-DPI policy, one style and palette, a Chinese UI font
// with fallbacks, and the translations. Kept in one place so ltcdesk, the tests and the
// screenshot script all see the same application.
#include "translations.h"

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

// The language chosen in the View menu (QSettings "ui/language"), or the default.
QString rememberedLanguage();
void rememberLanguage(const QString &lang);

} // namespace ltc
