#pragma once
// RFC 4180 CSV as institutions and the core insurance system send it: UTF-8 with or without a
// BOM, or GB18030 (what Excel on Chinese Windows writes). The encoding is detected from the
// bytes — valid UTF-8 is UTF-8, anything else is decoded as GB18030 — never assumed.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc {

enum class TextEncoding { Utf8, Utf8WithBom, Gb18030 };

TextEncoding detectEncoding(const QByteArray &bytes);
QString encodingName(TextEncoding encoding);  // "UTF-8", "UTF-8 (BOM)", "GB18030"
// Decodes the whole buffer with the detected encoding (BOM removed).
QString decodeText(const QByteArray &bytes, TextEncoding *detected = nullptr);

// One field as CSV writes it (RFC 4180): quoted when it holds a comma, a quote or a line break,
// with each quote doubled.
QString csvField(const QString &text);

struct CsvRecord {
    int line = 0;        // 1-based physical line where the record starts
    QStringList fields;
};

// Pulls records one at a time from decoded text: quoted fields with "" escapes, embedded commas
// and line breaks, CRLF or LF line ends. Blank lines are skipped.
class CsvParser {
public:
    explicit CsvParser(QString text);
    // False at the end, or on a syntax error (an unterminated quote): then error() is set and
    // errorLine() names the line.
    bool next(CsvRecord &record);
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // How far the parser has read, in characters of the text: for progress.
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }

private:
    void skipBlankLines();
    static bool isLineEnd(QChar c);
    void consumeLineEnd();
    bool readField(QString &field);
    bool readQuotedField(QString &field);
    void countLineEnds(qsizetype from, qsizetype to);
    bool setError(const QString &message, int line);

    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace ltc
