#include "roles.h"

#include "region.h"

#include <QCoreApplication>

namespace ltc {

QString roleId(Role role)
{
    switch (role) {
    case Role::Handler: return QStringLiteral("handler");
    case Role::AgreementOfficer: return QStringLiteral("agreement_officer");
    case Role::FirstReviewer: return QStringLiteral("first_reviewer");
    case Role::SecondReviewer: return QStringLiteral("second_reviewer");
    case Role::Payer: return QStringLiteral("payer");
    case Role::Inspector: return QStringLiteral("inspector");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Channel: return QStringLiteral("channel");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromId(QStringView id)
{
    for (Role role : allRoles()) {
        if (id == roleId(role))
            return role;
    }
    return std::nullopt;
}

QString roleTitle(Role role)
{
    // Literal translate() calls so that lupdate finds every title.
    switch (role) {
    case Role::Handler: return QCoreApplication::translate("ltc::Role", "Handler");
    case Role::AgreementOfficer: return QCoreApplication::translate("ltc::Role", "Agreement officer");
    case Role::FirstReviewer: return QCoreApplication::translate("ltc::Role", "First reviewer");
    case Role::SecondReviewer: return QCoreApplication::translate("ltc::Role", "Second reviewer");
    case Role::Payer: return QCoreApplication::translate("ltc::Role", "Payer");
    case Role::Inspector: return QCoreApplication::translate("ltc::Role", "Inspector");
    case Role::Manager: return QCoreApplication::translate("ltc::Role", "Manager");
    case Role::Admin: return QCoreApplication::translate("ltc::Role", "Administrator");
    case Role::Channel: return QCoreApplication::translate("ltc::Role", "Online channel");
    }
    Q_UNREACHABLE();
}

QList<Role> allRoles()
{
    return {Role::Handler, Role::AgreementOfficer, Role::FirstReviewer, Role::SecondReviewer,
            Role::Payer,   Role::Inspector,        Role::Manager,       Role::Admin, Role::Channel};
}

QStringList roleIds(std::initializer_list<Role> roles)
{
    QStringList ids;
    for (Role role : roles)
        ids << roleId(role);
    return ids;
}

QStringList allRoleIds()
{
    QStringList ids;
    for (Role role : allRoles())
        ids << roleId(role);
    return ids;
}

bool UserIdentity::hasRole(Role role) const
{
    return roles.contains(roleId(role));
}

bool UserIdentity::hasAnyRole(const QStringList &roleIds) const
{
    for (const QString &roleName : roleIds) {
        if (roles.contains(roleName))
            return true;
    }
    return false;
}

bool UserIdentity::canAccessDistrict(QStringView rowDistrict) const
{
    if (district == kAllDistricts)
        return isRegionCode(rowDistrict);
    return regionCovers(district, rowDistrict);
}

} // namespace ltc
