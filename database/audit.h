#pragma once
// The audit trail: every applied command and every import, who, when, what, before → after.
// Each entry carries the SHA-256 of the previous entry's hash and its own content, so editing or
// deleting an entry in the file breaks the chain and verifyAuditChain() finds where.
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace ltc {

struct AuditEntry {
    QString at;        // ISO UTC
    QString username;
    QString action;    // command name, or "import.persons" …
    QJsonObject details;
    QJsonArray changes;
};

bool appendAudit(QSqlDatabase &db, const AuditEntry &entry, QString *error = nullptr);

// 0 when the chain is intact, else the id of the first entry that does not match (one past the
// last entry when entries were cut off the end).
qint64 verifyAuditChain(QSqlDatabase &db);

} // namespace ltc
