// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QtQml/qqmlregistration.h>

#include <QObject>

namespace nestje {

// The organisation's contact details (P2), for QML: `ContactInfo { session: App.session }`.
// Plain text; `known` is false until the first sync brought them.
class ContactInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString website READ website NOTIFY changed)
public:
    explicit ContactInfo(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);
    bool known() const { return m_known; }
    QString name() const { return m_name; }
    QString address() const { return m_address; }
    QString phone() const { return m_phone; }
    QString email() const { return m_email; }
    QString website() const { return m_website; }

signals:
    void sessionChanged();
    void changed();

private:
    void reload();

    SessionBinding m_binding;
    bool m_known = false;
    QString m_name;
    QString m_address;
    QString m_phone;
    QString m_email;
    QString m_website;
};

} // namespace nestje
