#pragma once
// Roles of DOMAIN.md and the signed-in user's identity. Role ids are fixed by CONTRACT.md.
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace ltc {

// Channel is an extension of CONTRACT.md's list: the account of an online channel (the insured
// person's APP behind ltcserver), which may only submit ONLINE applications.
enum class Role { Handler, AgreementOfficer, FirstReviewer, SecondReviewer, Payer, Inspector, Manager, Admin, Channel };

QString roleId(Role role);                      // "handler", "agreement_officer", ...
std::optional<Role> roleFromId(QStringView id);
QString roleTitle(Role role);                   // translated: 经办人员 / Handler ...
QList<Role> allRoles();
QStringList allRoleIds();
QStringList roleIds(std::initializer_list<Role> roles);  // a command's roles, as their ids

// The scope of local batch work run by bureau IT staff through ltcctl (never a user account:
// account districts must be real GB/T 2260 codes): every district.
inline const QString kAllDistricts = QStringLiteral("000000");

struct UserIdentity {
    QString id;
    QString username;
    QString displayName;
    QStringList roles;  // role ids
    QString district;   // GB/T 2260; a city code gives city-level scope

    bool isValid() const { return !username.isEmpty(); }
    bool hasRole(Role role) const;
    bool hasAnyRole(const QStringList &roleIds) const;
    // May this user see and change rows of `district`? (its own, or all below its city code)
    bool canAccessDistrict(QStringView rowDistrict) const;
};

} // namespace ltc
