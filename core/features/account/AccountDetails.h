// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QUrl>

namespace nestje {

class Writes;

// The parent's side of Overig, what QML calls:
//
//     AccountDetails { id: account; session: App.session }
//
// the parent's details and the change request (X36), and the parent's writes: permissions,
// notification toggles, a change request and "Stel een vraag" go through the one write path
// (stored first, shown at once, sent with an Idempotency-Key, a refusal kept as `problem`);
// the password change (X37) is asked directly, because it needs the portal there and then, and
// the keychain gets the new password once the portal took it.
class AccountDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString fullName READ fullName NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    // "", "pending" or "processed"
    Q_PROPERTY(QString changeStatus READ changeStatus NOTIFY changed)
    // "In behandeling sinds 3 mei 2026: e-mailadres → nieuw@example.nl"
    Q_PROPERTY(QString changeSummary READ changeSummary NOTIFY changed)
    Q_PROPERTY(bool changeSending READ changeSending NOTIFY changed)
    // The portal's reason for the last refused write of Overig, or "".
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(int passwordMinimum READ passwordMinimum NOTIFY changed)
    // What the organisation offers (its modules): "Stel een vraag", changing one's details.
    Q_PROPERTY(bool canAsk READ canAsk NOTIFY changed)
    Q_PROPERTY(bool canRequestChange READ canRequestChange NOTIFY changed)
    // The organisation's web portal, for "Naar ouderportaal".
    Q_PROPERTY(QUrl portalUrl READ portalUrl NOTIFY changed)
    Q_PROPERTY(bool passwordBusy READ passwordBusy NOTIFY passwordBusyChanged)
    // Notifications of this account on this device (Nestje's own switch, not the portal's).
    Q_PROPERTY(bool notifiesOnThisDevice READ notifiesOnThisDevice WRITE setNotifiesOnThisDevice NOTIFY changed)
public:
    explicit AccountDetails(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);

    QString fullName() const;
    QString email() const;
    QString phone() const;
    QString address() const;
    QString changeStatus() const;
    QString changeSummary() const;
    bool changeSending() const;
    QString problem() const;
    int passwordMinimum() const;
    bool passwordBusy() const { return m_passwordBusy; }
    bool canAsk() const { return offers(QStringLiteral("askQuestion")); }
    bool canRequestChange() const { return offers(QStringLiteral("personalDetails")); }
    QUrl portalUrl() const;
    bool notifiesOnThisDevice() const;
    void setNotifiesOnThisDevice(bool on);

    // Each returns "" when stored for sending, or why not (shown under the form).
    Q_INVOKABLE QString requestChange(const QString &fullName, const QString &email, const QString &phone,
                                      const QString &address, const QString &remark);
    Q_INVOKABLE QString askQuestion(const QString &subject, const QString &message, const QString &childId);
    Q_INVOKABLE bool setPermission(const QString &childId, const QString &permissionId, bool granted);
    Q_INVOKABLE bool setNotification(const QString &item, bool push, bool email);
    // The failed writes of Overig: send again, or drop them.
    Q_INVOKABLE void retryFailed();
    Q_INVOKABLE void discardFailed();

    // Why the new password cannot be used, or "" (checked before asking the portal).
    Q_INVOKABLE QString passwordProblem(const QString &current, const QString &next, const QString &repeated) const;
    // Asks the portal; `passwordChanged()` or `passwordRefused(reason)`.
    Q_INVOKABLE void changePassword(const QString &current, const QString &next, const QString &repeated);

signals:
    void sessionChanged();
    void changed();
    void passwordBusyChanged();
    void passwordChanged();
    void passwordRefused(const QString &reason);

private:
    Writes *writes() const;
    bool offers(const QString &module) const;
    QList<qint64> failedWrites() const;

    SessionBinding m_binding;
    QMetaObject::Connection m_writesConnection;
    QMetaObject::Connection m_capabilitiesConnection;
    bool m_passwordBusy = false;
};

} // namespace nestje
