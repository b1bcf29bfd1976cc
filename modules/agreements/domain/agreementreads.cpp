#include "agreements/domain/agreementreads.h"

#include "agreements/domain/designationcommands.h"
#include "agreements/domain/designationrules.h"
#include "agreements/domain/staffhistory.h"
#include "database/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace ltc::agreements {
namespace {

QDate dateValue(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

// A day as an SQL literal. Dates are formatted by QDate (digits and dashes only), so they are
// safe inline; inlining them keeps the positional bindings for what the user typed.
QString dayLiteral(QDate day) { return QLatin1Char('\'') + day.toString(Qt::ISODate) + QLatin1Char('\''); }

// Each institution with its agreement state on `today`. The imported agreement is the row's
// agreement_from..agreement_to (empty for an applicant); signed ones are institution_agreements.
// (The screens read the local SQLite store: MAX(a, b) is SQLite's scalar maximum.)
QString listedSql(QDate today)
{
    const QString t = dayLiteral(today);
    const QString soon = dayLiteral(today.addDays(kRenewalReminderDays));
    const QString notEnded = QStringLiteral("(a.ended_on IS NULL OR a.ended_on = '' OR a.ended_on > %1)").arg(t);
    const QString inner =
        QStringLiteral(
            "SELECT i.code, i.name, i.kind, COALESCE(i.uscc, '') AS uscc, i.grade, i.service_forms, "
            "COALESCE(i.district, '') AS district, COALESCE(i.address, '') AS address, COALESCE(i.phone, '') AS phone, "
            "MAX(COALESCE(i.agreement_to, ''), COALESCE((SELECT MAX(a.valid_to) FROM institution_agreements a WHERE "
            "a.institution_code = i.code AND %2), '')) AS last_day, "
            "CASE WHEN (i.agreement_from <> '' AND i.agreement_from <= %1 AND i.agreement_to >= %1) OR EXISTS (SELECT 1 "
            "FROM institution_agreements a WHERE a.institution_code = i.code AND a.valid_from <= %1 AND a.valid_to >= %1 "
            "AND %2) THEN 1 ELSE 0 END AS in_force, "
            "CASE WHEN EXISTS (SELECT 1 FROM institution_agreements a WHERE a.institution_code = i.code AND "
            "a.ended_on IS NOT NULL AND a.ended_on <> '' AND a.ended_on <= %1) THEN 1 ELSE 0 END AS ended, "
            "(SELECT COALESCE(a.end_kind, '') FROM institution_agreements a WHERE a.institution_code = i.code AND "
            "a.ended_on IS NOT NULL AND a.ended_on <> '' AND a.ended_on <= %1 ORDER BY a.ended_on DESC LIMIT 1) AS end_kind, "
            "CASE WHEN (COALESCE(i.suspended_from, '') <> '' AND i.suspended_from <= %1 AND (COALESCE(i.suspended_to, "
            "'') = '' OR i.suspended_to >= %1)) OR EXISTS (SELECT 1 FROM institution_suspensions s WHERE "
            "s.institution_code = i.code AND s.suspended_from <= %1 AND (COALESCE(s.suspended_to, '') = '' OR "
            "s.suspended_to >= %1)) THEN 1 ELSE 0 END AS suspended, "
            "(SELECT d.status FROM designations d WHERE d.institution_code = i.code ORDER BY d.applied_on DESC, d.id "
            "DESC LIMIT 1) AS designation FROM institutions i")
            .arg(t, notEnded);
    return QStringLiteral("SELECT v.*, CASE WHEN v.in_force = 1 AND v.last_day <= %2 THEN 'EXPIRING' "
                          "WHEN v.in_force = 1 THEN 'IN_FORCE' "
                          "WHEN v.ended = 1 AND (v.last_day = '' OR v.last_day < %1) THEN 'ENDED' "
                          "WHEN v.last_day = '' THEN 'NONE' "
                          "WHEN v.last_day < %1 THEN 'OVERDUE' ELSE 'NOT_STARTED' END AS status FROM (%3) v")
        .arg(t, soon, inner);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// WHERE over the listed rows, with its bindings.
QString whereOf(const InstitutionFilter &filter, QVariantList &bindings)
{
    QStringList parts;
    const auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        parts << QStringLiteral("w.%1 = ?").arg(QLatin1String(column));
        bindings << value;
    };
    equal("kind", filter.kind);
    equal("status", filter.status);
    equal("district", filter.district);
    if (filter.expiring)
        parts << QStringLiteral("w.status IN ('EXPIRING', 'OVERDUE')");
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        parts << QStringLiteral("(w.name LIKE ? ESCAPE '\\' OR w.code LIKE ? ESCAPE '\\' OR w.uscc LIKE ? ESCAPE '\\')");
        bindings << likePattern(text) << likePattern(text) << likePattern(text.toUpper());
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// ORDER BY over the listed rows (see InstitutionSort).
QString orderOf(const InstitutionFilter &filter, const InstitutionSort &sort)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    const auto by = [&direction](const QString &expression) { return expression + direction + QStringLiteral(", w.code"); };
    switch (sort.by) {
    case InstitutionOrder::Default:
        // Those running out soonest first when the renewals are asked for; else by code.
        return filter.expiring ? QStringLiteral("w.last_day, w.code") : QStringLiteral("w.code");
    case InstitutionOrder::Code: return QStringLiteral("w.code") + direction;
    case InstitutionOrder::Name: return by(QStringLiteral("w.name"));
    case InstitutionOrder::Kind: return by(QStringLiteral("w.kind"));
    case InstitutionOrder::Grade: return by(QStringLiteral("w.grade"));
    case InstitutionOrder::District: return by(QStringLiteral("w.district"));
    case InstitutionOrder::Status: {
        QString rank = QStringLiteral("CASE w.status");
        const QStringList statuses = institutionStatuses();
        for (qsizetype i = 0; i < statuses.size(); ++i)
            rank += QStringLiteral(" WHEN '%1' THEN %2").arg(statuses.at(i)).arg(i);
        return by(rank + QStringLiteral(" END"));
    }
    case InstitutionOrder::LastDay: return QStringLiteral("CASE WHEN w.last_day = '' THEN 1 ELSE 0 END, ") + by(QStringLiteral("w.last_day"));
    case InstitutionOrder::Suspended: return by(QStringLiteral("w.suspended"));
    case InstitutionOrder::Designation: return by(QStringLiteral("COALESCE(w.designation, '')"));
    case InstitutionOrder::Phone: return by(QStringLiteral("w.phone"));
    }
    return QStringLiteral("w.code");
}

InstitutionRow listedRow(const QSqlQuery &q)
{
    InstitutionRow row;
    row.code = q.value(QStringLiteral("code")).toString();
    row.name = q.value(QStringLiteral("name")).toString();
    row.kind = q.value(QStringLiteral("kind")).toString();
    row.uscc = q.value(QStringLiteral("uscc")).toString();
    row.grade = q.value(QStringLiteral("grade")).toInt();
    row.serviceForms = q.value(QStringLiteral("service_forms")).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    row.district = q.value(QStringLiteral("district")).toString();
    row.address = q.value(QStringLiteral("address")).toString();
    row.phone = q.value(QStringLiteral("phone")).toString();
    row.lastAgreementDay = dateValue(q.value(QStringLiteral("last_day")));
    row.status = q.value(QStringLiteral("status")).toString();
    row.endKind = q.value(QStringLiteral("end_kind")).toString();
    row.suspended = q.value(QStringLiteral("suspended")).toInt() != 0;
    row.designation = q.value(QStringLiteral("designation")).toString();
    return row;
}

QList<InstitutionRow> listedWhere(QSqlDatabase &db, QDate today, const QString &where)
{
    QList<InstitutionRow> rows;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT * FROM (%1) w WHERE %2 ORDER BY w.code").arg(listedSql(today), where));
    while (q.next())
        rows << listedRow(q);
    return rows;
}

QStringList jsonTexts(const QVariant &value)
{
    QStringList texts;
    for (const QJsonValue &item : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        texts << item.toString();
    return texts;
}

const QString kDesignationColumns = QStringLiteral(
    "d.id, d.institution_code, COALESCE(i.name, ''), d.status, d.attempt, d.applied_on, d.materials, "
    "d.materials_requested_on, d.materials_due_on, d.materials_received_on, d.waited_days, d.review_due_on, "
    "d.reviewed_on, d.panel, d.reasons, d.suggestions, d.second_review_by, d.barred_until, d.published_from, "
    "d.published_to, d.negotiation_from, d.agreement_id, d.refusal_reason");

Designation designationFrom(const QSqlQuery &q)
{
    Designation d;
    d.id = q.value(0).toString();
    d.institutionCode = q.value(1).toString();
    d.institutionName = q.value(2).toString();
    d.status = q.value(3).toString();
    d.attempt = q.value(4).toInt();
    d.appliedOn = dateValue(q.value(5));
    d.materials = jsonTexts(q.value(6));
    d.materialsRequestedOn = dateValue(q.value(7));
    d.materialsDueOn = dateValue(q.value(8));
    d.materialsReceivedOn = dateValue(q.value(9));
    d.waitedDays = q.value(10).toInt();
    d.reviewDueOn = dateValue(q.value(11));
    d.reviewedOn = dateValue(q.value(12));
    d.panel = jsonTexts(q.value(13));
    d.reasons = q.value(14).toString();
    d.suggestions = q.value(15).toString();
    d.secondReviewBy = dateValue(q.value(16));
    d.barredUntil = dateValue(q.value(17));
    d.publishedFrom = dateValue(q.value(18));
    d.publishedTo = dateValue(q.value(19));
    d.negotiationFrom = dateValue(q.value(20));
    d.agreementId = q.value(21).toString();
    d.refusalReason = q.value(22).toString();
    return d;
}

QList<Designation> designationsWhere(QSqlDatabase &db, const QString &where, const QVariantList &params)
{
    QList<Designation> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT %1 FROM designations d LEFT JOIN institutions i ON i.code = "
                                          "d.institution_code %2 ORDER BY d.applied_on DESC, d.id DESC")
                               .arg(kDesignationColumns, where),
                           params);
    while (q.next())
        list << designationFrom(q);
    return list;
}

} // namespace

