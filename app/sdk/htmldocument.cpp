#include "sdk/htmldocument.h"

#include "core/tr.h"
#include "sdk/prompts.h"

#include <QFile>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace ltc::sdk {

void paintHtml(QPrinter &printer, const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(printer.pageRect(QPrinter::Point).size());
    document.print(&printer);
}

bool writeHtmlPdf(const QString &path, const QString &title, const QString &html, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
    printer.setDocName(title);
    paintHtml(printer, html);
    if (QFile(path).size() > 0)
        return true;
    if (error)
        *error = Tr::tr("the PDF could not be written to %1").arg(path);
    return false;
}

void previewHtml(QWidget *parent, const QString &title, const QString &html)
{
    dialogs::printPreview(parent, title, false, [&html](QPrinter &printer) { paintHtml(printer, html); });
}

} // namespace ltc::sdk
