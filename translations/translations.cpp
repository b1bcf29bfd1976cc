#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace ltc {
namespace {

QString catalogue(const QString &lang) { return QStringLiteral(":/i18n/ltcdesk_") + lang + QStringLiteral(".qm"); }

QString translationsFolderOfQt()
{
    // Installed Qt on Linux; on Windows windeployqt puts qtbase_*.qm in translations/ next to the
    // executable, which is what QLibraryInfo reports there as well when qt.conf is absent.
    const QString path = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (QDir(path).exists())
        return path;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/translations");
}

bool loadInto(QCoreApplication &app, const QString &file, const QString &folder = {})
{
    auto *translator = new QTranslator(&app);
    const bool loaded = folder.isEmpty() ? translator->load(file) : translator->load(file, folder);
    if (!loaded) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString defaultLanguage() { return QStringLiteral("zh_CN"); }

QStringList supportedLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

bool isSupportedLanguage(const QString &lang) { return supportedLanguages().contains(lang); }

bool installTranslations(QCoreApplication &app, const QString &lang)
{
    QLocale::setDefault(lang == QStringLiteral("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                     : QLocale(QLocale::Chinese, QLocale::China));
    // Qt's own strings (dialog buttons, context menus); English has none to load.
    loadInto(app, QStringLiteral("qtbase_") + lang, translationsFolderOfQt());
    return loadInto(app, catalogue(lang));
}

ScopedTranslation::ScopedTranslation(const QString &lang)
{
    if (lang != QStringLiteral("en") && m_translator.load(catalogue(lang)))
        m_installed = QCoreApplication::installTranslator(&m_translator);
}

ScopedTranslation::~ScopedTranslation()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

} // namespace ltc
