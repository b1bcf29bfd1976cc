#include "assessmentterms.h"
#include "tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace ltc {
namespace {

// The reading of one object under "assessment.", collecting every problem.
struct TermsReader {
    QStringList *errors;
    void error(const QString &path, const QString &message)
    {
        if (errors)
            errors->append(QStringLiteral("assessment.%1: %2").arg(path, message));
    }
    void onlyKnown(const QJsonObject &object, const QString &prefix, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                error(prefix + it.key(), QCoreApplication::translate("ltc", "unknown field"));
        }
    }
    void integer(const QJsonObject &object, const QString &key, const QString &path, int min, int max, int &into)
    {
        if (!object.contains(key))
            return;
        const QJsonValue value = object.value(key);
        const double number = value.toDouble();
        if (!value.isDouble() || std::trunc(number) != number || number < min || number > max)
            error(path, QCoreApplication::translate("ltc", "must be a whole number between %1 and %2").arg(min).arg(max));
        else
            into = int(number);
    }
    void choice(const QJsonObject &object, const QString &key, const QStringList &allowed, QString &into)
    {
        if (!object.contains(key))
            return;
        const QString value = object.value(key).toString();
        if (!allowed.contains(value))
            error(key, QCoreApplication::translate("ltc", "must be one of %1").arg(allowed.join(QStringLiteral(", "))));
        else
            into = value;
    }
};

TeamTerms readTeam(TermsReader &read, const QJsonObject &json, const QString &key, TeamTerms team)
{
    if (!json.contains(key))
        return team;
    const QJsonObject object = json.value(key).toObject();
    read.onlyKnown(object, key + u'.', {QStringLiteral("members"), QStringLiteral("experts_at_least"),
                                        QStringLiteral("officers")});
    read.integer(object, QStringLiteral("members"), key + QStringLiteral(".members"), 1, 20, team.members);
    read.integer(object, QStringLiteral("experts_at_least"), key + QStringLiteral(".experts_at_least"), 0, 20,
                 team.expertsAtLeast);
    if (team.expertsAtLeast > team.members)
        read.error(key + QStringLiteral(".experts_at_least"), QCoreApplication::translate("ltc", "is more than members"));
    team.officers.clear();
    for (const QJsonValue &officer : object.value(QStringLiteral("officers")).toArray()) {
        if (officer.toString().isEmpty() || team.officers.contains(officer.toString()))
            read.error(key + QStringLiteral(".officers"), QCoreApplication::translate("ltc", "must be distinct non-empty codes"));
        else
            team.officers << officer.toString();
    }
    return team;
}

void readValidity(TermsReader &read, const QJsonObject &json, AssessmentTerms &terms)
{
    const QJsonArray rows = json.value(QStringLiteral("validity")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = QStringLiteral("validity[%1]").arg(i);
        const QJsonObject row = rows.at(i).toObject();
        read.onlyKnown(row, path + u'.', {QStringLiteral("levels"), QStringLiteral("months")});
        ValidityTerm term;
        read.integer(row, QStringLiteral("months"), path + QStringLiteral(".months"), 1, 120, term.months);
        for (const QJsonValue &level : row.value(QStringLiteral("levels")).toArray()) {
            const int value = level.toInt(-1);
            const bool listed = term.levels.contains(value)
                                || std::any_of(terms.validity.cbegin(), terms.validity.cend(),
                                               [value](const ValidityTerm &t) { return t.levels.contains(value); });
            if (value < 0 || value > 5 || listed)
                read.error(path + QStringLiteral(".levels"), QCoreApplication::translate("ltc", "must be distinct levels 0-5, each in one row"));
            else
                term.levels << value;
        }
        terms.validity << term;
    }
}

} // namespace

int AssessmentTerms::validityMonthsFor(int level) const
{
    for (const ValidityTerm &term : validity) {
        if (term.levels.contains(level))
            return term.months;
    }
    return 24;
}

