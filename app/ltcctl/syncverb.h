#pragma once
// `ltcctl sync --server URL --user NAME`: push then pull, as the desktop does in the background.
#include <QCommandLineParser>

namespace ltc {
class LocalStore;
int runSyncVerb(LocalStore &store, const QCommandLineParser &parser);
} // namespace ltc
