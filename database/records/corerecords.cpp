// The core records' commands and imports: persons, institutions, the calendar, policy versions,
// conclusions and hospital stays. Their tables are created by the core module's migrations
// (coredomain.cpp, beside the store's own tables: one migration made both, and a migration
// never changes); what reads them is corereads.h.
#include "corerecords.h"
#include "core/tr.h"

#include "core/namekey.h"
#include "core/records.h"
#include "core/region.h"
#include "corereads.h"
#include "domainregistry.h"
#include "sql.h"
#include "tables.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>

namespace ltc {
namespace {
// ---- persons --------------------------------------------------------------------------------

const QString kUpsertPerson = QStringLiteral(
    "INSERT INTO persons (person_no, id_number, name, sex, birth_date, insurance_type, enrolled_on, insured_until, "
    "died_on, district, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_no) DO UPDATE SET "
    "id_number = excluded.id_number, name = excluded.name, name_key = excluded.name_key, sex = excluded.sex, "
    "birth_date = excluded.birth_date, "
    "insurance_type = excluded.insurance_type, enrolled_on = excluded.enrolled_on, insured_until = "
    "excluded.insured_until, died_on = excluded.died_on, district = excluded.district, row_version = "
    "persons.row_version + 1");

QVariantList personValues(const PersonRecord &p)
{
    return {p.personNo, p.idNumber, p.name, sexCode(p.sex), sqlDate(p.birthDate), p.insuranceType,
            sqlDate(p.enrolledOn), sqlDate(p.insuredUntil), sqlDate(p.diedOn), p.district, nameSortKey(p.name)};
}

// An ID number may belong to one person number only.
QString idNumberOwner(QSqlDatabase &db, const QString &idNumber)
{
    return scalarSql(db, QStringLiteral("SELECT person_no FROM persons WHERE id_number = ?"), {idNumber}).toString();
}

CommandOutcome registerPerson(CommandContext &ctx, const QJsonObject &args)
{
    const PersonRecord person = PersonRecord::fromJson(args);
    const QStringList problems = person.validationErrors();
    if (!problems.isEmpty())
        return CommandOutcome::failure(QStringLiteral("invalid"), problems.join(QStringLiteral("; ")));
    if (const std::optional<CommandOutcome> refusal = ctx.checkDistrict(person.district))
        return *refusal;
    if (ctx.fetch(QStringLiteral("persons"), QStringLiteral("person_no"), person.personNo))
        return CommandOutcome::failure(QStringLiteral("conflict"), Tr::tr("person %1 already exists").arg(person.personNo));
    const QString owner = idNumberOwner(ctx.db(), person.idNumber);
    if (!owner.isEmpty())
        return CommandOutcome::failure(QStringLiteral("conflict"), Tr::tr("id_number already belongs to person %1").arg(owner));
    if (!ctx.exec(kUpsertPerson, personValues(person)))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("persons"), person.personNo, std::nullopt,
                     ctx.fetch(QStringLiteral("persons"), QStringLiteral("person_no"), person.personNo));
    return CommandOutcome::success();
}

// Loads a person the user may change, or explains why not.
std::optional<QJsonObject> personForChange(CommandContext &ctx, const QString &personNo, CommandOutcome &refusal)
{
    std::optional<QJsonObject> row = ctx.fetch(QStringLiteral("persons"), QStringLiteral("person_no"), personNo);
    if (!row)
        refusal = CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("person %1 does not exist").arg(personNo));
    else if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(row->value(QStringLiteral("district")).toString()))
        refusal = *outside;
    else
        return row;
    return std::nullopt;
}

