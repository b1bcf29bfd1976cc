#include <catch2/catch.hpp>

#include "core/csv.h"

#include <QStringEncoder>

using namespace ltc;

namespace {

QList<CsvRecord> parseAll(const QString &text, QString *error = nullptr, int *errorLine = nullptr)
{
    CsvParser parser(text);
    QList<CsvRecord> records;
    CsvRecord record;
    while (parser.next(record))
        records << record;
    if (error)
        *error = parser.error();
    if (errorLine)
        *errorLine = parser.errorLine();
    CHECK(parser.hasError() == (error && !error->isEmpty()));
    return records;
}

QStringList fields(std::initializer_list<const char16_t *> list)
{
    QStringList result;
    for (const char16_t *field : list)
        result << QString::fromUtf16(field);
    return result;
}

} // namespace

TEST_CASE("csv: plain records, CRLF and LF, blank lines", "[core][csv]")
{
    const auto records = parseAll(QStringLiteral("a,b,c\r\n1,,3\n\n   \r\nx,y,z"));
    REQUIRE(records.size() == 3);
    CHECK(records[0].line == 1);
    CHECK(records[0].fields == fields({u"a", u"b", u"c"}));
    CHECK(records[1].line == 2);
    CHECK(records[1].fields == fields({u"1", u"", u"3"}));
    CHECK(records[2].line == 5);
    CHECK(records[2].fields == fields({u"x", u"y", u"z"}));

    CHECK(parseAll(QString()).isEmpty());
    CHECK(parseAll(QStringLiteral("\n\n")).isEmpty());
    const auto trailingComma = parseAll(QStringLiteral("a,\n"));
    REQUIRE(trailingComma.size() == 1);
    CHECK(trailingComma[0].fields == fields({u"a", u""}));
}

TEST_CASE("csv: quotes, escaped quotes, commas inside", "[core][csv]")
{
    const auto records = parseAll(QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"\"\n\"\",plain\n"));
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == fields({u"a,b", u"say \"hi\"", u""}));
    CHECK(records[1].fields == fields({u"", u"plain"}));
}

TEST_CASE("csv: embedded line breaks keep physical line numbers", "[core][csv]")
{
    const QString text = QStringLiteral("id,note\r\n1,\"two\r\nlines\"\r\n2,\"three\nmore\nlines\"\n\n3,end\n");
    const auto records = parseAll(text);
    REQUIRE(records.size() == 4);
    CHECK(records[1].line == 2);
    CHECK(records[1].fields[1] == QStringLiteral("two\r\nlines"));
    CHECK(records[2].line == 4);
    CHECK(records[2].fields[1] == QStringLiteral("three\nmore\nlines"));
    CHECK(records[3].line == 8);
    CHECK(records[3].fields == fields({u"3", u"end"}));
}

TEST_CASE("csv: an unterminated quote is an error with its line", "[core][csv]")
{
    QString error;
    int line = 0;
    const auto records = parseAll(QStringLiteral("a,b\n1,2\n3,\"never\nclosed\n"), &error, &line);
    CHECK(records.size() == 2);
    CHECK_FALSE(error.isEmpty());
    CHECK(line == 3);

    const auto garbage = parseAll(QStringLiteral("a,b\n\"x\"y,z\n"), &error, &line);
    CHECK(garbage.size() == 1);
    CHECK_FALSE(error.isEmpty());
    CHECK(line == 2);
}

