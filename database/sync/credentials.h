#pragma once
// Secrets (a sync token, or a password the user asked to remember) live in the OS keychain —
// Windows Credential Manager, the Secret Service on Linux — through QtKeychain, never in a file.
// Where no keychain answers, nothing is stored and the caller asks the user each time.
#include <QString>
#include <optional>

namespace ltc {

class Credentials {
public:
    // `account` names the secret: one of the names below, the only place they are made, so that
    // the desktop and ltcctl find each other's secrets.
    static std::optional<QString> read(const QString &account, QString *error = nullptr);
    static bool write(const QString &account, const QString &secret, QString *error = nullptr);
    static bool remove(const QString &account, QString *error = nullptr);

    // "https://ltc.example:8443|handler|password": a password the user asked to remember.
    static QString passwordAccount(const QString &server, const QString &username);
    // "https://ltc.example:8443|handler|token": the sync token of the last sign-in.
    static QString tokenAccount(const QString &server, const QString &username);
    // What both start with: the server (without a trailing slash, however it was typed) and user.
    static QString account(const QString &server, const QString &username);
};

} // namespace ltc
