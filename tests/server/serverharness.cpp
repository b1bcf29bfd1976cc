#define CATCH_CONFIG_EXTERNAL_INTERFACES  // for the listener that stops the cluster at the end
#include "serverharness.h"

#include "core/citizenid.h"
#include "sql.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>
#include <signal.h>

namespace ltc::test {
namespace {

std::unique_ptr<ServerEnv> &environment()
{
    static std::unique_ptr<ServerEnv> instance;
    return instance;
}

struct StandardUser {
    const char *name;
    const char *roles;
    const char *district;
};
const StandardUser kUsers[] = {
    {"handler", "handler", "330302"},
    {"handler_b", "handler", "330303"},
    {"city", "manager", "330300"},
    {"reviewer1", "first_reviewer,second_reviewer", "330302"},
    {"reviewer2", "second_reviewer", "330302"},
    {"lockme", "handler", "330302"},
    {"admin", "admin", "330302"},
    {"city_admin", "admin", "330300"},
    {"app_channel", "channel", "330302"},
    {"officer", "agreement_officer", "330302"},
    {"officer_b", "agreement_officer", "330303"},
    {"payer", "payer", "330302"},
};

// Stops the servers and the cluster when the run ends, passed or failed.
struct ServerEnvListener : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testRunEnded(const Catch::TestRunStats &) override { ServerEnv::shutdown(); }
};
} // namespace
} // namespace ltc::test

using LtcServerEnvListener = ltc::test::ServerEnvListener;
CATCH_REGISTER_LISTENER(LtcServerEnvListener)

namespace ltc::test {

QNetworkRequest HttpClient::request(const QString &pathAndQuery, const QString &token) const
{
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60'000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!m_trusted.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_trusted);
        request.setSslConfiguration(tls);
    }
    return request;
}

HttpReply HttpClient::wait(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.error = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    reply->deleteLater();
    return result;
}

HttpReply HttpClient::get(const QString &pathAndQuery, const QString &token)
{
    return wait(m_network.get(request(pathAndQuery, token)));
}

HttpReply HttpClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpReply HttpClient::postRaw(const QString &path, const QByteArray &body, const QString &token)
{
    return wait(startPost(path, body, token));
}

QNetworkReply *HttpClient::startPost(const QString &path, const QByteArray &body, const QString &token)
{
    return m_network.post(request(path, token), body);
}

ToolRun runLtcserver(const QStringList &arguments, const QByteArray &input, const QString &program)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    startChild(process, program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return ToolRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAll())};
}

