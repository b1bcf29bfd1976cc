#pragma once
// The shared records every module stands on — persons, institutions, the holiday calendar,
// policy versions, local users — with their schema, commands and imports; and the loaders that
// turn stored rows back into domain objects.
#include "core/policy.h"
#include "core/workcalendar.h"

#include <QSqlDatabase>

namespace ltc {

class DomainRegistry;

void registerCoreDomain(DomainRegistry &registry);

WorkCalendar loadCalendar(QSqlDatabase &db);
PolicySet loadPolicies(QSqlDatabase &db, QStringList *errors = nullptr);
// Stores a validated policy version (replacing one of the same region and effective_from).
bool savePolicy(QSqlDatabase &db, const Policy &policy, QString *error = nullptr);

} // namespace ltc
