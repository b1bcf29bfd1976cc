#include "credentials.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace ltc {
namespace {
const QString kService = QStringLiteral("LTC Desk");

// Runs a keychain job to its end (the jobs are asynchronous; callers here want an answer).
bool runJob(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}
} // namespace

QString Credentials::account(const QString &server, const QString &username)
{
    QString base = server.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1Char('|') + username.trimmed();
}

QString Credentials::passwordAccount(const QString &server, const QString &username)
{
    return account(server, username) + QStringLiteral("|password");
}

QString Credentials::tokenAccount(const QString &server, const QString &username)
{
    return account(server, username) + QStringLiteral("|token");
}

std::optional<QString> Credentials::read(const QString &account, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(account);
    if (!runJob(job, error))
        return std::nullopt;
    return job.textData();
}

bool Credentials::write(const QString &account, const QString &secret, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(account);
    job.setTextData(secret);
    return runJob(job, error);
}

bool Credentials::remove(const QString &account, QString *error)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(account);
    return runJob(job, error);
}

} // namespace ltc