CtlRun runLtcctl(const QStringList &arguments, const QString &program)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LTC_PASSWORD"), kPassword);
    environment.insert(QStringLiteral("USER"), QStringLiteral("clerk"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForFinished(120'000);
    return CtlRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

ServerProcess::ServerProcess(QString name, QString databaseUrl, QString folder, QJsonObject settings)
    : m_name(std::move(name)), m_databaseUrl(std::move(databaseUrl)), m_folder(std::move(folder)),
      m_settings(std::move(settings))
{
}

ServerProcess::~ServerProcess() { stop(); }

QString ServerProcess::configPath() const { return m_folder + QLatin1Char('/') + m_name + QStringLiteral(".json"); }

QString ServerProcess::baseUrl() const
{
    const bool tls = m_settings.contains(QStringLiteral("tls_cert"));
    return QStringLiteral("%1://127.0.0.1:%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port);
}

bool ServerProcess::start(QString *error)
{
    if (m_port == 0)
        m_port = freeLoopbackPort();  // kept across restarts: clients reconnect to the same address
    QJsonObject settings = m_settings;
    settings.insert(QStringLiteral("database"), m_databaseUrl);
    settings.insert(QStringLiteral("workers"), settings.value(QStringLiteral("workers")).toInt(4));
    QFile config(configPath());
    if (!config.open(QIODevice::WriteOnly) || config.write(QJsonDocument(settings).toJson()) < 0) {
        *error = config.errorString();
        return false;
    }
    config.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_folder + QLatin1Char('/') + m_name + QStringLiteral(".log"), QIODevice::Append);
    startChild(m_process, m_program,
               {QStringLiteral("serve"), QStringLiteral("--config"), configPath(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(m_port)});
    m_http = std::make_unique<HttpClient>(baseUrl());
    for (const QSslCertificate &certificate : m_trusted)
        m_http->trust(certificate);
    const QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        if (m_http->get(QStringLiteral("/api/v1/health")).status == 200)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("ltcserver %1 did not start:\n%2").arg(m_name, log().right(4000));
    return false;
}

void ServerProcess::killHard()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10'000);
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000))
        killHard();
}

QString ServerProcess::log() const
{
    QFile file(m_folder + QLatin1Char('/') + m_name + QStringLiteral(".log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

ServerEnv &ServerEnv::get()
{
    std::unique_ptr<ServerEnv> &instance = environment();
    if (!instance) {
        instance.reset(new ServerEnv);
        QString error;
        const bool started = instance->start(&error);
        INFO(error.toStdString());
        if (!started) {
            instance.reset();
            FAIL("the test environment did not start");
        }
    }
    return *instance;
}

void ServerEnv::shutdown()
{
    environment().reset();
}

bool ServerEnv::prepareDatabase(const QString &name, QString *error, const QString &program)
{
    if (!m_cluster.createDatabase(name, error))
        return false;
    const QString url = m_cluster.url(name);
    const ToolRun migrate = runLtcserver({QStringLiteral("migrate"), QStringLiteral("--database"), url}, {}, program);
    if (migrate.exitCode != 0) {
        *error = migrate.output;
        return false;
    }
    for (const StandardUser &user : kUsers) {
        const ToolRun add = runLtcserver({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(user.name),
                                          QStringLiteral("--role"), QString::fromLatin1(user.roles),
                                          QStringLiteral("--district"), QString::fromLatin1(user.district),
                                          QStringLiteral("--password-stdin"), QStringLiteral("--database"), url},
                                         kPassword.toUtf8() + '\n', program);
        if (add.exitCode != 0) {
            *error = add.output;
            return false;
        }
    }
    return true;
}

bool ServerEnv::start(QString *error)
{
    if (!m_cluster.start(error) || !prepareDatabase(QStringLiteral("ltc"), error))
        return false;
    // Lockout after 3 failures for 2 s, so that the test can also see it end.
    m_server = std::make_unique<ServerProcess>(
        QStringLiteral("main"), m_cluster.url(QStringLiteral("ltc")), m_cluster.folder(),
        QJsonObject{{QStringLiteral("login_lockout_threshold"), 3}, {QStringLiteral("login_lockout_seconds"), 2},
                    {QStringLiteral("max_body_bytes"), 1024 * 1024}});
    return m_server->start(error);
}

QString ServerEnv::login(const QString &username)
{
    const HttpReply reply = http().post(QStringLiteral("/api/v1/auth/login"),
                                        QJsonObject{{QStringLiteral("username"), username},
                                                    {QStringLiteral("password"), kPassword}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return reply.json.value(QStringLiteral("token")).toString();
}

int ServerEnv::schema()
{
    return http().get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("schema")).toInt();
}

QString citizenId(const QString &first17)
{
    return first17 + citizenIdCheckChar(first17);
}

QJsonObject personArgs(const QString &personNo, const QString &district, int serial)
{
    // Distinct IDs for distinct serials: 500 men per birth date, then the next day.
    const QDate birth = QDate(1950, 1, 1).addDays(serial / 500);
    const QString sequence = QStringLiteral("%1").arg(serial % 500 * 2 + 1, 3, 10, QLatin1Char('0'));
    return QJsonObject{{QStringLiteral("person_no"), personNo},
                       {QStringLiteral("id_number"), citizenId(district + birth.toString(QStringLiteral("yyyyMMdd")) + sequence)},
                       {QStringLiteral("name"), QStringLiteral("测试%1").arg(serial)},
                       {QStringLiteral("sex"), QStringLiteral("M")},
                       {QStringLiteral("birth_date"), birth.toString(Qt::ISODate)},
                       {QStringLiteral("insurance_type"), QStringLiteral("EMPLOYEE")},
                       {QStringLiteral("enrolled_on"), QStringLiteral("2020-01-01")},
                       {QStringLiteral("district"), district}};
}

QJsonObject pushBody(const QString &clientId, const QJsonArray &commands, int schema)
{
    return QJsonObject{{QStringLiteral("client_id"), clientId},
                       {QStringLiteral("schema"), schema},
                       {QStringLiteral("commands"), commands}};
}

QJsonObject command(qint64 seq, const QString &name, const QJsonObject &args)
{
    return QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("name"), name}, {QStringLiteral("args"), args}};
}

bool insertCareHome(QSqlDatabase &db, const QString &code, const QString &name, const QString &district, int grade)
{
    return execSql(db, QStringLiteral("INSERT INTO institutions (code, name, kind, grade, service_forms, agreement_from, "
                                      "agreement_to, district) VALUES (?, ?, 'CARE', ?, 'HOME', '2024-01-01', "
                                      "'2026-12-31', ?)"),
                   {code, name, grade, district});
}

} // namespace ltc::test
