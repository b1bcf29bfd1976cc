#pragma once
// The ModuleContext of one signed-in session: the local store seen as the signed-in user. Every
// change goes through the store's command bus, so modules get the same checks, audit and outbox
// as ltcctl; reads go through read-only connections of the same file.
#include "readonlyconnections.h"
#include "sdk/modulecontext.h"

namespace ltc {

class LocalStore;

class ShellContext : public ModuleContext {
    Q_OBJECT
public:
    ShellContext(LocalStore &store, UserIdentity user, QObject *parent = nullptr);

    const UserIdentity &user() const override { return m_user; }
    CommandOutcome execute(const QString &command, const QJsonObject &args) override;
    ImportReport importFile(const QString &kind, const QString &path, const ImportProgress &progress) override;
    std::optional<QString> keepFile(const QString &path, QString *error) override;
    QString keptFile(const QString &sha256) const override;
    QSqlDatabase readConnection() const override;
    const DomainRegistry &registry() const override;
    WorkCalendar calendar() const override;
    void showStatus(const QString &message) override;
    QString officeName() const override;
    // The shell's Tools › Office name on notices: an empty name keeps the one stored.
    static void setOfficeName(const QString &name);

    // For the shell only (not part of ModuleContext).
    LocalStore &store() { return m_store; }
    int pendingCount() const;
    QString lastSync() const;  // local_meta "last_sync" (ISO UTC), empty when never synced

signals:
    void statusMessage(const QString &message);
    // A command of this user applied locally (not a change that came from the server).
    void localChange();

private:
    LocalStore &m_store;
    UserIdentity m_user;
    ReadOnlyConnections m_reads;
};

} // namespace ltc
