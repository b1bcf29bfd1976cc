#pragma once
// An .xlsx workbook (libxlsxwriter) written all or nothing: the sheets go to "<path>.part", and
// close() puts the finished file in place, so a failed export never leaves half a workbook under
// the name asked for. Bold and money formats come with it; money is a number of yuan shown with
// two decimals (fen / 100 is exact to the fen for any amount below 2^53 fen).
#include "core/money.h"

#include <QString>
#include <QStringList>

#include <xlsxwriter.h>

namespace ltc::output {

class XlsxWorkbook {
public:
    explicit XlsxWorkbook(const QString &path);
    ~XlsxWorkbook();  // without close(): nothing is left behind
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    bool isOpen() const { return m_book != nullptr; }
    lxw_workbook *get() const { return m_book; }
    lxw_worksheet *addSheet(const QString &name);
    lxw_format *bold() const { return m_bold; }
    lxw_format *money() const { return m_money; }

    // Writes the file; false with *error when it could not be written.
    bool close(QString *error = nullptr);

private:
    QString m_path;
    QString m_temporary;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_money = nullptr;
};

// Texts across a row from `firstColumn`, in `format` (may be null).
void writeTexts(lxw_worksheet *sheet, int row, const QStringList &texts, lxw_format *format = nullptr, int firstColumn = 0);
void writeYuan(lxw_worksheet *sheet, int row, int column, Fen amount, lxw_format *money);

} // namespace ltc::output
