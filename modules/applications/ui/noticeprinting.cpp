#include "applications/ui/noticeprinting.h"

#include "applications/ui/applicationprompts.h"
#include "sdk/htmldocument.h"

namespace ltc::applications::ui {

bool writeNoticePdf(const QString &path, const QString &title, const QString &html, QString *error)
{
    return sdk::writeHtmlPdf(path, title, html, error);
}

void DialogPrompts::showNotice(QWidget *parent, const QString &title, const QString &html)
{
    sdk::previewHtml(parent, title, html);
}

} // namespace ltc::applications::ui
