#include "records.h"
#include "tr.h"

#include "creditcode.h"
#include "region.h"
#include "standing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace ltc {
namespace {
QString iso(QDate date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }
QDate fromIso(const QJsonValue &value) { return QDate::fromString(value.toString(), Qt::ISODate); }
const QStringList kInsuranceTypes{QStringLiteral("EMPLOYEE"), QStringLiteral("RESIDENT")};
const QStringList kInstitutionKinds{QStringLiteral("ASSESS"), QStringLiteral("CARE")};
} // namespace

// ---- persons ---------------------------------------------------------------------------

const ImportColumns &PersonRecord::columns()
{
    static const ImportColumns columns{
        {QStringLiteral("person_no"), QStringLiteral("id_number"), QStringLiteral("name"), QStringLiteral("sex"),
         QStringLiteral("birth_date"), QStringLiteral("insurance_type"), QStringLiteral("enrolled_on"),
         QStringLiteral("district")},
        {QStringLiteral("insured_until"), QStringLiteral("died_on")}};
    return columns;
}

template <typename Report> void PersonRecord::validate(Report report) const
{
    if (personNo.isEmpty())
        report(QStringLiteral("person_no"), Tr::tr("is required"));
    if (name.isEmpty())
        report(QStringLiteral("name"), Tr::tr("is required"));
    QString why;
    const std::optional<CitizenIdInfo> info = validateCitizenId(idNumber, &why);
    if (!info) {
        report(QStringLiteral("id_number"), why);
    } else {
        if (info->sex != sex)
            report(QStringLiteral("sex"), Tr::tr("does not match the sex encoded in id_number"));
        if (birthDate.isValid() && info->birthDate != birthDate)
            report(QStringLiteral("birth_date"), Tr::tr("does not match the birth date encoded in id_number"));
    }
    if (!kInsuranceTypes.contains(insuranceType))
        report(QStringLiteral("insurance_type"), Tr::tr("must be EMPLOYEE or RESIDENT"));
    if (!enrolledOn.isValid())
        report(QStringLiteral("enrolled_on"), Tr::tr("is required"));
    if (birthDate.isValid() && enrolledOn.isValid() && enrolledOn < birthDate)
        report(QStringLiteral("enrolled_on"), Tr::tr("is before the birth date"));
    if (insuredUntil.isValid() && enrolledOn.isValid() && insuredUntil < enrolledOn)
        report(QStringLiteral("insured_until"), Tr::tr("is before enrolled_on"));
    if (diedOn.isValid() && birthDate.isValid() && diedOn < birthDate)
        report(QStringLiteral("died_on"), Tr::tr("is before the birth date"));
    if (!isRegionCode(district))
        report(QStringLiteral("district"), Tr::tr("'%1' is not a six-digit GB/T 2260 code").arg(district));
}

bool PersonRecord::insuredOn(QDate day) const
{
    return day.isValid() && enrolledOn.isValid() && day >= enrolledOn && (insuredUntil.isNull() || day <= insuredUntil)
           && (diedOn.isNull() || day <= diedOn);
}

QStringList PersonRecord::validationErrors() const
{
    QStringList errors;
    validate([&](const QString &column, const QString &message) { errors << column + QStringLiteral(": ") + message; });
    return errors;
}

std::optional<PersonRecord> PersonRecord::read(CsvRowReader &row)
{
    PersonRecord person;
    person.personNo = row.requiredText(QStringLiteral("person_no"));
    person.idNumber = row.requiredText(QStringLiteral("id_number")).toUpper();
    person.name = row.requiredText(QStringLiteral("name"));
    const QString sex = row.choice(QStringLiteral("sex"), {QStringLiteral("M"), QStringLiteral("F")}, Presence::Required);
    person.sex = sexFromCode(sex).value_or(Sex::Male);
    person.birthDate = row.date(QStringLiteral("birth_date"), Presence::Required);
    person.insuranceType = row.choice(QStringLiteral("insurance_type"), kInsuranceTypes, Presence::Required);
    person.enrolledOn = row.date(QStringLiteral("enrolled_on"), Presence::Required);
    person.insuredUntil = row.date(QStringLiteral("insured_until"), Presence::Optional);
    person.diedOn = row.date(QStringLiteral("died_on"), Presence::Optional);
    person.district = row.requiredText(QStringLiteral("district"));
    if (!row.rowOk())
        return std::nullopt;  // report field errors first; cross checks only on readable rows
    person.validate([&](const QString &column, const QString &message) { row.error(column, message); });
    if (!row.rowOk())
        return std::nullopt;
    return person;
}

