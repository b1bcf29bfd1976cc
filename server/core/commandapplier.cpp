#include "commandapplier.h"

#include "audit.h"
#include "commandpipeline.h"
#include "pgsql.h"
#include "serverblobs.h"
#include "serverschema.h"
#include "sql.h"

#include <QDateTime>
#include <QtGlobal>
#include <QJsonDocument>

#include <utility>

namespace ltc::server {
namespace {

constexpr qint64 kMaxJsonInteger = 9007199254740991;  // 2^53 - 1: exact in a JSON number
constexpr qsizetype kDerivedBatch = 5000;  // ChangeLog copies them a part at a time

std::optional<qint64> jsonInteger(const QJsonValue &value)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > double(kMaxJsonInteger) || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

std::optional<PushCommand> commandFromJson(const QJsonValue &value, int index, QString *error)
{
    const QJsonObject object = value.toObject();
    PushCommand command;
    const std::optional<qint64> seq = jsonInteger(object.value(QStringLiteral("seq")));
    command.name = object.value(QStringLiteral("name")).toString();
    command.adoptedFrom = object.value(QStringLiteral("adopted_from")).toString().left(200);
    command.args = object.value(QStringLiteral("args")).toObject();
    const QJsonValue base = object.value(QStringLiteral("base_version"));
    if (!base.isUndefined() && !base.isNull())
        command.baseVersion = jsonInteger(base);
    if (!value.isObject() || !seq || *seq < 1 || command.name.isEmpty()
        || !object.value(QStringLiteral("args")).isObject() || ((!base.isUndefined() && !base.isNull()) && !command.baseVersion)) {
        *error = QStringLiteral("commands[%1]: needs seq (a whole number from 1), name (text), args (an object) and "
                                "optionally base_version (a whole number)").arg(index);
        return std::nullopt;
    }
    command.seq = *seq;
    return command;
}


// A retry answered from the stored result (status, error_code, error, rows, username); another
// user's retry of the same seq learns only the status.
QJsonObject storedAnswer(const QSqlQuery &stored, qint64 seq, const UserIdentity &user)
{
    QJsonObject answer{{QStringLiteral("seq"), seq}, {QStringLiteral("status"), QStringLiteral("duplicate")},
                       {QStringLiteral("original"), stored.value(0).toString()}};
    if (!stored.value(1).isNull())
        answer.insert(QStringLiteral("code"), stored.value(1).toString());
    if (stored.value(4).toString() == user.username) {
        if (!stored.value(2).isNull())
            answer.insert(QStringLiteral("error"), stored.value(2).toString());
        answer.insert(QStringLiteral("rows"), QJsonDocument::fromJson(stored.value(3).toString().toUtf8()).array());
    }
    return answer;
}

std::optional<SchemaVersions> schemaVersionsFromJson(const QJsonValue &value)
{
    QStringList parts;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<qint64> version = jsonInteger(it.value());
        if (!version)
            return std::nullopt;
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(*version);
    }
    return value.isObject() ? parseSchemaVersions(parts.join(QLatin1Char(','))) : std::nullopt;
}

} // namespace

std::optional<PushRequest> PushRequest::fromJson(const QJsonObject &body, int maxCommands, QString *error)
{
    PushRequest request;
    request.clientId = body.value(QStringLiteral("client_id")).toString();
    const std::optional<qint64> schema = jsonInteger(body.value(QStringLiteral("schema")));
    const QJsonArray commands = body.value(QStringLiteral("commands")).toArray();
    if (request.clientId.isEmpty() || request.clientId.size() > 100) {
        *error = QStringLiteral("client_id: text of 1 to 100 characters is required");
        return std::nullopt;
    }
    if (!schema || *schema > 1'000'000 || !body.value(QStringLiteral("commands")).isArray()) {
        *error = QStringLiteral("schema (a whole number) and commands (an array) are required");
        return std::nullopt;
    }
    if (commands.size() > maxCommands) {
        *error = QStringLiteral("commands: at most %1 in one push").arg(maxCommands);
        return std::nullopt;
    }
    request.schema = int(*schema);
    if (body.contains(QStringLiteral("modules"))) {
        request.modules = schemaVersionsFromJson(body.value(QStringLiteral("modules")));
        if (!request.modules) {
            *error = QStringLiteral("modules: an object of module ids and whole version numbers");
            return std::nullopt;
        }
    }
    for (int i = 0; i < commands.size(); ++i) {
        const std::optional<PushCommand> command = commandFromJson(commands.at(i), i, error);
        if (!command)
            return std::nullopt;
        request.commands.append(*command);
    }
    return request;
}

