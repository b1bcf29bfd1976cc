#include "agreements/ui/agreementprompts.h"

#include "agreements/ui/commanddialog.h"
#include "sdk/htmldocument.h"

namespace ltc::agreements::ui {

bool DialogPrompts::submit(QWidget *, CommandDialog &dialog) { return dialog.exec() == QDialog::Accepted; }

void DialogPrompts::showNotice(QWidget *parent, const QString &title, const QString &html)
{
    sdk::previewHtml(parent, title, html);
}

} // namespace ltc::agreements::ui
