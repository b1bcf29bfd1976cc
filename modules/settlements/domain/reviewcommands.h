#pragma once
// The review workflow of a month's settlement, per institution and period (seed 003 §28):
// audit → first review (each line accepted or overridden with a reason) → second review by a
// different user (four-eyes, §28/§30) → paid; or returned to the institution with reasons.
// Each step is a command, so the server re-checks it with this same code.
#include "database/command.h"
#include "database/migrations.h"

#include <QHash>

namespace ltc::settlement {

// Batch states, as stored.
namespace batch {
inline const QString Open = QStringLiteral("open");                   // audited, in first review
inline const QString FirstReviewed = QStringLiteral("first_reviewed");
inline const QString SecondReviewed = QStringLiteral("second_reviewed");
inline const QString Paid = QStringLiteral("paid");
inline const QString Returned = QStringLiteral("returned");
}

// Past first review: what the review decided on is frozen — a re-run of the audit keeps the
// batch's results, a claims import may not change its lines. A returned month is in first
// review again (the institution corrects and declares anew).
bool pastFirstReview(const QString &status);

QList<CommandSpec> reviewCommands();
QList<Migration> reviewMigrations();
// Version 4: a review carries the figures it pays (an override's shares by rule 4), a paid batch
// the amount paid and the deposit withheld, a run the scope it covered; the view settled_results.
QList<Migration> reviewedFiguresMigrations();
// CREATE VIEW settled_results: the audit's results with a review's figures in their place.
QString settledResultsView();
// Version 5: who took part in each batch's first review (first_review_takers).
QList<Migration> firstReviewTakersMigrations();

// Four-eyes (seed 003 §28, §30): by institution, every user who took part in the first review
// of an institution's month of `period` — decided one of its lines (accepted or overrode it,
// alone or in bulk), completed the first review, or returned the month to the institution — in
// any round, even where a later decision, a re-run or a later completion replaced theirs. None
// of them may do the second review. The second-review command and the screens both ask this.
QHash<QString, QStringList> firstReviewTakers(QSqlDatabase &db, const QString &period);

// A batch past first review freezes its audit results: a re-run must not change what a
// reviewer signed. Lists the institutions of the period whose batches are frozen.
QStringList frozenInstitutions(QSqlDatabase &db, const QString &period);
// The month's first-review decisions a re-run may discard: those of batches not yet past first
// review (a line whose result changes loses its decision, made on the old figures).
qint64 reviewsAtRisk(QSqlDatabase &db, const QString &period);

} // namespace ltc::settlement
