// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QSet>

namespace nestje {

// Brings the team's photos onto this device (once; then they show offline), so TeamModel's
// `avatar` role points at a local file. Lives where the team is shown:
// `TeamPhotos { session: App.session }`.
class TeamPhotos : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
public:
    explicit TeamPhotos(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);

signals:
    void sessionChanged();

private:
    void fetchMissing();

    SessionBinding m_binding;
    QSet<QString> m_loading;
};

} // namespace nestje
