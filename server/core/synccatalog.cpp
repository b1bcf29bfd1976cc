#include "synccatalog.h"

#include "core/region.h"
#include "sql.h"

namespace ltc::server {
namespace {

// Tables whose district is not found by the default rule of scopeFor(): settlement rows belong
// to the office of the institution that declared them, whoever the person is.
Scope scopeFor(const QString &table, const QStringList &columns)
{
    static const QStringList institutionScoped{QStringLiteral("claim_lines"), QStringLiteral("settlement_results"),
                                               QStringLiteral("settlement_batches"), QStringLiteral("line_reviews")};
    if (institutionScoped.contains(table))
        return Scope::Institution;
    if (columns.contains(QStringLiteral("district")))
        return Scope::District;
    if (columns.contains(QStringLiteral("person_no")))
        return Scope::Person;
    if (columns.contains(QStringLiteral("institution_code")))
        return Scope::Institution;
    return Scope::Shared;
}

QString lookupDistrict(QSqlDatabase &db, const QString &sql, const QJsonValue &key, QHash<QString, QString> *cache)
{
    if (key.isNull() || key.isUndefined())
        return {};
    const QString cacheKey = sql + QLatin1Char('\x1f') + key.toVariant().toString();
    if (cache && cache->contains(cacheKey))
        return cache->value(cacheKey);
    const QString district = scalarSql(db, sql, {key.toVariant()}).toString();
    if (cache)
        cache->insert(cacheKey, district);
    return district;
}
} // namespace

bool isPrivateTable(const QString &name)
{
    static const QStringList names{QStringLiteral("users"),           QStringLiteral("tokens"),
                                   QStringLiteral("command_results"), QStringLiteral("change_log"),
                                   QStringLiteral("server_meta"),     QStringLiteral("schema_migrations"),
                                   QStringLiteral("local_meta"),      QStringLiteral("outbox"),
                                   QStringLiteral("audit_log")};
    return names.contains(name);
}

bool SyncCatalog::load(QSqlDatabase &db, QString *error)
{
    m_tables.clear();
    QString why;
    QSqlQuery columns = querySql(db,
                                 QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                                "table_schema = current_schema() ORDER BY table_name, ordinal_position"),
                                 {}, &why);
    while (columns.next())
        m_tables[columns.value(0).toString()].columns << columns.value(1).toString();
    QSqlQuery keys = querySql(db,
                              QStringLiteral("SELECT k.table_name, k.column_name FROM information_schema.table_constraints "
                                             "c JOIN information_schema.key_column_usage k ON k.constraint_name = "
                                             "c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = "
                                             "c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = "
                                             "current_schema() ORDER BY k.table_name, k.ordinal_position"),
                              {}, &why);
    while (keys.next())
        m_tables[keys.value(0).toString()].keyColumns << keys.value(1).toString();
    for (auto it = m_tables.begin(); it != m_tables.end();) {
        if (isPrivateTable(it.key()) || it->keyColumns.isEmpty()) {
            it = m_tables.erase(it);
            continue;
        }
        it->name = it.key();
        it->scope = scopeFor(it->name, it->columns);
        ++it;
    }
    if (error)
        *error = why;
    return why.isEmpty();
}

const SyncTable *SyncCatalog::table(const QString &name) const
{
    const auto it = m_tables.constFind(name);
    return it == m_tables.constEnd() ? nullptr : &*it;
}

QStringList SyncCatalog::tableNames() const
{
    QStringList names = m_tables.keys();
    names.sort();
    return names;
}

QString SyncCatalog::districtOf(QSqlDatabase &db, const QString &table, const QJsonObject &row,
                                QHash<QString, QString> *cache) const
{
    const SyncTable *known = SyncCatalog::table(table);
    const Scope scope = known ? known->scope : scopeFor(table, row.keys());
    switch (scope) {
    case Scope::Shared: return {};
    case Scope::District: return row.value(QStringLiteral("district")).toString();
    case Scope::Person:
        return lookupDistrict(db, QStringLiteral("SELECT district FROM persons WHERE person_no = ?"),
                              row.value(QStringLiteral("person_no")), cache);
    case Scope::Institution:
        return lookupDistrict(db, QStringLiteral("SELECT district FROM institutions WHERE code = ?"),
                              row.value(QStringLiteral("institution_code")), cache);
    }
    Q_UNREACHABLE();
}

QString SyncCatalog::districtSql(const SyncTable &table)
{
    switch (table.scope) {
    case Scope::Shared: return QStringLiteral("CAST(NULL AS TEXT)");
    case Scope::District: return QStringLiteral("t.district");
    case Scope::Person: return QStringLiteral("(SELECT p.district FROM persons p WHERE p.person_no = t.person_no)");
    case Scope::Institution:
        return QStringLiteral("(SELECT i.district FROM institutions i WHERE i.code = t.institution_code)");
    }
    Q_UNREACHABLE();
}

bool SyncCatalog::visible(const UserIdentity &user, const QString &district)
{
    return district.isEmpty() || user.canAccessDistrict(district);
}

QString SyncCatalog::districtPattern(const UserIdentity &user)
{
    return regionPrefix(user.district) + QLatin1Char('%');
}

} // namespace ltc::server
