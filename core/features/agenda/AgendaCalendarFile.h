// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QUrl>

namespace nestje {

// "Zet in mijn agenda" on the Agenda page: the account in view's calendar (CalendarExport)
// written once where the parent chose in a save dialog, or kept up to date there after every
// sync (keptcalendar).
//
//     AgendaCalendarFile { id: calendarFile; session: App.session }
//     calendarFile.save(url)   // then saved(path, events) or failed(reason)
//     calendarFile.keep(url)   // then kept(path, events) or failed(reason); keptPath, keptStatus
class AgendaCalendarFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The file kept up to date, as the platform writes paths; empty when none is kept.
    Q_PROPERTY(QString keptPath READ keptPath NOTIFY keptChanged)
    // "Vandaag om 09:42 · 183 opvangmomenten" (the last update), or why it failed.
    Q_PROPERTY(QString keptStatus READ keptStatus NOTIFY keptChanged)
    Q_PROPERTY(bool keptFailed READ keptFailed NOTIFY keptChanged)
public:
    explicit AgendaCalendarFile(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);

    QString keptPath() const;
    QString keptStatus() const;
    bool keptFailed() const;

    Q_INVOKABLE void save(const QUrl &target);
    Q_INVOKABLE void keep(const QUrl &target);
    Q_INVOKABLE void stopKeeping();

signals:
    void sessionChanged();
    void keptChanged();
    void saved(const QString &path, int events);
    void kept(const QString &path, int events);
    void failed(const QString &reason);

private:
    SessionBinding m_binding;
};

} // namespace nestje
