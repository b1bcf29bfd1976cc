#include "importer.h"
#include "rowwriter.h"
#include "core/tr.h"
#include "core/region.h"

#include "commandbus.h"
#include "domainregistry.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

#include <memory>

namespace ltc {
namespace {
constexpr qint64 kProgressEvery = 4096;

// A row's key as two independent 64-bit hashes: a million keys of a claims file take 16 bytes
// each instead of their text (two different keys meeting on both is ~1e-27 for a file).
struct KeyDigest {
    size_t first;
    size_t second;
    bool operator==(const KeyDigest &other) const { return first == other.first && second == other.second; }
};
size_t qHash(const KeyDigest &key, size_t seed = 0) { return key.first ^ seed; }

// Hashed part by part, as they stand in the row (no key text is built for a million rows).
KeyDigest digestOf(const ImportRow &row, const QList<int> &indexes)
{
    KeyDigest digest{size_t(0x9e3779b97f4a7c15ULL), size_t(0xc2b2ae3d27d4eb4fULL)};
    for (int index : indexes) {
        const QVariant &value = row.values.at(index);
        if (value.typeId() == QMetaType::QString) {
            const QString &text = *static_cast<const QString *>(value.constData());
            digest = {qHash(text, digest.first), qHash(text, digest.second)};
        } else if (value.typeId() == QMetaType::Int) {
            // A number in a key never stands where another row has a text (a column has one type).
            const int number = value.toInt();
            digest = {::qHash(number, digest.first), ::qHash(number, digest.second)};
        } else {
            const QString text = value.toString();
            digest = {qHash(text, digest.first), qHash(text, digest.second)};
        }
        digest.second = digest.second * 31 + 0x1f;  // "a" + "bc" is not "ab" + "c"
    }
    return digest;
}

QString keyOf(const ImportRow &row, const QList<int> &indexes)
{
    if (indexes.size() == 1)
        return row.values.value(indexes.first()).toString();
    QStringList parts;
    for (int index : indexes)
        parts << row.values.value(index).toString();
    return parts.join(QChar(0x1f));
}

// On PostgreSQL, the per-row look-ups of an import (the stored row of a key) are prepared once
// and planned from the table's statistics as they were before the import — a table that was
// empty then gets a sequential scan, and a million rows inserted in this same transaction make
// each look-up read them all. Index scans are taken for the rows' part of the transaction.
class IndexedLookups {
public:
    explicit IndexedLookups(QSqlDatabase &db) : m_db(db), m_postgres(db.driverName() == QStringLiteral("QPSQL"))
    {
        set(QStringLiteral("off"));
    }
    ~IndexedLookups() { set(QStringLiteral("on")); }
    IndexedLookups(const IndexedLookups &) = delete;
    IndexedLookups &operator=(const IndexedLookups &) = delete;

private:
    // Not prepared: PostgreSQL refuses to PREPARE a SET.
    void set(const QString &value)
    {
        if (m_postgres)
            QSqlQuery(m_db).exec(QStringLiteral("SET LOCAL enable_seqscan = ") + value);
    }
    QSqlDatabase &m_db;
    bool m_postgres;
};

// Where the stored rows of a set of keys belong (their scope column and district), in one
// statement per kLookUpRows keys: on the server a look-up per row would cost a round trip each.
class StoredScopes {
public:
    static constexpr qsizetype kLookUpRows = 200;
    struct Scope {
        QVariant value;    // the stored row's scope column
        QString district;  // and its district
    };

