#include "sdk/format.h"

#include "core/citizenid.h"

namespace ltc::sdk {

QString yuan(Fen fen) { return formatYuan(fen, true); }

QString signedYuan(Fen fen) { return fen > 0 ? QStringLiteral("+") + yuan(fen) : yuan(fen); }

QString day(QDate date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QString maskedId(const QString &citizenId) { return maskCitizenId(citizenId); }

QColor negativeColour() { return QColor(0xc0, 0x1f, 0x2a); }
QColor changedColour() { return QColor(0x9a, 0x67, 0x00); }
QColor mutedColour() { return QColor(0x8c, 0x95, 0x9f); }

} // namespace ltc::sdk
