#include "commandbus.h"
#include "core/tr.h"

#include "audit.h"
#include "commandpipeline.h"
#include "database.h"
#include "localmeta.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ltc {
namespace {
} // namespace

CommandBus::CommandBus(const Database &database, const DomainRegistry &registry)
    : m_database(database), m_pipeline(registry)
{
}

CommandOutcome CommandBus::execute(const UserIdentity &user, const QString &name, const QJsonObject &args)
{
    return executeWith(user, name, args, {});  // the command's own apply
}

CommandOutcome CommandBus::executeWith(const UserIdentity &user, const QString &name, const QJsonObject &args,
                                       const CommandApply &apply)
{
    const auto resolved = m_pipeline.resolve(user, name);
    if (const CommandOutcome *refusal = std::get_if<CommandOutcome>(&resolved))
        return *refusal;
    const CommandSpec &spec = *std::get<const CommandSpec *>(resolved);
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return CommandOutcome::failure(QStringLiteral("storage"), Tr::tr("the local database is busy or unavailable"));
    // The outbox and the audit trail keep only what a person changed: derived rows are counted.
    CommandContext context = CommandPipeline::context(db, user, CommandSetup{m_clock(), m_blobs, false, {}});
    CommandOutcome outcome = CommandPipeline::apply(context, spec, args, apply);
    if (!outcome.ok())
        return outcome;  // the transaction rolls back
    QString error;
    if (!writeAuditAndOutbox(context, name, args, &error) || !transaction.commit(&error))
        return CommandOutcome::failure(QStringLiteral("storage"), Tr::tr("the change was not saved: %1").arg(error));
    for (const QJsonValue &change : madeChanges(context.changes()))
        outcome.rows.append(change.toObject().value(QStringLiteral("after")));
    return outcome;
}

bool CommandBus::writeAuditAndOutbox(CommandContext &context, const QString &name, const QJsonObject &args,
                                     QString *error)
{
    QSqlDatabase &db = context.db();
    const qint64 seq = nextOutboxSeq(db, error);
    if (seq <= 0)
        return false;
    const QJsonObject origin{{QStringLiteral("client_id"), clientId(db)}, {QStringLiteral("seq"), seq}};
    const AuditEntry entry = CommandPipeline::auditEntry(context, name, args, origin);
    if (!appendAudit(db, entry, error))
        return false;
    const QVariant baseVersion = args.contains(QStringLiteral("base_version"))
                                     ? QVariant(args.value(QStringLiteral("base_version")).toInteger())
                                     : QVariant(QMetaType(QMetaType::LongLong));
    return execSql(db,
                   QStringLiteral("INSERT INTO outbox (seq, client_id, command, args, base_version, username, "
                                  "created_at, status, changes) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
                   {seq, clientId(db), name, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)),
                    baseVersion, context.user().username, entry.at,
                    QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact))},
                   error);
}

int CommandBus::pendingCount() const
{
    QSqlDatabase db = m_database.connection();
    return scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")).toInt();
}

} // namespace ltc
