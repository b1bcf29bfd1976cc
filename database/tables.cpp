#include "tables.h"

#include "core/region.h"
#include "core/tr.h"
#include "sql.h"

#include <QCoreApplication>

namespace ltc {

QString districtOf(QSqlDatabase &db, const TableDecl &table, const QJsonObject &row, QHash<QString, QString> *cache)
{
    if (table.scope.kind == TableScope::Kind::Shared)
        return {};
    return districtOfScope(db, table, row.value(table.scope.column).toVariant(), cache);
}

QString districtOfScope(QSqlDatabase &db, const TableDecl &table, const QVariant &scopeValue,
                        QHash<QString, QString> *cache)
{
    const TableScope &scope = table.scope;
    switch (scope.kind) {
    case TableScope::Kind::Shared: return {};
    case TableScope::Kind::Column: return scopeValue.toString();
    case TableScope::Kind::Parent: break;
    }
    if (scopeValue.isNull())
        return {};
    const QString referenceText = scopeValue.toString();
    const QString cacheKey = scope.parentTable + QLatin1Char('\x1f') + referenceText;
    if (cache) {
        const auto known = cache->constFind(cacheKey);
        if (known != cache->constEnd())
            return *known;
    }
    // A parent's district is its own column: parents are persons and institutions.
    const QString district =
        scalarSql(db, QStringLiteral("SELECT district FROM %1 WHERE %2 = ?").arg(scope.parentTable, scope.parentKey),
                  {referenceText})
            .toString();
    if (cache)
        cache->insert(cacheKey, district);
    return district;
}

QString districtSql(const TableDecl &table, const QString &alias)
{
    const TableScope &scope = table.scope;
    switch (scope.kind) {
    case TableScope::Kind::Shared: return QStringLiteral("CAST(NULL AS TEXT)");
    case TableScope::Kind::Column: return alias + QLatin1Char('.') + scope.column;
    case TableScope::Kind::Parent:
        return QStringLiteral("(SELECT p.district FROM %1 p WHERE p.%2 = %3.%4)")
            .arg(scope.parentTable, scope.parentKey, alias, scope.column);
    }
    Q_UNREACHABLE();
}

bool districtAllowed(const UserIdentity &user, const QString &district)
{
    if (district.isEmpty())
        return user.district == kAllDistricts;  // a row without a district: batch work only
    return user.canAccessDistrict(district);
}

bool sharedChangeAllowed(const UserIdentity &user, const QString &region)
{
    if (user.district == kAllDistricts)
        return true;
    if (region.isEmpty())
        return isCityLevel(user.district);  // national data: the widest accounts there are
    return regionCovers(user.district, region);
}

std::optional<QString> districtRefusal(const UserIdentity &user, const QString &district)
{
    if (districtAllowed(user, district))
        return std::nullopt;
    if (district.isEmpty())
        return Tr::tr("the record has no district; only batch work may change it");
    return Tr::tr("district %1 is outside your district %2").arg(district, user.district);
}

} // namespace ltc
