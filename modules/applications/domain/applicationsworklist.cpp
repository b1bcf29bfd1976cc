#include "applications/domain/applicationsworklist.h"

#include "database/sql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ltc::applications {
namespace {

// The WHERE clause of a filter, with its parameters.
QString whereClause(const ApplicationFilter &filter, QVariantList *params)
{
    QStringList conditions;
    const auto equal = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions << column + QStringLiteral(" = ?");
        *params << value;
    };
    equal(QStringLiteral("a.status"), filter.status);
    equal(QStringLiteral("a.kind"), filter.kind);
    equal(QStringLiteral("a.channel"), filter.channel);
    equal(QStringLiteral("a.handler"), filter.handler);
    if (filter.receivedFrom.isValid()) {
        conditions << QStringLiteral("a.received_on >= ?");
        *params << filter.receivedFrom.toString(Qt::ISODate);
    }
    if (filter.receivedTo.isValid()) {
        conditions << QStringLiteral("a.received_on <= ?");
        *params << filter.receivedTo.toString(Qt::ISODate);
    }
    if (!filter.person.isEmpty()) {
        const PersonSelection found = personsMatching(filter.person);
        conditions << QStringLiteral("a.person_no IN (%1)").arg(found.personNosSql);
        *params << found.params;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QDate dateOf(const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); }

} // namespace

QStringList applicationHandlers(QSqlDatabase &db)
{
    QSqlQuery q = querySql(db, QStringLiteral("SELECT DISTINCT handler FROM applications WHERE handler IS NOT NULL ORDER BY handler"));
    QStringList handlers;
    while (q.next())
        handlers << q.value(0).toString();
    return handlers;
}

qint64 countApplications(QSqlDatabase &db, const ApplicationFilter &filter, QString *error)
{
    QVariantList params;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM applications a") + whereClause(filter, &params);
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    for (const QVariant &param : std::as_const(params))
        q.addBindValue(param);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool listApplications(QSqlDatabase &db, const ApplicationFilter &filter, QDate today, int limit, int offset,
                      const std::function<bool(const ApplicationRow &)> &visit, QString *error)
{
    QVariantList params;
    QString sql = QStringLiteral("SELECT a.id, a.person_no, p.name, a.kind, a.channel, a.status, a.received_on, a.due_on, "
                                 "a.handler, a.submitted_by, a.submitted_at, a.decided_by, a.decided_at, a.refusal_reason, "
                                 "a.clock_waits, p.district FROM applications a LEFT JOIN persons p ON p.person_no = a.person_no")
                  + whereClause(filter, &params)
                  + QStringLiteral(" ORDER BY a.deadline_order, a.received_on, a.id");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(qMax(0, offset));
    QSqlQuery q(db);
    q.setForwardOnly(true);  // a million rows stream through, never held
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &param : std::as_const(params))
        q.addBindValue(param);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const WorkCalendar calendar = loadCalendar(db);
    const PolicySet policies = loadPolicies(db);
    while (q.next()) {
        ApplicationRow row;
        Application &a = row.application;
        a.id = q.value(0).toString();
        a.personNo = q.value(1).toString();
        row.personName = q.value(2).toString();
        a.kind = q.value(3).toString();
        a.channel = q.value(4).toString();
        a.status = q.value(5).toString();
        a.receivedOn = dateOf(q.value(6));
        a.dueOn = dateOf(q.value(7));
        a.handler = q.value(8).toString();
        a.submittedBy = q.value(9).toString();
        a.submittedAt = q.value(10).toString();
        a.decidedBy = q.value(11).toString();
        a.decidedAt = q.value(12).toString();
        a.refusalReason = q.value(13).toString();
        a.waits = waitsFromJson(QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array());
        if (row.clockRunning()) {
            // The stored due date orders the list; the one shown is computed again on today's
            // calendar, which an administrator may have completed since (a new year's holidays).
            const Policy *policy = policies.policyFor(q.value(15).toString(), a.receivedOn);
            a.dueOn = reviewDueOn(calendar, ReviewTerms::of(policy), a.receivedOn, a.waits);
            row.standing = deadlineStanding(calendar, a.dueOn, today);
        }
        if (!visit(row))
            break;
    }
    return true;
}

