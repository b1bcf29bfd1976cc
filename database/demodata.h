#pragma once
// A realistic demo district, built deterministically from a seed: insured persons with valid
// citizen IDs and Chinese names, institutions with valid credit codes, the holiday calendar,
// both seed policies, and one user per role. The desktop's first run and `ltcctl demo` use it.
#include <QString>
#include <QStringList>

namespace ltc {

class LocalStore;

struct DemoOptions {
    int persons = 2000;
    int months = 12;
    quint32 seed = 20260101;
    QString district = QStringLiteral("330302");  // 温州市鹿城区
};

// The demo users: username == role id (e.g. "handler", "first_reviewer"), plus "city_manager"
// with city-level scope; all share this password.
QString demoPassword();
QStringList demoUsernames();

// Writes the demo into an opened, migrated store through the ordinary imports (each one
// all-or-nothing). False with *error on failure.
bool buildDemo(LocalStore &store, const DemoOptions &options, QString *error = nullptr);

} // namespace ltc
