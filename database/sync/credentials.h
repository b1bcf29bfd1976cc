#pragma once
// Secrets (a sync token, or a password the user asked to remember) live in the OS keychain —
// Windows Credential Manager, the Secret Service on Linux — through QtKeychain, never in a file.
// Where no keychain answers, nothing is stored and the caller asks the user each time.
#include <QString>
#include <optional>

namespace ltc {

class Credentials {
public:
    // `account` names the secret, e.g. "https://ltc.example:8443|handler".
    static std::optional<QString> read(const QString &account, QString *error = nullptr);
    static bool write(const QString &account, const QString &secret, QString *error = nullptr);
    static bool remove(const QString &account, QString *error = nullptr);
    static QString account(const QString &server, const QString &username);
};

} // namespace ltc
