#include "rowwriter.h"

#include "core/tr.h"
#include "rowreader.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QStringList>
#include <QThread>

#include <sqlite3.h>

namespace ltc {

namespace {
QHash<QString, BulkRowsFactory> &bulkRowsFactories()
{
    static QHash<QString, BulkRowsFactory> factories;
    return factories;
}
} // namespace

void installBulkRows(const QString &driverName, BulkRowsFactory factory)
{
    bulkRowsFactories().insert(driverName, factory);
}

RowWriter::RowWriter(QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    } else if (const BulkRowsFactory factory = bulkRowsFactories().value(db.driverName())) {
        m_bulk = factory(db, sql, &m_error);
    } else {
        m_error = QStringLiteral("no way to write rows in bulk to a %1 database").arg(db.driverName());
    }
}

RowWriter::~RowWriter()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool RowWriter::write(const ImportRow &row)
{
    if (m_statement)
        return writeNative(row);
    return m_bulk && m_bulk->write(row, &m_error);
}

bool RowWriter::flush()
{
    if (!m_bulk)
        return m_error.isEmpty();  // SQLite wrote each row at once
    return m_bulk->flush(&m_error);
}

bool RowWriter::writeNative(const ImportRow &row)
{
    for (int i = 0; i < row.values.size(); ++i)
        bindNative(i + 1, row.values.at(i));
    const int status = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (status != SQLITE_DONE) {
        m_error = Tr::tr("line %1: %2").arg(row.line).arg(QString::fromUtf8(sqlite3_errmsg(m_sqlite)));
        return false;
    }
    return true;
}

void RowWriter::bindNative(int index, const QVariant &value)
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

BulkIndexes::BulkIndexes(QSqlDatabase &db, const QString &table, qint64 rowsToWrite) : m_db(db)
{
    if (db.driverName() != QStringLiteral("QSQLITE"))
        return;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Counted only up to the rows to write (a table without rowid has no largest rowid to ask).
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 LIMIT ?)").arg(table));
    query.addBindValue(rowsToWrite);
    if (!query.exec() || !query.next() || query.value(0).toLongLong() >= rowsToWrite)
        return;
    // A unique index stays: it decides conflicts. (A partial one is built again too, though it
    // could take its few rows one by one for less: kept, it would stand before the rebuilt ones
    // in the schema, and SQLite's planner, choosing between indexes of equal cost in that order,
    // then walks the month's whole index for a reason no line has.)
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS "
                                 "NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name"));
    query.addBindValue(table);
    QList<std::pair<QString, QString>> indexes;
    if (query.exec()) {
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
    }
    query.finish();
    // An index that cannot be dropped (a statement still reads it) is simply filled row by row.
    for (const auto &[name, definition] : std::as_const(indexes)) {
        if (!query.exec(QStringLiteral("DROP INDEX ") + name))
            break;
        m_definitions << definition;
    }
}

bool BulkIndexes::finish(QString *error)
{
    if (m_definitions.isEmpty())
        return true;
    // CREATE INDEX sorts in pieces the size of the page cache and, with PRAGMA threads, sorts
    // each piece on a helper thread while the table is read on: pieces of 8 MiB keep two cores
    // busy and build the indexes of a million results in two thirds of the time. (SQLite uses no
    // helper when its temporary files are kept in memory: the store keeps temp_store=FILE.)
    const SmallPageCache pieces(m_db, 8 * 1024);
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA threads=%1").arg(qBound(1, QThread::idealThreadCount() - 1, 4)));
    const auto noHelpers = qScopeGuard([&query] { query.exec(QStringLiteral("PRAGMA threads=0")); });
    for (const QString &definition : std::as_const(m_definitions)) {
        if (!query.exec(definition)) {
            *error = query.lastError().text();
            return false;
        }
    }
    m_definitions.clear();
    return true;
}

} // namespace ltc
