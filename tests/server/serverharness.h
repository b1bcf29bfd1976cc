#pragma once
// What the server tests share: ltcserver processes (serve, and the one-shot verbs), a small
// blocking HTTP client over QNetworkAccessManager, and the test environment — one PostgreSQL
// cluster and one main server for the whole run, started on first use and stopped at the end.
#include "pgcluster.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <memory>

namespace ltc::test {

struct HttpReply {
    int status = 0;  // 0: no HTTP answer (connection refused, reset …)
    QJsonObject json;
    QByteArray body;
    QString error;
};

class HttpClient {
public:
    explicit HttpClient(QString baseUrl) : m_baseUrl(std::move(baseUrl)) {}
    void trust(const QSslCertificate &certificate) { m_trusted = {certificate}; }

    HttpReply get(const QString &pathAndQuery, const QString &token = {});
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpReply postRaw(const QString &path, const QByteArray &body, const QString &token = {});
    // Starts a request without waiting (for concurrent requests); wait() collects the answer.
    QNetworkReply *startPost(const QString &path, const QByteArray &body, const QString &token = {});
    static HttpReply wait(QNetworkReply *reply);

private:
    QNetworkRequest request(const QString &pathAndQuery, const QString &token) const;
    QString m_baseUrl;
    QList<QSslCertificate> m_trusted;
    QNetworkAccessManager m_network;
};

// The result of a one-shot `ltcserver VERB …`.
struct ToolRun {
    int exitCode = -1;
    QString output;
};
// `program`: the product, or ltcserver_probe (the same server with the test modules registered).
ToolRun runLtcserver(const QStringList &arguments, const QByteArray &input = {},
                     const QString &program = QStringLiteral(LTCSERVER_PATH));

// The result of `ltcctl VERB …` (the product, or ltcctl_probe), run as the user "clerk" with the
// test password in LTC_PASSWORD (what `ltcctl sync` signs in with).
struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
};
CtlRun runLtcctl(const QStringList &arguments, const QString &program = QStringLiteral(LTCCTL_PATH));

class ServerProcess {
public:
    // Serves `databaseUrl` with `settings` over the defaults (a JSON config file in `folder`).
    ServerProcess(QString name, QString databaseUrl, QString folder, QJsonObject settings = {});
    ~ServerProcess();
    void trust(const QSslCertificate &certificate) { m_trusted = {certificate}; }  // before start()
    void setProgram(const QString &program) { m_program = program; }                // before start()
    bool start(QString *error);  // returns when /health answers
    void killHard();             // SIGKILL: no chance to finish anything
    void stop();
    HttpClient &http() { return *m_http; }
    QString baseUrl() const;
    QString log() const;
    QString configPath() const;

private:
    QString m_name;
    QString m_program = QStringLiteral(LTCSERVER_PATH);
    QString m_databaseUrl;
    QString m_folder;
    QJsonObject m_settings;
    quint16 m_port = 0;
    QProcess m_process;
    QList<QSslCertificate> m_trusted;
    std::unique_ptr<HttpClient> m_http;
};

// The shared environment. Users of the main database (password kPassword):
//   handler, handler_b (handler of 330303), city (manager, 330300), reviewer1 (first and second
//   reviewer), reviewer2 (second reviewer), lockme (handler), admin, city_admin (admin, 330300),
//   officer and officer_b (agreement officers of 330302 and 330303), payer — all of 330302 unless
//   said.
class ServerEnv {
public:
    static ServerEnv &get();  // starts everything on first use; REQUIREs success
    static void shutdown();

    PgCluster &cluster() { return m_cluster; }
    ServerProcess &server() { return *m_server; }
    HttpClient &http() { return m_server->http(); }
    QSqlDatabase db() { return m_cluster.connect(QStringLiteral("ltc")); }
    // A migrated database with the standard users, for a server of its own (`program` migrates it:
    // ltcserver_probe for a schema with the test modules).
    bool prepareDatabase(const QString &name, QString *error, const QString &program = QStringLiteral(LTCSERVER_PATH));
    QString login(const QString &username);  // a bearer token; REQUIREs success
    int schema();

private:
    ServerEnv() = default;
    bool start(QString *error);
    PgCluster m_cluster;
    std::unique_ptr<ServerProcess> m_server;
};

inline const QString kPassword = QStringLiteral("test-pass-2026");

// Serials of personArgs() in use, so that ID numbers never collide across suites sharing the
// main database: 1001-1099 and 2001-2099 server sync, 3001-3099 purge (own database),
// 4001-4999 sync client, 5001-5099 request log, 6001-6999 one store one truth, 7001-7099 applications (7010 scans), 8001-8099 agreements,
// 9001-9199 assessments (9100-9199 disputes and care), 9201-9299 assessment fees,
// 10001-10999 server killed mid-push.
// A citizen ID with a valid check character (GB 11643) for the first 17 characters.
QString citizenId(const QString &first17);
// The arguments of person.register for a person of `district`.
QJsonObject personArgs(const QString &personNo, const QString &district, int serial);
QJsonObject pushBody(const QString &clientId, const QJsonArray &commands, int schema);
QJsonObject command(qint64 seq, const QString &name, const QJsonObject &args);
// A care home of `district` in agreement from 2024 to 2026, written straight into the database.
bool insertCareHome(QSqlDatabase &db, const QString &code, const QString &name, const QString &district, int grade = 1);

} // namespace ltc::test
