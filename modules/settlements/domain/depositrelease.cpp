#include "settlements/domain/depositrelease.h"
#include "core/tr.h"

#include "core/money.h"
#include "database/records/corereads.h"
#include "database/sql.h"

namespace ltc::settlement {
namespace {

// What the paid months of `year` withheld from the institution.
Fen withheldIn(QSqlDatabase &db, const QString &institution, int year)
{
    return scalarSql(db,
                     QStringLiteral("SELECT COALESCE(SUM(withheld_fen), 0) FROM settlement_batches WHERE "
                                    "institution_code = ? AND status = 'paid' AND period LIKE ?"),
                     {institution, QStringLiteral("%1-%").arg(year)})
        .toLongLong();
}

CommandOutcome releaseYear(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString code = read.text(QStringLiteral("institution_code"));
    const std::optional<int> year = read.integer(QStringLiteral("year"), 2000, 2200);
    if (!read.ok())
        return read.failure();
    const std::optional<InstitutionRecord> institution = findInstitution(ctx.db(), code);
    if (!institution)
        return CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("institution %1 does not exist").arg(code));
    if (const std::optional<CommandOutcome> refusal = ctx.checkDistrict(institution->district))
        return *refusal;
    const QString key = QStringLiteral("%1/%2").arg(code).arg(*year);
    if (ctx.fetch(QStringLiteral("deposit_releases"), QStringLiteral("release_key"), key))
        return CommandOutcome::failure(QStringLiteral("conflict"),
                                       Tr::tr("the deposit of %1 for %2 was already released").arg(code).arg(*year));
    const std::optional<int> score = yearScoreOf(ctx.db(), code, *year);
    if (!score)
        return CommandOutcome::failure(QStringLiteral("state"),
                                       Tr::tr("%1 has no performance score for %2: score it first").arg(code).arg(*year));
    // The ratio table of the policy in force on the year's last day for the institution's district.
    const std::optional<Policy> policy = policyFor(ctx.db(), institution->district, QDate(*year, 12, 31));
    const int permille = policy ? policy->releasePermilleFor(*score) : 0;
    const Fen withheld = withheldIn(ctx.db(), code, *year);
    const Fen released = applyPermille(withheld, permille);
    if (!ctx.exec(QStringLiteral("INSERT INTO deposit_releases (release_key, institution_code, year, withheld_fen, score, "
                                 "release_permille, released_fen, kept_fen, released_by, released_at) VALUES (?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?)"),
                  {key, code, *year, withheld, *score, permille, released, withheld - released, ctx.user().username,
                   ctx.now().toString(Qt::ISODate)}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("deposit_releases"), key, std::nullopt,
                     ctx.fetch(QStringLiteral("deposit_releases"), QStringLiteral("release_key"), key));
    return CommandOutcome::success();
}

} // namespace

QList<Migration> depositReleaseMigrations()
{
    Migration v8{QStringLiteral("settlements"), 8, QStringLiteral("year-end deposit releases"), {}, {}, {}};
    v8.statements = QStringList{QStringLiteral(
        "CREATE TABLE deposit_releases (release_key TEXT PRIMARY KEY, institution_code TEXT NOT NULL, year INTEGER NOT "
        "NULL, withheld_fen INTEGER NOT NULL, score INTEGER NOT NULL, release_permille INTEGER NOT NULL, released_fen "
        "INTEGER NOT NULL, kept_fen INTEGER NOT NULL, released_by TEXT NOT NULL, released_at TEXT NOT NULL)")};
    return {v8};
}

CommandSpec depositReleaseCommand()
{
    return {QStringLiteral("deposit.release_year"), QStringLiteral("settlements"),
            {roleId(Role::Payer), roleId(Role::Admin)},
            QStringLiteral("Release an institution's quality deposit withheld in a year, in proportion to its "
                           "performance score (the policy's deposit_release table)"),
            {QStringLiteral("institution_code, year")},
            releaseYear};
}

} // namespace ltc::settlement
