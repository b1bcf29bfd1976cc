#include "agreements/ui/agreementprompts.h"

#include "agreements/ui/commanddialog.h"
#include "core/tr.h"

#include <QFile>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace ltc::agreements::ui {

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
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    printer.setDocName(title);
    paintNotice(printer, html);
    if (QFile(path).size() > 0)
        return true;
    if (error)
        *error = Tr::tr("the PDF could not be written to %1").arg(path);
    return false;
}

bool DialogPrompts::submit(QWidget *, CommandDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted;
}

void DialogPrompts::showNotice(QWidget *parent, const QString &title, const QString &html)
{
    sdk::dialogs::printPreview(parent, title, false, [&html](QPrinter &printer) { paintNotice(printer, html); });
}

} // namespace ltc::agreements::ui
