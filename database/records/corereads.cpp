#include "corereads.h"

#include "rowreader.h"
#include "sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ltc {
namespace {

QDate date(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

const QString kPersonColumns = QStringLiteral(
    "person_no, id_number, name, sex, birth_date, insurance_type, enrolled_on, insured_until, died_on, district");
const QString kConclusionColumns =
    QStringLiteral("person_no, level, concluded_on, valid_until, service_form, institution_code, dispute_until");
const QString kAssignmentColumns =
    QStringLiteral("id, person_no, conclusion_on, service_form, institution_code, assigned_from, recorded_at");
const QString kStayColumns = QStringLiteral("person_no, admitted_on, discharged_on");
const QString kInstitutionColumns = QStringLiteral(
    "code, name, kind, uscc, grade, service_forms, agreement_from, agreement_to, suspended_from, suspended_to, district");

// A row as the record readers below take it: one looked up through QtSql, or one of many
// streamed natively (RowReader: no QVariant per value, dates read in place).
class QueryRow {
public:
    explicit QueryRow(const QSqlQuery &query) : m_query(query) {}
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDate date(int column) const { return ltc::date(m_query.value(column)); }

private:
    const QSqlQuery &m_query;
};

PersonRecord readPerson(const auto &row)
{
    PersonRecord p;
    p.personNo = row.text(0);
    p.idNumber = row.text(1);
    p.name = row.text(2);
    p.sex = sexFromCode(row.text(3)).value_or(Sex::Male);
    p.birthDate = row.date(4);
    p.insuranceType = row.text(5);
    p.enrolledOn = row.date(6);
    p.insuredUntil = row.date(7);
    p.diedOn = row.date(8);
    p.district = row.text(9);
    return p;
}
PersonRecord readPerson(const QSqlQuery &q) { return readPerson(QueryRow(q)); }

ConclusionRecord readConclusion(const auto &row)
{
    return {row.text(0), int(row.integer(1)), row.date(2), row.date(3), row.text(4), row.text(5), row.date(6)};
}
ConclusionRecord readConclusion(const QSqlQuery &q) { return readConclusion(QueryRow(q)); }

CareAssignmentRecord readAssignment(const auto &row)
{
    return {row.text(0), row.text(1), row.date(2), row.text(3), row.text(4), row.date(5), row.text(6)};
}

HospitalStayRecord readStay(const auto &row) { return {row.text(0), row.date(1), row.date(2)}; }
HospitalStayRecord readStay(const QSqlQuery &q) { return readStay(QueryRow(q)); }

InstitutionRecord readInstitution(const QSqlQuery &q)
{
    InstitutionRecord i;
    i.code = q.value(0).toString();
    i.name = q.value(1).toString();
    i.kind = q.value(2).toString();
    i.uscc = q.value(3).toString();
    i.grade = q.value(4).toInt();
    i.serviceForms = q.value(5).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    i.agreementFrom = date(q.value(6));
    i.agreementTo = date(q.value(7));
    i.suspendedFrom = date(q.value(8));
    i.suspendedTo = date(q.value(9));
    i.district = q.value(10).toString();
    return i;
}

const QString kStaffColumns = QStringLiteral(
    "staff_no, institution_code, name, id_number, role, certificate_no, employed_from, employed_to, suspended_from, "
    "suspended_to, barred_from, barred_to");

StaffRecord readStaff(const QSqlQuery &q)
{
    StaffRecord s;
    s.staffNo = q.value(0).toString();
    s.institutionCode = q.value(1).toString();
    s.name = q.value(2).toString();
    s.idNumber = q.value(3).toString();
    s.role = q.value(4).toString();
    s.certificateNo = q.value(5).toString();
    s.employedFrom = date(q.value(6));
    s.employedTo = date(q.value(7));
    s.suspendedFrom = date(q.value(8));
    s.suspendedTo = date(q.value(9));
    s.barredFrom = date(q.value(10));
    s.barredTo = date(q.value(11));
    return s;
}

// The institution row's own agreement and settlement suspension, as an institutions file (or
// institution.register) records them.
InstitutionStanding standingOfRow(const InstitutionRecord &i)
{
    InstitutionStanding standing;
    standing.code = i.code;
    standing.kind = i.kind;
    standing.grade = i.grade;
    standing.district = i.district;
    standing.registeredForms = i.serviceForms;
    if (i.agreementFrom.isValid())
        standing.agreements.append({QStringLiteral("import:") + i.code, {i.agreementFrom, i.agreementTo}, QDate(),
                                    i.serviceForms, std::nullopt});
    if (i.suspendedFrom.isValid())
        standing.suspensions.append({SuspensionKind::Settlement, {i.suspendedFrom, i.suspendedTo}});
    return standing;
}

// Adds the agreements and suspensions recorded since to `standings` (all of them, or of one
// institution when `code` is given).
bool addRecordedTerms(QSqlDatabase &db, QHash<QString, InstitutionStanding> &standings, const QString &code,
                      QString *error)
{
    const QString where = code.isEmpty() ? QString() : QStringLiteral(" WHERE institution_code = ?");
    const QVariantList params = code.isEmpty() ? QVariantList() : QVariantList{code};
    QString why;
    QSqlQuery a = querySql(db,
                           QStringLiteral("SELECT institution_code, id, valid_from, valid_to, ended_on, service_forms, "
                                          "deposit_permille FROM institution_agreements%1 ORDER BY valid_from")
                               .arg(where),
                           params, &why);
    while (a.next()) {
        const auto it = standings.find(a.value(0).toString());
        if (it == standings.end())
            continue;
        it->agreements.append({a.value(1).toString(), {date(a.value(2)), date(a.value(3))}, date(a.value(4)),
                               a.value(5).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts),
                               a.value(6).isNull() ? std::nullopt : std::optional<int>(a.value(6).toInt())});
    }
    QSqlQuery s = querySql(db,
                           QStringLiteral("SELECT institution_code, kind, suspended_from, suspended_to FROM "
                                          "institution_suspensions%1 ORDER BY suspended_from")
                               .arg(where),
                           params, why.isEmpty() ? &why : nullptr);
    while (s.next()) {
        const auto it = standings.find(s.value(0).toString());
        if (it == standings.end())
            continue;
        const SuspensionKind kind =
            s.value(1).toString() == QStringLiteral("INTAKE") ? SuspensionKind::Intake : SuspensionKind::Settlement;
        it->suspensions.append({kind, {date(s.value(2)), date(s.value(3))}});
    }
    QSqlQuery p = querySql(db,
                           QStringLiteral("SELECT code, medically_qualified, capacity, management_unit FROM institutions%1")
                               .arg(code.isEmpty() ? QString() : QStringLiteral(" WHERE code = ?")),
                           params, why.isEmpty() ? &why : nullptr);
    while (p.next()) {
        const auto it = standings.find(p.value(0).toString());
        if (it == standings.end())
            continue;
        it->medicallyQualified = p.value(1).toInt() != 0;
        it->capacity = p.value(2).toInt();
        it->managementUnit = p.value(3).toInt() != 0;
    }
    if (error && !why.isEmpty())
        *error = why;
    return why.isEmpty();
}

// The rows of `table` that belong to the selected persons, each read by `read` and visited.
// Streamed natively: the audit reads a month's claimants this way (250,000 at a million lines).
template <typename Record>
bool forEachOfPersons(QSqlDatabase &db, const QString &columns, const QString &table, const PersonSelection &selection,
                      Record (*read)(const RowReader &), const std::function<void(const Record &)> &visit,
                      QString *error)
{
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns, table);
    if (!selection.personNosSql.isEmpty())
        sql += QStringLiteral(" WHERE person_no IN (%1)").arg(selection.personNosSql);
    RowReader rows(db, sql, selection.params);
    while (rows.next())
        visit(read(rows));
    if (error && !rows.error().isEmpty())
        *error = rows.error();
    return rows.error().isEmpty();
}