AssessmentTerms AssessmentTerms::fromJson(const QJsonObject &json, QStringList *errors)
{
    TermsReader read{errors};
    read.onlyKnown(json, QString(),
                   {QStringLiteral("team"), QStringLiteral("dispute_team"), QStringLiteral("pool"),
                    QStringLiteral("agency_choice"), QStringLiteral("conclusion_working_days"),
                    QStringLiteral("dispute_working_days"), QStringLiteral("publication_working_days"),
                    QStringLiteral("expert_confirmations"), QStringLiteral("validity"), QStringLiteral("instrument"),
                    QStringLiteral("reassessment_after_months"), QStringLiteral("expiry_reminder_days"),
                    QStringLiteral("downgrade_stop"), QStringLiteral("fee_fen")});
    AssessmentTerms terms;
    terms.team = readTeam(read, json, QStringLiteral("team"), terms.team);
    terms.disputeTeam = readTeam(read, json, QStringLiteral("dispute_team"), terms.disputeTeam);
    read.choice(json, QStringLiteral("pool"), {QStringLiteral("AGENCY"), QStringLiteral("ALL_AGENCIES")}, terms.pool);
    read.choice(json, QStringLiteral("agency_choice"), {QStringLiteral("ROTATION"), QStringLiteral("RANDOM")},
                terms.agencyChoice);
    read.integer(json, QStringLiteral("conclusion_working_days"), QStringLiteral("conclusion_working_days"), 1, 250,
                 terms.conclusionWorkingDays);
    read.integer(json, QStringLiteral("dispute_working_days"), QStringLiteral("dispute_working_days"), 1, 250,
                 terms.disputeWorkingDays);
    read.integer(json, QStringLiteral("publication_working_days"), QStringLiteral("publication_working_days"), 0, 60,
                 terms.publicationWorkingDays);
    read.integer(json, QStringLiteral("expert_confirmations"), QStringLiteral("expert_confirmations"), 1, 10,
                 terms.expertConfirmations);
    read.integer(json, QStringLiteral("reassessment_after_months"), QStringLiteral("reassessment_after_months"), 0, 60,
                 terms.reassessmentAfterMonths);
    read.integer(json, QStringLiteral("expiry_reminder_days"), QStringLiteral("expiry_reminder_days"), 1, 366,
                 terms.expiryReminderDays);
    read.choice(json, QStringLiteral("downgrade_stop"), {QStringLiteral("NEXT_MONTH"), QStringLiteral("CONCLUSION_DATE")},
                terms.downgradeStop);
    if (json.contains(QStringLiteral("fee_fen"))) {
        int feeFen = 0;
        read.integer(json, QStringLiteral("fee_fen"), QStringLiteral("fee_fen"), 0, 10'000'000, feeFen);
        terms.feeFen = feeFen;
    }
    readValidity(read, json, terms);
    if (json.contains(QStringLiteral("instrument")))
        terms.instrument = json.value(QStringLiteral("instrument")).toString();
    if (terms.instrument.isEmpty())
        read.error(QStringLiteral("instrument"), QCoreApplication::translate("ltc", "must be a non-empty text"));
    return terms;
}

QJsonObject AssessmentTerms::toJson() const
{
    const auto teamJson = [](const TeamTerms &terms) {
        QJsonObject object{{QStringLiteral("members"), terms.members},
                           {QStringLiteral("experts_at_least"), terms.expertsAtLeast}};
        if (!terms.officers.isEmpty())
            object.insert(QStringLiteral("officers"), QJsonArray::fromStringList(terms.officers));
        return object;
    };
    QJsonArray rows;
    for (const ValidityTerm &term : validity) {
        QJsonArray levels;
        for (int level : term.levels)
            levels.append(level);
        rows.append(QJsonObject{{QStringLiteral("levels"), levels}, {QStringLiteral("months"), term.months}});
    }
    QJsonObject json{{QStringLiteral("team"), teamJson(team)},
            {QStringLiteral("dispute_team"), teamJson(disputeTeam)},
            {QStringLiteral("pool"), pool},
            {QStringLiteral("agency_choice"), agencyChoice},
            {QStringLiteral("conclusion_working_days"), conclusionWorkingDays},
            {QStringLiteral("dispute_working_days"), disputeWorkingDays},
            {QStringLiteral("publication_working_days"), publicationWorkingDays},
            {QStringLiteral("expert_confirmations"), expertConfirmations},
            {QStringLiteral("validity"), rows},
            {QStringLiteral("instrument"), instrument},
            {QStringLiteral("reassessment_after_months"), reassessmentAfterMonths},
            {QStringLiteral("expiry_reminder_days"), expiryReminderDays},
            {QStringLiteral("downgrade_stop"), downgradeStop}};
    if (feeFen)
        json.insert(QStringLiteral("fee_fen"), *feeFen);
    return json;
}

QDate reassessmentAllowedFrom(QDate concludedOn, int months)
{
    return concludedOn.addMonths(months);
}

QString disputeRefusal(QDate disputeUntil, QDate receivedOn)
{
    if (disputeUntil.isValid() && receivedOn.isValid() && receivedOn <= disputeUntil)
        return {};
    return Tr::tr("%1 is after the dispute window, which ended on %2")
        .arg(receivedOn.toString(Qt::ISODate), disputeUntil.toString(Qt::ISODate));
}

QString reassessmentRefusal(QDate concludedOn, int months, QDate receivedOn)
{
    const QDate allowedFrom = reassessmentAllowedFrom(concludedOn, months);
    if (receivedOn >= allowedFrom)
        return {};
    return Tr::tr("the conclusion of %1 may be re-assessed on request from %2")
        .arg(concludedOn.toString(Qt::ISODate), allowedFrom.toString(Qt::ISODate));
}

QDate disputeWindowEnd(const WorkCalendar &calendar, QDate deliveredOn, int workingDays)
{
    return calendar.addWorkingDays(deliveredOn, workingDays);
}

} // namespace ltc
