#pragma once
// What ltcdesk does with its database before the first window (CONTRACT.md, "ltcdesk and
// ltcserver command lines"): a new store stays empty — no data and no accounts, so that the
// first sign-in goes to the server — unless --demo asks for the demo district and its users.
// No build carries a built-in account.
#include "demodata.h"

#include <QString>
#include <functional>
#include <optional>

namespace ltc {

enum class StoreStart {
    Existing,  // a store in use: opened (and migrated) as it is
    Empty,     // a store with nothing in it yet: the first sign-in is online
    Demo       // the demo district was just written into it
};

// Creates or migrates the store at `path`. With `demo`, a store that holds nothing yet (no
// accounts, no persons, no outbox) is filled with the demo; one in use is never touched.
// `buildingDemo` is called before the demo is written (it takes a few seconds). Closes the
// store on return; nothing and *error when it fails, a new file then being removed again.
std::optional<StoreStart> prepareStore(const QString &path, const std::optional<DemoOptions> &demo, QString *error,
                                       const std::function<void()> &buildingDemo = {});

} // namespace ltc
