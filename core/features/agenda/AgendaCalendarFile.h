// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QUrl>

namespace nestje {

// "Zet in mijn agenda" on the Agenda page: the account in view's calendar (CalendarExport)
// written where the parent chose in a save dialog.
//
//     AgendaCalendarFile { id: calendarFile; session: App.session }
//     calendarFile.save(url)   // then saved(path, events) or failed(reason)
class AgendaCalendarFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
public:
    explicit AgendaCalendarFile(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);

    Q_INVOKABLE void save(const QUrl &target);

signals:
    void sessionChanged();
    void saved(const QString &path, int events);
    void failed(const QString &reason);

private:
    SessionBinding m_binding;
};

} // namespace nestje