CommandOutcome updatePersonContact(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString personNo = read.text(QStringLiteral("person_no"));
    const QString address = read.text(QStringLiteral("address"), false);
    const QString phone = read.text(QStringLiteral("phone"), false);
    if (!phone.isEmpty() && !QRegularExpression(QStringLiteral("^[0-9+\\- ]{5,20}$")).match(phone).hasMatch())
        read.error(QStringLiteral("phone"), Tr::tr("'%1' is not a telephone number").arg(phone));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = personForChange(ctx, personNo, refusal);
    if (!before)
        return refusal;
    if (!ctx.exec(QStringLiteral("UPDATE persons SET address = ?, phone = ?, row_version = row_version + 1 WHERE "
                                 "person_no = ?"),
                  {sqlText(address), sqlText(phone), personNo}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("persons"), personNo, before,
                     ctx.fetch(QStringLiteral("persons"), QStringLiteral("person_no"), personNo));
    return CommandOutcome::success();
}

CommandOutcome recordDeath(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString personNo = read.text(QStringLiteral("person_no"));
    const QDate diedOn = read.date(QStringLiteral("died_on"));
    if (!read.ok())
        return read.failure();
    CommandOutcome refusal;
    const std::optional<QJsonObject> before = personForChange(ctx, personNo, refusal);
    if (!before)
        return refusal;
    if (diedOn < QDate::fromString(before->value(QStringLiteral("birth_date")).toString(), Qt::ISODate)
        || diedOn > ctx.now().date())
        return CommandOutcome::failure(QStringLiteral("invalid"), Tr::tr("died_on: must lie between the birth date and today"));
    if (!ctx.exec(QStringLiteral("UPDATE persons SET died_on = ?, row_version = row_version + 1 WHERE person_no = ?"),
                  {sqlDate(diedOn), personNo}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("persons"), personNo, before,
                     ctx.fetch(QStringLiteral("persons"), QStringLiteral("person_no"), personNo));
    return CommandOutcome::success();
}

// An ID number may not appear twice in a file, nor belong to another person already stored —
// unless an earlier line of the file gave that person another one. The file's own lines decide
// that, not what is written yet: the server copies rows a part at a time, SQLite row by row.
RowCheck personsCheck(QSqlDatabase &db)
{
    auto owner = std::make_shared<QSqlQuery>(db);
    owner->prepare(QStringLiteral("SELECT person_no FROM persons WHERE id_number = ?"));
    auto idNumberLine = std::make_shared<QHash<QString, int>>();
    auto idNumberOf = std::make_shared<QHash<QString, QString>>();  // person_no → the file's id_number
    return [owner, idNumberLine, idNumberOf](const ImportRow &row, ImportIssues &issues) {
        const QString personNo = row.values.at(0).toString();
        const QString idNumber = row.values.at(1).toString();
        if (idNumberLine->contains(idNumber)) {
            issues.error(row.line, QStringLiteral("id_number"),
                         Tr::tr("the same id_number is on line %1 of this file").arg(idNumberLine->value(idNumber)));
            return;
        }
        idNumberLine->insert(idNumber, row.line);
        idNumberOf->insert(personNo, idNumber);
        owner->addBindValue(idNumber);
        if (owner->exec() && owner->next()) {
            const QString stored = owner->value(0).toString();
            const bool givenAnother = idNumberOf->contains(stored) && idNumberOf->value(stored) != idNumber;
            if (stored != personNo && !givenAnother)
                issues.error(row.line, QStringLiteral("id_number"), Tr::tr("already belongs to person %1").arg(stored));
        }
        owner->finish();
    };
}

ImportSpec personsImport()
{
    ImportSpec spec;
    spec.kind = QStringLiteral("persons");
    spec.roles = roleIds({Role::Handler, Role::Admin});
    spec.columns = PersonRecord::columns();
    spec.readRow = [](CsvRowReader &row) -> std::optional<QVariantList> {
        const std::optional<PersonRecord> person = PersonRecord::read(row);
        return person ? std::optional<QVariantList>(personValues(*person)) : std::nullopt;
    };
    spec.keyIndexes = {0};
    spec.keyColumns = {QStringLiteral("person_no")};
    spec.upsertSql = kUpsertPerson;
    spec.prepareCheck = personsCheck;
    return spec;
}

// ---- institutions ---------------------------------------------------------------------------

const QString kUpsertInstitution = QStringLiteral(
    "INSERT INTO institutions (code, name, kind, uscc, grade, service_forms, agreement_from, agreement_to, "
    "suspended_from, suspended_to, district) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
    "name = excluded.name, kind = excluded.kind, uscc = excluded.uscc, grade = excluded.grade, service_forms = "
    "excluded.service_forms, agreement_from = excluded.agreement_from, agreement_to = excluded.agreement_to, "
    "suspended_from = excluded.suspended_from, suspended_to = excluded.suspended_to, district = excluded.district, "
    "row_version = institutions.row_version + 1");

QVariantList institutionValues(const InstitutionRecord &i)
{
    return {i.code, i.name, i.kind, sqlText(i.uscc), i.grade, i.serviceForms.join(QLatin1Char('|')),
            sqlDate(i.agreementFrom), sqlDate(i.agreementTo), sqlDate(i.suspendedFrom), sqlDate(i.suspendedTo),
            sqlText(i.district)};
}

CommandOutcome registerInstitution(CommandContext &ctx, const QJsonObject &args)
{
    const InstitutionRecord institution = InstitutionRecord::fromJson(args);
    const QStringList problems = institution.validationErrors();
    if (!problems.isEmpty())
        return CommandOutcome::failure(QStringLiteral("invalid"), problems.join(QStringLiteral("; ")));
    const QString district = institution.district.isEmpty() ? ctx.user().district : institution.district;
    if (const std::optional<CommandOutcome> refusal = ctx.checkDistrict(district))
        return *refusal;
    if (ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), institution.code))
        return CommandOutcome::failure(QStringLiteral("conflict"),
                                       Tr::tr("institution %1 already exists").arg(institution.code));
    InstitutionRecord stored = institution;
    stored.district = district;
    if (!ctx.exec(kUpsertInstitution, institutionValues(stored)))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("institutions"), institution.code, std::nullopt,
                     ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), institution.code));
    return CommandOutcome::success();
}