QStringList institutionStatuses()
{
    return {listed::InForce, listed::Expiring, listed::Overdue, listed::Ended, listed::NotStarted, listed::None};
}

bool listInstitutions(QSqlDatabase &db, const InstitutionFilter &filter, QDate today, int limit, int offset,
                      QList<InstitutionRow> &rows, QString *error, const InstitutionSort &sort)
{
    QVariantList bindings;
    const QString where = whereOf(filter, bindings);
    const QString order = orderOf(filter, sort);
    bindings << limit << offset;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT * FROM (%1) w%2 ORDER BY %3 LIMIT ? OFFSET ?")
                               .arg(listedSql(today), where, order),
                           bindings, error);
    while (q.next())
        rows << listedRow(q);
    return q.isActive();
}

qint64 countInstitutions(QSqlDatabase &db, const InstitutionFilter &filter, QDate today)
{
    QVariantList bindings;
    const QString where = whereOf(filter, bindings);
    return scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM (%1) w%2").arg(listedSql(today), where), bindings).toLongLong();
}

QStringList institutionDistricts(QSqlDatabase &db)
{
    QStringList districts;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT DISTINCT district FROM institutions WHERE district IS NOT NULL AND "
                                              "district <> '' ORDER BY district"));
    while (q.next())
        districts << q.value(0).toString();
    return districts;
}

