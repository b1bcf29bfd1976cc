#include "bootstrap.h"

#include "changelog.h"
#include "pgsql.h"
#include "serverschema.h"
#include "sql.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <algorithm>

namespace ltc::server {
namespace {

const QString kScopeColumn = QStringLiteral("ltc_scope_district");

// `after` is the `next` of the page before: a JSON array of the key's values. A one-column key
// may also be given bare (after=P0001).
std::optional<QVariantList> parseAfter(const QString &after, const SyncTable &table)
{
    if (after.isEmpty())
        return QVariantList();
    const QJsonDocument document = QJsonDocument::fromJson(after.toUtf8());
    if (!document.isArray())
        return table.keyColumns.size() == 1 ? std::optional<QVariantList>(QVariantList{after}) : std::nullopt;
    const QJsonArray values = document.array();
    if (values.size() != table.keyColumns.size())
        return std::nullopt;
    QVariantList params;
    for (const QJsonValue &value : values) {
        if (!value.isString() && !value.isDouble())
            return std::nullopt;
        params << value.toVariant();
    }
    return params;
}

QString pageSql(const SyncTable &table, bool resume)
{
    const QString district = SyncCatalog::districtSql(table);
    const QString keys = table.keyColumns.join(QStringLiteral(", "));
    return QStringLiteral("SELECT t.*, %1 AS %2 FROM %3 t WHERE %4 (%1 IS NULL OR %1 = '' OR %1 LIKE ?) ORDER BY %5 "
                          "LIMIT ?")
        .arg(district, kScopeColumn, table.name,
             resume ? QStringLiteral("(%1) > (%2) AND ").arg(keys, sqlPlaceholders(table.keyColumns.size())) : QString(),
             keys);
}

QString keyOf(const QJsonObject &row, const SyncTable &table)
{
    QJsonArray key;
    for (const QString &column : table.keyColumns)
        key.append(row.value(column));
    return compactJson(key);
}

// The columns of a page's rows, read once per page (QSqlQuery::record() for each row cost more
// than the row itself): the table's columns in name order — the order a QJsonObject keeps its
// keys in, so that each insert appends — and where the scope column is.
struct RowShape {
    QList<int> fields;
    QStringList names;
    int scope = -1;

    explicit RowShape(const QSqlRecord &record)
    {
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) == kScopeColumn)
                scope = i;
            else if (record.fieldName(i) != rowVersionColumn())  // the server's own
                fields << i;
        }
        std::sort(fields.begin(), fields.end(),
                  [&record](int a, int b) { return record.fieldName(a) < record.fieldName(b); });
        for (int i : fields)
            names << record.fieldName(i);
    }

    QJsonObject row(const QSqlQuery &query) const
    {
        QJsonObject row;
        for (qsizetype k = 0; k < fields.size(); ++k) {
            const QVariant value = query.value(fields.at(k));
            row.insert(names.at(k), value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        return row;
    }
};
} // namespace

BootstrapPage bootstrapPage(QSqlDatabase &db, const SyncCatalog &catalog, const UserIdentity &user,
                            const QString &tableName, const QString &after, int limit)
{
    BootstrapPage page;
    const SyncTable *table = catalog.table(tableName);
    if (!table) {
        page.status = BootstrapPage::Status::UnknownTable;
        return page;
    }
    const std::optional<QVariantList> resume = parseAfter(after, *table);
    if (!resume) {
        page.status = BootstrapPage::Status::BadAfter;
        return page;
    }
    const ReadSnapshot snapshot(db);
    page.version = ChangeLog(catalog).currentVersion(db);  // read first: the rows are at least this new
    QSqlQuery query = querySql(db, pageSql(*table, !resume->isEmpty()),
                               *resume + QVariantList{SyncCatalog::districtPattern(user), limit + 1}, &page.error);
    if (!snapshot.ok() || !page.error.isEmpty()) {
        page.status = BootstrapPage::Status::Failed;
        return page;
    }
    const RowShape shape(query.record());
    int seen = 0;
    QJsonObject last;
    while (query.next()) {
        if (++seen > limit) {
            page.hasMore = true;
            break;
        }
        last = shape.row(query);
        if (SyncCatalog::visible(user, query.value(shape.scope).toString()))
            page.rows.append(last);
    }
    if (seen > 0)
        page.next = keyOf(last, *table);
    return page;
}

} // namespace ltc::server