QJsonObject PersonRecord::toJson() const
{
    return {{QStringLiteral("person_no"), personNo},      {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("name"), name},               {QStringLiteral("sex"), sexCode(sex)},
            {QStringLiteral("birth_date"), iso(birthDate)}, {QStringLiteral("insurance_type"), insuranceType},
            {QStringLiteral("enrolled_on"), iso(enrolledOn)}, {QStringLiteral("insured_until"), iso(insuredUntil)},
            {QStringLiteral("died_on"), iso(diedOn)},     {QStringLiteral("district"), district}};
}

PersonRecord PersonRecord::fromJson(const QJsonObject &json)
{
    PersonRecord person;
    person.personNo = json.value(QStringLiteral("person_no")).toString().trimmed();
    person.idNumber = json.value(QStringLiteral("id_number")).toString().trimmed().toUpper();
    person.name = json.value(QStringLiteral("name")).toString().trimmed();
    person.sex = sexFromCode(json.value(QStringLiteral("sex")).toString()).value_or(Sex::Male);
    person.birthDate = fromIso(json.value(QStringLiteral("birth_date")));
    person.insuranceType = json.value(QStringLiteral("insurance_type")).toString();
    person.enrolledOn = fromIso(json.value(QStringLiteral("enrolled_on")));
    person.insuredUntil = fromIso(json.value(QStringLiteral("insured_until")));
    person.diedOn = fromIso(json.value(QStringLiteral("died_on")));
    person.district = json.value(QStringLiteral("district")).toString().trimmed();
    return person;
}

// ---- institutions ----------------------------------------------------------------------

const ImportColumns &InstitutionRecord::columns()
{
    static const ImportColumns columns{
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("grade"),
         QStringLiteral("service_forms"), QStringLiteral("agreement_from"), QStringLiteral("agreement_to")},
        {QStringLiteral("uscc"), QStringLiteral("suspended_from"), QStringLiteral("suspended_to"),
         QStringLiteral("district")}};
    return columns;
}

