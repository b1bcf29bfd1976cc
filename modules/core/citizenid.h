#pragma once
// Citizen identity numbers (公民身份号码) per GB 11643-1999: 6-digit region code, 8-digit birth
// date, 3-digit sequence (odd for men, even for women), ISO 7064 MOD 11-2 check character.
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace ltc {

enum class Sex { Male, Female };

struct CitizenIdInfo {
    QString regionCode;  // first 6 digits
    QDate birthDate;
    Sex sex = Sex::Male;
};

// The check character ('0'-'9' or 'X') for the first 17 digits; a null QChar if they are not
// 17 digits.
QChar citizenIdCheckChar(QStringView first17);

// Validates an 18-character ID (a lower-case 'x' is accepted and means 'X'). On failure returns
// nothing and sets *error to a translated message saying what is wrong (length, characters,
// birth date, check character). Birth dates after today or before 1900 are refused.
std::optional<CitizenIdInfo> validateCitizenId(QStringView id, QString *error = nullptr);

// "110101********1234": the region code and the last four characters stay, the rest is masked.
// Text that is not 18 characters long is masked whole except its last four characters.
QString maskCitizenId(QStringView id);

QString sexCode(Sex sex);                        // "M" / "F"
std::optional<Sex> sexFromCode(QStringView code); // "M"/"F" (also 男/女)

} // namespace ltc
