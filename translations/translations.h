#pragma once
// The languages LTC Desk speaks and their catalogues, embedded under :/i18n/: Chinese by default,
// English available. QtCore only, so the desktop and ltcctl (whose printed documents are in the
// bureau's language) load them the same way.
#include <QString>
#include <QStringList>
#include <QTranslator>

class QCoreApplication;

namespace ltc {

QString defaultLanguage();          // "zh_CN"
QStringList supportedLanguages();   // "zh_CN", "en"
bool isSupportedLanguage(const QString &lang);

// Loads ":/i18n/ltcdesk_<lang>.qm" and Qt's own qtbase_<lang>.qm and makes the language's locale
// the default; false when the app's own catalogue is missing (English needs none: its source
// strings are English).
bool installTranslations(QCoreApplication &app, const QString &lang);

// LTC Desk's catalogue of `lang` for as long as the object lives: ltcctl writes its reports in
// the bureau's language while its own messages, read by scripts, stay as they are.
class ScopedTranslation {
public:
    explicit ScopedTranslation(const QString &lang);
    ~ScopedTranslation();
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace ltc
