#include "inspections/domain/inspections.h"

#include "core/roles.h"
#include "core/tr.h"
#include "database/sql.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace ltc::inspection {
namespace {

const QString kInsert = QStringLiteral(
    "INSERT INTO inspections (id, institution_code, inspected_on, finding, note, inspector) VALUES (?, ?, ?, ?, ?, ?)");

CommandOutcome failure(const QString &code, const QString &message) { return CommandOutcome::failure(code, message); }

CommandOutcome record(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString id = read.text(QStringLiteral("id"));
    const QString institution = read.text(QStringLiteral("institution_code"));
    const QDate inspectedOn = read.date(QStringLiteral("inspected_on"));
    const QString finding = read.text(QStringLiteral("finding"));
    const QString note = read.text(QStringLiteral("note"), false);
    // The client chooses the key, so that a retry made offline is the same inspection.
    if (!id.isEmpty() && QUuid::fromString(id).isNull())
        read.error(QStringLiteral("id"), Tr::tr("'%1' is not a UUID").arg(id));
    if (!finding.isEmpty() && !findings().contains(finding))
        read.error(QStringLiteral("finding"), Tr::tr("'%1' is not one of %2").arg(finding, findings().join(QStringLiteral(", "))));
    if (!read.ok())
        return read.failure();
    const std::optional<QJsonObject> inspected = ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), institution);
    if (!inspected)
        return failure(QStringLiteral("not_found"), Tr::tr("institution %1 does not exist").arg(institution));
    // The inspection belongs to the institution's district (table()): only an inspector of it.
    if (const std::optional<CommandOutcome> refusal = ctx.checkDistrict(inspected->value(QStringLiteral("district")).toString()))
        return *refusal;
    if (ctx.fetch(kTable, QStringLiteral("id"), id))
        return failure(QStringLiteral("conflict"), Tr::tr("inspection %1 is already recorded").arg(id));
    // The inspector is whoever applies it: on the server, the user the command was pushed as.
    if (!ctx.exec(kInsert, {id, institution, sqlDate(inspectedOn), finding, sqlText(note), ctx.user().username}))
        return ctx.storageFailure();
    ctx.recordChange(kTable, id, std::nullopt, ctx.fetch(kTable, QStringLiteral("id"), id));
    return CommandOutcome::success();
}

QStringList checkFilters(const WorklistFilters &filters)
{
    const QString finding = filters.value(QStringLiteral("finding"));
    if (!finding.isEmpty() && !findings().contains(finding))
        return {QStringLiteral("--finding: '%1' is not one of %2").arg(finding, findings().join(QStringLiteral(", ")))};
    return {};
}

bool listRows(QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &sink, QString *error)
{
    const Selection chosen = selection(filters.value(QStringLiteral("finding")), filters.value(QStringLiteral("institution")));
    QSqlQuery query(db);
    query.setForwardOnly(true);  // streamed: nothing is held but the current row
    const QString sql = QStringLiteral("SELECT n.id, n.institution_code, i.name, n.inspected_on, n.finding, n.note, "
                                       "n.inspector FROM %1%2 ORDER BY %3")
                            .arg(kListFrom, chosen.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + chosen.where,
                                 kListOrder);
    bool ran = query.prepare(sql);
    for (const QVariant &value : chosen.bindings)
        query.addBindValue(value);
    ran = ran && query.exec();
    if (!ran) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList values;
        for (int column = 0; column < columns; ++column)
            values << query.value(column);
        if (!sink(values))
            return true;
    }
    return true;
}

} // namespace

QStringList findings() { return {QStringLiteral("PASS"), QStringLiteral("DEFECTS"), QStringLiteral("VIOLATION")}; }

QStringList roles() { return {roleId(Role::Inspector), roleId(Role::Admin)}; }