// What was decided about one command, as stored in command_results.
struct CommandApplier::Decision {
    QString status;  // "applied" or "rejected"
    QString code;
    QString error;
    QJsonArray rows;
    QJsonObject answer(qint64 seq) const
    {
        QJsonObject result{{QStringLiteral("seq"), seq}, {QStringLiteral("status"), status},
                           {QStringLiteral("rows"), rows}};
        if (!code.isEmpty()) {
            result.insert(QStringLiteral("code"), code);
            result.insert(QStringLiteral("error"), error);
        }
        return result;
    }
};

CommandApplier::CommandApplier(const DomainRegistry &registry, const SyncCatalog &catalog)
    : m_pipeline(registry), m_catalog(catalog), m_changeLog(catalog)
{
}

PushOutcome CommandApplier::push(QSqlDatabase &db, const UserIdentity &user, const PushRequest &request) const
{
    PushOutcome outcome;
    for (const PushCommand &command : request.commands) {
        const std::optional<QJsonObject> result = apply(db, user, request.clientId, command);
        if (!result) {
            outcome.status = PushOutcome::Status::Unavailable;
            return outcome;
        }
        outcome.results.append(*result);
    }
    return outcome;
}

std::optional<QJsonObject> CommandApplier::apply(QSqlDatabase &db, const UserIdentity &user, const QString &clientId,
                                                 const PushCommand &command) const
{
    Transaction transaction(db);
    if (!transaction.begun() || !lockVersions(db))
        return std::nullopt;
    QString error;
    QSqlQuery stored = querySql(db,
                                QStringLiteral("SELECT status, error_code, error, CAST(rows AS TEXT), username FROM "
                                               "command_results WHERE client_id = ? AND seq = ?"),
                                {clientId, command.seq}, &error);
    if (!error.isEmpty())
        return std::nullopt;
    if (stored.next())
        return storedAnswer(stored, command.seq, user);
    const std::optional<Decision> decision = decide(db, user, clientId, command);
    if (!decision
        || !execSql(db,
                    QStringLiteral("INSERT INTO command_results (client_id, seq, username, command, status, error_code, "
                                   "error, rows) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))"),
                    {clientId, command.seq, user.username, command.name, decision->status, sqlText(decision->code),
                     sqlText(decision->error), compactJson(decision->rows)})
        || !transaction.commit())
        return std::nullopt;
    return decision->answer(command.seq);
}