std::optional<InstitutionProfile> institutionProfile(QSqlDatabase &db, const QString &code, QDate today)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT * FROM (%1) w WHERE w.code = ?").arg(listedSql(today)), {code});
    if (!q.next())
        return std::nullopt;
    InstitutionProfile profile;
    profile.listed = listedRow(q);
    QSqlQuery more = querySql(db,
                              QStringLiteral("SELECT legal_representative, legal_representative_id, contact_person, "
                                             "capacity, medically_qualified, management_unit FROM institutions WHERE "
                                             "code = ?"),
                              {code});
    if (more.next()) {
        profile.legalRepresentative = more.value(0).toString();
        profile.legalRepresentativeId = more.value(1).toString();
        profile.contactPerson = more.value(2).toString();
        if (!more.value(3).isNull())
            profile.capacity = more.value(3).toInt();
        profile.medicallyQualified = more.value(4).toInt() != 0;
        profile.managementUnit = more.value(5).toInt() != 0;
    }
    return profile;
}

QList<AgreementEntry> agreementsOf(QSqlDatabase &db, const QString &code)
{
    QList<AgreementEntry> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT id, valid_from, valid_to, service_forms, deposit_permille, renewal, "
                                          "signed_on, ended_on, end_reason, end_kind, filed_on, filed_ref FROM "
                                          "institution_agreements WHERE "
                                          "institution_code = ? ORDER BY valid_from DESC, id DESC"),
                           {code});
    while (q.next()) {
        AgreementEntry a{q.value(0).toString(), dateValue(q.value(1)), dateValue(q.value(2)),
                         q.value(3).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts),
                         q.value(4).isNull() ? std::nullopt : std::optional<int>(q.value(4).toInt()),
                         q.value(5).toInt() != 0, dateValue(q.value(6)), dateValue(q.value(7)), q.value(8).toString(),
                         q.value(9).toString(), dateValue(q.value(10)), q.value(11).toString()};
        list << a;
    }
    QSqlQuery imported = querySql(db,
                                  QStringLiteral("SELECT agreement_from, agreement_to, service_forms FROM institutions "
                                                 "WHERE code = ? AND agreement_from <> ''"),
                                  {code});
    if (imported.next()) {
        AgreementEntry a;
        a.id = QStringLiteral("import:") + code;
        a.from = dateValue(imported.value(0));
        a.to = dateValue(imported.value(1));
        a.serviceForms = imported.value(2).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        list << a;
    }
    std::stable_sort(list.begin(), list.end(), [](const AgreementEntry &a, const AgreementEntry &b) { return a.from > b.from; });
    return list;
}