TEST_CASE("encoding detection: UTF-8, BOM, GB18030", "[core][csv]")
{
    const QString chinese = QStringLiteral("姓名,金额\n张三,1234.50\n");
    TextEncoding detected{};

    const QByteArray utf8 = chinese.toUtf8();
    CHECK(detectEncoding(utf8) == TextEncoding::Utf8);
    CHECK(decodeText(utf8, &detected) == chinese);
    CHECK(detected == TextEncoding::Utf8);

    const QByteArray bom = QByteArray("\xEF\xBB\xBF") + utf8;
    CHECK(decodeText(bom, &detected) == chinese);  // BOM removed
    CHECK(detected == TextEncoding::Utf8WithBom);

    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray gb = encoder.encode(chinese);
    CHECK(gb != utf8);
    CHECK(decodeText(gb, &detected) == chinese);
    CHECK(detected == TextEncoding::Gb18030);

    // A character outside GBK (four-byte GB18030 sequence) survives too.
    const QString rare = QStringLiteral("𠀀,€");
    CHECK(decodeText(QStringEncoder("GB18030").encode(rare)) == rare);

    CHECK(detectEncoding(QByteArray("plain,ascii\n")) == TextEncoding::Utf8);
    CHECK(detectEncoding(QByteArray()) == TextEncoding::Utf8);
    CHECK(detectEncoding(QByteArray("\xC0\xAF")) == TextEncoding::Gb18030);          // overlong
    CHECK(detectEncoding(QByteArray("\xED\xA0\x80")) == TextEncoding::Gb18030);      // surrogate
    CHECK(detectEncoding(QByteArray("\xE4\xB8")) == TextEncoding::Gb18030);          // truncated
    CHECK(detectEncoding(QByteArray("\xF0\x9F\x98\x80")) == TextEncoding::Utf8);     // emoji
    CHECK(encodingName(TextEncoding::Gb18030) == QStringLiteral("GB18030"));
    CHECK(encodingName(TextEncoding::Utf8WithBom) == QStringLiteral("UTF-8 (BOM)"));

    const auto records = parseAll(decodeText(gb));
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == fields({u"张三", u"1234.50"}));
}

namespace {
// The records of `bytes` read `part` bytes at a time through EncodingDetector and CsvWindows,
// each window parsed on its own, as the importer reads a file.
QList<CsvRecord> parseInParts(const QByteArray &bytes, qsizetype part, qsizetype window, TextEncoding *encoding)
{
    EncodingDetector detector;
    for (qsizetype at = 0; at < bytes.size(); at += part)
        detector.feed(bytes.mid(at, part));
    *encoding = detector.result();
    qsizetype at = 0;
    CsvWindows windows(*encoding, [&]() -> std::optional<QByteArray> {
        const QByteArray next = bytes.mid(at, part);
        at += next.size();
        return next;
    }, window);
    QList<CsvRecord> records;
    QString text;
    int line = 1;
    while (windows.next(text)) {
        CsvParser parser(text, line);
        CsvRecord record;
        while (parser.next(record))
            records << record;
        REQUIRE(!parser.hasError());
        line = parser.line();
    }
    CHECK(!windows.failed());
    return records;
}
} // namespace

TEST_CASE("csv: a file read in small parts gives the records and lines of the whole", "[core][csv]")
{
    const QString text = QStringLiteral("名称,备注\r\n张三,\"第一行\n第二行，含\"\"引号\"\"\"\n\n李四,普通\n王五,\"a,b\"\n");
    const QList<CsvRecord> whole = parseAll(text);
    REQUIRE(whole.size() == 4);
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf8WithBom, TextEncoding::Gb18030}) {
        QByteArray bytes = encoding == TextEncoding::Gb18030 ? QStringEncoder("GB18030").encode(text) : text.toUtf8();
        if (encoding == TextEncoding::Utf8WithBom)
            bytes.prepend("\xEF\xBB\xBF");
        // Parts that cut multi-byte characters and quoted line breaks; windows as small as a record.
        for (const qsizetype part : {qsizetype(1), qsizetype(2), qsizetype(5), qsizetype(4096)}) {
            INFO("encoding " << int(encoding) << ", parts of " << part);
            TextEncoding detected;
            const QList<CsvRecord> records = parseInParts(bytes, part, 1, &detected);
            CHECK(detected == encoding);
            REQUIRE(records.size() == whole.size());
            for (qsizetype i = 0; i < records.size(); ++i) {
                CHECK(records.at(i).line == whole.at(i).line);
                CHECK(records.at(i).fields == whole.at(i).fields);
            }
        }
    }
}
