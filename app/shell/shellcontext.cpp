#include "shellcontext.h"

#include "coredomain.h"
#include "localmeta.h"
#include "localstore.h"
#include "core/tr.h"

#include <QSettings>

namespace ltc {

namespace {

// The key the applications module's notices first kept the name under: kept, so that the name
// an office set before stays.
const QString kOfficeSetting = QStringLiteral("applications/office");

} // namespace

QString ShellContext::officeName() const
{
    const QString name = QSettings().value(kOfficeSetting).toString().trimmed();
    return name.isEmpty() ? Tr::tr("Medical Insurance Office") : name;
}

void ShellContext::setOfficeName(const QString &name)
{
    if (!name.trimmed().isEmpty())
        QSettings().setValue(kOfficeSetting, name.trimmed());
}

ShellContext::ShellContext(LocalStore &store, UserIdentity user, QObject *parent)
    : ModuleContext(parent), m_store(store), m_user(std::move(user)), m_reads(store.database().path())
{
}

CommandOutcome ShellContext::execute(const QString &command, const QJsonObject &args)
{
    CommandOutcome outcome = m_store.commands().execute(m_user, command, args);
    if (outcome.ok()) {
        emit dataChanged();
        emit localChange();
    }
    return outcome;
}

ImportReport ShellContext::importFile(const QString &kind, const QString &path, const ImportProgress &progress)
{
    // The importer opens the calling thread's own connection: safe on a worker thread.
    ImportReport report = m_store.importer().importFile(m_user, kind, path, progress);
    if (report.ok())
        emit dataChanged();  // queued to the UI thread's receivers when called from a worker
    return report;
}

std::optional<QString> ShellContext::keepFile(const QString &path, QString *error)
{
    return m_store.blobs().putFile(path, error);
}

QString ShellContext::keptFile(const QString &sha256) const
{
    return m_store.blobs().size(sha256) < 0 ? QString() : m_store.blobs().path(sha256);
}

QSqlDatabase ShellContext::readConnection() const { return m_reads.readConnection(); }

const DomainRegistry &ShellContext::registry() const { return m_store.registry(); }

WorkCalendar ShellContext::calendar() const
{
    // Not cached: a few hundred rows, and modules may call this from worker threads, each of
    // which gets its own (read-only) connection.
    QSqlDatabase db = m_reads.readConnection();
    return loadCalendar(db);
}

void ShellContext::showStatus(const QString &message) { emit statusMessage(message); }

int ShellContext::pendingCount() const { return m_store.commands().pendingCount(); }

QString ShellContext::lastSync() const
{
    QSqlDatabase db = m_store.database().connection();
    return metaValue(db, QStringLiteral("last_sync"));
}

} // namespace ltc
