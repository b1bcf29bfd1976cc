#pragma once
// The narrow door through which a module reaches the application (QGIS's QgisInterface): the
// signed-in user, commands, imports, read-only access to the store, the calendar, and a way to
// tell the user something. Nothing else of the shell is visible to a module; in particular no
// writable connection: every change is a command (or an import), with its checks, audit record
// and outbox row.
#include "core/roles.h"
#include "core/workcalendar.h"
#include "database/command.h"
#include "database/importer.h"
#include "sdk/readaccess.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace ltc {

class DomainRegistry;

class ModuleContext : public QObject, public ReadAccess {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual const UserIdentity &user() const = 0;
    // Applies a command locally (queued for sync); emits dataChanged on success. May be called
    // from a worker thread (long commands such as settlement.run_audit): each thread writes
    // through its own connection, and dataChanged then reaches the UI thread queued.
    virtual CommandOutcome execute(const QString &command, const QJsonObject &args) = 0;
    // Imports a file of one kind (ImportSpec::kind: "claims", "hospital-stays", …) as the
    // signed-in user: all or nothing, every bad row in the report. `progress` is called now and
    // then with characters read so far; returning false cancels, and nothing is written. Meant
    // for a worker thread (QtConcurrent), like execute(); emits dataChanged when rows were kept.
    virtual ImportReport importFile(const QString &kind, const QString &path, const ImportProgress &progress) = 0;
    // Files that go with commands (a scan, a photo): keepFile copies one into this computer's
    // store under its SHA-256 — the name a command then carries, the file going ahead on the
    // blob channel at sync — and keptFile gives the path of such a file, empty while it has not
    // reached this computer (a sync brings it).
    virtual std::optional<QString> keepFile(const QString &path, QString *error) = 0;
    virtual QString keptFile(const QString &sha256) const = 0;
    // readConnection() (ReadAccess): for the module's read models and queries, on any thread.
    // What every module declares: commands, imports (their columns and roles), tables.
    virtual const DomainRegistry &registry() const = 0;
    virtual WorkCalendar calendar() const = 0;
    virtual void showStatus(const QString &message) = 0;
    // The issuing office every module prints on its notices (and where the seal goes): one
    // setting of this desktop, which the shell's Tools › Office name on notices changes.
    virtual QString officeName() const = 0;

signals:
    // After any local change or sync: modules refresh what they show.
    void dataChanged();
};

} // namespace ltc
