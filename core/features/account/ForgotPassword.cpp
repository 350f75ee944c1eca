// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/ForgotPassword.h"

#include "accounts/PortalAddress.h"
#include "net/LoginClient.h"
#include "net/LoginError.h"
#include "net/PasswordReset.h"
#include "shell/LoginFlow.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

#include <cmath>

namespace nestje {

namespace {

QString loginErrorText(LoginError::Kind kind)
{
    LoginError error;
    error.kind = kind;
    return error.text();
}

// "deboomhut.ouderportaal.nl": how the parent typed the portal, without the scheme.
QString portalName(const QUrl &base)
{
    QString name = base.toDisplayString(QUrl::RemoveScheme | QUrl::StripTrailingSlash);
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name;
}

} // namespace

ForgotPassword::ForgotPassword(QObject *parent)
    : QObject(parent)
{
}

ForgotPassword::~ForgotPassword()
{
    if (m_reply)
        m_reply->abort();
}

void ForgotPassword::setLogin(LoginFlow *login)
{
    if (m_login == login)
        return;
    m_login = login;
    emit loginChanged();
}

void ForgotPassword::reset()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    setResult({}, {});
}

void ForgotPassword::send(const QString &portalInput, const QString &username)
{
    const PortalAddress portal = PortalAddress::fromUserInput(portalInput);
    if (!portal.isValid()) {
        setResult({}, portal.problemText());
        return;
    }
    const QString user = username.trimmed();
    if (!user.contains(QLatin1Char('@'))) {
        setResult({}, tr("Enter the e-mail address you use to log in to the portal."));
        return;
    }
    reset();
    QNetworkRequest request(
        portalEndpoint(portal.baseUrl(), QStringLiteral("/auth-api/password/forgot")));
    applyClientHeaders(request);
    if (m_login && !m_login->certificatePem().isEmpty())
        applyExtraTrust(request, QSslCertificate::fromData(m_login->certificatePem(), QSsl::Pem));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_reply = m_network.put(request, forgotPasswordBody(user));
    QNetworkReply *reply = m_reply;
    const QString name = portalName(portal.baseUrl());
    connect(reply, &QNetworkReply::finished, this, [this, reply, name] {
        reply->deleteLater();
        m_reply.clear(); // not busy any more, before the answer is shown
        finished(reply, name);
    });
    emit stateChanged();
}

void ForgotPassword::finished(QNetworkReply *reply, const QString &portalName)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        // No answer at all: offline, a wrong address, a portal that is down, or TLS refused.
        setResult({}, loginErrorText(reply->error() == QNetworkReply::SslHandshakeFailedError
                                         ? LoginError::Kind::TlsUntrusted
                                         : LoginError::Kind::Unreachable));
        return;
    }
    if (status == 429) {
        const int seconds = reply->rawHeader("Retry-After").toInt();
        const int minutes = std::max(1, int(std::ceil(seconds / 60.0)));
        setResult({}, seconds > 0
                          ? tr("Too many requests for a new password. Try again in %n minute(s).",
                               nullptr, minutes)
                          : tr("Too many requests for a new password. Try again later."));
        return;
    }
    if (status >= 500) {
        setResult({}, loginErrorText(LoginError::Kind::ServerError));
        return;
    }
    const bool accepted = forgotPasswordAccepted(status, reply->readAll());
    if (!accepted) {
        setResult({}, loginErrorText(LoginError::Kind::NotAKonnectPortal));
        return;
    }
    // The same words whether or not the address is known: the portal does not tell either.
    setResult(tr("If %1 knows this e-mail address, an e-mail with a link to choose a new password "
                 "is on its way. "
                 "The link works once, for an hour. Then log in here with your new password.")
                  .arg(portalName),
              {});
}

void ForgotPassword::setResult(const QString &answer, const QString &problem)
{
    m_answer = answer;
    m_problem = problem;
    emit stateChanged();
}

} // namespace nestje