CommandOutcome suspendSettlement(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QString code = read.text(QStringLiteral("code"));
    const QDate from = read.date(QStringLiteral("suspended_from"), false);
    const QDate to = read.date(QStringLiteral("suspended_to"), false);
    if (to.isValid() && (!from.isValid() || to < from))
        read.error(QStringLiteral("suspended_to"), Tr::tr("needs suspended_from on or before it"));
    if (!read.ok())
        return read.failure();
    const std::optional<QJsonObject> before = ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), code);
    if (!before)
        return CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("institution %1 does not exist").arg(code));
    const QString district = before->value(QStringLiteral("district")).toString();
    if (const std::optional<CommandOutcome> refusal = ctx.checkDistrict(district))
        return *refusal;
    if (!ctx.exec(QStringLiteral("UPDATE institutions SET suspended_from = ?, suspended_to = ?, row_version = "
                                 "row_version + 1 WHERE code = ?"),
                  {sqlDate(from), sqlDate(to), code}))
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("institutions"), code, before,
                     ctx.fetch(QStringLiteral("institutions"), QStringLiteral("code"), code));
    return CommandOutcome::success();
}

ImportSpec institutionsImport()
{
    ImportSpec spec;
    spec.kind = QStringLiteral("institutions");
    spec.roles = roleIds({Role::AgreementOfficer, Role::Admin});
    spec.columns = InstitutionRecord::columns();
    spec.readRow = [](CsvRowReader &row) -> std::optional<QVariantList> {
        const std::optional<InstitutionRecord> institution = InstitutionRecord::read(row);
        return institution ? std::optional<QVariantList>(institutionValues(*institution)) : std::nullopt;
    };
    spec.keyIndexes = {0};
    spec.keyColumns = {QStringLiteral("code")};
    spec.upsertSql = kUpsertInstitution;
    // institution.suspend_settlement sets these too: a file without them keeps them.
    spec.keptWhenAbsent = {QStringLiteral("suspended_from"), QStringLiteral("suspended_to")};
    // The file's optional district column, else the importing user's (CONTRACT.md).
    spec.completeRow = [](QVariantList &values, const UserIdentity &user) {
        constexpr int kDistrict = 10;
        if (values.value(kDistrict).toString().isEmpty() && user.district != kAllDistricts)
            values[kDistrict] = user.district;
    };
    return spec;
}

// ---- staff ----------------------------------------------------------------------------------
// A staff row belongs to the office of its institution (tables.h belongsToInstitution): the
// import's district check follows institution_code.

const QString kUpsertStaff = QStringLiteral(
    "INSERT INTO staff (staff_no, institution_code, name, id_number, role, certificate_no, employed_from, employed_to, "
    "suspended_from, suspended_to, barred_from, barred_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
    "(staff_no) DO UPDATE SET institution_code = excluded.institution_code, name = excluded.name, id_number = "
    "excluded.id_number, role = excluded.role, certificate_no = excluded.certificate_no, employed_from = "
    "excluded.employed_from, employed_to = excluded.employed_to, suspended_from = excluded.suspended_from, "
    "suspended_to = excluded.suspended_to, barred_from = excluded.barred_from, barred_to = excluded.barred_to, "
    "row_version = staff.row_version + 1");

