#pragma once
// How the application screens write a person's history and an application's state, in one place
// for the intake dialog and the page's detail panel (HTML for a QTextBrowser).
#include "applications/domain/applicationreads.h"

#include <QString>

namespace ltc::applications::ui {

QString personHistoryHtml(const PersonHistory &history, QDate today);
// The selected application: its clock, hints, the checklist with each item's scans (links
// "scan:<id>" that the page opens), and the history with the materials as they were at each step.
QString applicationHtml(const Application &application, const QList<MaterialState> &materials,
                        const QList<ScanRecord> &scans, const QList<EligibilityHint> &hints,
                        const QList<ApplicationEvent> &events);
QString actionTitle(const QString &command);  // "application.accept" → 受理

} // namespace ltc::applications::ui
