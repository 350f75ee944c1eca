// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/LoginFlow.h"

#include <QtQml/qqmlregistration.h>

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace nestje {

// "Wachtwoord vergeten?" inside the app: asks the portal to mail a reset link
// (PUT /auth-api/password/forgot, X40) and says what happens next. The portal answers the same
// for an unknown address, so the app does too; only trouble on the way (offline, the portal
// down, too many requests, an address that is no portal) gets its own words.
//
//     ForgotPassword { id: forgot; login: App.login }   // the login page's portal certificate
//     forgot.send(portalField.text, emailField.text)    // then forgot.answer or forgot.problem
class ForgotPassword : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::LoginFlow *login READ login WRITE setLogin NOTIFY loginChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString answer READ answer NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
public:
    explicit ForgotPassword(QObject *parent = nullptr);
    ~ForgotPassword() override;

    LoginFlow *login() const { return m_login; }
    void setLogin(LoginFlow *login);
    bool busy() const { return m_reply; }
    // What happens next, once the portal took the request.
    QString answer() const { return m_answer; }
    // Why it did not go through; the form stays so the parent can try again.
    QString problem() const { return m_problem; }

    Q_INVOKABLE void send(const QString &portalInput, const QString &username);
    // Back to the empty form (the page was left).
    Q_INVOKABLE void reset();

signals:
    void loginChanged();
    void stateChanged();

private:
    void finished(QNetworkReply *reply, const QString &portalName);
    void setResult(const QString &answer, const QString &problem);

    QPointer<LoginFlow> m_login;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_answer;
    QString m_problem;
};

} // namespace nestje
