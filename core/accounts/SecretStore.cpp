// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/SecretStore.h"

#include <qt6keychain/keychain.h>

namespace nestje {

namespace {
template<typename Job>
Job *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

SecretStore::Result resultOf(const QKeychain::Job *job)
{
    SecretStore::Result result;
    result.ok = job->error() == QKeychain::NoError;
    result.notFound = job->error() == QKeychain::EntryNotFound;
    if (!result.ok)
        result.error = job->errorString();
    return result;
}
} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void SecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}

void SecretStore::read(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result.ok)
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
    job->start();
}

void SecretStore::remove(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}

} // namespace nestje
