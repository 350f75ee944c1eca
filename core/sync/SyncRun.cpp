// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncRun.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace nestje {

namespace {
// One worker: answers are parsed in the order they came, and the UI keeps the other core.
QThreadPool *parsePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

// An answer a step did not take: this device's trouble when a write failed meanwhile (a full
// disk), else an answer the feature could not use.
ApiError notTaken(const QString &path, bool statementFailed)
{
    return {statementFailed ? ApiError::Kind::Storage : ApiError::Kind::Malformed, 0, {}, {},
            path + (statementFailed ? QStringLiteral(": could not store the answer")
                                : QStringLiteral(": an answer the feature could not use"))};
}
} // namespace

SyncRun::SyncRun(FeatureSync *feature, const SyncContext &context, ApiClient *api, Database *db,
                 QObject *parent)
    : QObject(parent)
    , m_feature(feature)
    , m_context(context)
    , m_api(api)
    , m_db(db)
{
}

void SyncRun::noteAnswer(const ApiError &error)
{
    const ApiError::Kind kind = error.kind;
    if (kind != ApiError::Kind::Network && kind != ApiError::Kind::Timeout &&
        kind != ApiError::Kind::Cancelled)
        m_reachedPortal = true;
}

void SyncRun::failed(const QString &path, const ApiError &error, const ErrorHandler &onError)
{
    if (onError && onError(error))
        return;
    endWith(path, error);
}

void SyncRun::send(const ApiCall &call, ErrorHandler onError,
                   std::function<void(const ApiResult &)> onAnswer)
{
    ++m_requests;
    m_api->send(call, this,
                [this, path = call.path, onError = std::move(onError),
                 onAnswer = std::move(onAnswer)](const ApiResult &result) {
                    if (m_over)
                        return;
                    noteAnswer(result.error);
                    if (!result.ok()) {
                        failed(path, result.error, onError);
                        return;
                    }
                    onAnswer(result);
                });
}

void SyncRun::get(const QString &path, PayloadHandler onPayload, bool extension,
                  ErrorHandler onError)
{
    if (m_over)
        return;
    ApiCall call;
    call.path = path;
    call.extension = extension;
    send(call, std::move(onError),
         [this, path, onPayload = std::move(onPayload)](const ApiResult &result) {
             const int failedStatements = m_db->failedStatements();
             if (!onPayload(result.payload))
                 fail(notTaken(path, m_db->failedStatements() != failedStatements));
         });
}

namespace {
struct EachState
{
    QStringList items;
    std::function<QString(const QString &item)> pathOf;
    SyncRun::EachHandler store;
    std::function<void()> then;
    bool extension = false;
    qsizetype next = 0;   // the first item not asked for yet
    qsizetype stored = 0; // answers stored
};

void askNext(SyncRun &run, const std::shared_ptr<EachState> &state)
{
    const qsizetype index = state->next++;
    run.get(
        state->pathOf(state->items.at(index)),
        [&run, state, index](const QJsonValue &payload) {
            if (!state->store(state->items.at(index), payload))
                return false;
            if (++state->stored == state->items.size())
                state->then();
            else if (state->next < state->items.size())
                askNext(run, state);
            return true;
        },
        state->extension);
}
} // namespace

void SyncRun::getEach(const QStringList &items, const std::function<QString(const QString &item)> &pathOf,
                      EachHandler store, std::function<void()> then, bool extension)
{
    if (m_over)
        return;
    if (items.isEmpty())
        return then();
    auto state = std::make_shared<EachState>(
        EachState{items, pathOf, std::move(store), std::move(then), extension, 0, 0});
    while (state->next < std::min<qsizetype>(items.size(), eachInFlight))
        askNext(*this, state);
}

void SyncRun::getParsedAside(const QString &path, ParseAside parse, ErrorHandler onError)
{
    if (m_over)
        return;
    ApiCall call;
    call.path = path;
    call.binary = true; // the bytes; the envelope and the JSON are read on the worker
    send(call, onError, [this, path, parse = std::move(parse), onError](const ApiResult &answer) {
        QPointer<SyncRun> self(this);
        parsePool()->start([self, path, parse, onError, status = answer.error.httpStatus,
                            body = answer.raw] {
            // The answer's JSON lives and is freed here: only its error and the parsed values
            // go back.
            const ApiResult result = interpretReply({status, body, false, false});
            StoreStep store = result.ok() ? parse(result.payload) : StoreStep();
            // Back on the UI thread, where the run lives (and may have ended meanwhile).
            QMetaObject::invokeMethod(qApp, [self, path, onError, error = result.error,
                                             store = std::move(store)] {
                if (!self || self->m_over)
                    return;
                if (error.kind != ApiError::Kind::None) {
                    self->failed(path, error, onError);
                    return;
                }
                const int failedStatements = self->m_db->failedStatements();
                if (!store())
                    self->fail(notTaken(path, self->m_db->failedStatements() != failedStatements));
            });
        });
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