QList<SuspensionEntry> suspensionsOf(QSqlDatabase &db, const QString &code)
{
    QList<SuspensionEntry> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT id, kind, suspended_from, suspended_to, reason FROM "
                                          "institution_suspensions WHERE institution_code = ? ORDER BY suspended_from "
                                          "DESC, id"),
                           {code});
    while (q.next())
        list << SuspensionEntry{q.value(0).toString(), q.value(1).toString(), dateValue(q.value(2)),
                                dateValue(q.value(3)), q.value(4).toString()};
    // The settlement suspension an institutions file recorded on the row itself.
    QSqlQuery row = querySql(db,
                             QStringLiteral("SELECT suspended_from, suspended_to FROM institutions WHERE code = ? AND "
                                            "COALESCE(suspended_from, '') <> ''"),
                             {code});
    if (row.next())
        list << SuspensionEntry{QStringLiteral("import:") + code, QStringLiteral("SETTLEMENT"), dateValue(row.value(0)),
                                dateValue(row.value(1)), QString()};
    return list;
}

QList<ViolationEntry> violationsOf(QSqlDatabase &db, const QString &code)
{
    QList<ViolationEntry> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT id, found_on, description, damages_fen, deducted_fen, deducted_period "
                                          "FROM agreement_violations WHERE institution_code = ? ORDER BY found_on DESC, id"),
                           {code});
    while (q.next())
        list << ViolationEntry{q.value(0).toString(), dateValue(q.value(1)), q.value(2).toString(), q.value(3).toLongLong(),
                               q.value(4).toLongLong(), q.value(5).toString()};
    return list;
}

QList<ScoreEntry> scoresOf(QSqlDatabase &db, const QString &code)
{
    QList<ScoreEntry> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT id, year, criteria_set, score, scored_on, items FROM performance_scores "
                                          "WHERE institution_code = ? ORDER BY year DESC, scored_on DESC"),
                           {code});
    while (q.next())
        list << ScoreEntry{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt(),
                           dateValue(q.value(4)), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()};
    return list;
}

QList<HistoryEntry> historyOf(QSqlDatabase &db, const QString &code, int limit)
{
    // The trail's changes are compact JSON: a LIKE finds the candidates, the JSON decides. Only
    // the commands and imports that change an institution's records are read: a month's claims
    // import or audit is a large entry that never changes them.
    QList<HistoryEntry> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT at, username, action, changes FROM audit_log WHERE (action LIKE "
                                          "'designation.%' OR action LIKE 'agreement.%' OR action LIKE 'institution.%' "
                                          "OR action LIKE 'staff.%' OR action LIKE 'representative.%' OR action LIKE "
                                          "'performance.%' OR action LIKE 'violation.%' OR action IN "
                                          "('import.institutions', 'import.staff')) AND changes LIKE ? ESCAPE '\\' "
                                          "ORDER BY id DESC"),
                           {likePattern(QLatin1Char('"') + code + QLatin1Char('"'))});
    while (q.next() && list.size() < limit) {
        QStringList tables;
        for (const QJsonValue &value : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()) {
            const QJsonObject change = value.toObject();
            const QString table = change.value(QStringLiteral("table")).toString();
            const auto owned = [&](const char *side) {
                return change.value(QLatin1String(side)).toObject().value(QStringLiteral("institution_code")).toString() == code;
            };
            const bool mine = (table == QStringLiteral("institutions") && change.value(QStringLiteral("key")).toString() == code)
                              || owned("before") || owned("after");
            if (mine && !tables.contains(table))
                tables << table;
        }
        if (!tables.isEmpty())
            list << HistoryEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), tables};
    }
    return list;
}

