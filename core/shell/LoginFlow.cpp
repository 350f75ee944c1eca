// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LoginFlow.h"

#include "accounts/Accounts.h"
#include "accounts/PortalAddress.h"
#include "net/LoginClient.h"
#include "net/LoginError.h"

#include <QFile>
#include <QSslCertificate>

namespace nestje {

LoginFlow::LoginFlow(Accounts *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    connect(m_accounts, &Accounts::added, this, [this] {
        m_addingDemo = false;
        setBusy(false);
        setError({});
    });
    connect(m_accounts, &Accounts::addFailed, this, &LoginFlow::onFailed);
}

void LoginFlow::onFailed(const LoginError &error)
{
    setBusy(false);
    setError(m_addingDemo ? tr("The demo could not start: %1").arg(error.text()) : error.text());
    m_addingDemo = false;
}

void LoginFlow::prefill(const QString &portal, const QString &username)
{
    m_portal = portal;
    m_username = username;
    emit prefillChanged();
}

void LoginFlow::login(const QString &portalInput, const QString &username, const QString &password)
{
    const PortalAddress portal = PortalAddress::fromUserInput(portalInput);
    if (!portal.isValid()) {
        setError(portal.problemText());
        return;
    }
    if (!username.contains(QLatin1Char('@'))) {
        setError(tr("Enter the e-mail address you use to log in to the portal."));
        return;
    }
    if (password.isEmpty()) {
        setError(tr("Enter your password."));
        return;
    }
    // Remembered, so the form still shows them after a failed attempt or a log-out.
    m_portal = portalInput.trimmed();
    m_username = username.trimmed();
    emit prefillChanged();
    m_addingDemo = false;
    setError({});
    setBusy(true);
    m_accounts->add(portal.baseUrl(), username.trimmed(), password, false, m_certificatePem);
}

void LoginFlow::startDemo()
{
    setError({});
    setBusy(true);
    emit demoRequested();
}

void LoginFlow::loginToDemo(const QUrl &portal, const QString &username, const QString &password)
{
    m_addingDemo = true;
    setBusy(true);
    m_accounts->add(portal, username, password, true);
}

void LoginFlow::failDemo(const QString &reason)
{
    setBusy(false);
    setError(tr("The demo could not start: %1").arg(reason));
}

void LoginFlow::cancel()
{
    m_accounts->cancelAdd();
    setBusy(false);
    setError({});
}

QString LoginFlow::usePortalCertificate(const QUrl &pemFile)
{
    if (pemFile.isEmpty()) {
        m_certificatePem.clear();
        emit certificateChanged();
        return {};
    }
    QFile file(pemFile.toLocalFile());
    const QByteArray pem = file.open(QIODevice::ReadOnly) ? file.read(256 * 1024) : QByteArray();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull())
        return tr("This file does not contain a certificate (PEM).");
    m_certificatePem = pem;
    emit certificateChanged();
    return {};
}

QString LoginFlow::certificate() const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(m_certificatePem, QSsl::Pem);
    if (certificates.isEmpty())
        return {};
    const QStringList names = certificates.first().subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QString::fromLatin1(certificates.first().digest().toHex().left(16)) : names.first();
}

QString LoginFlow::portalProblem(const QString &portalInput) const
{
    return PortalAddress::fromUserInput(portalInput).problemText();
}

void LoginFlow::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void LoginFlow::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        emit errorChanged();
    }
}

} // namespace nestje