QVariantList staffValues(const StaffRecord &s)
{
    return {s.staffNo, s.institutionCode, s.name, s.idNumber, s.role, sqlText(s.certificateNo),
            sqlDate(s.employedFrom), sqlDate(s.employedTo), sqlDate(s.suspendedFrom), sqlDate(s.suspendedTo),
            sqlDate(s.barredFrom), sqlDate(s.barredTo)};
}

ImportSpec staffImport()
{
    ImportSpec spec;
    spec.kind = QStringLiteral("staff");
    spec.roles = roleIds({Role::AgreementOfficer, Role::Admin});
    spec.columns = StaffRecord::columns();
    spec.readRow = [](CsvRowReader &row) -> std::optional<QVariantList> {
        const std::optional<StaffRecord> staff = StaffRecord::read(row);
        return staff ? std::optional<QVariantList>(staffValues(*staff)) : std::nullopt;
    };
    spec.keyIndexes = {0};
    spec.keyColumns = {QStringLiteral("staff_no")};
    spec.upsertSql = kUpsertStaff;
    // staff.suspend_settlement and staff.bar set these too: a file without them keeps them.
    spec.keptWhenAbsent = {QStringLiteral("suspended_from"), QStringLiteral("suspended_to"), QStringLiteral("barred_from"),
                           QStringLiteral("barred_to")};
    spec.prepareCheck = [](QSqlDatabase &db) {
        return referenceCheck(db, 1, QStringLiteral("institutions"), QStringLiteral("code"),
                              QStringLiteral("institution_code"));
    };
    return spec;
}

// ---- calendar -------------------------------------------------------------------------------

const QString kUpsertCalendarDay = QStringLiteral(
    "INSERT INTO calendar_days (date, kind) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET kind = excluded.kind");

CommandOutcome setCalendarDay(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    const QDate date = read.date(QStringLiteral("date"));
    const QString kind = read.text(QStringLiteral("kind"));
    if (!kind.isEmpty() && kind != QStringLiteral("HOLIDAY") && kind != QStringLiteral("WORKDAY")
        && kind != QStringLiteral("NORMAL"))
        read.error(QStringLiteral("kind"), Tr::tr("must be HOLIDAY, WORKDAY or NORMAL"));
    if (date.isValid() && kind == QStringLiteral("WORKDAY") && date.dayOfWeek() < 6)
        read.error(QStringLiteral("kind"), Tr::tr("WORKDAY marks a weekend make-up day, but %1 is a weekday")
                                               .arg(date.toString(Qt::ISODate)));
    if (!read.ok())
        return read.failure();
    if (!sharedChangeAllowed(ctx.user(), QString()))
        return CommandOutcome::failure(QStringLiteral("forbidden"),
                                       Tr::tr("the calendar is shared by every district: only a city-level user may change it"));
    const QString key = date.toString(Qt::ISODate);
    const std::optional<QJsonObject> before = ctx.fetch(QStringLiteral("calendar_days"), QStringLiteral("date"), key);
    const bool ok = kind == QStringLiteral("NORMAL")
                        ? ctx.exec(QStringLiteral("DELETE FROM calendar_days WHERE date = ?"), {key})
                        : ctx.exec(kUpsertCalendarDay, {key, kind});
    if (!ok)
        return ctx.storageFailure();
    ctx.recordChange(QStringLiteral("calendar_days"), key, before,
                     ctx.fetch(QStringLiteral("calendar_days"), QStringLiteral("date"), key));
    return CommandOutcome::success();
}

ImportSpec calendarImport()
{
    ImportSpec spec;
    spec.kind = QStringLiteral("calendar");
    spec.roles = roleIds({Role::Admin});
    spec.columns = CalendarEntry::columns();
    spec.readRow = [](CsvRowReader &row) -> std::optional<QVariantList> {
        const std::optional<CalendarEntry> entry = CalendarEntry::read(row);
        if (!entry)
            return std::nullopt;
        return QVariantList{entry->date.toString(Qt::ISODate), CalendarEntry::kindCode(entry->kind)};
    };
    spec.keyIndexes = {0};
    spec.keyColumns = {QStringLiteral("date")};
    spec.upsertSql = kUpsertCalendarDay;
    return spec;
}

