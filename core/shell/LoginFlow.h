// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QUrl>

namespace nestje {

class Accounts;
struct LoginError;

// The login page (App.login): what the parent typed, whether a login is running, the error to
// show, a self-hosted portal's CA, and the demo. It adds an account through Accounts; the shell
// follows the active account.
class LoginFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.login")
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString portal READ portal NOTIFY prefillChanged)
    Q_PROPERTY(QString username READ username NOTIFY prefillChanged)
    Q_PROPERTY(QString certificate READ certificate NOTIFY certificateChanged)
public:
    explicit LoginFlow(Accounts *accounts, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    QString error() const { return m_error; }
    QString portal() const { return m_portal; }
    QString username() const { return m_username; }

    // Fills in the page: `--portal`, "Account toevoegen" (empty), or logging in again.
    void prefill(const QString &portal, const QString &username = {});
    // Shows why the parent has to log in again (password changed, session ended).
    void setError(const QString &error);

    // The "Inloggen" button. Validates the portal field first.
    Q_INVOKABLE void login(const QString &portalInput, const QString &username, const QString &password);
    // "Probeer de demo": the app starts its embedded server and calls loginToDemo().
    Q_INVOKABLE void startDemo();
    // Stops a login that is under way.
    Q_INVOKABLE void cancel();
    // A self-hosted portal's CA certificate (PEM file) to trust for the next login; an empty
    // URL forgets it. Returns a translated problem, or empty when the file holds a certificate.
    Q_INVOKABLE QString usePortalCertificate(const QUrl &pemFile);
    // Who the chosen certificate belongs to, for the login page; empty when none.
    QString certificate() const;
    // The chosen certificate itself (PEM), for other requests of the login page.
    QByteArray certificatePem() const { return m_certificatePem; }
    // Translated problem with the portal field, or empty when it is usable.
    Q_INVOKABLE QString portalProblem(const QString &portalInput) const;

    void loginToDemo(const QUrl &portal, const QString &username, const QString &password);
    void failDemo(const QString &reason);

signals:
    void busyChanged();
    void errorChanged();
    void prefillChanged();
    void certificateChanged();
    void demoRequested();

private:
    void setBusy(bool busy);
    void onFailed(const LoginError &error);

    Accounts *m_accounts;
    bool m_busy = false;
    bool m_addingDemo = false;
    QString m_error;
    QString m_portal;
    QString m_username;
    QByteArray m_certificatePem;
};

} // namespace nestje