std::optional<CommandApplier::Decision> CommandApplier::decide(QSqlDatabase &db, const UserIdentity &user,
                                                               const QString &clientId,
                                                               const PushCommand &command) const
{
    const auto resolved = m_pipeline.resolve(user, command.name);
    if (const CommandOutcome *refusal = std::get_if<CommandOutcome>(&resolved))
        return Decision{QStringLiteral("rejected"), refusal->error->code, refusal->error->message, {}};
    const CommandSpec &spec = *std::get<const CommandSpec *>(resolved);
    QJsonObject args = command.args;
    if (command.baseVersion)  // the domain code reads it with the other arguments
        args.insert(QStringLiteral("base_version"), *command.baseVersion);
    if (!execDirect(db, QStringLiteral("SAVEPOINT command")))
        return std::nullopt;
    // Rows derived by computation (an audit's results, an import's rows) go to the change log as
    // they come, a few thousand at a time.
    DerivedLog derivedLog(m_changeLog, db);
    QList<DerivedRow> derived;
    QString logError;
    const auto flushDerived = [&] { return derivedLog.add(std::exchange(derived, {}), &logError); };
    const CommandContext::ChangeSink sink = [&](DerivedRow &&row) {
        derived.append(std::move(row));
        return derived.size() < kDerivedBatch || flushDerived();
    };
    CommandContext context = CommandPipeline::context(db, user, CommandSetup{{}, ServerBlobs::source(db), true, sink});
    const CommandOutcome outcome = CommandPipeline::apply(context, spec, args);
    // The change log failed (the command then fails too): a storage failure, nothing is decided
    // and the client sends it again — never a final rejection.
    if (context.sinkFailed() || (outcome.ok() && !(flushDerived() && derivedLog.finish(&logError)))) {
        // Said on the server's log only: the client hears "unavailable" and sends it again.
        qWarning("ltcserver: %s (client %s, seq %lld): the change log refused its rows: %s", qPrintable(command.name),
                 qPrintable(clientId), static_cast<long long>(command.seq), qPrintable(logError));
        return std::nullopt;
    }
    if (!outcome.ok()) {
        if (!execDirect(db, QStringLiteral("ROLLBACK TO SAVEPOINT command")))
            return std::nullopt;
        return Decision{QStringLiteral("rejected"), outcome.error->code, outcome.error->message,
                        currentRows(db, user, args)};
    }
    QString error;
    const std::optional<QJsonArray> entries = m_changeLog.record(db, context.changes(), &error);
    QJsonObject origin{{QStringLiteral("client_id"), clientId}, {QStringLiteral("seq"), command.seq}};
    // Another identity's change pushed by this user: re-checked as this user, and said so.
    if (!command.adoptedFrom.isEmpty())
        origin.insert(QStringLiteral("adopted_from"), command.adoptedFrom);
    if (!entries || !appendAudit(db, CommandPipeline::auditEntry(context, command.name, args, origin), &error))
        return std::nullopt;
    return Decision{QStringLiteral("applied"), {}, {}, *entries};
}

// The rows a rejected command was about, as the server has them now, so that the client can
// show what happened and restore them: every synced row whose whole key is among the arguments.
QJsonArray CommandApplier::currentRows(QSqlDatabase &db, const UserIdentity &user, const QJsonObject &args) const
{
    QJsonArray rows;
    if (!execDirect(db, QStringLiteral("SAVEPOINT rows")))
        return rows;
    bool failed = false;
    for (const QString &name : m_catalog.tableNames()) {
        const SyncTable *table = m_catalog.table(name);
        QStringList conditions;
        QVariantList values;
        QStringList keyParts;
        for (const QString &column : table->keyColumns) {
            if (!args.value(column).isString() && !args.value(column).isDouble())
                break;
            conditions << column + QStringLiteral(" = ?");
            values << args.value(column).toVariant();
            keyParts << args.value(column).toVariant().toString();
        }
        if (conditions.size() != table->keyColumns.size())
            continue;
        QString error;
        QSqlQuery query = querySql(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(name, conditions.join(QStringLiteral(" AND "))),
                                   values, &error);
        failed = failed || !error.isEmpty();
        if (failed)
            break;
        if (!query.next())
            continue;
        QJsonObject row = rowToJson(query);
        row.remove(rowVersionColumn());  // the server's own
        if (SyncCatalog::visible(user, m_catalog.districtOf(db, name, row)))
            rows.append(QJsonObject{{QStringLiteral("table"), name},
                                    {QStringLiteral("key"), keyParts.join(QLatin1Char('/'))},
                                    {QStringLiteral("row"), row}});
    }
    // An argument of the wrong type fails its query; that must not spoil the transaction.
    execDirect(db, failed ? QStringLiteral("ROLLBACK TO SAVEPOINT rows") : QStringLiteral("RELEASE SAVEPOINT rows"));
    return failed ? QJsonArray() : rows;
}

} // namespace ltc::server
