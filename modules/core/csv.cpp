#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ltc {

namespace {

bool hasUtf8Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF");
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. GB18030
// text almost never passes this, so passing it is the evidence for UTF-8.
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char lead = *p++;
        if (lead < 0x80)
            continue;
        int trail = 0;
        unsigned char min = 0x80, max = 0xBF;  // allowed range of the first trail byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            trail = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            trail = 2;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            trail = 3;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (end - p < trail || *p < min || *p > max)
            return false;
        for (int i = 1; i < trail; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += trail;
    }
    return true;
}

} // namespace

TextEncoding detectEncoding(const QByteArray &bytes)
{
    if (hasUtf8Bom(bytes))
        return TextEncoding::Utf8WithBom;
    return isValidUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom: return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Gb18030: return QStringLiteral("GB18030");
    }
    Q_UNREACHABLE();
}

QString decodeText(const QByteArray &bytes, TextEncoding *detected)
{
    const TextEncoding encoding = detectEncoding(bytes);
    if (detected)
        *detected = encoding;
    switch (encoding) {
    case TextEncoding::Utf8WithBom: return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    case TextEncoding::Utf8: return QString::fromUtf8(bytes);
    case TextEncoding::Gb18030: break;
    }
    // Qt's GB18030 codec comes from ICU; a build without ICU cannot decode it.
    QStringDecoder decoder("GB18030");
    Q_ASSERT(decoder.isValid());
    return decoder.decode(bytes);
}

CsvParser::CsvParser(QString text)
    : m_text(std::move(text))
{
}

bool CsvParser::next(CsvRecord &record)
{
    if (hasError())
        return false;
    skipBlankLines();
    if (m_pos >= m_text.size())
        return false;
    record.line = m_line;
    record.fields.clear();
    for (;;) {
        QString field;
        if (!readField(field))
            return false;
        record.fields << field;
        if (m_pos >= m_text.size())
            return true;
        const QChar c = m_text[m_pos];
        if (c == u',') {
            ++m_pos;
            continue;
        }
        consumeLineEnd();
        return true;
    }
}

void CsvParser::skipBlankLines()
{
    // A blank line is empty or holds only spaces and tabs (left over from hand editing).
    for (;;) {
        qsizetype at = m_pos;
        while (at < m_text.size() && (m_text[at] == u' ' || m_text[at] == u'\t'))
            ++at;
        if (at < m_text.size() && !isLineEnd(m_text[at]))
            return;
        if (at >= m_text.size()) {
            m_pos = at;
            return;
        }
        m_pos = at;
        consumeLineEnd();
    }
}

bool CsvParser::isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

void CsvParser::consumeLineEnd()
{
    // LF, CRLF or a lone CR each end one line.
    if (m_pos < m_text.size() && m_text[m_pos] == u'\r')
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == u'\n')
        ++m_pos;
    ++m_line;
}

bool CsvParser::readField(QString &field)
{
    if (m_pos < m_text.size() && m_text[m_pos] == u'"')
        return readQuotedField(field);
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != u',' && !isLineEnd(m_text[m_pos]))
        ++m_pos;
    field = m_text.mid(start, m_pos - start);
    return true;
}

bool CsvParser::readQuotedField(QString &field)
{
    const int openedOn = m_line;
    ++m_pos;  // the opening quote
    for (;;) {
        const qsizetype quote = m_text.indexOf(u'"', m_pos);
        const qsizetype chunkEnd = quote < 0 ? m_text.size() : quote;
        countLineEnds(m_pos, chunkEnd);
        field += QStringView(m_text).mid(m_pos, chunkEnd - m_pos);
        if (quote < 0)
            return setError(QCoreApplication::translate("ltc", "A quoted field opened on line %1 is never closed")
                                .arg(openedOn),
                            openedOn);
        m_pos = quote + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            field += u'"';  // "" inside quotes is one quote
            ++m_pos;
            continue;
        }
        if (m_pos < m_text.size() && m_text[m_pos] != u',' && !isLineEnd(m_text[m_pos]))
            return setError(QCoreApplication::translate("ltc", "Text after the closing quote of a field"), m_line);
        return true;
    }
}

void CsvParser::countLineEnds(qsizetype from, qsizetype to)
{
    // Line breaks inside quotes still advance the physical line number.
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = m_text[i];
        if (c == u'\n' || (c == u'\r' && (i + 1 >= m_text.size() || m_text[i + 1] != u'\n')))
            ++m_line;
    }
}

bool CsvParser::setError(const QString &message, int line)
{
    m_error = message;
    m_errorLine = line;
    return false;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace ltc
