#include "output/xlsxworkbook.h"

#include "core/tr.h"

#include <QFile>

namespace ltc::output {

XlsxWorkbook::XlsxWorkbook(const QString &path)
    : m_path(path), m_temporary(path + QStringLiteral(".part")),
      m_book(workbook_new(QFile::encodeName(m_temporary).constData()))
{
    if (!m_book)
        return;
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_money = workbook_add_format(m_book);
    format_set_num_format(m_money, "#,##0.00");
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (!m_book)
        return;
    workbook_close(m_book);
    QFile::remove(m_temporary);
}

lxw_worksheet *XlsxWorkbook::addSheet(const QString &name)
{
    return m_book ? workbook_add_worksheet(m_book, name.toUtf8().constData()) : nullptr;
}

bool XlsxWorkbook::close(QString *error)
{
    const auto fail = [&](const QString &message) {
        QFile::remove(m_temporary);
        if (error)
            *error = message;
        return false;
    };
    if (!m_book)
        return fail(Tr::tr("the workbook could not be created at %1").arg(m_path));
    const lxw_error status = workbook_close(m_book);
    m_book = nullptr;
    if (status != LXW_NO_ERROR)
        return fail(Tr::tr("the workbook could not be written to %1").arg(m_path));
    QFile::remove(m_path);
    if (!QFile::rename(m_temporary, m_path))
        return fail(Tr::tr("the workbook could not be written to %1").arg(m_path));
    return true;
}

void writeTexts(lxw_worksheet *sheet, int row, const QStringList &texts, lxw_format *format, int firstColumn)
{
    for (int i = 0; i < texts.size(); ++i)
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(firstColumn + i), texts.at(i).toUtf8().constData(), format);
}

void writeYuan(lxw_worksheet *sheet, int row, int column, Fen amount, lxw_format *money)
{
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), double(amount) / 100.0, money);
}

} // namespace ltc::output
