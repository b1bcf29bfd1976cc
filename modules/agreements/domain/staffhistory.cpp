#include "agreements/domain/staffhistory.h"

#include "database/sql.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace ltc::agreements {
namespace {

// The staff rows that differ from their last version, with that version's number (0: none).
// COALESCE makes a missing value equal to an empty one, alike in SQLite and PostgreSQL.
QString changedStaffSql()
{
    QStringList differs{QStringLiteral("h.staff_no IS NULL")};
    for (const QString &column : staffHistoryColumns())
        differs << QStringLiteral("COALESCE(h.%1, '') <> COALESCE(s.%1, '')").arg(column);
    return QStringLiteral("SELECT s.staff_no, s.%1, COALESCE(h.version, 0) FROM staff s LEFT JOIN staff_history h ON "
                          "h.staff_no = s.staff_no AND h.version = (SELECT MAX(x.version) FROM staff_history x WHERE "
                          "x.staff_no = s.staff_no) WHERE %2 ORDER BY s.staff_no")
        .arg(staffHistoryColumns().join(QStringLiteral(", s.")), differs.join(QStringLiteral(" OR ")));
}

} // namespace

QStringList staffHistoryColumns()
{
    return {QStringLiteral("institution_code"), QStringLiteral("name"),          QStringLiteral("role"),
            QStringLiteral("certificate_no"),   QStringLiteral("employed_from"), QStringLiteral("employed_to"),
            QStringLiteral("suspended_from"),   QStringLiteral("suspended_to"),  QStringLiteral("barred_from"),
            QStringLiteral("barred_to")};
}

bool recordStaffHistory(CommandContext &ctx)
{
    const QStringList columns = staffHistoryColumns();
    QList<QVariantList> added;
    {
        QSqlQuery q = querySql(ctx.db(), changedStaffSql());
        if (!q.isActive())
            return false;
        while (q.next()) {
            QVariantList row{q.value(0), q.value(int(columns.size()) + 1).toInt() + 1, ctx.now().toString(Qt::ISODate)};
            for (qsizetype i = 0; i < columns.size(); ++i)
                row << q.value(int(i) + 1);
            added << row;
        }
    }
    const QString sql = QStringLiteral("INSERT INTO staff_history (staff_no, version, recorded_at, %1) VALUES (?, ?, ?%2)")
                            .arg(columns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(columns.size()));
    for (const QVariantList &row : std::as_const(added)) {
        if (!ctx.exec(sql, row))
            return false;
        QJsonObject json{{QStringLiteral("staff_no"), row.at(0).toString()},
                         {QStringLiteral("version"), row.at(1).toInt()},
                         {QStringLiteral("recorded_at"), row.at(2).toString()}};
        for (qsizetype i = 0; i < columns.size(); ++i)
            json.insert(columns.at(i), QJsonValue::fromVariant(row.at(i + 3)));
        ctx.recordDerivedRow(QStringLiteral("staff_history"),
                             row.at(0).toString() + QLatin1Char('/') + row.at(1).toString(), json);
    }
    return true;
}

FollowUp staffHistoryFollowUp()
{
    return FollowUp{{QStringLiteral("import.staff"), QStringLiteral("staff.suspend_settlement"), QStringLiteral("staff.bar")},
                    recordStaffHistory};
}

// The staff already stored become each one's first version, with no time (before the history).
Migration staffHistoryMigration(int version)
{
    Migration migration{QStringLiteral("agreements"), version, QStringLiteral("staff history"), {}, {}, {}};
    const QString columns = staffHistoryColumns().join(QStringLiteral(", "));
    migration.statements = QStringList{
        QStringLiteral("CREATE TABLE staff_history (staff_no TEXT NOT NULL, version INTEGER NOT NULL, recorded_at TEXT "
                       "NOT NULL, institution_code TEXT NOT NULL REFERENCES institutions (code), name TEXT NOT NULL, "
                       "role TEXT NOT NULL, certificate_no TEXT, employed_from TEXT NOT NULL, employed_to TEXT, "
                       "suspended_from TEXT, suspended_to TEXT, barred_from TEXT, barred_to TEXT, PRIMARY KEY "
                       "(staff_no, version))"),
        QStringLiteral("CREATE INDEX staff_history_by_institution ON staff_history (institution_code)"),
        QStringLiteral("INSERT INTO staff_history (staff_no, version, recorded_at, %1) SELECT staff_no, 1, '', %1 FROM "
                       "staff")
            .arg(columns),
    };
    return migration;
}

} // namespace ltc::agreements
