#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

namespace ltc {
namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

QPalette lightPalette()
{
    // Neutral greys with one blue accent: reads as a calm office application, and stays the same
    // whatever theme the Windows or Linux desktop has (Fusion ignores the system colours).
    const QColor text(0x1f, 0x23, 0x28);
    const QColor muted(0x8c, 0x95, 0x9f);
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf5, 0xf8));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Button, QColor(0xf8, 0xf9, 0xfb));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe6, 0xe9, 0xee));
    palette.setColor(QPalette::Mid, QColor(0xc4, 0xcb, 0xd3));
    palette.setColor(QPalette::Dark, QColor(0xa0, 0xa8, 0xb2));
    palette.setColor(QPalette::Shadow, QColor(0x6e, 0x76, 0x81));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    palette.setColor(QPalette::ToolTipBase, Qt::white);
    palette.setColor(QPalette::ToolTipText, text);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, muted);
    return palette;
}

// Object names are set by the shell's widgets; styling them here keeps every colour in one file.
QString styleSheet()
{
    return QStringLiteral(R"(
#navigationPanel { background: #ffffff; border-right: 1px solid #dde2e8; }
#brandTitle { font-size: 12pt; font-weight: 600; color: #1f2328; }
#brandSubtitle { color: #6e7781; }
#navigation { background: transparent; border: none; outline: none; }
#navigation::item { padding-left: 10px; margin: 1px 8px; border-radius: 6px; color: #1f2328; }
#navigation::item:hover { background: #eef3fb; }
#navigation::item:selected { background: #e3edfd; color: #0b57d0; font-weight: 600; }
#navigationFooter { color: #8c959f; }
#navigationActions QToolButton { padding: 5px 10px; border-radius: 6px; color: #1f2328; text-align: left; }
#navigationActions QToolButton:hover { background: #eef3fb; }
#navigationSection { color: #8c959f; font-size: 8pt; font-weight: 600; }
#placeholderText { color: #6e7781; }
#pageHeader { background: #ffffff; border-bottom: 1px solid #dde2e8; }
#pageTitle { font-size: 14pt; font-weight: 600; color: #1f2328; }
#pageSubtitle { color: #6e7781; }
QStatusBar { background: #ffffff; border-top: 1px solid #dde2e8; }
QStatusBar::item { border: none; }
QStatusBar QLabel { color: #424a53; padding: 0 10px; }
#loginHeader { background: #1f6feb; }
#loginTitle { color: #ffffff; font-size: 15pt; font-weight: 600; }
#loginSubtitle { color: #dbe7ff; }
#loginError { color: #cf222e; }
#loginNotice { background: #fff8e1; border: 1px solid #f0d48a; border-radius: 4px; padding: 8px; color: #5c4400; }
#loginDatabase { color: #8c959f; font-size: 8pt; }
#signIn { background: #1f6feb; color: #ffffff; border: none; border-radius: 4px; padding: 7px 18px; font-weight: 600; }
#signIn:hover { background: #1a62d6; }
#signIn:pressed { background: #1554b8; }
#signIn:disabled { background: #9bbcf5; }
#loginSwitch { color: #0b57d0; background: transparent; border: none; padding: 4px 0; }
#loginSwitch:hover { text-decoration: underline; }
#loginSwitch:disabled { color: #8c959f; }
)");
}

} // namespace

void configureBeforeApplication()
{
    // PassThrough keeps 125% and 150% Windows scaling exact instead of rounding to 100% or 200%.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
}

QStringList uiFontFamilies()
{
    return {QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Source Han Sans SC"), QStringLiteral("PingFang SC")};
}

void applyAppearance(QApplication &app)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(lightPalette());
    QFont font = QApplication::font();
    font.setFamilies(uiFontFamilies());
    // 10 pt: 9 pt is Windows' default but CJK glyphs at 12 px tire clerks reading lists all day.
    font.setPointSizeF(10);
    QApplication::setFont(font);
    app.setStyleSheet(styleSheet());
}

QString rememberedLanguage()
{
    const QString lang = QSettings().value(kLanguageKey).toString();
    return isSupportedLanguage(lang) ? lang : defaultLanguage();
}

void rememberLanguage(const QString &lang)
{
    QSettings().setValue(kLanguageKey, lang);
}

} // namespace ltc