// ---- conclusions and hospital stays ----------------------------------------------------------

ImportSpec beneficiariesImport()
{
    ImportSpec spec;
    spec.kind = QStringLiteral("beneficiaries");
    spec.roles = roleIds({Role::Handler, Role::Admin});
    spec.columns = ConclusionRecord::columns();
    spec.readRow = [](CsvRowReader &row) -> std::optional<QVariantList> {
        const std::optional<ConclusionRecord> c = ConclusionRecord::read(row);
        if (!c)
            return std::nullopt;
        return QVariantList{c->personNo, c->level, sqlDate(c->concludedOn), sqlDate(c->validUntil), c->serviceForm,
                            sqlText(c->institutionCode)};
    };
    spec.keyIndexes = {0, 2};
    spec.keyColumns = {QStringLiteral("person_no"), QStringLiteral("concluded_on")};
    spec.upsertSql = QStringLiteral(
        "INSERT INTO conclusions (person_no, level, concluded_on, valid_until, service_form, institution_code) VALUES "
        "(?, ?, ?, ?, ?, ?) ON CONFLICT (person_no, concluded_on) DO UPDATE SET level = excluded.level, valid_until = "
        "excluded.valid_until, service_form = excluded.service_form, institution_code = excluded.institution_code");
    spec.prepareCheck = [](QSqlDatabase &db) {
        return allChecks({referenceCheck(db, 0, QStringLiteral("persons"), QStringLiteral("person_no"),
                                         QStringLiteral("person_no")),
                          referenceCheck(db, 5, QStringLiteral("institutions"), QStringLiteral("code"),
                                         QStringLiteral("institution_code"))});
    };
    return spec;
}

ImportSpec hospitalStaysImport()
{
    ImportSpec spec;
    spec.kind = QStringLiteral("hospital-stays");
    spec.roles = roleIds({Role::Handler, Role::FirstReviewer, Role::Admin});
    spec.columns = HospitalStayRecord::columns();
    spec.readRow = [](CsvRowReader &row) -> std::optional<QVariantList> {
        const std::optional<HospitalStayRecord> stay = HospitalStayRecord::read(row);
        if (!stay)
            return std::nullopt;
        return QVariantList{stay->personNo, sqlDate(stay->admittedOn), sqlDate(stay->dischargedOn)};
    };
    spec.keyIndexes = {0, 1};
    spec.keyColumns = {QStringLiteral("person_no"), QStringLiteral("admitted_on")};
    spec.upsertSql = QStringLiteral("INSERT INTO hospital_stays (person_no, admitted_on, discharged_on) VALUES (?, ?, ?) "
                                    "ON CONFLICT (person_no, admitted_on) DO UPDATE SET discharged_on = "
                                    "excluded.discharged_on");
    spec.prepareCheck = [](QSqlDatabase &db) {
        return referenceCheck(db, 0, QStringLiteral("persons"), QStringLiteral("person_no"), QStringLiteral("person_no"));
    };
    return spec;
}

// ---- policies -------------------------------------------------------------------------------

