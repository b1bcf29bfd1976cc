#pragma once
// A notice (applicationnotices.h: HTML) on paper or in a PDF, A4 portrait.
#include <QString>

class QPrinter;

namespace ltc::applications::ui {

void paintNotice(QPrinter &printer, const QString &html);
bool writeNoticePdf(const QString &path, const QString &title, const QString &html, QString *error);

} // namespace ltc::applications::ui
