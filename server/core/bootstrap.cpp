#include "bootstrap.h"

#include "changelog.h"
#include "pgsql.h"
#include "sql.h"

#include <QJsonDocument>

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
    QStringList marks;
    for (qsizetype i = 0; i < table.keyColumns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("SELECT t.*, %1 AS %2 FROM %3 t WHERE %4 (%1 IS NULL OR %1 = '' OR %1 LIKE ?) ORDER BY %5 "
                          "LIMIT ?")
        .arg(district, kScopeColumn, table.name,
             resume ? QStringLiteral("(%1) > (%2) AND ").arg(keys, marks.join(QStringLiteral(", "))) : QString(),
             keys);
}

QString keyOf(const QJsonObject &row, const SyncTable &table)
{
    QJsonArray key;
    for (const QString &column : table.keyColumns)
        key.append(row.value(column));
    return compactJson(key);
}
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
    page.version = ChangeLog::currentVersion(db);  // read first: the rows are at least this new
    QSqlQuery query = querySql(db, pageSql(*table, !resume->isEmpty()),
                               *resume + QVariantList{SyncCatalog::districtPattern(user), limit + 1}, &page.error);
    if (!snapshot.ok() || !page.error.isEmpty()) {
        page.status = BootstrapPage::Status::Failed;
        return page;
    }
    int seen = 0;
    while (query.next()) {
        if (++seen > limit) {
            page.hasMore = true;
            break;
        }
        QJsonObject row = rowToJson(query);
        const QString district = row.take(kScopeColumn).toString();
        page.next = keyOf(row, *table);
        if (SyncCatalog::visible(user, district))
            page.rows.append(row);
    }
    return page;
}

} // namespace ltc::server
