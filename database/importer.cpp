#include "importer.h"
#include "core/tr.h"

#include "audit.h"
#include "database.h"
#include "domainregistry.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

#include <memory>
#include <sodium.h>
#include <sqlite3.h>

namespace ltc {
namespace {
constexpr qint64 kProgressEvery = 4096;

QString keyOf(const ImportRow &row, const QList<int> &indexes)
{
    if (indexes.size() == 1)
        return row.values.value(indexes.first()).toString();
    QStringList parts;
    for (int index : indexes)
        parts << row.values.value(index).toString();
    return parts.join(QChar(0x1f));
}

// Writes rows with the spec's upsert statement. On SQLite it talks to the library directly:
// QtSql's per-value binding costs more than SQLite's own work, and imports of a million claim
// lines must stay within twice the sqlite3 shell's time (ARCHITECTURE.md).
class RowWriter {
public:
    RowWriter(QSqlDatabase &db, const QString &sql) : m_query(db)
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
                m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        } else if (!m_query.prepare(sql)) {
            m_error = m_query.lastError().text();
        }
    }
    ~RowWriter()
    {
        if (m_statement)
            sqlite3_finalize(m_statement);
    }
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    QString error() const { return m_error; }

    bool write(const ImportRow &row)
    {
        return m_statement ? writeNative(row) : writeQtSql(row);
    }

private:
    bool writeNative(const ImportRow &row)
    {
        for (int i = 0; i < row.values.size(); ++i)
            bindNative(i + 1, row.values.at(i));
        const int status = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (status != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
            return false;
        }
        return true;
    }

    void bindNative(int index, const QVariant &value)
    {
        if (value.isNull()) {
            sqlite3_bind_null(m_statement, index);
        } else if (value.typeId() == QMetaType::QString) {
            // The row outlives the step, so SQLite may read the text in place.
            const QString &text = *static_cast<const QString *>(value.constData());
            sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
        } else {
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
        }
    }

    bool writeQtSql(const ImportRow &row)
    {
        for (int i = 0; i < row.values.size(); ++i)
            m_query.bindValue(i, row.values.at(i));
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
        return true;
    }

    QSqlQuery m_query;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// One pass over the file: read, check and (while the file has no error) write each row.
class ImportPass {
public:
    ImportPass(const ImportSpec &spec, QSqlDatabase &db, ImportReport &report, const ImportProgress &progress)
        : m_spec(spec), m_db(db), m_report(report), m_progress(progress)
    {
    }

    // False when the pass cannot go on (storage failure, cancel); row problems are in the report.
    bool run(const QString &text)
    {
        CsvParser parser(text);
        CsvRecord header;
        if (!parser.next(header)) {
            m_report.issues.error(parser.hasError() ? parser.errorLine() : 1, QString(),
                                  parser.hasError() ? parser.error() : Tr::tr("the file is empty: a header row is required"));
            return true;
        }
        CsvRowReader reader(m_spec.columns, header.fields, m_report.issues);
        if (!reader.headerOk())
            return true;  // column errors make every row meaningless
        RowWriter writer(m_db, m_spec.upsertSql);
        if (!writer.error().isEmpty())
            return fail(Tr::tr("the local database is unavailable: %1").arg(writer.error()));
        const RowCheck check = m_spec.prepareCheck ? m_spec.prepareCheck(m_db) : RowCheck();
        CsvRecord record;
        qint64 records = 0;
        while (parser.next(record)) {
            if (!takeRow(reader, record, check, writer))
                return false;
            if (m_progress && ++records % kProgressEvery == 0 && !m_progress(parser.position(), parser.size())) {
                m_report.cancelled = true;
                return false;
            }
        }
        if (parser.hasError())
            m_report.issues.error(parser.errorLine(), QString(), parser.error());
        // The last call can cancel too: a cancel pressed while the last rows were read still
        // writes nothing.
        if (m_progress && !m_progress(parser.size(), parser.size())) {
            m_report.cancelled = true;
            return false;
        }
        return true;
    }