// LIKE with the user's text taken literally (a '%' typed is a percent sign, not a wildcard).
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

std::optional<PersonRecord> findPerson(QSqlDatabase &db, const QString &personNo)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT %1 FROM persons WHERE person_no = ?").arg(kPersonColumns), {personNo});
    return q.next() ? std::optional<PersonRecord>(readPerson(q)) : std::nullopt;
}

bool forEachPerson(QSqlDatabase &db, const PersonSelection &selection,
                   const std::function<void(const PersonRecord &)> &visit, QString *error)
{
    return forEachOfPersons<PersonRecord>(db, kPersonColumns, QStringLiteral("persons"), selection, readPerson, visit,
                                          error);
}

PersonSelection personsNamed(const QString &part)
{
    return {QStringLiteral("SELECT person_no FROM persons WHERE name LIKE ? ESCAPE '\\'"), {likePattern(part)}};
}

PersonSelection personsMatching(const QString &text)
{
    // person_search_parts keeps every suffix of each number and name (core migration 8): a part
    // anywhere is the start of one of them, a range of its index.
    return {QStringLiteral("SELECT person_no FROM persons WHERE id_number = ? UNION SELECT person_no FROM "
                           "person_search_parts WHERE part GLOB ?"),
            {text.toUpper(), globPrefix(text)}};
}