Selection selection(const QString &finding, const QString &institution)
{
    QStringList conditions;
    Selection chosen;
    if (!finding.isEmpty()) {
        conditions << QStringLiteral("n.finding = ?");
        chosen.bindings << finding;
    }
    if (!institution.isEmpty()) {
        conditions << QStringLiteral("n.institution_code = ?");
        chosen.bindings << institution;
    }
    chosen.where = conditions.join(QStringLiteral(" AND "));
    return chosen;
}

QList<Migration> migrations()
{
    // Portable SQL only: text columns and a text key, the same on SQLite and PostgreSQL.
    Migration v1;
    v1.module = QStringLiteral("inspections");
    v1.version = 1;
    v1.description = QStringLiteral("inspections of care institutions");
    v1.statements = QStringList{
        QStringLiteral("CREATE TABLE inspections (id TEXT PRIMARY KEY, institution_code TEXT NOT NULL, inspected_on TEXT "
                       "NOT NULL, finding TEXT NOT NULL, note TEXT, inspector TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX inspections_by_day ON inspections (inspected_on, id)"),
    };
    return {v1};
}

TableDecl table() { return TableDecl::synced(kTable, belongsToInstitution()); }

CommandSpec recordCommand()
{
    return {QStringLiteral("inspection.record"), QStringLiteral("inspections"), roles(),
            QStringLiteral("Record an on-site inspection of an institution"),
            {QStringLiteral("id (UUID), institution_code, inspected_on, finding (PASS/DEFECTS/VIOLATION), [note]")},
            record};
}

ImportSpec importSpec()
{
    ImportSpec spec;
    spec.kind = QStringLiteral("inspections");
    spec.roles = roles();
    spec.columns = {{QStringLiteral("id"), QStringLiteral("institution_code"), QStringLiteral("inspected_on"),
                     QStringLiteral("finding")},
                    {QStringLiteral("note")}};
    spec.readRow = [](CsvRowReader &row) -> std::optional<QVariantList> {
        const QString id = row.requiredText(QStringLiteral("id"));
        const QString institution = row.requiredText(QStringLiteral("institution_code"));
        const QDate inspectedOn = row.date(QStringLiteral("inspected_on"), Presence::Required);
        const QString finding = row.choice(QStringLiteral("finding"), findings(), Presence::Required);
        const QString note = row.text(QStringLiteral("note"));
        if (!row.rowOk())
            return std::nullopt;
        return QVariantList{id, institution, sqlDate(inspectedOn), finding, sqlText(note), QVariant()};
    };
    spec.keyIndexes = {0};
    spec.keyColumns = {QStringLiteral("id")};
    spec.upsertSql = kInsert
                     + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET institution_code = excluded.institution_code, "
                                      "inspected_on = excluded.inspected_on, finding = excluded.finding, note = "
                                      "excluded.note, inspector = excluded.inspector");
    spec.prepareCheck = [](QSqlDatabase &db) {
        return referenceCheck(db, 1, QStringLiteral("institutions"), QStringLiteral("code"),
                              QStringLiteral("institution_code"));
    };
    // The inspector of an imported row is the importing user, as for a recorded one.
    spec.completeRow = [](QVariantList &values, const UserIdentity &user) { values[5] = user.username; };
    return spec;
}

WorklistSpec worklist()
{
    WorklistSpec spec;
    spec.name = kWorklist;
    spec.summary = QStringLiteral("inspections of care institutions, by day");
    spec.columns = QStringList{QStringLiteral("id"),       QStringLiteral("institution_code"), QStringLiteral("institution_name"),
                               QStringLiteral("inspected_on"), QStringLiteral("finding"),   QStringLiteral("note"),
                               QStringLiteral("inspector")};
    spec.filters = {
        {QStringLiteral("finding"), QStringLiteral("FINDING"), QStringLiteral("PASS, DEFECTS or VIOLATION"), false},
        {QStringLiteral("institution"), QStringLiteral("CODE"), QStringLiteral("one institution's inspections"), false},
    };
    spec.check = checkFilters;
    spec.rows = listRows;
    return spec;
}

} // namespace ltc::inspection