    int written() const { return m_written; }

private:
    bool takeRow(CsvRowReader &reader, const CsvRecord &record, const RowCheck &check, RowWriter &writer)
    {
        reader.setRecord(record);
        std::optional<QVariantList> values = m_spec.readRow(reader);
        if (!values || !reader.rowOk())
            return true;
        const ImportRow row{record.line, std::move(*values)};
        const QString key = keyOf(row, m_spec.keyIndexes);
        const auto seen = m_firstLineOfKey.constFind(key);
        if (seen != m_firstLineOfKey.constEnd()) {
            m_report.issues.error(record.line, m_spec.keyColumns.join(QLatin1Char('+')),
                                  Tr::tr("duplicates line %1 of this file").arg(*seen));
            return true;
        }
        m_firstLineOfKey.insert(key, record.line);
        const int errorsBefore = m_report.issues.errorCount();
        if (check)
            check(row, m_report.issues);
        if (m_report.issues.errorCount() > errorsBefore || m_report.issues.hasErrors())
            return true;  // once the file has an error nothing more is written: it will roll back
        if (!writer.write(row))
            return fail(Tr::tr("line %1 was refused by the database: %2").arg(row.line).arg(writer.error()));
        ++m_written;
        return true;
    }

    bool fail(const QString &message)
    {
        m_report.failure = message;
        return false;
    }

    const ImportSpec &m_spec;
    QSqlDatabase &m_db;
    ImportReport &m_report;
    const ImportProgress &m_progress;
    QHash<QString, int> m_firstLineOfKey;
    int m_written = 0;
};
} // namespace

// The file's BLAKE2b-256, for the audit entry: which file exactly was imported. (libsodium's
// BLAKE2b is several times faster than QCryptographicHash's SHA-256 on large claim files.)
static QByteArray fileDigest(const QByteArray &bytes)
{
    if (sodium_init() < 0)
        return {};
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

RowCheck referenceCheck(QSqlDatabase &db, int index, const QString &table, const QString &keyColumn,
                        const QString &csvColumn)
{
    auto keys = std::make_shared<QSet<QString>>();
    QSqlQuery query = querySql(db, QStringLiteral("SELECT %1 FROM %2").arg(keyColumn, table));
    while (query.next())
        keys->insert(query.value(0).toString());
    return [keys, index, csvColumn](const ImportRow &row, ImportIssues &issues) {
        const QString value = row.values.value(index).toString();
        if (!value.isEmpty() && !keys->contains(value))
            issues.error(row.line, csvColumn, Tr::tr("'%1' is not in the database").arg(value));
    };
}

RowCheck allChecks(QList<RowCheck> checks)
{
    return [checks = std::move(checks)](const ImportRow &row, ImportIssues &issues) {
        for (const RowCheck &check : checks)
            check(row, issues);
    };
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
        report.failure = Tr::tr("unknown import kind '%1' (known: %2)").arg(kind, kinds().join(QStringLiteral(", ")));
        return report;
    }
    if (!user.hasAnyRole(importSpec->roles)) {
        report.failure = Tr::tr("your roles do not allow importing %1").arg(kind);
        return report;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.failure = Tr::tr("cannot read %1: %2").arg(filePath, file.errorString());
        return report;
    }
    const QByteArray bytes = file.readAll();
    TextEncoding encoding;
    const QString text = decodeText(bytes, &encoding);
    report.encoding = encodingName(encoding);

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.begun()) {
        report.failure = Tr::tr("the local database is busy or unavailable");
        return report;
    }
    ImportPass pass(*importSpec, db, report, progress);
    if (!pass.run(text) || report.issues.hasErrors())
        return report;  // the transaction rolls back: nothing of the file is kept
    const QByteArray digest = fileDigest(bytes);
    const AuditEntry entry{QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), user.username,
                           QStringLiteral("import.") + kind,
                           QJsonObject{{QStringLiteral("file"), QFileInfo(filePath).fileName()},
                                       {QStringLiteral("blake2b"), QString::fromLatin1(digest)},
                                       {QStringLiteral("rows"), qint64(pass.written())}},
                           {}};
    QString error;
    if (!appendAudit(db, entry, &error) || !transaction.commit(&error)) {
        report.failure = Tr::tr("the import was not saved: %1").arg(error);
        return report;
    }
    report.rows = pass.written();
    return report;
}

} // namespace ltc