    StoredScopes(QSqlDatabase &db, const ImportSpec &spec, const TableDecl &table, const QString &tableName)
        : m_db(db), m_spec(spec)
    {
        QStringList keys;
        for (const QString &key : spec.keyColumns)
            keys << QStringLiteral("t.") + key;
        m_select = QStringLiteral("SELECT %1, t.%2, %3 FROM %4 t WHERE ")
                       .arg(keys.join(QStringLiteral(", ")), table.scope.column,
                            districtSql(table, QStringLiteral("t")), tableName);
        m_keyList = keys.size() == 1 ? keys.first() : QLatin1Char('(') + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
        const QString placeholders = sqlPlaceholders(keys.size());
        m_tuple = keys.size() == 1 ? placeholders : QLatin1Char('(') + placeholders + QLatin1Char(')');
        for (int i = 0; i < keys.size(); ++i)
            m_keyPositions << i;
    }

    // The stored scope of each row's key that is stored (by keyOf); false when the database failed.
    bool lookUp(const QList<ImportRow> &rows, QHash<QString, Scope> *found, QString *error)
    {
        QSqlQuery &query = statementFor(rows.size());
        int position = 0;
        for (const ImportRow &row : rows) {
            for (int index : m_spec.keyIndexes)
                query.bindValue(position++, row.values.value(index));
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        const int keys = int(m_spec.keyIndexes.size());
        while (query.next()) {
            ImportRow stored;
            for (int i = 0; i < keys; ++i)
                stored.values << query.value(i);
            found->insert(keyOf(stored, m_keyPositions), Scope{query.value(keys), query.value(keys + 1).toString()});
        }
        query.finish();  // PostgreSQL: one open result per connection
        return true;
    }

private:
    // Prepared once for full sets of keys; the last, shorter set comes once per import.
    QSqlQuery &statementFor(qsizetype count)
    {
        if (count == kLookUpRows && m_full)
            return *m_full;
        std::optional<QSqlQuery> &query = count == kLookUpRows ? m_full : m_last;
        query.emplace(m_db);
        query->setForwardOnly(true);
        query->prepare(m_select + m_keyList + QStringLiteral(" IN (")
                       + QStringList(QList<QString>(count, m_tuple)).join(QStringLiteral(", ")) + QLatin1Char(')'));
        return *query;
    }

    QSqlDatabase &m_db;
    const ImportSpec &m_spec;
    QString m_select;
    QString m_keyList;  // "t.k" or "(t.k1, t.k2)"
    QString m_tuple;    // "?" or "(?, ?)"
    std::optional<QSqlQuery> m_full;
    std::optional<QSqlQuery> m_last;
    QList<int> m_keyPositions;  // 0, 1, …: where the key's values stand in a looked-up row
};

// One pass over the file: read, check and (while the file has no error) write each row.
class ImportPass {
public:
    ImportPass(const ImportSpec &spec, const std::optional<TableDecl> &table, CommandContext &ctx,
               ImportReport &report, const ImportProgress &progress)
        : m_spec(spec), m_table(table), m_ctx(ctx), m_db(ctx.db()), m_report(report), m_progress(progress),
          m_tableName(importTable(spec)), m_columns(importValueColumns(spec))
    {
        if (m_table && m_table->scope.kind != TableScope::Kind::Shared)
            m_scopeIndex = int(m_columns.indexOf(m_table->scope.column));
        if (m_scopeIndex >= 0 && (m_table->scope.kind == TableScope::Kind::Column || rowsOutsideScope()))
            m_storedScopes.emplace(m_db, m_spec, *m_table, m_tableName);
    }

    // Whether the table holds a row the user may not change: only then can a key of the file
    // name one, and each row's stored district is looked up (a person's or an institution's
    // always: their district may be what the file changes).
    bool rowsOutsideScope()
    {
        if (m_ctx.user().district == kAllDistricts)
            return false;
        return scalarSql(m_db,
                         QStringLiteral("SELECT 1 FROM %1 t WHERE COALESCE(%2, '') NOT LIKE ? LIMIT 1")
                             .arg(m_tableName, districtSql(*m_table, QStringLiteral("t"))),
                         {regionPrefix(m_ctx.user().district) + QLatin1Char('%')})
            .isValid();
    }

