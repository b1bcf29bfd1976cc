// How the sync engine reads the server's refusals (a fake transport answers; the real server's
// side of each is tested in tests/server): 426 stops with "update needed", 403 stops and keeps
// the outbox for export, 5xx and no answer are transient.
#include "database/dbtestsupport.h"

#include "localrows.h"
#include "sql.h"
#include "syncengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace ltc;

namespace {
class AnsweringTransport : public SyncTransport {
public:
    explicit AnsweringTransport(int status) : m_status(status) {}
    HttpReply get(const QString &, const QUrlQuery &, const QString &) override { return answer(); }
    HttpReply post(const QString &, const QJsonObject &, const QString &) override { return answer(); }

private:
    HttpReply answer() const
    {
        HttpReply reply;
        reply.status = m_status;
        reply.error = QStringLiteral("answer %1").arg(m_status);
        return reply;
    }
    int m_status;
};

SyncResult::State stateFor(int status, ltctest::TempStore &s)
{
    AnsweringTransport transport(status);
    SyncEngine engine(*s.store, transport);
    engine.setSession(QStringLiteral("token"), ltctest::handler());
    return engine.syncOnce().state;
}
} // namespace

TEST_CASE("sync: the server's refusals become states; the outbox is kept and exportable", "[database][sync]")
{
    ltctest::TempStore s;
    REQUIRE(s->commands().execute(ltctest::admin(), QStringLiteral("calendar.set_day"),
                                  {{QStringLiteral("date"), QStringLiteral("2026-10-09")}, {QStringLiteral("kind"), QStringLiteral("HOLIDAY")}})
                .ok());
    CHECK(stateFor(426, s) == SyncResult::State::UpgradeRequired);
    CHECK(stateFor(403, s) == SyncResult::State::Forbidden);
    CHECK(stateFor(401, s) == SyncResult::State::SignInRequired);
    CHECK(stateFor(503, s) == SyncResult::State::Offline);
    CHECK(stateFor(0, s) == SyncResult::State::Offline);
    CHECK(s->commands().pendingCount() == 1);

    // A revoked account keeps its work: the unsent commands go to a file.
    const QString path = s.dir.filePath(QStringLiteral("unsent.json"));
    QString error;
    REQUIRE(exportPendingCommands(*s.store, path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray commands = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("commands")).toArray();
    REQUIRE(commands.size() == 1);
    CHECK(commands.first().toObject().value(QStringLiteral("name")).toString() == QStringLiteral("calendar.set_day"));
}

TEST_CASE("sync: a delete finds its row by the key columns it carries, whatever text they hold", "[database][sync]")
{
    ltctest::TempStore s;
    QSqlDatabase db = s.db();
    // Two batches whose keys join to the same string: 2026-10 / "A/B" and 2026-10/A / "B".
    for (const auto &[period, institution] : {std::pair{"2026-10", "A/B"}, std::pair{"2026-10/A", "B"}}) {
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO settlement_batches (period, institution_code, status) VALUES "
                                           "(?, ?, 'open')"),
                        {QString::fromLatin1(period), QString::fromLatin1(institution)}));
    }
    LocalRows rows(db, s->registry());
    QString error;
    REQUIRE(rows.remove(QStringLiteral("settlement_batches"), QStringLiteral("2026-10/A/B"),
                        QJsonObject{{QStringLiteral("period"), QStringLiteral("2026-10")},
                                    {QStringLiteral("institution_code"), QStringLiteral("A/B")}},
                        &error));
    CHECK(s.scalar(QStringLiteral("SELECT group_concat(period || '|' || institution_code) FROM settlement_batches"))
              .toString()
          == QStringLiteral("2026-10/A|B"));
    // Without the columns (an older server), the key string is split from the right.
    REQUIRE(rows.remove(QStringLiteral("settlement_batches"), QStringLiteral("2026-10/A/B"), {}, &error));
    CHECK(s.count(QStringLiteral("settlement_batches")) == 0);
}

TEST_CASE("sync: a server row whose unique value another local row still holds takes it; that row waits for its own",
          "[database][sync]")
{
    ltctest::TempStore s;
    QSqlDatabase db = s.db();
    const auto person = [](const char *number, const char *id) {
        return QJsonObject{{QStringLiteral("person_no"), QString::fromLatin1(number)},
                           {QStringLiteral("id_number"), QString::fromLatin1(id)},
                           {QStringLiteral("name"), QStringLiteral("测试")},
                           {QStringLiteral("sex"), QStringLiteral("M")},
                           {QStringLiteral("birth_date"), QStringLiteral("1950-01-01")},
                           {QStringLiteral("insurance_type"), QStringLiteral("EMPLOYEE")},
                           {QStringLiteral("enrolled_on"), QStringLiteral("2020-01-01")},
                           {QStringLiteral("district"), QStringLiteral("330302")}};
    };
    LocalRows rows(db, s->registry());
    QString error;
    REQUIRE(rows.upsert(QStringLiteral("persons"), person("P1", "X"), &error));
    REQUIRE(rows.upsert(QStringLiteral("persons"), person("P2", "Y"), &error));
    // The server swapped the two IDs; its log may bring P1's new row before P2's.
    REQUIRE(rows.upsert(QStringLiteral("persons"), person("P1", "Y"), &error));
    CHECK(s.scalar(QStringLiteral("SELECT group_concat(person_no || '=' || id_number) FROM persons")).toString()
          == QStringLiteral("P1=Y"));
    REQUIRE(rows.upsert(QStringLiteral("persons"), person("P2", "X"), &error));
    CHECK(s.scalar(QStringLiteral("SELECT group_concat(person_no || '=' || id_number) FROM (SELECT * FROM persons ORDER "
                                  "BY person_no)"))
              .toString()
          == QStringLiteral("P1=Y,P2=X"));
    // Any other refusal is still an error, and nothing is removed for it.
    QJsonObject unnamed = person("P3", "X");
    unnamed.insert(QStringLiteral("name"), QJsonValue::Null);
    CHECK_FALSE(rows.upsert(QStringLiteral("persons"), unnamed, &error));
    CHECK(error.contains(QStringLiteral("NOT NULL")));
    CHECK(s.count(QStringLiteral("persons")) == 2);
}
