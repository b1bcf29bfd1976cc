#include "agreements/ui/agreementprompts.h"

#include "agreements/ui/commanddialog.h"
#include "sdk/htmldocument.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ltc::agreements::ui {

bool DialogPrompts::submit(QWidget *, CommandDialog &dialog) { return dialog.exec() == QDialog::Accepted; }

void DialogPrompts::showNotice(QWidget *parent, const QString &title, const QString &html)
{
    sdk::previewHtml(parent, title, html);
}

void DialogPrompts::showDetails(QWidget *parent, const QString &title, const QString &html)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.resize(900, 480);
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("detailsBrowser"));
    browser->setHtml(html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace ltc::agreements::ui