QStringList InstitutionRecord::validationErrors() const
{
    QStringList errors;
    auto report = [&](const char *column, const QString &message) {
        errors << QString::fromLatin1(column) + QStringLiteral(": ") + message;
    };
    if (code.isEmpty())
        report("code", Tr::tr("is required"));
    if (name.isEmpty())
        report("name", Tr::tr("is required"));
    if (!kInstitutionKinds.contains(kind))
        report("kind", Tr::tr("must be ASSESS or CARE"));
    if (grade < 1 || grade > 3)
        report("grade", Tr::tr("must be 1, 2 or 3"));
    if (!uscc.isEmpty() && !checkCreditCode(uscc).acceptable())
        report("uscc", checkCreditCode(uscc).message);
    static const QRegularExpression formCode(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    if (serviceForms.isEmpty())
        report("service_forms", Tr::tr("at least one service form is required"));
    for (const QString &form : serviceForms) {
        if (!formCode.match(form).hasMatch())
            report("service_forms", Tr::tr("'%1' is not a service form code (A-Z, 0-9, _)").arg(form));
    }
    if (!agreementFrom.isValid())
        report("agreement_from", Tr::tr("is required"));
    if (!agreementTo.isValid())
        report("agreement_to", Tr::tr("is required"));
    if (agreementFrom.isValid() && agreementTo.isValid() && agreementTo < agreementFrom)
        report("agreement_to", Tr::tr("is before agreement_from"));
    if (!district.isEmpty() && !isRegionCode(district))
        report("district", Tr::tr("'%1' is not a six-digit GB/T 2260 code").arg(district));
    if (suspendedTo.isValid() && !suspendedFrom.isValid())
        report("suspended_to", Tr::tr("needs suspended_from"));
    if (suspendedTo.isValid() && suspendedFrom.isValid() && suspendedTo < suspendedFrom)
        report("suspended_to", Tr::tr("is before suspended_from"));
    return errors;
}

std::optional<InstitutionRecord> InstitutionRecord::read(CsvRowReader &row)
{
    InstitutionRecord institution;
    institution.code = row.requiredText(QStringLiteral("code"));
    institution.name = row.requiredText(QStringLiteral("name"));
    institution.kind = row.choice(QStringLiteral("kind"), kInstitutionKinds, Presence::Required);
    institution.uscc = row.text(QStringLiteral("uscc")).toUpper();
    institution.grade = row.integer(QStringLiteral("grade"), 1, 3, Presence::Required).value_or(1);
    for (const QString &form : row.requiredText(QStringLiteral("service_forms")).split(QLatin1Char('|')))
        institution.serviceForms << form.trimmed();
    institution.agreementFrom = row.date(QStringLiteral("agreement_from"), Presence::Required);
    institution.agreementTo = row.date(QStringLiteral("agreement_to"), Presence::Required);
    institution.suspendedFrom = row.date(QStringLiteral("suspended_from"), Presence::Optional);
    institution.suspendedTo = row.date(QStringLiteral("suspended_to"), Presence::Optional);
    institution.district = row.text(QStringLiteral("district"));
    if (!row.rowOk())
        return std::nullopt;
    for (const QString &problem : institution.validationErrors()) {
        const qsizetype colon = problem.indexOf(QStringLiteral(": "));
        row.error(problem.left(colon), problem.mid(colon + 2));
    }
    if (!row.rowOk())
        return std::nullopt;
    if (!institution.uscc.isEmpty()) {
        const CreditCodeCheck check = checkCreditCode(institution.uscc);
        if (check.status == CreditCodeStatus::CheckMismatch)
            row.warning(QStringLiteral("uscc"), check.message);
    }
    return institution;
}

QJsonObject InstitutionRecord::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("uscc"), uscc},
            {QStringLiteral("grade"), grade},
            {QStringLiteral("service_forms"), serviceForms.join(QLatin1Char('|'))},
            {QStringLiteral("agreement_from"), iso(agreementFrom)},
            {QStringLiteral("agreement_to"), iso(agreementTo)},
            {QStringLiteral("suspended_from"), iso(suspendedFrom)},
            {QStringLiteral("suspended_to"), iso(suspendedTo)},
            {QStringLiteral("district"), district}};
}

InstitutionRecord InstitutionRecord::fromJson(const QJsonObject &json)
{
    InstitutionRecord institution;
    institution.code = json.value(QStringLiteral("code")).toString().trimmed();
    institution.name = json.value(QStringLiteral("name")).toString().trimmed();
    institution.kind = json.value(QStringLiteral("kind")).toString();
    institution.uscc = json.value(QStringLiteral("uscc")).toString().trimmed().toUpper();
    institution.grade = json.value(QStringLiteral("grade")).toInt(0);
    const QString forms = json.value(QStringLiteral("service_forms")).toString();
    if (!forms.isEmpty())
        institution.serviceForms = forms.split(QLatin1Char('|'));
    institution.agreementFrom = fromIso(json.value(QStringLiteral("agreement_from")));
    institution.agreementTo = fromIso(json.value(QStringLiteral("agreement_to")));
    institution.suspendedFrom = fromIso(json.value(QStringLiteral("suspended_from")));
    institution.suspendedTo = fromIso(json.value(QStringLiteral("suspended_to")));
    institution.district = json.value(QStringLiteral("district")).toString().trimmed();
    return institution;
}

// ---- staff -----------------------------------------------------------------------------

const ImportColumns &StaffRecord::columns()
{
    static const ImportColumns columns{
        {QStringLiteral("staff_no"), QStringLiteral("institution_code"), QStringLiteral("name"),
         QStringLiteral("id_number"), QStringLiteral("role"), QStringLiteral("employed_from")},
        {QStringLiteral("certificate_no"), QStringLiteral("employed_to"), QStringLiteral("suspended_from"),
         QStringLiteral("suspended_to"), QStringLiteral("barred_from"), QStringLiteral("barred_to")}};
    return columns;
}

