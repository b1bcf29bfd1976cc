#include "applications/ui/noticeprinting.h"

#include "applications/ui/applicationprompts.h"
#include "core/tr.h"

#include <QFile>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace ltc::applications::ui {

void paintNotice(QPrinter &printer, const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(printer.pageRect(QPrinter::Point).size());
    document.print(&printer);
}

bool writeNoticePdf(const QString &path, const QString &title, const QString &html, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
    printer.setDocName(title);
    paintNotice(printer, html);
    if (QFile(path).size() > 0)
        return true;
    if (error)
        *error = Tr::tr("the PDF could not be written to %1").arg(path);
    return false;
}

void DialogPrompts::showNotice(QWidget *parent, const QString &title, const QString &html)
{
    sdk::dialogs::printPreview(parent, title, false, [&html](QPrinter &printer) { paintNotice(printer, html); });
}

} // namespace ltc::applications::ui
