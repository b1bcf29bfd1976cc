#include "applications/domain/applicationsteps.h"

#include "core/tr.h"
#include "database/records/corereads.h"
#include "database/sql.h"

#include <QJsonDocument>

namespace ltc::applications {

QString compactJson(const QJsonArray &json) { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); }
QString compactJson(const QJsonObject &json) { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); }

// Reads `id`, the application it names and its person's district; refuses an unknown one and
// one outside the user's district.
std::optional<Loaded> loadForChange(CommandContext &ctx, JsonArgs &read, CommandOutcome &refusal)
{
    const QString id = read.text(QStringLiteral("id"));
    if (!read.ok()) {
        refusal = read.failure();
        return std::nullopt;
    }
    std::optional<Application> application = findApplication(ctx.db(), id);
    if (!application) {
        refusal = CommandOutcome::failure(QStringLiteral("not_found"), Tr::tr("id: there is no application %1").arg(id));
        return std::nullopt;
    }
    const std::optional<PersonRecord> person = findPerson(ctx.db(), application->personNo);
    const QString district = person ? person->district : QString();
    if (const std::optional<CommandOutcome> outside = ctx.checkDistrict(district)) {
        refusal = *outside;
        return std::nullopt;
    }
    return Loaded{*application, district};
}

// A step the application's state does not allow, naming the field and what would allow it.
CommandOutcome notAllowed(const Application &application, const QString &step, const QStringList &allowedFrom)
{
    return CommandOutcome::failure(QStringLiteral("state"),
                                   Tr::tr("status: application %1 is %2; %3 is allowed only when it is %4")
                                       .arg(application.id, application.status, step,
                                            allowedFrom.join(QStringLiteral(" / "))));
}

namespace {
// The checklist as it stands, each item with the scans attached to it so far (and the scans of
// no item last, as their own entry): what the history keeps of every step.
QJsonArray materialsWithScans(QSqlDatabase &db, const QString &applicationId)
{
    QJsonArray items = materialsJson(materialsOf(db, applicationId));
    const QList<ScanRecord> scans = scansOf(db, applicationId);
    auto scansFor = [&scans](const QString &code) {
        QJsonArray named;
        for (const ScanRecord &scan : scans) {
            if (scan.materialCode == code)
                named.append(QJsonObject{{QStringLiteral("file_name"), scan.fileName}, {QStringLiteral("blob"), scan.blob}});
        }
        return named;
    };
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        const QJsonArray named = scansFor(item.value(QStringLiteral("code")).toString());
        if (!named.isEmpty())
            item.insert(QStringLiteral("scans"), named);
        items[i] = item;
    }
    if (const QJsonArray other = scansFor(QString()); !other.isEmpty())
        items.append(QJsonObject{{QStringLiteral("code"), QString()}, {QStringLiteral("scans"), other}});
    return items;
}
} // namespace

// Every step leaves a line in the application's history: who, when, what, the materials after.
bool recordEvent(CommandContext &ctx, const Application &application, const QString &action, const QJsonObject &details)
{
    const int seq = scalarSql(ctx.db(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM application_events WHERE "
                                                       "application_id = ?"),
                              {application.id})
                        .toInt();
    const QString materials = compactJson(materialsWithScans(ctx.db(), application.id));
    if (!ctx.exec(QStringLiteral("INSERT INTO application_events (application_id, seq, person_no, action, status, "
                                 "username, at, details, materials) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {application.id, seq, application.personNo, action, application.status, ctx.user().username,
                   ctx.now().toString(Qt::ISODate), compactJson(details), materials}))
        return false;
    const QString key = application.id + QLatin1Char('/') + QString::number(seq);
    QSqlQuery q = querySql(ctx.db(), QStringLiteral("SELECT * FROM application_events WHERE application_id = ? AND seq = ?"),
                           {application.id, seq});
    ctx.recordChange(QStringLiteral("application_events"), key, std::nullopt,
                     q.next() ? std::optional<QJsonObject>(rowToJson(q)) : std::nullopt);
    return true;
}


} // namespace ltc::applications
