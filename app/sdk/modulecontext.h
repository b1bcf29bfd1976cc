#pragma once
// The narrow door through which a module reaches the application (QGIS's QgisInterface): the
// signed-in user, commands, read access to the store, the calendar, and a way to tell the user
// something. Nothing else of the shell is visible to a module.
#include "command.h"
#include "core/roles.h"
#include "core/workcalendar.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace ltc {

class Database;
class DomainRegistry;

class ModuleContext : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual const UserIdentity &user() const = 0;
    // Applies a command locally (queued for sync); emits dataChanged on success.
    virtual CommandOutcome execute(const QString &command, const QJsonObject &args) = 0;
    // For the module's read models and queries (off the UI thread: each thread gets its own
    // connection from Database::connection()).
    virtual Database &database() = 0;
    virtual const DomainRegistry &registry() const = 0;
    virtual WorkCalendar calendar() const = 0;
    virtual void showStatus(const QString &message) = 0;

signals:
    // After any local change or sync: modules refresh what they show.
    void dataChanged();
};

} // namespace ltc
