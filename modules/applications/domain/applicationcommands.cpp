#include "applications/domain/applicationcommands.h"

#include "applications/domain/applicationreads.h"
#include "applications/domain/applicationsteps.h"
#include "core/citizenid.h"
#include "core/tr.h"
#include "database/records/corereads.h"
#include "database/records/handovers.h"
#include "database/sql.h"

#include <QJsonDocument>
#include <QUuid>

namespace ltc::applications {
namespace {

// Open applications sort by their deadline, those waiting for materials after them, decided ones
// last: one indexed column, so that the first screen of a million applications reads a page of
// the index instead of sorting them all.
QString deadlineOrder(const QString &state, QDate dueOn)
{
    if (state == status::Received && dueOn.isValid())
        return dueOn.toString(Qt::ISODate);
    return state == status::AwaitingMaterials ? QStringLiteral("9999-12-30") : QStringLiteral("9999-12-31");
}

// The decision-relevant dates come from the user; none may lie in the office's future.
void notInFuture(CommandContext &ctx, JsonArgs &read, const QString &field, QDate day)
{
    if (day.isValid() && day > officeDate(ctx.now()))
        read.error(field, Tr::tr("%1 is in the future").arg(day.toString(Qt::ISODate)));
}

// ---- writing ------------------------------------------------------------------------------

// The due date always comes from the one deadline function, on the stored calendar and the
// terms of the policy in force.
QDate dueOnOf(CommandContext &ctx, const QString &district, const Application &application)
{
    return reviewDueOn(loadCalendar(ctx.db()), reviewTermsFor(ctx.db(), district, application.receivedOn),
                       application.receivedOn, application.waits);
}

// Writes the application's changing columns and records the change.
bool saveApplication(CommandContext &ctx, const Loaded &loaded, const Application &after)
{
    const std::optional<QJsonObject> before = ctx.fetch(QStringLiteral("applications"), QStringLiteral("id"), after.id);
    const QDate dueOn = dueOnOf(ctx, loaded.district, after);
    if (!ctx.exec(QStringLiteral("UPDATE applications SET status = ?, clock_waits = ?, due_on = ?, deadline_order = ?, "
                                 "handler = ?, decided_by = ?, decided_at = ?, refusal_reason = ?, refusal_text = ? "
                                 "WHERE id = ?"),
                  {after.status, compactJson(waitsToJson(after.waits)), sqlDate(dueOn), deadlineOrder(after.status, dueOn),
                   sqlText(after.handler), sqlText(after.decidedBy), sqlText(after.decidedAt), sqlText(after.refusalReason),
                   sqlText(after.refusalText), after.id}))
        return false;
    ctx.recordChange(QStringLiteral("applications"), after.id, before,
                     ctx.fetch(QStringLiteral("applications"), QStringLiteral("id"), after.id));
    return true;
}

QString materialKey(const QString &applicationId, const QString &code) { return applicationId + QLatin1Char('/') + code; }

std::optional<QJsonObject> fetchMaterial(CommandContext &ctx, const QString &applicationId, const QString &code)
{
    QSqlQuery q = querySql(ctx.db(), QStringLiteral("SELECT * FROM application_materials WHERE application_id = ? AND code = ?"),
                           {applicationId, code});
    return q.next() ? std::optional<QJsonObject>(rowToJson(q)) : std::nullopt;
}

bool saveMaterial(CommandContext &ctx, const QString &applicationId, const QString &personNo, int position,
                  const MaterialState &item)
{
    const std::optional<QJsonObject> before = fetchMaterial(ctx, applicationId, item.code);
    const QVariantList values{applicationId, item.code, personNo, position, item.name, item.required ? 1 : 0,
                              item.received ? 1 : 0, sqlDate(item.receivedOn), sqlDate(item.requestedOn)};
    const bool ok = before ? ctx.exec(QStringLiteral("UPDATE application_materials SET required = ?, received = ?, "
                                                     "received_on = ?, requested_on = ? WHERE application_id = ? AND code = ?"),
                                      {item.required ? 1 : 0, item.received ? 1 : 0, sqlDate(item.receivedOn),
                                       sqlDate(item.requestedOn), applicationId, item.code})
                           : ctx.exec(QStringLiteral("INSERT INTO application_materials (application_id, code, person_no, "
                                                     "position, name, required, received, received_on, requested_on) "
                                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                      values);
    if (ok)
        ctx.recordChange(QStringLiteral("application_materials"), materialKey(applicationId, item.code), before,
                         fetchMaterial(ctx, applicationId, item.code));
    return ok;
}

bool saveMaterials(CommandContext &ctx, const Application &application, const QList<MaterialState> &materials)
{
    for (qsizetype i = 0; i < materials.size(); ++i) {
        if (!saveMaterial(ctx, application.id, application.personNo, int(i), materials.at(i)))
            return false;
    }
    return true;
}

// A handler acting on an application becomes its handler; an online channel never does.
QString actingHandler(const CommandContext &ctx, const QString &previous)
{
    return ctx.user().hasAnyRole(roleIds({Role::Handler, Role::Admin})) ? ctx.user().username : previous;
}

// ---- submit -------------------------------------------------------------------------------

// The checklist of a new application: the items of the policy in force, required or not by the
// kind, ticked where the counter received them. Where the policy lists none, what the counter
// received is kept as it was named, required by nothing.
QList<MaterialState> initialChecklist(const std::optional<Policy> &policy, const QString &kind,
                                      const QStringList &received, QDate receivedOn)
{
    QList<MaterialState> checklist;
    if (!policy || policy->applicationMaterials.isEmpty()) {
        for (const QString &code : received)
            checklist.append({code, code, false, true, receivedOn, {}});
        return checklist;
    }
    for (const MaterialItem &item : policy->applicationMaterials) {
        const bool in = received.contains(item.code);
        checklist.append({item.code, item.name, item.requiredFor.contains(kind), in, in ? receivedOn : QDate(), {}});
    }
    return checklist;
}

// Reads a list of material codes: each a known checklist item (when the policy lists any), none twice.
QStringList materialCodes(JsonArgs &read, const QJsonObject &args, const QString &field, bool required,
                          const std::optional<Policy> &policy)
{
    const QJsonValue value = args.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            read.error(field, Tr::tr("is required"));
        return {};
    }
    if (!value.isArray() || (required && value.toArray().isEmpty())) {
        read.error(field, required ? Tr::tr("must be a non-empty list of material codes") : Tr::tr("must be a list of material codes"));
        return {};
    }
    QStringList codes;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QString code = items.at(i).toString().trimmed();
        const bool known = !policy || policy->applicationMaterials.isEmpty()
                           || std::any_of(policy->applicationMaterials.cbegin(), policy->applicationMaterials.cend(),
                                          [&code](const MaterialItem &item) { return item.code == code; });
        if (code.isEmpty())
            read.error(path, Tr::tr("must be a material code"));
        else if (!known)
            read.error(path, Tr::tr("%1 is not on the materials checklist of the policy in force").arg(code));
        else if (codes.contains(code))
            read.error(path, Tr::tr("%1 is listed twice").arg(code));
        else
            codes << code;
    }
    return codes;
}

void readApplicant(JsonArgs &read, Application &application)
{
    application.applicantKind = read.text(QStringLiteral("applicant_kind"), false);
    if (application.applicantKind.isEmpty())
        application.applicantKind = QStringLiteral("PERSON");
    const bool representative = application.applicantKind != QLatin1String("PERSON");
    if (!QStringList{QStringLiteral("PERSON"), QStringLiteral("GUARDIAN"), QStringLiteral("AGENT")}.contains(
            application.applicantKind))
        read.error(QStringLiteral("applicant_kind"), Tr::tr("must be PERSON, GUARDIAN or AGENT"));
    // A guardian or an agent (监护人/委托代理人, seed 004 §6) applies with their own ID.
    application.applicantName = read.text(QStringLiteral("applicant_name"), representative);
    application.applicantIdNumber = read.text(QStringLiteral("applicant_id_number"), representative).toUpper();
    QString why;
    if (!application.applicantIdNumber.isEmpty() && !validateCitizenId(application.applicantIdNumber, &why))
        read.error(QStringLiteral("applicant_id_number"), why);
}

// A submission as read and validated: the application, its person, the policy in force on the
// day it was received, and the materials received with it.
struct Submission {
    Application application;
    PersonRecord person;
    std::optional<Policy> policy;
    QStringList received;
};

// Reads and validates the arguments of application.submit, every problem named by its field.
std::optional<Submission> readSubmission(CommandContext &ctx, const QJsonObject &args, CommandOutcome &refusal)
{
    JsonArgs read(args);
    Submission submission;
    Application &application = submission.application;
    application.id = read.text(QStringLiteral("id"));
    if (!application.id.isEmpty() && QUuid::fromString(application.id).isNull())
        read.error(QStringLiteral("id"), Tr::tr("must be a UUID chosen by the client"));
    application.personNo = read.text(QStringLiteral("person_no"));
    application.kind = read.text(QStringLiteral("kind"));
    if (!application.kind.isEmpty() && !allKinds().contains(application.kind))
        read.error(QStringLiteral("kind"), Tr::tr("must be FIRST, DISPUTE or REASSESS"));
    application.channel = read.text(QStringLiteral("channel"));
    if (!application.channel.isEmpty() && !allChannels().contains(application.channel))
        read.error(QStringLiteral("channel"), Tr::tr("must be COUNTER or ONLINE"));
    application.receivedOn = read.date(QStringLiteral("received_on"));
    notInFuture(ctx, read, QStringLiteral("received_on"), application.receivedOn);
    readApplicant(read, application);
    const std::optional<PersonRecord> person =
        application.personNo.isEmpty() ? std::nullopt : findPerson(ctx.db(), application.personNo);
    if (!application.personNo.isEmpty() && !person)
        read.error(QStringLiteral("person_no"), Tr::tr("there is no insured person %1").arg(application.personNo));
    if (person && application.receivedOn.isValid() && application.receivedOn < person->birthDate)
        read.error(QStringLiteral("received_on"), Tr::tr("is before the person's birth"));
    if (person && application.receivedOn.isValid())
        submission.policy = policyFor(ctx.db(), person->district, application.receivedOn);
    submission.received = materialCodes(read, args, QStringLiteral("materials"), false, submission.policy);
    // A dispute within its window, a re-assessment once the conclusion is old enough: the
    // assessments' own rule (core/assessmentterms.h), asked of the person's conclusions.
    if (person && application.receivedOn.isValid() && allKinds().contains(application.kind)) {
        const QString notNow = followUpRefusal(application.kind, application.receivedOn,
                                               conclusionsOf(ctx.db(), person->personNo),
                                               submission.policy ? submission.policy->assessment : AssessmentTerms());
        if (!notNow.isEmpty())
            read.error(QStringLiteral("received_on"), notNow);
    }
    if (!read.ok()) {
        refusal = read.failure();
        return std::nullopt;
    }
    submission.person = *person;  // read.ok(): the person exists
    return submission;
}

// Why a valid submission may not be taken: the district, the channel, the one-open rule.
std::optional<CommandOutcome> submissionRefusal(CommandContext &ctx, const Submission &submission)
{
    const Application &application = submission.application;
    if (std::optional<CommandOutcome> outside = ctx.checkDistrict(submission.person.district))
        return outside;
    // An online channel's account submits what arrives online, never a counter's application.
    const bool staff = ctx.user().hasAnyRole(roleIds({Role::Handler, Role::Admin}));
    if (!staff && application.channel != QLatin1String("ONLINE"))
        return CommandOutcome::failure(QStringLiteral("forbidden"),
                                       Tr::tr("channel: an online channel account may submit ONLINE applications only"));
    if (findApplication(ctx.db(), application.id))
        return CommandOutcome::failure(QStringLiteral("conflict"), Tr::tr("id: application %1 already exists").arg(application.id));
    if (openApplicationsOfKind(ctx.db(), application.personNo, application.kind) > 0)
        return CommandOutcome::failure(QStringLiteral("conflict"),
                                       Tr::tr("kind: person %1 already has an open %2 application; a person has at most "
                                              "one open application of a kind")
                                           .arg(application.personNo, application.kind));
    return std::nullopt;
}

bool insertApplication(CommandContext &ctx, const Application &application, QDate dueOn)
{
    if (!ctx.exec(QStringLiteral("INSERT INTO applications (id, person_no, kind, channel, status, received_on, clock_waits, "
                                 "due_on, deadline_order, handler, submitted_by, submitted_at, applicant_kind, "
                                 "applicant_name, applicant_id_number) VALUES (?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, "
                                 "?, ?)"),
                  {application.id, application.personNo, application.kind, application.channel, application.status,
                   sqlDate(application.receivedOn), sqlDate(dueOn), deadlineOrder(application.status, dueOn),
                   sqlText(application.handler), application.submittedBy, application.submittedAt,
                   application.applicantKind, sqlText(application.applicantName), sqlText(application.applicantIdNumber)}))
        return false;
    ctx.recordChange(QStringLiteral("applications"), application.id, std::nullopt,
                     ctx.fetch(QStringLiteral("applications"), QStringLiteral("id"), application.id));
    return true;
}

CommandOutcome submit(CommandContext &ctx, const QJsonObject &args)
{
    CommandOutcome refusal;
    std::optional<Submission> submission = readSubmission(ctx, args, refusal);
    if (!submission)
        return refusal;
    if (const std::optional<CommandOutcome> refused = submissionRefusal(ctx, *submission))
        return *refused;
    Application &application = submission->application;
    application.status = status::Received;
    application.handler = actingHandler(ctx, QString());
    application.submittedBy = ctx.user().username;
    application.submittedAt = ctx.now().toString(Qt::ISODate);
    const QList<MaterialState> checklist =
        initialChecklist(submission->policy, application.kind, submission->received, application.receivedOn);
    const QJsonObject details{{QStringLiteral("channel"), application.channel},
                              {QStringLiteral("received_on"), application.receivedOn.toString(Qt::ISODate)},
                              {QStringLiteral("materials"), QJsonArray::fromStringList(submission->received)}};
    if (!insertApplication(ctx, application, dueOnOf(ctx, submission->person.district, application))
        || !saveMaterials(ctx, application, checklist)
        || !recordEvent(ctx, application, QStringLiteral("application.submit"), details))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// ---- materials ----------------------------------------------------------------------------

CommandOutcome requestMaterials(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    std::optional<Loaded> loaded = loadForChange(ctx, read, refusal);
    if (!loaded)
        return refusal;
    Application application = loaded->application;
    if (application.status != status::Received)
        return notAllowed(application, QStringLiteral("request_materials"), {status::Received});
    const std::optional<Policy> policy = policyFor(ctx.db(), loaded->district, application.receivedOn);
    const QStringList items = materialCodes(read, args, QStringLiteral("items"), true, policy);
    const QString note = read.text(QStringLiteral("note"), false);
    // The day of the request: today at the office unless the handler records an earlier one.
    QDate requestedOn = read.date(QStringLiteral("requested_on"), false);
    if (!requestedOn.isValid())
        requestedOn = officeDate(ctx.now());
    notInFuture(ctx, read, QStringLiteral("requested_on"), requestedOn);
    const QDate clockStart = application.waits.isEmpty() ? application.receivedOn : application.waits.last().arrivedOn;
    if (requestedOn < clockStart)
        read.error(QStringLiteral("requested_on"),
                   Tr::tr("is before %1, when the materials were last complete").arg(clockStart.toString(Qt::ISODate)));
    QList<MaterialState> materials = materialsOf(ctx.db(), application.id);
    // All missing items at once (一次性告知, seed 004 §11, §20): a request that leaves out a
    // required item not yet received is refused, so that no second request is ever needed.
    for (const QString &code : missingRequired(materials)) {
        if (!items.contains(code))
            read.error(QStringLiteral("items"), Tr::tr("the required item %1 has not been received and is not "
                                                       "requested: request every missing item at once")
                                                    .arg(code));
    }
    if (!read.ok())
        return read.failure();
    for (const QString &code : items) {
        auto item = std::find_if(materials.begin(), materials.end(), [&code](const MaterialState &m) { return m.code == code; });
        if (item == materials.end())  // the policy lists no checklist: the request names its own items
            item = materials.insert(materials.end(), MaterialState{code, code, true, false, {}, {}});
        item->received = false;
        item->receivedOn = {};
        item->requestedOn = requestedOn;
    }
    application.status = status::AwaitingMaterials;
    application.waits.append({requestedOn, {}});
    application.handler = actingHandler(ctx, application.handler);
    QJsonObject details{{QStringLiteral("items"), QJsonArray::fromStringList(items)},
                        {QStringLiteral("requested_on"), requestedOn.toString(Qt::ISODate)}};
    if (!note.isEmpty())
        details.insert(QStringLiteral("note"), note);
    if (!saveApplication(ctx, *loaded, application) || !saveMaterials(ctx, application, materials)
        || !recordEvent(ctx, application, QStringLiteral("application.request_materials"), details))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome receiveMaterials(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    std::optional<Loaded> loaded = loadForChange(ctx, read, refusal);
    if (!loaded)
        return refusal;
    Application application = loaded->application;
    if (application.status != status::AwaitingMaterials)
        return notAllowed(application, QStringLiteral("receive_materials"), {status::AwaitingMaterials});
    const QDate receivedOn = read.date(QStringLiteral("received_on"));
    notInFuture(ctx, read, QStringLiteral("received_on"), receivedOn);
    const QDate requestedOn = application.waits.last().requestedOn;
    if (receivedOn.isValid() && receivedOn < requestedOn)
        read.error(QStringLiteral("received_on"),
                   Tr::tr("is before %1, when the materials were requested").arg(requestedOn.toString(Qt::ISODate)));
    if (!read.ok())
        return read.failure();
    QList<MaterialState> materials = materialsOf(ctx.db(), application.id);
    QStringList arrived;
    for (MaterialState &item : materials) {
        if (!item.received && item.requestedOn == requestedOn) {
            item.received = true;
            item.receivedOn = receivedOn;
            arrived << item.code;
        }
    }
    application.status = status::Received;
    application.waits.last().arrivedOn = receivedOn;
    application.handler = actingHandler(ctx, application.handler);
    const QJsonObject details{{QStringLiteral("received_on"), receivedOn.toString(Qt::ISODate)},
                              {QStringLiteral("items"), QJsonArray::fromStringList(arrived)}};
    if (!saveApplication(ctx, *loaded, application) || !saveMaterials(ctx, application, materials)
        || !recordEvent(ctx, application, QStringLiteral("application.receive_materials"), details))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// ---- decisions ----------------------------------------------------------------------------

CommandOutcome accept(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    std::optional<Loaded> loaded = loadForChange(ctx, read, refusal);
    if (!loaded)
        return refusal;
    Application application = loaded->application;
    if (application.status != status::Received)
        return notAllowed(application, QStringLiteral("accept"), {status::Received});
    const QStringList missing = missingRequired(materialsOf(ctx.db(), application.id));
    if (!missing.isEmpty())
        return CommandOutcome::failure(QStringLiteral("state"),
                                       Tr::tr("materials: the required items %1 have not been received; request them "
                                              "or refuse the application")
                                           .arg(missing.join(QStringLiteral(", "))));
    application.status = status::Accepted;
    application.handler = actingHandler(ctx, application.handler);
    application.decidedBy = ctx.user().username;
    application.decidedAt = ctx.now().toString(Qt::ISODate);
    const QJsonObject details{{QStringLiteral("assessment_task"), assessmentTaskId(application.id)}};
    if (!saveApplication(ctx, *loaded, application)
        || !createAssessmentTask(ctx, application.id, application.personNo, application.kind)
        || !recordEvent(ctx, application, QStringLiteral("application.accept"), details))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

CommandOutcome refuse(CommandContext &ctx, const QJsonObject &args)
{
    JsonArgs read(args);
    CommandOutcome refusal;
    std::optional<Loaded> loaded = loadForChange(ctx, read, refusal);
    if (!loaded)
        return refusal;
    Application application = loaded->application;
    if (!isOpen(application.status))
        return notAllowed(application, QStringLiteral("refuse"), {status::Received, status::AwaitingMaterials});
    const QString reason = read.text(QStringLiteral("reason"));
    if (!reason.isEmpty() && !refusalReasons().contains(reason))
        read.error(QStringLiteral("reason"), Tr::tr("must be one of %1").arg(refusalReasons().join(QStringLiteral(", "))));
    const QString text = read.text(QStringLiteral("text"));  // the notice tells the applicant why
    if (!read.ok())
        return read.failure();
    application.status = status::Refused;
    application.handler = actingHandler(ctx, application.handler);
    application.decidedBy = ctx.user().username;
    application.decidedAt = ctx.now().toString(Qt::ISODate);
    application.refusalReason = reason;
    application.refusalText = text;
    const QJsonObject details{{QStringLiteral("reason"), reason}, {QStringLiteral("text"), text}};
    if (!saveApplication(ctx, *loaded, application)
        || !recordEvent(ctx, application, QStringLiteral("application.refuse"), details))
        return ctx.storageFailure();
    return CommandOutcome::success();
}

// After the calendar or a policy changes: the due date of every application whose clock runs is
// computed again (the worklist sorts by the stored one), and saved where it moved.
bool refreshRunningDeadlines(CommandContext &ctx)
{
    QSqlQuery running = querySql(ctx.db(),
                                 QStringLiteral("SELECT a.id, p.district FROM applications a JOIN persons p ON p.person_no "
                                                "= a.person_no WHERE a.status = ?"),
                                 {status::Received});
    QList<std::pair<QString, QString>> found;
    while (running.next())
        found.append({running.value(0).toString(), running.value(1).toString()});
    running.finish();
    for (const auto &[id, district] : found) {
        const std::optional<Application> application = findApplication(ctx.db(), id);
        if (!application)
            continue;
        const Loaded loaded{*application, district};
        if (dueOnOf(ctx, district, *application) != application->dueOn && !saveApplication(ctx, loaded, *application))
            return false;
    }
    return true;
}

} // namespace

QList<FollowUp> applicationFollowUps()
{
    return {FollowUp{{QStringLiteral("import.calendar"), QStringLiteral("policy.load")}, refreshRunningDeadlines}};
}

QList<CommandSpec> applicationCommands()
{
    const QString module = QStringLiteral("applications");
    const QStringList staff = roleIds({Role::Handler, Role::Admin});
    return {
        {QStringLiteral("application.submit"), module, roleIds({Role::Handler, Role::Admin, Role::Channel}),
         QStringLiteral("Receive a benefit application at the counter or from the online channel"),
         {QStringLiteral("id (UUID), person_no, kind (FIRST/DISPUTE/REASSESS), channel (COUNTER/ONLINE), received_on, "
                         "[materials: codes received], [applicant_kind (PERSON/GUARDIAN/AGENT), applicant_name, "
                         "applicant_id_number]")},
         submit},
        {QStringLiteral("application.request_materials"), module, staff,
         QStringLiteral("Ask for every missing material at once; the review clock stops"),
         {QStringLiteral("id, items: [codes], [note], [requested_on]")}, requestMaterials},
        {QStringLiteral("application.receive_materials"), module, staff,
         QStringLiteral("The requested materials are in; the review clock runs again"),
         {QStringLiteral("id, received_on")}, receiveMaterials},
        {QStringLiteral("application.accept"), module, staff,
         QStringLiteral("Accept an application and hand an assessment task over"), {QStringLiteral("id")}, accept},
        {QStringLiteral("application.refuse"), module, staff,
         QStringLiteral("Refuse an application with one of the six reasons of seed 004 §6 and a text"),
         {QStringLiteral("id, reason (NOT_INSURED/SHORT_INSURANCE/NOT_ELIGIBLE/OUT_OF_SCOPE/MATERIALS/OTHER), text")},
         refuse},
    };
}

QList<Migration> applicationMigrations()
{
    Migration v1{QStringLiteral("applications"), 1, QStringLiteral("applications, materials checklists, history"), {}, {}, {}};
    v1.statements = QStringList{
        QStringLiteral("CREATE TABLE applications (id TEXT PRIMARY KEY, person_no TEXT NOT NULL REFERENCES persons "
                       "(person_no), kind TEXT NOT NULL CHECK (kind IN ('FIRST', 'DISPUTE', 'REASSESS')), channel TEXT "
                       "NOT NULL CHECK (channel IN ('COUNTER', 'ONLINE')), status TEXT NOT NULL CHECK (status IN "
                       "('RECEIVED', 'AWAITING_MATERIALS', 'ACCEPTED', 'REFUSED')), received_on TEXT NOT NULL, "
                       "clock_waits TEXT NOT NULL, due_on TEXT, deadline_order TEXT NOT NULL, handler TEXT, "
                       "submitted_by TEXT NOT NULL, submitted_at TEXT NOT NULL, decided_by TEXT, decided_at TEXT, "
                       "refusal_reason TEXT, refusal_text TEXT, applicant_kind TEXT NOT NULL, applicant_name TEXT, "
                       "applicant_id_number TEXT)"),
        QStringLiteral("CREATE INDEX applications_by_deadline ON applications (deadline_order, received_on, id)"),
        // The worklist's filters that narrow most, each already in deadline order: the first page
        // reads a page of an index, not the whole table.
        QStringLiteral("CREATE INDEX applications_by_status ON applications (status, deadline_order, received_on, id)"),
        QStringLiteral("CREATE INDEX applications_by_handler ON applications (handler, deadline_order, received_on, id)"),
        QStringLiteral("CREATE INDEX applications_by_person ON applications (person_no, kind, status)"),
        QStringLiteral("CREATE TABLE application_materials (application_id TEXT NOT NULL, "
                       "code TEXT NOT NULL, person_no TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, "
                       "required INTEGER NOT NULL, received INTEGER NOT NULL, received_on TEXT, requested_on TEXT, "
                       "PRIMARY KEY (application_id, code))"),
        QStringLiteral("CREATE TABLE application_events (application_id TEXT NOT NULL, seq "
                       "INTEGER NOT NULL, person_no TEXT NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL, username "
                       "TEXT NOT NULL, at TEXT NOT NULL, details TEXT NOT NULL, materials TEXT NOT NULL, PRIMARY KEY "
                       "(application_id, seq))"),
    };
    return {v1};
}

} // namespace ltc::applications