std::optional<StaffHistory> staffHistory(QSqlDatabase &db, const QString &staffNo)
{
    QSqlQuery member = querySql(db, QStringLiteral("SELECT name, id_number FROM staff WHERE staff_no = ?"), {staffNo});
    if (!member.next())
        return std::nullopt;
    StaffHistory history{staffNo, member.value(0).toString(), member.value(1).toString(), {}, {}};
    const QStringList columns = staffHistoryColumns();
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT version, recorded_at, %1 FROM staff_history WHERE staff_no = ? ORDER "
                                          "BY version")
                               .arg(columns.join(QStringLiteral(", "))),
                           {staffNo});
    QVariantList previous;
    while (q.next()) {
        QVariantList values;
        for (qsizetype i = 0; i < columns.size(); ++i)
            values << q.value(int(i) + 2);
        StaffVersion v;
        v.version = q.value(0).toInt();
        v.recordedAt = q.value(1).toString();
        v.institutionCode = values.at(0).toString();
        v.name = values.at(1).toString();
        v.role = values.at(2).toString();
        v.certificateNo = values.at(3).toString();
        v.employedFrom = dateValue(values.at(4));
        v.employedTo = dateValue(values.at(5));
        v.suspendedFrom = dateValue(values.at(6));
        v.suspendedTo = dateValue(values.at(7));
        v.barredFrom = dateValue(values.at(8));
        v.barredTo = dateValue(values.at(9));
        for (qsizetype i = 0; !previous.isEmpty() && i < columns.size(); ++i) {
            if (values.at(i).toString() != previous.at(i).toString())
                v.changed << columns.at(i);
        }
        previous = values;
        history.versions << v;
    }
    QSqlQuery bars = querySql(db,
                              QStringLiteral("SELECT id, institution_code, barred_from, barred_to, reason FROM "
                                             "representative_bars WHERE id_number = ? ORDER BY barred_from DESC, id"),
                              {history.idNumber});
    while (bars.next())
        history.representativeBars << RepresentativeBar{bars.value(0).toString(), bars.value(1).toString(),
                                                        dateValue(bars.value(2)), dateValue(bars.value(3)),
                                                        bars.value(4).toString()};
    return history;
}

QDate Designation::deadline() const
{
    if (status == state::AwaitingMaterials)
        return materialsDueOn;
    if (status == state::Reviewing)
        return reviewDueOn;
    if (status == state::Failed)
        return secondReviewBy;
    if (status == state::Publishing)
        return publishedTo;
    return {};
}

bool Designation::isOpen() const
{
    return status != state::Signed && status != state::Refused && status != state::Barred;
}

DeadlineLeft deadlineLeft(const WorkCalendar &calendar, QDate deadline, QDate today)
{
    DeadlineLeft left;
    if (!deadline.isValid() || !today.isValid())
        return left;
    left.dueToday = deadline == today;
    left.overdue = deadline < today;
    left.workingDays = left.overdue ? -calendar.workingDaysBetween(deadline, today) : calendar.workingDaysBetween(today, deadline);
    return left;
}

std::optional<Designation> findDesignation(QSqlDatabase &db, const QString &id)
{
    const QList<Designation> found = designationsWhere(db, QStringLiteral("WHERE d.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Designation>(found.first());
}

QList<Designation> listDesignations(QSqlDatabase &db, bool openOnly)
{
    QList<Designation> all = designationsWhere(db, QString(), {});
    if (openOnly)
        all.erase(std::remove_if(all.begin(), all.end(), [](const Designation &d) { return !d.isOpen(); }), all.end());
    // Open ones with a deadline first, soonest first; then the open ones without; then the rest.
    std::stable_sort(all.begin(), all.end(), [](const Designation &a, const Designation &b) {
        const auto rank = [](const Designation &d) { return !d.isOpen() ? 2 : d.deadline().isValid() ? 0 : 1; };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return rank(a) == 0 && a.deadline() < b.deadline();
    });
    return all;
}

QList<Designation> designationsOf(QSqlDatabase &db, const QString &code)
{
    return designationsWhere(db, QStringLiteral("WHERE d.institution_code = ?"), {code});
}

QList<Objection> objectionsOf(QSqlDatabase &db, const QString &designationId)
{
    QList<Objection> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT id, received_on, text FROM designation_objections WHERE "
                                          "designation_id = ? ORDER BY received_on, id"),
                           {designationId});
    while (q.next())
        list << Objection{q.value(0).toString(), dateValue(q.value(1)), q.value(2).toString()};
    return list;
}

QList<InstitutionRow> publishedInstitutions(QSqlDatabase &db, QDate day)
{
    return listedWhere(db, day, QStringLiteral("w.designation = 'PUBLISHING'"));
}

QList<InstitutionRow> designatedInstitutions(QSqlDatabase &db, QDate day)
{
    return listedWhere(db, day, QStringLiteral("w.status IN ('IN_FORCE', 'EXPIRING')"));
}

} // namespace ltc::agreements
