#pragma once
// RFC 4180 CSV as institutions and the core insurance system send it: UTF-8 with or without a
// BOM, or GB18030 (what Excel on Chinese Windows writes). The encoding is detected from the
// bytes — valid UTF-8 is UTF-8, anything else is decoded as GB18030 — never assumed.
#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <functional>
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

// The encoding of a text read in parts (a file a chunk at a time), decided as detectEncoding()
// decides for a whole buffer: a BOM, else valid UTF-8 throughout, else GB18030.
class EncodingDetector {
public:
    void feed(const QByteArray &part);
    TextEncoding result() const;  // after the last part

private:
    QByteArray m_start;  // the first three bytes: a BOM?
    QByteArray m_carry;  // the start of a UTF-8 sequence cut by the end of a part
    bool m_valid = true;
};

// The records of a byte stream a window at a time, decoded with a known encoding: each window
// ends on a line end outside quotes (the quotes seen so far are even), so a CsvParser reads it
// whole, and a file of any size is parsed a few MiB at a time.
class CsvWindows {
public:
    // The next part of the bytes: empty at the end, nothing on a read failure.
    using ReadBytes = std::function<std::optional<QByteArray>()>;
    CsvWindows(TextEncoding encoding, ReadBytes read, qsizetype minWindow = 1 << 20);
    // The next window (the rest of the text at the end); false when nothing is left or a read
    // failed (failed() then says so).
    bool next(QString &window);
    bool failed() const { return m_failed; }
    // Characters decoded so far, and those of them not yet handed out: with the bytes read,
    // how far through the file a reader is.
    qint64 decodedChars() const { return m_decoded; }
    qint64 pendingChars() const { return m_pending.size(); }

private:
    bool readMore();
    void scan();

    QStringDecoder m_decoder;
    ReadBytes m_read;
    qsizetype m_minWindow;
    QString m_pending;
    qsizetype m_scanned = 0;  // how much of m_pending the quote count covers
    bool m_evenQuotes = true;
    qsizetype m_lastCut = 0;  // just after the last line end outside quotes
    bool m_atEnd = false;
    bool m_failed = false;
    qint64 m_decoded = 0;
};

struct CsvRecord {
    int line = 0;        // 1-based physical line where the record starts
    QStringList fields;
};

// Pulls records one at a time from decoded text: quoted fields with "" escapes, embedded commas
// and line breaks, CRLF or LF line ends. Blank lines are skipped.
class CsvParser {
public:
    // `firstLine`: the physical line the text starts on (a window of a longer file).
    explicit CsvParser(QString text, int firstLine = 1);
    int line() const { return m_line; }  // where the parser stands
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