QStringList StaffRecord::validationErrors() const
{
    QStringList errors;
    auto report = [&](const char *column, const QString &message) {
        errors << QString::fromLatin1(column) + QStringLiteral(": ") + message;
    };
    auto checkPeriod = [&](const char *fromColumn, QDate from, const char *toColumn, QDate to) {
        if (to.isValid() && !from.isValid())
            report(toColumn, Tr::tr("needs %1").arg(QString::fromLatin1(fromColumn)));
        if (to.isValid() && from.isValid() && to < from)
            report(toColumn, Tr::tr("is before %1").arg(QString::fromLatin1(fromColumn)));
    };
    if (staffNo.isEmpty())
        report("staff_no", Tr::tr("is required"));
    if (institutionCode.isEmpty())
        report("institution_code", Tr::tr("is required"));
    if (name.isEmpty())
        report("name", Tr::tr("is required"));
    QString idError;
    if (!validateCitizenId(idNumber, &idError))
        report("id_number", idError);
    if (!kStaffRoles.contains(role))
        report("role", Tr::tr("must be ASSESSOR, EXPERT, DOCTOR, NURSE or CAREGIVER"));
    if (!employedFrom.isValid())
        report("employed_from", Tr::tr("is required"));
    checkPeriod("employed_from", employedFrom, "employed_to", employedTo);
    checkPeriod("suspended_from", suspendedFrom, "suspended_to", suspendedTo);
    checkPeriod("barred_from", barredFrom, "barred_to", barredTo);
    return errors;
}

std::optional<StaffRecord> StaffRecord::read(CsvRowReader &row)
{
    StaffRecord staff;
    staff.staffNo = row.requiredText(QStringLiteral("staff_no"));
    staff.institutionCode = row.requiredText(QStringLiteral("institution_code"));
    staff.name = row.requiredText(QStringLiteral("name"));
    staff.idNumber = row.requiredText(QStringLiteral("id_number")).toUpper();
    staff.role = row.choice(QStringLiteral("role"), kStaffRoles, Presence::Required);
    staff.certificateNo = row.text(QStringLiteral("certificate_no"));
    staff.employedFrom = row.date(QStringLiteral("employed_from"), Presence::Required);
    staff.employedTo = row.date(QStringLiteral("employed_to"), Presence::Optional);
    staff.suspendedFrom = row.date(QStringLiteral("suspended_from"), Presence::Optional);
    staff.suspendedTo = row.date(QStringLiteral("suspended_to"), Presence::Optional);
    staff.barredFrom = row.date(QStringLiteral("barred_from"), Presence::Optional);
    staff.barredTo = row.date(QStringLiteral("barred_to"), Presence::Optional);
    if (!row.rowOk())
        return std::nullopt;
    for (const QString &problem : staff.validationErrors()) {
        const qsizetype colon = problem.indexOf(QStringLiteral(": "));
        row.error(problem.left(colon), problem.mid(colon + 2));
    }
    return row.rowOk() ? std::optional<StaffRecord>(staff) : std::nullopt;
}

QJsonObject StaffRecord::toJson() const
{
    return {{QStringLiteral("staff_no"), staffNo},          {QStringLiteral("institution_code"), institutionCode},
            {QStringLiteral("name"), name},                 {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("role"), role},                 {QStringLiteral("certificate_no"), certificateNo},
            {QStringLiteral("employed_from"), iso(employedFrom)}, {QStringLiteral("employed_to"), iso(employedTo)},
            {QStringLiteral("suspended_from"), iso(suspendedFrom)},
            {QStringLiteral("suspended_to"), iso(suspendedTo)}, {QStringLiteral("barred_from"), iso(barredFrom)},
            {QStringLiteral("barred_to"), iso(barredTo)}};
}

StaffRecord StaffRecord::fromJson(const QJsonObject &json)
{
    StaffRecord staff;
    staff.staffNo = json.value(QStringLiteral("staff_no")).toString().trimmed();
    staff.institutionCode = json.value(QStringLiteral("institution_code")).toString().trimmed();
    staff.name = json.value(QStringLiteral("name")).toString().trimmed();
    staff.idNumber = json.value(QStringLiteral("id_number")).toString().trimmed().toUpper();
    staff.role = json.value(QStringLiteral("role")).toString();
    staff.certificateNo = json.value(QStringLiteral("certificate_no")).toString().trimmed();
    staff.employedFrom = fromIso(json.value(QStringLiteral("employed_from")));
    staff.employedTo = fromIso(json.value(QStringLiteral("employed_to")));
    staff.suspendedFrom = fromIso(json.value(QStringLiteral("suspended_from")));
    staff.suspendedTo = fromIso(json.value(QStringLiteral("suspended_to")));
    staff.barredFrom = fromIso(json.value(QStringLiteral("barred_from")));
    staff.barredTo = fromIso(json.value(QStringLiteral("barred_to")));
    return staff;
}