PersonSelection personsFound(const QString &numberIdOrName)
{
    return {QStringLiteral("SELECT person_no FROM persons WHERE person_no = ? OR id_number = ? OR name LIKE ? ESCAPE '\\'"),
            {numberIdOrName, numberIdOrName.toUpper(), likePattern(numberIdOrName)}};
}

namespace {
QList<AssessmentTaskRecord> assessmentTasksWhere(QSqlDatabase &db, const QString &where, const QVariantList &params)
{
    QList<AssessmentTaskRecord> tasks;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT id, application_id, person_no, kind, state, created_at, created_by FROM "
                                          "assessment_tasks WHERE %1 ORDER BY created_at DESC, id")
                               .arg(where),
                           params);
    while (q.next())
        tasks.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return tasks;
}
} // namespace

QList<AssessmentTaskRecord> assessmentTasksOf(QSqlDatabase &db, const QString &personNo)
{
    return assessmentTasksWhere(db, QStringLiteral("person_no = ?"), {personNo});
}

std::optional<AssessmentTaskRecord> findAssessmentTask(QSqlDatabase &db, const QString &id)
{
    const QList<AssessmentTaskRecord> tasks = assessmentTasksWhere(db, QStringLiteral("id = ?"), {id});
    return tasks.isEmpty() ? std::nullopt : std::optional<AssessmentTaskRecord>(tasks.first());
}

QStringList personNosNamed(QSqlDatabase &db, const QString &part, int limit)
{
    const PersonSelection named = personsNamed(part);
    QSqlQuery q = querySql(db, named.personNosSql + QStringLiteral(" LIMIT %1").arg(limit), named.params);
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

QList<ConclusionRecord> conclusionsOf(QSqlDatabase &db, const QString &personNo)
{
    QList<ConclusionRecord> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT %1 FROM conclusions WHERE person_no = ? ORDER BY concluded_on DESC")
                               .arg(kConclusionColumns),
                           {personNo});
    while (q.next())
        list.append(readConclusion(q));
    return list;
}

bool forEachConclusion(QSqlDatabase &db, const PersonSelection &selection,
                       const std::function<void(const ConclusionRecord &)> &visit, QString *error)
{
    return forEachOfPersons<ConclusionRecord>(db, kConclusionColumns, QStringLiteral("conclusions"), selection,
                                              readConclusion, visit, error);
}

