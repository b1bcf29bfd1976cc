#pragma once
// Helpers shared by the database and ltcctl suites: a fresh store in a temporary folder, test
// users, valid citizen IDs, and a dump of every table to prove that "nothing was written".
#include <catch2/catch.hpp>

#include "core/citizenid.h"
#include "core/roles.h"
#include "localstore.h"
#include "sql.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ltctest {

// Catch2 prints std::string; QString would print as {?}.
inline std::string str(const QString &text) { return text.toStdString(); }
inline std::string str(const QStringList &lines) { return lines.join(QLatin1Char('\n')).toStdString(); }

// A citizen ID for the district, birth date and sequence (odd: male, even: female), with the
// right check character.
inline QString citizenId(const QString &district, QDate birth, int sequence)
{
    const QString first17 = district + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ltc::citizenIdCheckChar(first17);
}

// The same ID with a wrong check character.
inline QString withWrongCheckChar(const QString &id)
{
    const QChar right = id.at(17);
    return id.left(17) + (right == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
}

inline ltc::UserIdentity user(const QString &name, const QStringList &roles, const QString &district)
{
    return ltc::UserIdentity{name, name, name, roles, district};
}
inline ltc::UserIdentity admin(const QString &district = QStringLiteral("330300"))
{
    return user(QStringLiteral("admin"), {QStringLiteral("admin")}, district);
}
inline ltc::UserIdentity handler(const QString &district = QStringLiteral("330302"))
{
    return user(QStringLiteral("handler"), {QStringLiteral("handler")}, district);
}

// A store on a fresh file in its own temporary folder.
struct TempStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ltc.sqlite"));
    std::unique_ptr<ltc::LocalStore> store;

    TempStore() { reopen(); }
    void reopen()
    {
        store.reset();  // closes the old connections first
        store = std::make_unique<ltc::LocalStore>(path);
        QString error;
        if (!store->open(&error))
            FAIL("cannot open the store: " << error.toStdString());
    }
    ltc::LocalStore *operator->() { return store.get(); }
    QSqlDatabase db() { return store->database().connection(); }
    QVariant scalar(const QString &sql, const QVariantList &params = {})
    {
        QSqlDatabase connection = db();
        return ltc::scalarSql(connection, sql, params);
    }
    int count(const QString &table) { return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt(); }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString filePath = dir.filePath(name);
        QFile out(filePath);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            FAIL("cannot write " << filePath.toStdString());
        return filePath;
    }
};

// Every row of one table, in key order, as text: for before/after comparisons.
inline QStringList tableRows(QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery query = ltc::querySql(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << (query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// Every table of the database with every row: equal dumps mean nothing at all was written.
inline QStringList dumpAll(QSqlDatabase db)
{
    QStringList tables;
    QSqlQuery query = ltc::querySql(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (query.next())
        tables << query.value(0).toString();
    QStringList dump;
    for (const QString &table : tables) {
        dump << QStringLiteral("== ") + table;
        dump << tableRows(db, table);
    }
    return dump;
}

} // namespace ltctest
