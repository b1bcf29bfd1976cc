#pragma once
// A document the office issues, written as HTML (a notice, a list), on A4 portrait: painted on a
// printer for the print preview, or written as a PDF. One place, so that every module's notices
// come out on the same paper with the same margins.
#include <QString>

class QPrinter;
class QWidget;

namespace ltc::sdk {

void paintHtml(QPrinter &printer, const QString &html);
// False, with the reason in *error, when the file could not be written.
bool writeHtmlPdf(const QString &path, const QString &title, const QString &html, QString *error);
void previewHtml(QWidget *parent, const QString &title, const QString &html);

} // namespace ltc::sdk
