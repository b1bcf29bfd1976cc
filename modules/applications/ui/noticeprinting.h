#pragma once
// A notice (applicationnotices.h: HTML) as a PDF, A4 portrait (sdk/htmldocument.h).
#include <QString>

namespace ltc::applications::ui {

bool writeNoticePdf(const QString &path, const QString &title, const QString &html, QString *error);

} // namespace ltc::applications::ui
