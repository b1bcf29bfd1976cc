#pragma once
// The core module every other stands on: the store's own tables (outbox, audit trail, local
// metadata, users, sync state) and the shared records (persons, institutions, the holiday
// calendar, policy versions, conclusions, hospital stays) — their schema and registration.
// The records' reads and stores are declared in records/; included here for the code that
// reaches them through this header.
#include "records/corereads.h"
#include "records/corerecords.h"

namespace ltc {

class DomainRegistry;

void registerCoreDomain(DomainRegistry &registry);

} // namespace ltc