CommandOutcome loadPolicy(CommandContext &ctx, const QJsonObject &args)
{
    QStringList errors;
    const std::optional<Policy> policy = Policy::fromJson(args, &errors);
    if (!policy)
        return CommandOutcome::failure(QStringLiteral("invalid"), errors.join(QStringLiteral("; ")));
    if (!sharedChangeAllowed(ctx.user(), policy->region))
        return CommandOutcome::failure(QStringLiteral("forbidden"),
                                       Tr::tr("a policy of region %1 is not yours to change (your district is %2)")
                                           .arg(policy->region, ctx.user().district));
    PolicySet existing = loadPolicies(ctx.db());
    QString why;
    if (!existing.add(*policy, &why))
        return CommandOutcome::failure(QStringLiteral("conflict"), why);
    const QString key = policy->region + QLatin1Char('/') + policy->effectiveFrom.toString(Qt::ISODate);
    QSqlQuery previous = querySql(ctx.db(), QStringLiteral("SELECT * FROM policies WHERE region = ? AND effective_from = ?"),
                                  {policy->region, policy->effectiveFrom.toString(Qt::ISODate)});
    const std::optional<QJsonObject> before =
        previous.next() ? std::optional<QJsonObject>(rowToJson(previous)) : std::nullopt;
    if (!savePolicy(ctx.db(), *policy, &why))
        return CommandOutcome::failure(QStringLiteral("storage"), why);
    // The stored row (not the file's JSON), so that it syncs like any other row.
    QSqlQuery stored = querySql(ctx.db(), QStringLiteral("SELECT * FROM policies WHERE region = ? AND effective_from = ?"),
                                {policy->region, policy->effectiveFrom.toString(Qt::ISODate)});
    ctx.recordChange(QStringLiteral("policies"), key, before,
                     stored.next() ? std::optional<QJsonObject>(rowToJson(stored)) : std::nullopt);
    return CommandOutcome::success();
}

QList<CommandSpec> coreCommands()
{
    const QStringList handlers = roleIds({Role::Handler, Role::Admin});
    const QStringList officers = roleIds({Role::AgreementOfficer, Role::Admin});
    return {
        {QStringLiteral("person.register"), QStringLiteral("core"), handlers,
         QStringLiteral("Register an insured person"),
         {QStringLiteral("person_no, id_number, name, sex (M/F), birth_date, insurance_type (EMPLOYEE/RESIDENT), "
                         "enrolled_on, [insured_until], [died_on], district")},
         registerPerson},
        {QStringLiteral("person.update_contact"), QStringLiteral("core"), handlers,
         QStringLiteral("Change a person's address and telephone"),
         {QStringLiteral("person_no, [address], [phone]")}, updatePersonContact},
        {QStringLiteral("person.record_death"), QStringLiteral("core"), handlers,
         QStringLiteral("Record a person's date of death"), {QStringLiteral("person_no, died_on")}, recordDeath},
        {QStringLiteral("institution.register"), QStringLiteral("core"), officers,
         QStringLiteral("Register an assessment or care institution"),
         {QStringLiteral("code, name, kind (ASSESS/CARE), [uscc], grade (1-3), service_forms (A|B), agreement_from, "
                         "agreement_to, [suspended_from], [suspended_to], [district]")},
         registerInstitution},
        {QStringLiteral("institution.suspend_settlement"), QStringLiteral("core"),
         roleIds({Role::AgreementOfficer, Role::Inspector, Role::Admin}),
         QStringLiteral("Suspend (or, with no dates, resume) an institution's settlement"),
         {QStringLiteral("code, [suspended_from], [suspended_to]")}, suspendSettlement},
        {QStringLiteral("calendar.set_day"), QStringLiteral("core"), roleIds({Role::Admin}),
         QStringLiteral("Mark a day as holiday, weekend make-up workday, or normal"),
         {QStringLiteral("date, kind (HOLIDAY/WORKDAY/NORMAL)")}, setCalendarDay},
        {QStringLiteral("policy.load"), QStringLiteral("core"), roleIds({Role::Admin}),
         QStringLiteral("Add or replace a policy version (the policy JSON of CONTRACT.md)"),
         {QStringLiteral("the policy file's object")}, loadPolicy},
    };
}
} // namespace

void addCoreRecords(DomainModule &core)
{
    core.commands += coreCommands();
    core.imports += {personsImport(), institutionsImport(), staffImport(), calendarImport(), beneficiariesImport(),
                     hospitalStaysImport()};
}

bool savePolicy(QSqlDatabase &db, const Policy &policy, QString *error)
{
    PolicySet existing = loadPolicies(db);
    if (!existing.add(policy, error))
        return false;
    const QString body = QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact));
    return execSql(db,
                   QStringLiteral("INSERT INTO policies (region, effective_from, effective_to, name, body, loaded_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (region, effective_from) DO UPDATE SET "
                                  "effective_to = excluded.effective_to, name = excluded.name, body = excluded.body, "
                                  "loaded_at = excluded.loaded_at"),
                   {policy.region, policy.effectiveFrom.toString(Qt::ISODate), sqlDate(policy.effectiveTo), policy.name,
                    body, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                   error);
}

} // namespace ltc
