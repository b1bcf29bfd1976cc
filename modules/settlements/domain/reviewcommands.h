#pragma once
// The review workflow of a month's settlement, per institution and period (seed 003 §28):
// audit → first review (each line accepted or overridden with a reason) → second review by a
// different user (four-eyes, §28/§30) → paid; or returned to the institution with reasons.
// Each step is a command, so the server re-checks it with this same code.
#include "command.h"
#include "migrations.h"

namespace ltc::settlement {

// Batch states, as stored.
namespace batch {
inline const QString Open = QStringLiteral("open");                   // audited, in first review
inline const QString FirstReviewed = QStringLiteral("first_reviewed");
inline const QString SecondReviewed = QStringLiteral("second_reviewed");
inline const QString Paid = QStringLiteral("paid");
inline const QString Returned = QStringLiteral("returned");
}

QList<CommandSpec> reviewCommands();
QList<Migration> reviewMigrations();
// Version 4: a review carries the figures it pays (an override's shares by rule 4), a paid batch
// the amount paid and the deposit withheld, a run the scope it covered; the view settled_results.
QList<Migration> reviewedFiguresMigrations();

// A batch past first review freezes its audit results: a re-run must not change what a
// reviewer signed. Lists the institutions of the period whose batches are frozen.
QStringList frozenInstitutions(QSqlDatabase &db, const QString &period);

} // namespace ltc::settlement
