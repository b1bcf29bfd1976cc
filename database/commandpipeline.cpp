#include "commandpipeline.h"

#include "audit.h"
#include "core/tr.h"
#include "domainregistry.h"

#include <QCoreApplication>

namespace ltc {

std::variant<const CommandSpec *, CommandOutcome> CommandPipeline::resolve(const UserIdentity &user,
                                                                         const QString &name) const
{
    const CommandSpec *spec = find(name);
    if (!spec)
        return CommandOutcome::failure(QStringLiteral("unknown_command"), Tr::tr("there is no command named %1").arg(name));
    if (!user.hasAnyRole(spec->roles))
        return CommandOutcome::failure(QStringLiteral("forbidden"),
                                       Tr::tr("your roles do not allow %1 (allowed: %2)")
                                           .arg(name, spec->roles.join(QStringLiteral(", "))));
    return spec;
}

const CommandSpec *CommandPipeline::find(const QString &name) const { return m_registry.command(name); }

CommandContext CommandPipeline::context(QSqlDatabase db, const UserIdentity &user, const CommandSetup &setup)
{
    CommandContext context(std::move(db), user, setup.now.isValid() ? setup.now : QDateTime::currentDateTimeUtc());
    context.setKeepDerivedRows(setup.keepDerivedRows);
    context.setBlobSource(setup.blobs);
    if (setup.derivedSink)
        context.setDerivedSink(setup.derivedSink);
    return context;
}

CommandOutcome CommandPipeline::apply(CommandContext &context, const CommandSpec &spec, const QJsonObject &args,
                                      const CommandApply &body)
{
    return body ? body(context, args) : spec.apply(context, args);
}

AuditEntry CommandPipeline::auditEntry(const CommandContext &context, const QString &name, const QJsonObject &args,
                                       const QJsonObject &origin)
{
    QJsonObject details{{QStringLiteral("args"), args}};
    if (context.derivedRows() > 0)
        details.insert(QStringLiteral("derived_rows"), context.derivedRows());
    if (!origin.isEmpty())
        details.insert(QStringLiteral("origin"), origin);
    return AuditEntry{context.now().toString(Qt::ISODateWithMs), context.user().username, name, details,
                      madeChanges(context.changes())};
}

} // namespace ltc
