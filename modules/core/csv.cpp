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
// text almost never passes this, so passing it is the evidence for UTF-8. With `incomplete`, a
// sequence cut off by the end of the buffer is not an error: *incomplete is where it starts.
bool isValidUtf8(const QByteArray &bytes, qsizetype *incomplete = nullptr)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *p = begin;
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
        if (incomplete && end - p < trail) {
            *incomplete = qsizetype(p - 1 - begin);
            return true;
        }
        if (end - p < trail || *p < min || *p > max)
            return false;
        for (int i = 1; i < trail; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        }
        p += trail;
    }
    if (incomplete)
        *incomplete = bytes.size();
    return true;
}

QStringDecoder decoderFor(TextEncoding encoding)
{
    // Qt's GB18030 codec comes from ICU; a build without ICU cannot decode it. A UTF-8 BOM is
    // dropped by the decoder.
    return encoding == TextEncoding::Gb18030 ? QStringDecoder("GB18030") : QStringDecoder(QStringDecoder::Utf8);
}

} // namespace

void EncodingDetector::feed(const QByteArray &part)
{
    if (m_start.size() < 3)
        m_start += part.left(3 - m_start.size());  // enough to see a BOM, however the parts fall
    if (!m_valid)
        return;
    const QByteArray bytes = m_carry + part;
    qsizetype incomplete = 0;
    m_valid = isValidUtf8(bytes, &incomplete);
    m_carry = m_valid ? bytes.mid(incomplete) : QByteArray();
}

TextEncoding EncodingDetector::result() const
{
    if (hasUtf8Bom(m_start))
        return TextEncoding::Utf8WithBom;
    return m_valid && m_carry.isEmpty() ? TextEncoding::Utf8 : TextEncoding::Gb18030;
}

CsvWindows::CsvWindows(TextEncoding encoding, ReadBytes read, qsizetype minWindow)
    : m_decoder(decoderFor(encoding)), m_read(std::move(read)), m_minWindow(minWindow)
{
}

bool CsvWindows::next(QString &window)
{
    while (!m_atEnd && (m_lastCut == 0 || m_pending.size() < m_minWindow)) {
        if (!readMore())
            return false;
    }
    const qsizetype cut = m_atEnd ? m_pending.size() : m_lastCut;
    if (cut == 0)
        return false;
    window = m_pending.left(cut);
    m_pending.remove(0, cut);
    m_scanned -= cut;
    m_lastCut = 0;
    return true;
}

bool CsvWindows::readMore()
{
    const std::optional<QByteArray> part = m_read();
    if (!part) {
        m_failed = true;
        return false;
    }
    if (part->isEmpty())
        m_atEnd = true;
    const QString text = m_atEnd ? m_decoder.decode(QByteArray()) : m_decoder.decode(*part);
    m_decoded += text.size();
    m_pending += text;
    scan();
    return true;
}

void CsvWindows::scan()
{
    for (; m_scanned < m_pending.size(); ++m_scanned) {
        const QChar c = m_pending.at(m_scanned);
        if (c == u'"')
            m_evenQuotes = !m_evenQuotes;
        else if (m_evenQuotes && c == u'\n')
            m_lastCut = m_scanned + 1;
    }
}

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
    QStringDecoder decoder = decoderFor(encoding);
    Q_ASSERT(decoder.isValid());
    return decoder.decode(bytes);
}

CsvParser::CsvParser(QString text, int firstLine)
    : m_text(std::move(text)), m_line(firstLine)
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
