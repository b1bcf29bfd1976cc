#pragma once
// Translation for code outside QObject classes: Tr::tr("…") files every message under the one
// context "ltc", which lupdate and the running program agree on (a free tr() helper called
// inside a class method is filed by lupdate under the class instead, and then never matches).
#include <QCoreApplication>

namespace ltc {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ltc)
};
} // namespace ltc
