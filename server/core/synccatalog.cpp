#include "synccatalog.h"

#include "core/region.h"
#include "serverschema.h"
#include "sql.h"

namespace ltc::server {

bool SyncCatalog::load(QSqlDatabase &db, const DomainRegistry &registry, QString *error)
{
    m_tables.clear();
    QHash<QString, SyncTable> found;
    QString why;
    QSqlQuery columns = querySql(db,
                                 QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                                "table_schema = current_schema() ORDER BY table_name, ordinal_position"),
                                 {}, &why);
    while (columns.next())
        found[columns.value(0).toString()].columns << columns.value(1).toString();
    QSqlQuery keys = querySql(db,
                              QStringLiteral("SELECT k.table_name, k.column_name FROM information_schema.table_constraints "
                                             "c JOIN information_schema.key_column_usage k ON k.constraint_name = "
                                             "c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = "
                                             "c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = "
                                             "current_schema() ORDER BY k.table_name, k.ordinal_position"),
                              {}, &why);
    while (keys.next())
        found[keys.value(0).toString()].keyColumns << keys.value(1).toString();
    for (const TableDecl &decl : registry.tables()) {
        if (!decl.synced())
            continue;
        SyncTable table = found.value(decl.name);
        if (table.keyColumns.isEmpty() && why.isEmpty())
            why = QStringLiteral("table %1 is declared synced but has no primary key in the database").arg(decl.name);
        table.name = decl.name;
        table.decl = decl;
        table.rowVersions = table.columns.removeAll(rowVersionColumn()) > 0;
        if (decl.rowsCarryVersion && !table.rowVersions && why.isEmpty())
            why = QStringLiteral("table %1 has no %2 column: run ltcserver migrate").arg(decl.name, rowVersionColumn());
        m_tables.insert(decl.name, table);
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

QList<const SyncTable *> SyncCatalog::childrenOf(const QString &parentTable) const
{
    QList<const SyncTable *> children;
    for (const QString &name : tableNames()) {
        const SyncTable *candidate = table(name);
        if (candidate->decl.scope.kind == TableScope::Kind::Parent && candidate->decl.scope.parentTable == parentTable)
            children << candidate;
    }
    return children;
}

QString SyncCatalog::districtOf(QSqlDatabase &db, const QString &table, const QJsonObject &row,
                                QHash<QString, QString> *cache) const
{
    const SyncTable *known = SyncCatalog::table(table);
    return known ? ltc::districtOf(db, known->decl, row, cache) : QString();
}

QString SyncCatalog::districtSql(const SyncTable &table)
{
    return ltc::districtSql(table.decl, QStringLiteral("t"));
}

bool SyncCatalog::visible(const UserIdentity &user, const QString &district)
{
    return district.isEmpty() || user.canAccessDistrict(district);
}

bool SyncCatalog::fileVisible(QSqlDatabase &db, const UserIdentity &user, const QString &sha256) const
{
    for (const SyncTable &table : m_tables) {
        for (const QString &column : table.decl.fileColumns) {
            // One file may be named by rows of several districts (the same scan handed in twice).
            QSqlQuery rows = querySql(db, QStringLiteral("SELECT %1 FROM %2 t WHERE t.%3 = ?")
                                              .arg(districtSql(table), table.name, column),
                                      {sha256});
            while (rows.next()) {
                if (visible(user, rows.value(0).toString()))
                    return true;
            }
        }
    }
    return false;
}

QString SyncCatalog::districtPattern(const UserIdentity &user)
{
    return regionPrefix(user.district) + QLatin1Char('%');
}

} // namespace ltc::server