// ---- conclusions (beneficiaries) ----------------------------------------------------------

const ImportColumns &ConclusionRecord::columns()
{
    static const ImportColumns columns{{QStringLiteral("person_no"), QStringLiteral("level"), QStringLiteral("concluded_on"),
                                        QStringLiteral("valid_until"), QStringLiteral("service_form")},
                                       {QStringLiteral("institution_code")}};
    return columns;
}

std::optional<ConclusionRecord> ConclusionRecord::read(CsvRowReader &row)
{
    ConclusionRecord conclusion;
    conclusion.personNo = row.requiredText(QStringLiteral("person_no"));
    conclusion.level = row.integer(QStringLiteral("level"), 0, 5, Presence::Required).value_or(0);
    conclusion.concludedOn = row.date(QStringLiteral("concluded_on"), Presence::Required);
    conclusion.validUntil = row.date(QStringLiteral("valid_until"), Presence::Required);
    conclusion.serviceForm = row.requiredText(QStringLiteral("service_form"));
    conclusion.institutionCode = row.text(QStringLiteral("institution_code"));
    if (row.rowOk() && conclusion.validUntil < conclusion.concludedOn)
        row.error(QStringLiteral("valid_until"), Tr::tr("is before concluded_on"));
    if (!row.rowOk())
        return std::nullopt;
    return conclusion;
}

// ---- hospital stays -------------------------------------------------------------------------

const ImportColumns &HospitalStayRecord::columns()
{
    static const ImportColumns columns{{QStringLiteral("person_no"), QStringLiteral("admitted_on")},
                                       {QStringLiteral("discharged_on")}};
    return columns;
}

std::optional<HospitalStayRecord> HospitalStayRecord::read(CsvRowReader &row)
{
    HospitalStayRecord stay;
    stay.personNo = row.requiredText(QStringLiteral("person_no"));
    stay.admittedOn = row.date(QStringLiteral("admitted_on"), Presence::Required);
    stay.dischargedOn = row.date(QStringLiteral("discharged_on"), Presence::Optional);
    if (row.rowOk() && stay.dischargedOn.isValid() && stay.dischargedOn < stay.admittedOn)
        row.error(QStringLiteral("discharged_on"), Tr::tr("is before admitted_on"));
    if (!row.rowOk())
        return std::nullopt;
    return stay;
}

// ---- calendar ---------------------------------------------------------------------------

const ImportColumns &CalendarEntry::columns()
{
    static const ImportColumns columns{{QStringLiteral("date"), QStringLiteral("kind")}, {}};
    return columns;
}

QString CalendarEntry::kindCode(DayKind kind)
{
    return kind == DayKind::Holiday ? QStringLiteral("HOLIDAY") : QStringLiteral("WORKDAY");
}

std::optional<CalendarEntry> CalendarEntry::read(CsvRowReader &row)
{
    CalendarEntry entry;
    entry.date = row.date(QStringLiteral("date"), Presence::Required);
    const QString kind = row.choice(QStringLiteral("kind"), {QStringLiteral("HOLIDAY"), QStringLiteral("WORKDAY")},
                                    Presence::Required);
    entry.kind = kind == QStringLiteral("WORKDAY") ? DayKind::Workday : DayKind::Holiday;
    if (row.rowOk() && entry.kind == DayKind::Workday && entry.date.dayOfWeek() < 6)
        row.error(QStringLiteral("kind"), Tr::tr("WORKDAY marks a weekend make-up day, but %1 is a weekday")
                                              .arg(entry.date.toString(Qt::ISODate)));
    if (!row.rowOk())
        return std::nullopt;
    return entry;
}

} // namespace ltc
