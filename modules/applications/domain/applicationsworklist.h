#pragma once
// The applications worklist (issue 12 item 1): filters by status, kind, channel, handler, the
// received date range and the person; sorted by deadline; working days left and overdue / due
// today from the one deadline function. The screens' lazy model reads pages of it
// (listApplications), `ltcctl list applications` streams it (applicationsWorklist).
#include "applications/domain/applicationreads.h"
#include "database/cliverbs.h"

namespace ltc::applications {

struct ApplicationFilter {
    QString status;
    QString kind;
    QString channel;
    QString handler;
    QDate receivedFrom;
    QDate receivedTo;
    QString person;  // the citizen ID number, or a part of the person number or of the name
};

struct ApplicationRow {
    Application application;
    QString personName;
    DeadlineStanding standing;  // only meaningful while the clock runs (RECEIVED with a due date)
    bool clockRunning() const { return application.status == status::Received && application.dueOn.isValid(); }
};

// Rows in deadline order (open ones by due date, then those awaiting materials, then decided
// ones), from `offset`, at most `limit` (negative: all), each given to `visit` until it returns
// false. `today` is the office's date the standing is computed for.
bool listApplications(QSqlDatabase &db, const ApplicationFilter &filter, QDate today, int limit, int offset,
                      const std::function<bool(const ApplicationRow &)> &visit, QString *error = nullptr);

// How many rows the filter matches (the screens' count, on a worker thread); -1 when it failed.
qint64 countApplications(QSqlDatabase &db, const ApplicationFilter &filter, QString *error = nullptr);

// The handlers named on applications, for the worklist's handler filter (read through the
// handler index: distinct values only).
QStringList applicationHandlers(QSqlDatabase &db);

WorklistSpec applicationsWorklist();

} // namespace ltc::applications
