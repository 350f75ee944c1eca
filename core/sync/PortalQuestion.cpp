// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PortalQuestion.h"

#include "accounts/AccountSession.h"
#include "shell/Session.h"

namespace nestje {

PortalQuestion::PortalQuestion(QObject *parent)
    : QObject(parent)
{
}

void PortalQuestion::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    ++m_generation;
    setState(State::Idle, {}, {});
    emit sessionChanged();
}

void PortalQuestion::ask(const ApiCall &call, Parser parse)
{
    m_lastCall = call;
    m_lastParser = parse;
    const quint64 generation = ++m_generation;
    AccountSession *account = m_session ? m_session->account() : nullptr;
    if (!account) {
        setState(State::Failed, {}, tr("There is no account to ask."));
        return;
    }
    setState(State::Loading, m_answer, {});
    account->api()->send(call, this, [this, generation, parse = std::move(parse)](const ApiResult &result) {
        if (generation != m_generation)
            return; // a newer question was asked meanwhile
        if (result.ok()) {
            const QVariant answer = parse(result.payload);
            if (answer.isValid())
                setState(State::Answered, answer, {});
            else
                setState(State::Failed, {}, ApiError{ApiError::Kind::Malformed, 0, {}, {}, {}}.text());
            return;
        }
        const ApiError &error = result.error;
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
            setState(State::Offline, {}, error.text());
        else if (error.kind == ApiError::Kind::Unsupported || error.kind == ApiError::Kind::NotFound || error.httpStatus == 405)
            setState(State::Unavailable, {}, error.text());
        else
            setState(State::Failed, {}, error.text());
    });
}

void PortalQuestion::retry()
{
    if (m_lastParser)
        ask(m_lastCall, m_lastParser);
}

void PortalQuestion::setState(State state, const QVariant &answer, const QString &errorText)
{
    m_state = state;
    m_answer = answer;
    m_errorText = errorText;
    emit stateChanged();
}

} // namespace nestje
