#pragma once
// ltcserver's HTTP(S) side: QHttpServer routes each API path to ServerApi on a pool of worker
// threads (database work never runs on the listening thread), behind the body-limit guard.
#include "serverapi.h"

#include <QHttpServer>
#include <QThreadPool>

namespace ltc::server {

class HttpFrontend {
public:
    HttpFrontend(const ServerApi &api, const ServerConfig &config);
    // Listens on config.listen, with TLS when a certificate and key are configured.
    bool listen(QString *error);
    QThreadPool &pool() { return m_pool; }

private:
    QFuture<QHttpServerResponse> dispatch(const QHttpServerRequest &request);
    bool loadTls(class QSslConfiguration *tls, QString *error) const;

    const ServerApi &m_api;
    const ServerConfig &m_config;
    QHttpServer m_http;
    QThreadPool m_pool;
};

} // namespace ltc::server
