#pragma once
// Reads after the conclusion: the expiry reminders (`ltcctl list conclusions`: each person's
// latest conclusion expiring within N days, or already expired, seed 004 §8(七)3) and the
// report of persons who ask for re-assessment most often with the institutions serving them
// (seed 001 二(二)1: 对频繁申请复评的参保人和提供服务的护理机构进行排序). Reads only.
#include "database/cliverbs.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ltc::assessments {

WorklistSpec conclusionsWorklist();

struct ReassessmentRank {
    QString personNo;
    QString name;
    QString district;
    int requests = 0;          // re-assessment and dispute tasks opened in the period
    QStringList institutions;  // care institutions serving the person in the period, by code
};
struct InstitutionRank {
    QString code;
    QString name;
    int persons = 0;   // persons it served who asked
    int requests = 0;  // their requests
};
struct ReassessmentReport {
    QList<ReassessmentRank> persons;         // most requests first, then person_no
    QList<InstitutionRank> institutions;     // most requests first, then code
};
// Tasks of kind REASSESS or DISPUTE opened from `from` to `to` (office days, both included).
ReassessmentReport reassessmentReport(QSqlDatabase &db, QDate from, QDate to);

} // namespace ltc::assessments
