#include "sdk/placeholderpage.h"

#include "database/domainregistry.h"
#include "sdk/modulecontext.h"
#include "sdk/moduleplugin.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ltc {

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *picture = new QLabel(this);
    picture->setPixmap(icon.pixmap(64, 64));
    picture->setAlignment(Qt::AlignHCenter);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    heading->setAlignment(Qt::AlignHCenter);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setObjectName(QStringLiteral("placeholderText"));  // the shell's style sheet colours it
    layout->addWidget(picture);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(3);
}

namespace {
QString declaredTitle(ModuleContext &context, const QString &moduleId)
{
    const DomainModule *declared = context.registry().module(moduleId);
    return declared ? context.registry().translatedTitle(*declared) : moduleId;
}
} // namespace

PlaceholderPage::PlaceholderPage(ModuleContext &context, const ModulePlugin &module, const QString &description,
                                 QWidget *parent)
    : PlaceholderPage(module.icon(), declaredTitle(context, module.moduleId()), description, parent)
{
}

} // namespace ltc