bool forEachCareAssignment(QSqlDatabase &db, const PersonSelection &selection,
                           const std::function<void(const CareAssignmentRecord &)> &visit, QString *error)
{
    return forEachOfPersons<CareAssignmentRecord>(db, kAssignmentColumns, QStringLiteral("care_assignments"), selection,
                                                  readAssignment, visit, error);
}

QList<HospitalStayRecord> hospitalStaysOf(QSqlDatabase &db, const QString &personNo)
{
    QList<HospitalStayRecord> list;
    QSqlQuery q = querySql(
        db, QStringLiteral("SELECT %1 FROM hospital_stays WHERE person_no = ? ORDER BY admitted_on DESC").arg(kStayColumns),
        {personNo});
    while (q.next())
        list.append(readStay(q));
    return list;
}

bool forEachHospitalStay(QSqlDatabase &db, const PersonSelection &selection,
                         const std::function<void(const HospitalStayRecord &)> &visit, QString *error)
{
    return forEachOfPersons<HospitalStayRecord>(db, kStayColumns, QStringLiteral("hospital_stays"), selection, readStay,
                                                visit, error);
}

std::optional<InstitutionRecord> findInstitution(QSqlDatabase &db, const QString &code)
{
    QSqlQuery q =
        querySql(db, QStringLiteral("SELECT %1 FROM institutions WHERE code = ?").arg(kInstitutionColumns), {code});
    return q.next() ? std::optional<InstitutionRecord>(readInstitution(q)) : std::nullopt;
}

QList<InstitutionRecord> allInstitutions(QSqlDatabase &db, QString *error)
{
    QList<InstitutionRecord> list;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT %1 FROM institutions ORDER BY code").arg(kInstitutionColumns), {},
                           error);
    while (q.next())
        list.append(readInstitution(q));
    return list;
}

QHash<QString, QString> institutionNames(QSqlDatabase &db)
{
    QHash<QString, QString> names;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT code, name FROM institutions"));
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

std::optional<InstitutionStanding> institutionStanding(QSqlDatabase &db, const QString &code)
{
    const std::optional<InstitutionRecord> row = findInstitution(db, code);
    if (!row)
        return std::nullopt;
    QHash<QString, InstitutionStanding> one{{code, standingOfRow(*row)}};
    addRecordedTerms(db, one, code, nullptr);
    return one.value(code);
}

QHash<QString, InstitutionStanding> allInstitutionStandings(QSqlDatabase &db, QString *error)
{
    QHash<QString, InstitutionStanding> standings;
    for (const InstitutionRecord &row : allInstitutions(db, error))
        standings.insert(row.code, standingOfRow(row));
    addRecordedTerms(db, standings, QString(), error);
    return standings;
}

QList<OutstandingDamages> outstandingDamagesOf(QSqlDatabase &db, const QString &institutionCode)
{
    QList<OutstandingDamages> list;
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT id, damages_fen - deducted_fen FROM agreement_violations WHERE "
                                          "institution_code = ? AND damages_fen > deducted_fen ORDER BY found_on, id"),
                           {institutionCode});
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toLongLong()});
    return list;
}

std::optional<int> yearScoreOf(QSqlDatabase &db, const QString &institutionCode, int year)
{
    QSqlQuery q = querySql(db,
                           QStringLiteral("SELECT score FROM performance_scores WHERE institution_code = ? AND year = ? "
                                          "ORDER BY scored_on DESC, id DESC LIMIT 1"),
                           {institutionCode, year});
    return q.next() ? std::optional<int>(q.value(0).toInt()) : std::nullopt;
}

QDate representativeBarredThrough(QSqlDatabase &db, const QString &idNumber, QDate day)
{
    const QString isoDay = day.toString(Qt::ISODate);
    return date(scalarSql(db,
                          QStringLiteral("SELECT MAX(barred_to) FROM representative_bars WHERE id_number = ? AND "
                                         "barred_from <= ? AND barred_to >= ?"),
                          {idNumber, isoDay, isoDay}));
}

