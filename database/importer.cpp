#include "importer.h"

#include "audit.h"
#include "database.h"
#include "domainregistry.h"
#include "sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>

namespace ltc {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ltc", text); }
constexpr qint64 kProgressEvery = 4096;

QString keyOf(const ImportRow &row, const QList<int> &indexes)
{
    QStringList parts;
    for (int index : indexes)
        parts << row.values.value(index).toString();
    return parts.join(QChar(0x1f));
}

// Reads and checks every row; returns the good ones. Problems go to report.issues.
QList<ImportRow> readRows(const ImportSpec &spec, const QString &text, ImportReport &report)
{
    QList<ImportRow> rows;
    CsvParser parser(text);
    CsvRecord header;
    if (!parser.next(header)) {
        report.issues.error(parser.hasError() ? parser.errorLine() : 1, QString(),
                            parser.hasError() ? parser.error() : tr("the file is empty: a header row is required"));
        return rows;
    }
    CsvRowReader reader(spec.columns, header.fields, report.issues);
    if (!reader.headerOk())
        return rows;  // column errors make every row meaningless
    QHash<QString, int> firstLineOfKey;
    CsvRecord record;
    while (parser.next(record)) {
        reader.setRecord(record);
        std::optional<QVariantList> values = spec.readRow(reader);
        if (!values || !reader.rowOk())
            continue;
        ImportRow row{record.line, *values};
        const QString key = keyOf(row, spec.keyIndexes);
        const auto seen = firstLineOfKey.constFind(key);
        if (seen != firstLineOfKey.constEnd()) {
            report.issues.error(record.line, spec.keyColumns.join(QLatin1Char('+')),
                                tr("duplicates line %1 of this file").arg(*seen));
            continue;
        }
        firstLineOfKey.insert(key, record.line);
        rows.append(std::move(row));
    }
    if (parser.hasError())
        report.issues.error(parser.errorLine(), QString(), parser.error());
    return rows;
}
} // namespace

void checkReferencesExist(QSqlDatabase &db, const QList<ImportRow> &rows, int index, const QString &table,
                          const QString &keyColumn, const QString &csvColumn, ImportIssues &issues)
{
    // One pass over the keys, then set look-ups: a million rows need no million queries.
    QSet<QString> keys;
    QSqlQuery query = querySql(db, QStringLiteral("SELECT %1 FROM %2").arg(keyColumn, table));
    while (query.next())
        keys.insert(query.value(0).toString());
    for (const ImportRow &row : rows) {
        const QString value = row.values.value(index).toString();
        if (!value.isEmpty() && !keys.contains(value))
            issues.error(row.line, csvColumn, tr("'%1' is not in the database").arg(value));
    }
}

Importer::Importer(const Database &database, const DomainRegistry &registry) : m_database(database), m_registry(registry) {}

QStringList Importer::kinds() const { return m_registry.importKinds(); }

const ImportSpec *Importer::spec(const QString &kind) const { return m_registry.importSpec(kind); }

ImportReport Importer::importFile(const UserIdentity &user, const QString &kind, const QString &filePath,
                                  const ImportProgress &progress) const
{
    ImportReport report;
    const ImportSpec *importSpec = spec(kind);
    if (!importSpec) {
        report.failure = tr("unknown import kind '%1' (known: %2)").arg(kind, kinds().join(QStringLiteral(", ")));
        return report;
    }
    if (!user.hasAnyRole(importSpec->roles)) {
        report.failure = tr("your roles do not allow importing %1").arg(kind);
        return report;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.failure = tr("cannot read %1: %2").arg(filePath, file.errorString());
        return report;
    }
    const QByteArray bytes = file.readAll();
    TextEncoding encoding;
    const QString text = decodeText(bytes, &encoding);
    report.encoding = encodingName(encoding);
    const QList<ImportRow> rows = readRows(*importSpec, text, report);
    QSqlDatabase db = m_database.connection();
    // The readable rows are checked against each other and the database even when other rows
    // are bad: every bad row is reported in one pass (CONTRACT.md), e.g. the same id_number on
    // two lines of a file that also has a bad date.
    if (importSpec->checkAgainstDatabase)
        importSpec->checkAgainstDatabase(db, rows, report.issues);
    if (report.issues.hasErrors())
        return report;
    const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (write(*importSpec, rows, user, filePath, sha256, progress, report))
        report.rows = int(rows.size());
    return report;
}

bool Importer::write(const ImportSpec &spec, const QList<ImportRow> &rows, const UserIdentity &user,
                     const QString &filePath, const QByteArray &sha256, const ImportProgress &progress,
                     ImportReport &report) const
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery upsert(db);
    if (!transaction.begun() || !upsert.prepare(spec.upsertSql)) {
        report.failure = tr("the local database is unavailable: %1").arg(upsert.lastError().text());
        return false;
    }
    qint64 done = 0;
    for (const ImportRow &row : rows) {
        for (int i = 0; i < row.values.size(); ++i)
            upsert.bindValue(i, row.values.at(i));
        if (!upsert.exec()) {
            report.failure = tr("line %1 was refused by the database: %2").arg(row.line).arg(upsert.lastError().text());
            return false;
        }
        if (progress && ++done % kProgressEvery == 0 && !progress(done, rows.size())) {
            report.cancelled = true;
            return false;
        }
    }
    const AuditEntry entry{QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), user.username,
                           QStringLiteral("import.") + spec.kind,
                           QJsonObject{{QStringLiteral("file"), QFileInfo(filePath).fileName()},
                                       {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
                                       {QStringLiteral("rows"), qint64(rows.size())}},
                           {}};
    QString error;
    if (!appendAudit(db, entry, &error) || !transaction.commit(&error)) {
        report.failure = tr("the import was not saved: %1").arg(error);
        return false;
    }
    if (progress)
        progress(rows.size(), rows.size());
    return true;
}

} // namespace ltc
