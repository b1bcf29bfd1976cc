#pragma once
// `ltcctl settlement audit|export|what-if`: the settlements module's batch verbs.
#include <QCommandLineParser>
#include <QStringList>

namespace ltc {
class LocalStore;
int runSettlementVerb(LocalStore &store, const QStringList &args, const QCommandLineParser &parser);
} // namespace ltc
