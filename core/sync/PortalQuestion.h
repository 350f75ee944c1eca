// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "net/ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

namespace nestje {

class Session;

// One question to the portal that a page asks on demand ("which day parts can I request on
// 3 March?"), with the states a page shows: loading, the answer, offline, or the portal's
// refusal. Features derive a typed question from it (see docs/architecture.md): the subclass
// builds the request and parses the answer into what its page binds to; no model calls the
// network itself. A newer question replaces an older one that has not been answered yet.
class PortalQuestion : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Ask a feature's own question type")
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QVariant answer READ answer NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
public:
    enum class State {
        Idle,        // nothing asked yet
        Loading,     // asked; the page shows a spinner and keeps what it showed
        Answered,    // `answer` holds the parsed answer
        Offline,     // no connection: the page says so and offers to try again
        Unavailable, // the organisation does not offer this (404/405)
        Failed,      // refused or a server error: `errorText` is the portal's reason
    };
    Q_ENUM(State)

    // Parses the payload into the answer; an invalid QVariant means the answer was malformed.
    using Parser = std::function<QVariant(const QJsonValue &payload)>;

    explicit PortalQuestion(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    State state() const { return m_state; }
    QVariant answer() const { return m_answer; }
    QString errorText() const { return m_errorText; }

    // Asks again what was asked last (the page's "Opnieuw proberen").
    Q_INVOKABLE void retry();

signals:
    void sessionChanged();
    void stateChanged();

protected:
    // For the typed subclasses: send `call` and parse its answer with `parse`.
    void ask(const ApiCall &call, Parser parse);

private:
    void setState(State state, const QVariant &answer, const QString &errorText);

    QPointer<Session> m_session;
    State m_state = State::Idle;
    QVariant m_answer;
    QString m_errorText;
    ApiCall m_lastCall;
    Parser m_lastParser;
    quint64 m_generation = 0; // answers to replaced questions are dropped
};

} // namespace nestje