    // False when the pass cannot go on (storage failure, cancel); row problems are in the report.
    // Reads the file's records a window at a time (CsvWindows): `done` tells the bytes read so
    // far, for progress against `total`.
    // `lines`: the file's line count, what the indexes' choice (indexesAfterRows) goes by.
    bool run(CsvWindows &windows, const std::function<qint64()> &done, qint64 total, qint64 lines)
    {
        QString window;
        if (!windows.next(window))
            return windows.failed() ? fail(Tr::tr("the file could not be read")) : emptyFile();
        std::optional<CsvParser> parser(std::in_place, window, 1);
        CsvRecord header;
        if (!parser->next(header)) {
            if (!parser->hasError())
                return emptyFile();
            m_report.issues.error(parser->errorLine(), QString(), parser->error());
            return true;
        }
        CsvRowReader reader(m_spec.columns, header.fields, m_report.issues);
        if (!reader.headerOk())
            return true;  // column errors make every row meaningless
        QStringList absent;
        for (const QString &column : m_spec.keptWhenAbsent) {
            if (!reader.hasColumn(column))
                absent << column;
        }
        std::optional<BulkIndexes> indexes;
        if (m_spec.indexesAfterRows)
            indexes.emplace(m_db, m_tableName, lines);
        RowWriter writer(m_db, upsertKeeping(m_spec, absent));
        if (!writer.error().isEmpty())
            return fail(Tr::tr("the local database is unavailable: %1").arg(writer.error()));
        const RowCheck check = m_spec.prepareCheck ? m_spec.prepareCheck(m_db) : RowCheck();
        const IndexedLookups lookups(m_db);
        CsvRecord record;
        qint64 records = 0;
        // The bytes read, less what of them is not parsed yet (in proportion): how far we are.
        const auto progressed = [&] {
            const qint64 decoded = windows.decodedChars();
            const qint64 unparsed = window.size() - parser->position() + windows.pendingChars();
            return decoded > 0 ? qint64(double(done()) * double(decoded - unparsed) / double(decoded)) : 0;
        };
        for (;;) {
            while (parser->next(record)) {
                if (!takeRow(reader, record, check, writer))
                    return false;
                if (m_progress && ++records % kProgressEvery == 0 && !m_progress(progressed(), total)) {
                    m_report.cancelled = true;
                    return false;
                }
            }
            if (parser->hasError()) {
                m_report.issues.error(parser->errorLine(), QString(), parser->error());
                break;
            }
            if (!windows.next(window)) {
                if (windows.failed())
                    return fail(Tr::tr("the file could not be read"));
                break;
            }
            parser.emplace(window, parser->line());
        }
        if (!settleWaiting(writer))
            return false;
        if (!m_report.issues.hasErrors() && !writer.flush())
            return fail(Tr::tr("the database refused the rows: %1").arg(writer.error()));
        QString indexError;
        if (indexes && !indexes->finish(&indexError))
            return fail(Tr::tr("the database refused the rows: %1").arg(indexError));
        // The last call can cancel too: a cancel pressed while the last rows were read still
        // writes nothing.
        if (m_progress && !m_progress(total, total)) {
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
        if (m_spec.completeRow)
            m_spec.completeRow(*values, m_ctx.user());
        const ImportRow row{record.line, std::move(*values)};
        const KeyDigest key = digestOf(row, m_spec.keyIndexes);
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
        if (m_report.issues.errorCount() == errorsBefore)
            checkDistrict(row);  // a row whose reference is missing has no district to speak of
        if (m_report.issues.errorCount() > errorsBefore || m_report.issues.hasErrors())
            return true;  // once the file has an error nothing more is written: it will roll back
        if (!m_storedScopes)
            return writeRow(row, std::nullopt, writer);
        m_waiting.append(row);
        return m_waiting.size() < StoredScopes::kLookUpRows || settleWaiting(writer);
    }

    bool writeRow(const ImportRow &row, const std::optional<QJsonObject> &before, RowWriter &writer)
    {
        if (!writer.write(row))
            return fail(Tr::tr("the database refused the rows: %1").arg(writer.error()));
        ++m_written;
        // The sink takes rows a part at a time: a refusal is found at a later row than the refused one.
        recordRow(row, before);
        return !m_ctx.sinkFailed() || fail(Tr::tr("the change log refused the rows up to line %1").arg(row.line));
    }

    // The one district check (tables.h) of the row as the file has it: a file may not bring a
    // row into another district. (The row it would overwrite: checkStored.)
    // The answer for a scope value (an institution's code, a district) is the same on every
    // row that has it: asked once per value.
    void checkDistrict(const ImportRow &row)
    {
        if (m_scopeIndex < 0)
            return;
        const QString &column = m_table->scope.column;
        const QVariant value = row.values.value(m_scopeIndex);
        const QString text = value.toString();
        auto known = m_refusalOfScope.constFind(text);
        if (known == m_refusalOfScope.cend()) {
            const QJsonObject scope{{column, QJsonValue::fromVariant(value)}};
            known = m_refusalOfScope.insert(text, districtRefusal(m_ctx.user(), districtOf(m_db, *m_table, scope, &m_districts)));
        }
        if (*known)
            m_report.issues.error(row.line, column, **known);
    }

    // The rows waiting for the rows they would overwrite: those are looked up together, each
    // checked (a file may not take a row out of another district either), and the rows written.
    bool settleWaiting(RowWriter &writer)
    {
        if (m_waiting.isEmpty())
            return true;
        QHash<QString, StoredScopes::Scope> stored;
        QString error;
        if (!m_storedScopes->lookUp(m_waiting, &stored, &error))
            return fail(Tr::tr("the database is unavailable: %1").arg(error));
        for (const ImportRow &row : std::as_const(m_waiting)) {
            const auto found = stored.constFind(keyOf(row, m_spec.keyIndexes));
            const std::optional<QJsonObject> before =
                found == stored.constEnd() ? std::nullopt : checkStored(row, *found);
            if (!m_report.issues.hasErrors() && !writeRow(row, before, writer))
                return false;
        }
        m_waiting.clear();
        return true;
    }

    // The stored row's district must be the user's too. Its old scope is returned where the file
    // changes it: the change log then tells the old district (a person the file moves takes what
    // belongs to them along).
    std::optional<QJsonObject> checkStored(const ImportRow &row, const StoredScopes::Scope &stored)
    {
        if (const std::optional<QString> refusal = districtRefusal(m_ctx.user(), stored.district)) {
            m_report.issues.error(row.line, m_spec.keyColumns.join(QLatin1Char('+')),
                                  Tr::tr("the stored row of this key belongs elsewhere: %1").arg(*refusal));
            return std::nullopt;
        }
        const QString column = m_table->scope.column;
        if (stored.value.toString() == row.values.value(m_scopeIndex).toString())
            return std::nullopt;
        return QJsonObject{{column, QJsonValue::fromVariant(stored.value)}};
    }

    // The row as it syncs (its columns by name), where something reads it; else only counted.
    void recordRow(const ImportRow &row, const std::optional<QJsonObject> &before)
    {
        if (!m_ctx.wantsDerivedRows()) {
            m_ctx.countDerivedRow();
            return;
        }
        QStringList keyParts;
        for (int index : m_spec.keyIndexes)
            keyParts << row.values.value(index).toString();
        const qsizetype columns = qMin(m_columns.size(), row.values.size());
        m_ctx.recordDerivedRow(m_tableName, keyParts.join(QLatin1Char('/')), m_columns.mid(0, columns),
                               row.values.mid(0, columns), before);
    }

    bool fail(const QString &message)
    {
        m_report.failure = message;
        return false;
    }

    bool emptyFile()
    {
        m_report.issues.error(1, QString(), Tr::tr("the file is empty: a header row is required"));
        return true;
    }

    const ImportSpec &m_spec;
    const std::optional<TableDecl> &m_table;
    CommandContext &m_ctx;
    QSqlDatabase &m_db;
    ImportReport &m_report;
    const ImportProgress &m_progress;
    const QString m_tableName;
    const QStringList m_columns;
    int m_scopeIndex = -1;
    QHash<QString, QString> m_districts;  // parents' districts, looked up once each
    QHash<QString, std::optional<QString>> m_refusalOfScope;  // by the row's scope value
    // Where the table holds rows the user may not change: the look-up of the rows a file's keys
    // overwrite, and the checked rows waiting for it.
    std::optional<StoredScopes> m_storedScopes;
    QList<ImportRow> m_waiting;
    QHash<KeyDigest, int> m_firstLineOfKey;
    int m_written = 0;
};
} // namespace

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

QString importTable(const ImportSpec &spec)
{
    static const QRegularExpression insert(QStringLiteral("^\\s*INSERT INTO (\\w+)"));
    return insert.match(spec.upsertSql).captured(1);
}

QString upsertKeeping(const ImportSpec &spec, const QStringList &kept)
{
    QString sql = spec.upsertSql;
    const QString table = importTable(spec);
    for (const QString &column : kept) {
        const QString takesTheFile = QStringLiteral("%1 = excluded.%1").arg(column);
        Q_ASSERT(sql.contains(takesTheFile));
        sql.replace(takesTheFile, QStringLiteral("%1 = %2.%1").arg(column, table));
    }
    return sql;
}

QStringList importValueColumns(const ImportSpec &spec)
{
    static const QRegularExpression columns(QStringLiteral("^\\s*INSERT INTO \\w+ \\(([^)]*)\\)"));
    QStringList names = columns.match(spec.upsertSql).captured(1).split(QLatin1Char(','));
    for (QString &name : names)
        name = name.trimmed();
    return names;
}

bool runImport(CommandContext &ctx, const ImportSpec &spec, const std::optional<TableDecl> &table, ByteSource &file,
               ImportReport &report, const ImportProgress &progress, const QString &expectedSha256)
{
    if (!ctx.user().hasAnyRole(spec.roles)) {
        report.failure = Tr::tr("your roles do not allow importing %1").arg(spec.kind);
        report.forbidden = true;
        return false;
    }
    // Shared data (the calendar) changes only by a user whose scope covers it.
    if (table && table->scope.kind == TableScope::Kind::Shared && !sharedChangeAllowed(ctx.user(), QString())) {
        report.failure = Tr::tr("%1 is shared by every district: only a city-level user may import it").arg(spec.kind);
        report.forbidden = true;
        return false;
    }
    // First pass: the encoding (and the file's digest, where the command names one: a local
    // import hashed the file as it kept it); then the rows, a window at a time.
    EncodingDetector detector;
    Sha256Hasher hash;
    const bool checkDigest = !expectedSha256.isEmpty();
    qint64 lines = 0;
    QString error;
    const bool read = forEachPart(file, [&](const QByteArray &part) {
        detector.feed(part);
        lines += part.count('\n');
        if (checkDigest)
            hash.add(part);
        return true;
    }, &error);
    if (!read) {
        report.failure = error;
        return false;
    }
    if (checkDigest && hash.hex() != expectedSha256) {
        report.failure = Tr::tr("the file does not match its SHA-256");
        return false;
    }
    if (!file.rewind()) {
        report.failure = Tr::tr("the file could not be read");
        return false;
    }
    const TextEncoding encoding = detector.result();
    report.encoding = encodingName(encoding);
    qint64 bytesRead = 0;
    CsvWindows windows(encoding, [&file, &bytesRead, &error]() -> std::optional<QByteArray> {
        std::optional<QByteArray> part = file.read(&error);
        bytesRead += part ? part->size() : 0;
        return part;
    });
    ImportPass pass(spec, table, ctx, report, progress);
    const bool went = pass.run(windows, [&bytesRead] { return bytesRead; }, file.size(), lines);
    report.rows = pass.written();
    return went;
}

namespace {
constexpr int kErrorsInAnswer = 200;  // a command's refusal names this many rows at most

QString refusalText(const ImportReport &report, const QString &fileName)
{
    QStringList lines = report.issues.formatErrors(fileName);
    if (lines.size() > kErrorsInAnswer) {
        const qsizetype more = lines.size() - kErrorsInAnswer;
        lines = lines.mid(0, kErrorsInAnswer);
        lines << Tr::tr("… and %1 more").arg(more);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

CommandSpec importCommand(const ImportSpec &spec, const std::optional<TableDecl> &table)
{
    CommandSpec command;
    command.name = QStringLiteral("import.") + spec.kind;
    command.module = QStringLiteral("import");
    command.roles = spec.roles;
    command.summary = QStringLiteral("Import a %1 file (the file goes ahead as a blob; `ltcctl import` makes this)").arg(spec.kind);
    command.arguments = {QStringLiteral("kind, blob (SHA-256 of the file), file (its name), bytes")};
    command.apply = [spec, table](CommandContext &ctx, const QJsonObject &args) {
        JsonArgs read(args);
        const QString blob = read.text(QStringLiteral("blob"));
        const QString file = read.text(QStringLiteral("file"), false);
        if (!blob.isEmpty() && !isSha256Hex(blob))
            read.error(QStringLiteral("blob"), Tr::tr("must be the SHA-256 of the file, in lowercase hex"));
        if (!read.ok())
            return read.failure();
        QString why;
        const std::unique_ptr<ByteSource> bytes = ctx.blob(blob, &why);
        if (!bytes)
            return CommandOutcome::failure(QStringLiteral("invalid"), why);
        ImportReport report;
        const bool went = runImport(ctx, spec, table, *bytes, report, {}, blob);
        if (report.issues.hasErrors())
            return CommandOutcome::failure(QStringLiteral("invalid"), refusalText(report, file));
        if (!went || !report.failure.isEmpty())
            return CommandOutcome::failure(report.forbidden ? QStringLiteral("forbidden") : QStringLiteral("storage"),
                                           report.failure);
        return CommandOutcome::success();
    };
    return command;
}

Importer::Importer(const DomainRegistry &registry, CommandBus &commands, const LocalBlobs &blobs)
    : m_registry(registry), m_commands(commands), m_blobs(blobs)
{
}

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
    QString error;
    // Kept before the rows are written (copied a part at a time): the outbox row that names it
    // commits with them.
    const std::optional<QString> blob = m_blobs.putFile(filePath, &error);
    if (!blob) {
        report.failure = error;
        return report;
    }
    FileByteSource file(m_blobs.path(*blob));
    const QJsonObject args{{QStringLiteral("kind"), kind},
                           {QStringLiteral("blob"), *blob},
                           {QStringLiteral("file"), QFileInfo(filePath).fileName()},
                           {QStringLiteral("bytes"), file.size()}};
    const TableDecl *declared = m_registry.table(importTable(*importSpec));
    const std::optional<TableDecl> table = declared ? std::optional<TableDecl>(*declared) : std::nullopt;
    const CommandOutcome outcome =
        m_commands.executeWith(user, QStringLiteral("import.") + kind, args, [&](CommandContext &ctx, const QJsonObject &) {
            if (!runImport(ctx, *importSpec, table, file, report, progress) || !report.ok())
                return CommandOutcome::failure(report.forbidden ? QStringLiteral("forbidden") : QStringLiteral("invalid"),
                                               report.failure);
            if (!m_registry.runFollowUps(QStringLiteral("import.") + kind, ctx))
                return ctx.storageFailure();
            return CommandOutcome::success();
        });
    if (!outcome.ok() && report.ok())
        report.failure = outcome.error->message;  // the store refused it (roles, storage)
    if (!report.ok())
        report.rows = 0;
    return report;
}

} // namespace ltc
