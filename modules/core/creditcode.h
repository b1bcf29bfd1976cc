#pragma once
// Unified social credit codes (统一社会信用代码) per GB 32100-2015: 18 characters over the
// alphabet 0-9 A-H J-N P-R T U W X Y (no I O Z S V), the last a weighted MOD 31 check character.
// Some legally issued early codes fail the check, so a mismatch is a warning, not a refusal.
#include <QString>
#include <QStringView>

namespace ltc {

enum class CreditCodeStatus {
    Valid,          // well formed, check character matches
    CheckMismatch,  // well formed, check character differs: warn, accept
    Invalid         // wrong length or characters: refuse
};

struct CreditCodeCheck {
    CreditCodeStatus status = CreditCodeStatus::Invalid;
    QString message;  // translated; empty when Valid
    bool acceptable() const { return status != CreditCodeStatus::Invalid; }
};

// The check character for the first 17 characters, or a null QChar if they are not 17
// characters of the code alphabet.
QChar creditCodeCheckChar(QStringView first17);

CreditCodeCheck checkCreditCode(QStringView code);

} // namespace ltc
