#pragma once
// How the application screens write a person's history and an application's state, in one place
// for the intake dialog and the page's detail panel (HTML for a QTextBrowser).
#include "applications/domain/applicationreads.h"

#include <QString>

namespace ltc::applications::ui {

QString personHistoryHtml(const PersonHistory &history, QDate today);
QString applicationHtml(const Application &application, const QList<MaterialState> &materials,
                        const QList<EligibilityHint> &hints, const QList<ApplicationEvent> &events);
QString actionTitle(const QString &command);  // "application.accept" → 受理

} // namespace ltc::applications::ui
