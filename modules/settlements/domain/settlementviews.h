#pragma once
// What the settlement screens read: the months with claims, each institution's batch of a month
// with its totals and review state, the claim-line worklist (filtered, sorted and paged by SQL,
// so a month of a million lines is never loaded whole), one person's context beside a line, and
// the figures of a person's settlement statement. All SQL of the screens is here, none in
// widgets; tests check these figures without a window.
#include "database/records/corereads.h"
#include "settlementexport.h"
#include "settlementrules.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace ltc::settlement {

// One institution's month: the totals of its audited lines and where its review stands.
struct BatchRow {
    InstitutionTotals totals;   // code, name and the money of the lines as reviewed
    Fen reviewAdjustment = 0;   // allowed as reviewed − allowed as audited
    std::optional<Fen> paidAmount;  // once paid: what the fund paid, the deposit withheld
    std::optional<Fen> withheld;
    QString district;           // the institution's, for the user's scope
    qint64 declaredLines = 0;   // claim lines of the month, audited or not
    qint64 reviewedLines = 0;   // lines with a first-review decision
    qint64 cleanOpenLines = 0;  // audited lines without deductions and not yet reviewed
    QString status;             // batch::Open … (Open while there is no batch row)
    QString firstReviewer;      // user names: who completed (or returned) the first review
    QStringList firstReviewTakers;  // everyone who took part in it (firstReviewTakers()): four-eyes
    QString secondReviewer;
    QString paidBy;
    QHash<QString, QString> staffNames;  // user name → display name, for the users known here
    // The display name where the user is known on this desktop, else the user name.
    QString staffName(const QString &username) const;
    QString returnedReason;
    qint64 rowVersion = 0;      // the batch's version, sent as base_version with each step
    bool audited() const { return totals.lines > 0; }
};

struct LineReview {
    QString decision;  // "accept" or "override"
    Fen allowed = 0;   // the amount the reviewer allows (the audit's, when accepted)
    QString reason;
    QString reviewer;
    QString reviewedAt;
};

// A claim line as declared, with its stored audit result and first-review decision if any.
struct LineRow {
    ClaimLine line;
    QString personName;
    QString institutionName;
    std::optional<LineResult> result;  // as audited
    std::optional<LineReview> review;
    std::optional<LineResult> paid;    // as paid: the review's figures where it overrode the audit
};

// The worklist's columns, in display order (what a reviewer decides on first: who, how much,
// what was deducted and why; the declaration's details after); also the sort keys.
enum class LineColumn {
    PersonNo, PersonName, ServiceForm, Days, Claimed, Allowed, Deducted, Reasons, Review,
    ServiceFrom, ServiceTo, ClaimNo, LineNo, Institution, Fund, Personal
};
constexpr int kLineColumnCount = int(LineColumn::Personal) + 1;

enum class ReviewFilter { Any, NotReviewed, Reviewed, Overridden, NotAudited };

struct LineFilter {
    QString period;
    QStringList institutions;  // the user's scope; empty: every institution
    QString institution;       // one of them, or empty for all
    QString reason;            // empty: any; kNoDeduction: lines without reasons; else a code R01 …
    ReviewFilter review = ReviewFilter::Any;
    QString text;              // part of a person_no, claim_no or the person's name
    QString personNo;          // exactly this person
    bool sampleOnly = false;   // only lines of the review sample (storeSample)
    bool operator==(const LineFilter &other) const = default;
};
inline const QString kNoDeduction = QStringLiteral("-");

struct LineOrder {
    LineColumn column = LineColumn::ClaimNo;  // declaration order
    bool descending = false;
};

// Up to this many lines with a reason (5,000) are looked up through the index by reasons and
// sorted; more are found by walking the page's order. Tests lower it: both ways list the same.
int &fewReasonMatches();

// The period's audited lines as they are paid (settled_results), in audit order.
QList<SettledLine> settledResults(QSqlDatabase &db, const QString &period);

// Months that have claim lines, newest first.
QStringList periodsWithClaims(QSqlDatabase &db);
// Institution and service-form names: institutionNames() and serviceFormNames() of the core
// reads (records/corereads.h).
// One row per institution with claim lines in the period, by code.
QList<BatchRow> batchesOf(QSqlDatabase &db, const QString &period, QString *error = nullptr);

// A page of the worklist; ties are broken by claim_no and line_no, so pages never overlap.
QList<LineRow> fetchLines(QSqlDatabase &db, const LineFilter &filter, const LineOrder &order, int limit, int offset,
                          QString *error = nullptr);
qint64 countLines(QSqlDatabase &db, const LineFilter &filter, QString *error = nullptr);

// The review sample lives in a TEMP table of the connection (never in the file, never synced):
// it is one reviewer's working set, made again at will from its seed.
struct LineKey {
    QString claimNo;
    int lineNo = 0;
    bool operator==(const LineKey &other) const { return lineNo == other.lineNo && claimNo == other.claimNo; }
};
bool storeSample(QSqlDatabase &db, const QList<LineKey> &keys, QString *error = nullptr);

// What the reviewer needs beside a line: who the person is (the citizen ID masked), their
// conclusions and hospital stays, and every line claimed for them in the month.
struct PersonContext {
    QString personNo;
    QString name;
    QString maskedId;  // 110101********1234: the full number is not needed to review a claim
    QString sex;       // "M" / "F"
    QDate birthDate;
    QString insuranceType;  // EMPLOYEE / RESIDENT
    QDate enrolledOn;
    QDate insuredUntil;
    QDate diedOn;
    QString district;
    QList<Conclusion> conclusions;  // latest first
    QList<HospitalStay> stays;      // latest first
    QList<LineRow> monthLines;      // the person's claim lines of the period, every institution
};
std::optional<PersonContext> personContext(QSqlDatabase &db, const QString &period, const QString &personNo);

// The settlement statement (《护理保险结算单》) of one person with one institution for a month.
struct StatementData {
    QString period;
    PersonContext person;
    QString institutionCode;
    QString institutionName;
    QList<LineRow> lines;  // the person's lines of this institution
    QHash<QString, QString> formNames;  // serviceFormNames()
};
std::optional<StatementData> statementData(QSqlDatabase &db, const QString &period, const QString &personNo,
                                           const QString &institutionCode);

} // namespace ltc::settlement