namespace {

QStringList checkFilters(const WorklistFilters &filters)
{
    QStringList problems;
    const auto oneOf = [&](const QString &name, const QStringList &allowed) {
        const QString value = filters.value(name);
        if (!value.isEmpty() && !allowed.contains(value))
            problems << QStringLiteral("--%1: '%2' is not one of %3").arg(name, value, allowed.join(QStringLiteral(", ")));
    };
    oneOf(QStringLiteral("status"), allStatuses());
    oneOf(QStringLiteral("kind"), allKinds());
    oneOf(QStringLiteral("channel"), allChannels());
    for (const QString &name : {QStringLiteral("received-from"), QStringLiteral("received-to"), QStringLiteral("as-of")}) {
        const QString value = filters.value(name);
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
            problems << QStringLiteral("--%1: '%2' is not a date YYYY-MM-DD").arg(name, value);
    }
    return problems;
}

ApplicationFilter filterOf(const WorklistFilters &filters)
{
    ApplicationFilter filter;
    filter.status = filters.value(QStringLiteral("status"));
    filter.kind = filters.value(QStringLiteral("kind"));
    filter.channel = filters.value(QStringLiteral("channel"));
    filter.handler = filters.value(QStringLiteral("handler"));
    filter.receivedFrom = QDate::fromString(filters.value(QStringLiteral("received-from")), Qt::ISODate);
    filter.receivedTo = QDate::fromString(filters.value(QStringLiteral("received-to")), Qt::ISODate);
    filter.person = filters.value(QStringLiteral("person"));
    return filter;
}

QVariant textOrNull(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }
QVariant dayOrNull(QDate day) { return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(); }

QVariantList values(const ApplicationRow &row)
{
    const Application &a = row.application;
    const bool running = row.clockRunning();
    const QString deadline = !running ? QString()
                             : row.standing.overdue ? QStringLiteral("overdue")
                             : row.standing.dueToday ? QStringLiteral("due_today")
                                                     : QString();
    return {a.id, a.personNo, textOrNull(row.personName), a.kind, a.channel, a.status, dayOrNull(a.receivedOn),
            dayOrNull(a.dueOn), running ? QVariant(row.standing.workingDaysLeft) : QVariant(), textOrNull(deadline),
            textOrNull(a.handler)};
}

} // namespace

WorklistSpec applicationsWorklist()
{
    WorklistSpec spec;
    spec.name = QStringLiteral("applications");
    spec.summary = QStringLiteral("benefit applications in deadline order, with working days left");
    spec.columns = QStringList{QStringLiteral("id"),           QStringLiteral("person_no"),  QStringLiteral("person_name"),
                               QStringLiteral("kind"),         QStringLiteral("channel"),    QStringLiteral("status"),
                               QStringLiteral("received_on"),  QStringLiteral("due_on"),     QStringLiteral("working_days_left"),
                               QStringLiteral("deadline"),     QStringLiteral("handler")};
    spec.filters = {
        {QStringLiteral("status"), QStringLiteral("S"), QStringLiteral("RECEIVED, AWAITING_MATERIALS, ACCEPTED or REFUSED"), false},
        {QStringLiteral("kind"), QStringLiteral("KIND"), QStringLiteral("FIRST, DISPUTE or REASSESS"), false},
        {QStringLiteral("channel"), QStringLiteral("CHANNEL"), QStringLiteral("COUNTER or ONLINE"), false},
        {QStringLiteral("handler"), QStringLiteral("USER"), QStringLiteral("the handler who last acted on it"), false},
        {QStringLiteral("received-from"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("received on or after"), false},
        {QStringLiteral("received-to"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("received on or before"), false},
        {QStringLiteral("person"), QStringLiteral("TEXT"), QStringLiteral("person number, ID number or part of the name"), false},
        {QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("count working days left from this day (default: today)"), false},
    };
    spec.check = checkFilters;
    spec.rows = [](QSqlDatabase &db, const WorklistFilters &filters, const WorklistSink &sink, QString *error) {
        const QDate asOf = QDate::fromString(filters.value(QStringLiteral("as-of")), Qt::ISODate);
        const QDate today = asOf.isValid() ? asOf : officeDate(QDateTime::currentDateTimeUtc());
        return listApplications(db, filterOf(filters), today, -1, 0,
                                [&sink](const ApplicationRow &row) { return sink(values(row)); }, error);
    };
    return spec;
}

} // namespace ltc::applications
