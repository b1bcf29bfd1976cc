#pragma once
// What changes the core records: the commands and imports of persons, institutions, the holiday
// calendar, policy versions, conclusions and hospital stays, which the core module registers
// (coredomain.cpp), and storing a policy version (the policy.load command, the demo).
#include "core/policy.h"

#include <QSqlDatabase>
#include <QString>

namespace ltc {

struct DomainModule;

// Adds the records' commands and imports to the core module.
void addCoreRecords(DomainModule &core);

// Stores a validated policy version (replacing one of the same region and effective_from).
bool savePolicy(QSqlDatabase &db, const Policy &policy, QString *error = nullptr);

} // namespace ltc