std::optional<StaffRecord> findStaff(QSqlDatabase &db, const QString &staffNo)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT %1 FROM staff WHERE staff_no = ?").arg(kStaffColumns), {staffNo});
    return q.next() ? std::optional<StaffRecord>(readStaff(q)) : std::nullopt;
}

QList<StaffRecord> staffOf(QSqlDatabase &db, const QString &institutionCode)
{
    QList<StaffRecord> list;
    QSqlQuery q = querySql(
        db, QStringLiteral("SELECT %1 FROM staff WHERE institution_code = ? ORDER BY staff_no").arg(kStaffColumns),
        {institutionCode});
    while (q.next())
        list.append(readStaff(q));
    return list;
}

StaffStanding standingOf(const StaffRecord &staff)
{
    StaffStanding standing;
    standing.staffNo = staff.staffNo;
    standing.institutionCode = staff.institutionCode;
    standing.name = staff.name;
    standing.role = staff.role;
    standing.certificateNo = staff.certificateNo;
    standing.employment = {staff.employedFrom, staff.employedTo};
    if (staff.suspendedFrom.isValid())
        standing.suspensions.append({staff.suspendedFrom, staff.suspendedTo});
    if (staff.barredFrom.isValid())
        standing.bars.append({staff.barredFrom, staff.barredTo});
    return standing;
}

QHash<QString, StaffStanding> allStaffStandings(QSqlDatabase &db, QString *error)
{
    QHash<QString, StaffStanding> standings;
    QSqlQuery q = querySql(db, QStringLiteral("SELECT %1 FROM staff").arg(kStaffColumns), {}, error);
    while (q.next()) {
        const StaffRecord staff = readStaff(q);
        standings.insert(staff.staffNo, standingOf(staff));
    }
    return standings;
}

QList<UnmetStaffing> unmetStaffingOf(QSqlDatabase &db, const QString &code, QDate day)
{
    const std::optional<InstitutionStanding> institution = institutionStanding(db, code);
    if (!institution)
        return {};
    const std::optional<Policy> policy = policyFor(db, institution->district, day);
    if (!policy)
        return {};
    QList<StaffStanding> staff;
    for (const StaffRecord &member : staffOf(db, code))
        staff.append(standingOf(member));
    return unmetStaffing(policy->staffingMinimums, *institution, staff, day);
}

WorkCalendar loadCalendar(QSqlDatabase &db)
{
    WorkCalendar calendar;
    QSqlQuery query = querySql(db, QStringLiteral("SELECT date, kind FROM calendar_days"));
    while (query.next()) {
        calendar.setDay(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                        query.value(1).toString() == QStringLiteral("WORKDAY") ? DayKind::Workday : DayKind::Holiday);
    }
    return calendar;
}

PolicySet loadPolicies(QSqlDatabase &db, QStringList *errors)
{
    PolicySet set;
    QSqlQuery query = querySql(db, QStringLiteral("SELECT body FROM policies ORDER BY region, effective_from"));
    while (query.next()) {
        QStringList problems;
        const std::optional<Policy> policy =
            Policy::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &problems);
        QString why;
        if (!policy || !set.add(*policy, &why)) {
            if (errors)
                *errors << problems << why;
        }
    }
    return set;
}

std::optional<Policy> policyFor(QSqlDatabase &db, const QString &district, QDate day)
{
    const PolicySet policies = loadPolicies(db);
    const Policy *policy = policies.policyFor(district, day);
    return policy ? std::optional<Policy>(*policy) : std::nullopt;
}

QHash<QString, QString> serviceFormNames(QSqlDatabase &db)
{
    QList<Policy> policies = loadPolicies(db).all();
    std::sort(policies.begin(), policies.end(),
              [](const Policy &a, const Policy &b) { return a.effectiveFrom < b.effectiveFrom; });
    QHash<QString, QString> names;
    for (const Policy &policy : std::as_const(policies)) {
        for (const ServiceFormRates &form : policy.serviceForms)
            names.insert(form.code, form.name);
    }
    return names;
}

} // namespace ltc
