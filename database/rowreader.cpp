#include "rowreader.h"

#include "connectionturn.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

#include <atomic>

#include <sqlite3.h>

namespace ltc {

RowReader::RowReader(QSqlDatabase &db, const QString &sql, const QVariantList &params) : m_query(db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(sqlite, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite)) + QStringLiteral(" [") + sql + QLatin1Char(']');
            return;
        }
        for (int i = 0; i < params.size(); ++i) {
            const QVariant &value = params.at(i);
            if (value.isNull()) {
                sqlite3_bind_null(m_statement, i + 1);
            } else if (value.typeId() == QMetaType::QString) {
                const QByteArray bytes = value.toString().toUtf8();
                sqlite3_bind_text(m_statement, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            }
        }
        return;
    }
    if (openCursor(db, sql, params))
        return;
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        m_error = m_query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
        return;
    }
    for (const QVariant &param : params)
        m_query.addBindValue(param);
    if (!m_query.exec())
        m_error = m_query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
}

namespace {
// The statement with each `?` outside a quoted text replaced by its value as the driver writes a
// literal (DECLARE cannot be prepared, so a cursor's query carries its values).
QString withValues(const QSqlDriver &driver, const QString &sql, const QVariantList &params)
{
    QString out;
    out.reserve(sql.size() + 16 * params.size());
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted && next < params.size()) {
            const QVariant &value = params.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            out += driver.formatValue(field);
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

// Elsewhere than SQLite (PostgreSQL): the rows through a cursor, a block at a time, each block
// whole in memory. The connection is free between rows, so the caller may write meanwhile (the
// audit stores its results as it reads the month); the cursor reads the rows as they were when
// it was declared. Outside a transaction there is no cursor: the plain query then.
bool RowReader::openCursor(QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    static std::atomic<int> serial = 0;
    const QString name = QStringLiteral("ltc_reader_%1").arg(++serial);
    settleConnection(db);
    QSqlQuery declare(db);
    // Every row is read: planned for all of them, not for the first tenth (a cursor's default).
    declare.exec(QStringLiteral("SET LOCAL cursor_tuple_fraction = 1"));
    if (!declare.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(name, withValues(*db.driver(), sql, params)))) {
        if (declare.lastError().nativeErrorCode() == QStringLiteral("25P01"))
            return false;  // no transaction: nothing was changed by trying
        m_error = declare.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
        return true;
    }
    m_cursor = name;
    m_db = &db;
    countCursor(db, +1);  // a writer of the rows read may leave a part under way (connectionturn.h)
    return fetchBlock();
}

bool RowReader::fetchBlock()
{
    settleConnection(*m_db);
    m_query = QSqlQuery(*m_db);  // not forward-only: the whole block is read at once
    if (!m_query.exec(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(kCursorBlock).arg(m_cursor))) {
        m_error = m_query.lastError().text();
        return true;
    }
    m_blockEmpty = m_query.size() == 0;
    return true;
}

RowReader::~RowReader()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    if (!m_cursor.isEmpty()) {
        m_query = QSqlQuery();
        countCursor(*m_db, -1);
        settleConnection(*m_db);
        QSqlQuery(*m_db).exec(QStringLiteral("CLOSE ") + m_cursor);  // fails only where the transaction did
    }
}

bool RowReader::next()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_statement && m_cursor.isEmpty())
        return m_query.next();
    if (!m_statement) {
        while (!m_query.next()) {
            if (m_blockEmpty || !fetchBlock() || !m_error.isEmpty())
                return false;
        }
        return true;
    }
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

bool RowReader::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query.value(column).isNull();
}

qint64 RowReader::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : m_query.value(column).toLongLong();
}

QByteArray RowReader::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray::fromRawData(bytes, sqlite3_column_bytes(m_statement, column));
}

QString RowReader::text(int column) const
{
    if (!m_statement)
        return m_query.value(column).toString();
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    return QString::fromUtf8(utf8(column));
}

QDate RowReader::date(int column) const
{
    if (!m_statement || isNull(column))
        return QDate::fromString(text(column), Qt::ISODate);
    // The digits read in place: QDate::fromString would first make a QString of each (a
    // month's claimants hold a million dates).
    const QByteArray iso = utf8(column);
    const auto digits = [&iso](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (iso.at(i) < '0' || iso.at(i) > '9')
                return -1;
            value = value * 10 + (iso.at(i) - '0');
        }
        return value;
    };
    if (iso.size() != 10 || iso.at(4) != '-' || iso.at(7) != '-')
        return QDate::fromString(QString::fromUtf8(iso), Qt::ISODate);
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

RowReader::Interned &RowReader::internedOf(int column)
{
    if (size_t(column) >= m_interned.size())
        m_interned.resize(size_t(column) + 1);
    return m_interned[size_t(column)];
}

QString RowReader::runText(int column)
{
    if (!m_statement || isNull(column))
        return text(column);
    Interned &interned = internedOf(column);
    const QByteArray key = utf8(column);
    if (interned.last.isNull() || key != interned.lastKey) {
        interned.lastKey = QByteArray(key.constData(), key.size());
        interned.last = QString::fromUtf8(key);
    }
    return interned.last;
}

QString RowReader::sharedText(int column)
{
    if (!m_statement || isNull(column))
        return text(column);
    Interned &interned = internedOf(column);
    const QByteArray key = utf8(column);  // not copied: compared, and copied only when kept
    if (!interned.last.isNull() && key == interned.lastKey)
        return interned.last;
    auto found = interned.values.constFind(key);
    if (found == interned.values.cend())
        found = interned.values.insert(QByteArray(key.constData(), key.size()), QString::fromUtf8(key));
    interned.lastKey = found.key();
    interned.last = found.value();
    return interned.last;
}

SmallPageCache::SmallPageCache(QSqlDatabase &db, int kib) : m_db(db)
{
    if (db.driverName() != QStringLiteral("QSQLITE"))
        return;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_size = query.value(0);
    query.finish();
    if (m_size.isValid())
        query.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kib));
}

SmallPageCache::~SmallPageCache()
{
    if (m_size.isValid())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=") + QString::number(m_size.toLongLong()));
}

} // namespace ltc
