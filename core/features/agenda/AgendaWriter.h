// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QObject>
#include <QVariantList>

namespace nestje {

class Session;

// What the agenda's pages call to write: report an absence, cancel a request for a child, and
// retry or discard what the portal refused. Each is a write through the outbox (AbsenceWrite,
// CancelWrite): stored first, shown at once, sent when the portal is reachable.
//
//     AgendaWriter { id: writer; session: App.session }
class AgendaWriter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The agenda's writes the portal refused: [{id, kind, title, errorText}], for retry or discard.
    Q_PROPERTY(QVariantList refused READ refused NOTIFY changed)
public:
    explicit AgendaWriter(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);
    QVariantList refused() const;

    // `parts`: [{optionId?, childId, startTime, endTime}] as chosen on the form; without option
    // ids (filled in offline from the calendar) the write asks for them when it is sent.
    // Returns the write's id, 0 when it could not be stored.
    Q_INVOKABLE qint64 reportAbsence(const QString &fromIso, const QString &toIso,
                                     const QString &reason, const QString &remark,
                                     const QVariantList &parts);
    // Why the absence cannot be sent yet ("Kies een reden …"), or "" when it can.
    Q_INVOKABLE QString absenceProblem(const QString &reason, const QVariantList &parts) const;
    // The calendar's planned parts in [from, to]: the absence form's list when the portal cannot
    // be asked (offline). [{childId, firstName, day, dayLabel, label, times, startTime, endTime,
    // available: true, selected: true}]
    Q_INVOKABLE QVariantList plannedParts(const QString &fromIso, const QString &toIso) const;
    Q_INVOKABLE qint64 cancel(const QString &requestId, const QString &childId);
    Q_INVOKABLE void retry(qint64 writeId);
    Q_INVOKABLE void discard(qint64 writeId);

signals:
    void sessionChanged();
    void changed();

private:
    void follow();

    SessionBinding m_binding;
    QMetaObject::Connection m_writesConnection;
};

} // namespace nestje
