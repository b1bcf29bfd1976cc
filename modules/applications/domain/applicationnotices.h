#pragma once
// The notices an office hands or sends to the applicant (issue 12 item 6): acceptance, refusal
// with its reason and how to object, and the one-time notice of every missing item (一次性告知).
// Official documents in Chinese whatever the UI language, as HTML for QTextDocument — printed,
// previewed or written to PDF by the screens; the office's name and the seal area are on each.
#include "applications/domain/applicationreads.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ltc::applications {

enum class NoticeKind { Acceptance, Refusal, MissingMaterials };

struct NoticeData {
    NoticeKind kind = NoticeKind::Acceptance;
    QString office;          // the issuing office, e.g. 温州市鹿城区医疗保障局
    Application application;
    QString personName;
    QString maskedIdNumber;  // the person's ID number as printed (masked)
    QStringList missingItems;  // names of the items still missing (MissingMaterials)
    QDate issuedOn;
};

// The notice an application's state calls for: refused → Refusal, awaiting materials →
// MissingMaterials, otherwise Acceptance (received or accepted).
NoticeKind noticeFor(const Application &application);
QString noticeTitle(NoticeKind kind);  // 受理通知书, …
QString noticeHtml(const NoticeData &notice);

} // namespace ltc::applications
