#pragma once
// What an .xlsx file holds, read back for the tests: a workbook is a zip of XML parts; the
// system's `unzip -p` (scripts/bootstrap.sh installs it) gives a part, and QXmlStreamReader reads
// the shared strings and a sheet's cells. Each cell by its reference ("B2") as its text, or its
// number as written ("1020").
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace ltctest {

inline QByteArray zipPart(const QString &zip, const QString &part)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, part});
    REQUIRE(unzip.waitForFinished(60000));
    INFO(unzip.readAllStandardError().toStdString());
    REQUIRE(unzip.exitCode() == 0);
    return unzip.readAllStandardOutput();
}

inline QStringList sharedStrings(const QString &zip)
{
    QStringList strings;
    QXmlStreamReader xml(zipPart(zip, QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (inItem && xml.isStartElement() && xml.name() == QLatin1String("t")) {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
            strings << current;
            inItem = false;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return strings;
}

// The cells of sheet `number` (1 is the first).
inline QMap<QString, QString> xlsxCells(const QString &zip, int number = 1)
{
    const QStringList strings = sharedStrings(zip);
    QMap<QString, QString> cells;
    QXmlStreamReader xml(zipPart(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
    QString reference;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            reference = xml.attributes().value(QLatin1String("r")).toString();
            type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            const QString value = xml.readElementText();
            cells.insert(reference, type == QLatin1String("s") ? strings.value(value.toInt()) : value);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return cells;
}

} // namespace ltctest
