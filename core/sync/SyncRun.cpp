// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncRun.h"

#include "db/Database.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace nestje {

SyncRun::SyncRun(FeatureSync *feature, const SyncContext &context, ApiClient *api, Database *db,
                 QObject *parent)
    : QObject(parent)
    , m_feature(feature)
    , m_context(context)
    , m_api(api)
    , m_db(db)
{
}

void SyncRun::get(const QString &path, PayloadHandler onPayload, bool extension,
                  ErrorHandler onError)
{
    if (m_over)
        return;
    ApiCall call;
    call.path = path;
    call.extension = extension;
    ++m_requests;
    m_api->send(call, this,
                [this, path, onPayload = std::move(onPayload),
                 onError = std::move(onError)](const ApiResult &result) {
                    if (m_over)
                        return;
                    const ApiError::Kind kind = result.error.kind;
                    if (kind != ApiError::Kind::Network && kind != ApiError::Kind::Timeout &&
                        kind != ApiError::Kind::Cancelled)
                        m_reachedPortal = true;
                    if (result.ok()) {
                        if (!onPayload(result.payload))
                            fail({ApiError::Kind::Malformed,
                                  0,
                                  {},
                                  {},
                                  path + QStringLiteral(": could not store the answer")});
                        return;
                    }
                    if (onError && onError(result.error))
                        return;
                    endWith(path, result.error);
                });
}

void SyncRun::endWith(const QString &path, const ApiError &failure)
{
    // 404 and 405 on a feature's route: this organisation does not offer it.
    const ApiError::Kind kind = failure.kind;
    if (kind == ApiError::Kind::Unsupported || kind == ApiError::Kind::NotFound ||
        failure.httpStatus == 405) {
        qCInfo(lcSync) << m_feature->name() << "not offered:" << path << failure.httpStatus;
        end(FeatureStatus::State::Unavailable, failure);
        return;
    }
    ApiError error = failure;
    error.detail = path + QLatin1Char(' ') + error.detail;
    fail(error);
}

void SyncRun::fetch(const QString &path, PayloadHandler store, bool extension)
{
    get(
        path,
        [this, store = std::move(store)](const QJsonValue &payload) {
            if (!store(payload))
                return false;
            m_db->announce(m_feature->name());
            finish();
            return true;
        },
        extension);
}

void SyncRun::finish()
{
    end(FeatureStatus::State::Fresh);
}

void SyncRun::fail(const ApiError &error)
{
    qCInfo(lcSync) << m_feature->name() << "stale:" << int(error.kind) << error.httpStatus
                   << error.detail;
    end(FeatureStatus::State::Stale, error);
}

void SyncRun::cancel()
{
    if (!m_over) {
        m_over = true; // no `ended`: the engine that cancels does its own bookkeeping
        m_outcome = FeatureStatus::State::Unknown;
    }
}

void SyncRun::end(FeatureStatus::State outcome, const ApiError &error)
{
    if (m_over)
        return;
    m_over = true;
    m_outcome = outcome;
    m_error = error;
    emit ended();
}

} // namespace nestje
