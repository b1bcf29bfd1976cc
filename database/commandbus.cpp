#include "commandbus.h"
#include "core/tr.h"

#include "audit.h"
#include "database.h"
#include "localmeta.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ltc {
namespace {
} // namespace

CommandBus::CommandBus(const Database &database, const DomainRegistry &registry)
    : m_database(database), m_registry(registry)
{
}

CommandOutcome CommandBus::execute(const UserIdentity &user, const QString &name, const QJsonObject &args)
{
    const CommandSpec *spec = m_registry.command(name);
    return executeWith(user, name, args, spec ? spec->apply : CommandApply());
}

CommandOutcome CommandBus::executeWith(const UserIdentity &user, const QString &name, const QJsonObject &args,
                                       const CommandApply &apply)
{
    const CommandSpec *spec = m_registry.command(name);
    if (!spec)
        return CommandOutcome::failure(QStringLiteral("unknown_command"), Tr::tr("there is no command named %1").arg(name));
    if (!user.hasAnyRole(spec->roles))
        return CommandOutcome::failure(QStringLiteral("forbidden"),
                                       Tr::tr("your roles do not allow %1 (allowed: %2)")
                                           .arg(name, spec->roles.join(QStringLiteral(", "))));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return CommandOutcome::failure(QStringLiteral("storage"), Tr::tr("the local database is busy or unavailable"));
    CommandContext context(db, user, m_clock());
    context.setKeepDerivedRows(false);  // the outbox and the audit trail keep only what a person changed
    context.setBlobSource(m_blobs);
    CommandOutcome outcome = apply(context, args);
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
    const QString at = context.now().toString(Qt::ISODateWithMs);
    const QJsonArray changes = madeChanges(context.changes());
    QJsonObject details = args;
    if (context.derivedRows() > 0)
        details.insert(QStringLiteral("derived_rows"), context.derivedRows());
    if (!appendAudit(db, AuditEntry{at, context.user().username, name, details, changes}, error))
        return false;
    const qint64 seq = nextOutboxSeq(db, error);
    if (seq <= 0)
        return false;
    const QVariant baseVersion = args.contains(QStringLiteral("base_version"))
                                     ? QVariant(args.value(QStringLiteral("base_version")).toInteger())
                                     : QVariant(QMetaType(QMetaType::LongLong));
    return execSql(db,
                   QStringLiteral("INSERT INTO outbox (seq, client_id, command, args, base_version, username, "
                                  "created_at, status, changes) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
                   {seq, clientId(db), name, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)),
                    baseVersion, context.user().username, at,
                    QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))},
                   error);
}

int CommandBus::pendingCount() const
{
    QSqlDatabase db = m_database.connection();
    return scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")).toInt();
}

} // namespace ltc
