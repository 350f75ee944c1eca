// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiClient.h"
#include "sync/FeatureSync.h"

#include <QJsonValue>
#include <QObject>

#include <functional>

namespace nestje {

class Database;

// One feature's part of one sync. The feature fetches through get() and says finish() when its
// data is up to date; every failure ends the run with a status for that feature alone:
// 404/405 → not offered, a disk error or a bad answer → stale, no connection → stale (offline).
// Answers that arrive after the run ended (cancelled, account removed) are dropped.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    // Stores one answer; false when it could not be stored (the feature is then stale).
    using PayloadHandler = std::function<bool(const QJsonValue &payload)>;
    // Takes a failed answer instead of the run (true: taken). A feature that asks ahead uses it
    // to end the run only when it reaches the failed request in order (endWith).
    using ErrorHandler = std::function<bool(const ApiError &error)>;

    SyncRun(FeatureSync *feature, const SyncContext &context, ApiClient *api, Database *db,
            QObject *parent = nullptr);

    FeatureSync *feature() const { return m_feature; }
    const SyncContext &context() const { return m_context; }
    Database &database() { return *m_db; }

    // GET `path`; `extension`: a Nestje route that real portals may not have.
    void get(const QString &path, PayloadHandler onPayload, bool extension = false,
             ErrorHandler onError = {});
    // Stores the answer about `item`; false when it could not be stored.
    using EachHandler = std::function<bool(const QString &item, const QJsonValue &payload)>;
    // GETs pathOf(item) for every one of `items` (a list's bodies, conversations, children), a
    // few at a time: one after another, each waited a round trip; all at once, a long list would
    // queue ahead of the other features' requests. `then` runs once every answer is stored (at
    // once for no items). A failure ends the run as in get(), and the answers still to come are
    // dropped.
    void getEach(const QStringList &items, const std::function<QString(const QString &item)> &pathOf,
                 EachHandler store, std::function<void()> then, bool extension = false);
    static constexpr int eachInFlight = 6; // what Qt sends to one host at a time

    // What a parse aside hands back: run on the UI thread, it stores what was parsed (false:
    // could not).
    using StoreStep = std::function<bool()>;
    // Parses one answer off the UI thread: it runs on a worker, so it only reads `payload` and
    // builds values (no store, no QObject, nothing of the feature's own state).
    using ParseAside = std::function<StoreStep(const QJsonValue &payload)>;
    // As get(), but the answer's JSON and `parse` run on a worker thread, one answer after the
    // other in the order they arrived, and the StoreStep on the UI thread: for a feature whose
    // many pages would otherwise keep the UI thread busy for the whole first sync (the timeline).
    void getParsedAside(const QString &path, ParseAside parse, ErrorHandler onError = {});
    // The common one-request feature: GET `path`, store it, tell the models, done.
    void fetch(const QString &path, PayloadHandler store, bool extension = false);
    // The feature's data is up to date.
    void finish();
    // The feature cannot go on (e.g. the store refused); its old data stays and shows as stale.
    void fail(const ApiError &error);
    void cancel();
    // Ends the run as a failed answer to `path` says: not offered (404, 405) or stale.
    void endWith(const QString &path, const ApiError &error);

    bool isOver() const { return m_over; }
    FeatureStatus::State outcome() const { return m_outcome; }
    ApiError error() const { return m_error; }
    // Whether any answer of the portal arrived (the portal is reachable).
    bool reachedPortal() const { return m_reachedPortal; }
    int requestCount() const { return m_requests; }

signals:
    void ended();

private:
    void end(FeatureStatus::State outcome, const ApiError &error = {});
    // Sends `call`; a failed answer goes to failed(), a good one to `onAnswer` (neither once the
    // run is over).
    void send(const ApiCall &call, ErrorHandler onError,
              std::function<void(const ApiResult &)> onAnswer);
    // Notes that an answer came (the portal is reachable) unless the connection failed.
    void noteAnswer(const ApiError &error);
    // A failed answer: to the feature's handler if it takes it, else the run ends with it.
    void failed(const QString &path, const ApiError &error, const ErrorHandler &onError);

    FeatureSync *m_feature;
    SyncContext m_context;
    ApiClient *m_api;
    Database *m_db;
    bool m_over = false;
    bool m_reachedPortal = false;
    int m_requests = 0;
    FeatureStatus::State m_outcome = FeatureStatus::State::Unknown;
    ApiError m_error;
};

} // namespace nestje
