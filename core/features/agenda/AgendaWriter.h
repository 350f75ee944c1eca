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
    // Whether the organisation offers "Dag aanvragen" and "Ruildag aanvragen" (X10 modules).
    Q_PROPERTY(bool offersExtraDays READ offersExtraDays NOTIFY changed)
    Q_PROPERTY(bool offersSwapDays READ offersSwapDays NOTIFY changed)
public:
    explicit AgendaWriter(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);
    QVariantList refused() const;
    bool offersExtraDays() const { return offers(QStringLiteral("extraDays")); }
    bool offersSwapDays() const { return offers(QStringLiteral("swapDays")); }

    // `parts`: [{optionId?, childId, startTime, endTime}] as chosen on the form; without option
    // ids (filled in offline from the calendar) the write asks for them when it is sent.
    // Returns the write's id, 0 when it could not be stored.
    Q_INVOKABLE qint64 reportAbsence(const QString &fromIso, const QString &toIso,
                                     const QString &reason, const QString &remark,
                                     const QVariantList &parts);
    // Whether the organisation offers `module` ("extraDays", "swapDays", "absence"; X10).
    Q_INVOKABLE bool offers(const QString &module) const;
    // Why the absence cannot be sent yet ("Kies een reden …"), or "" when it can.
    Q_INVOKABLE QString absenceProblem(const QString &reason, const QVariantList &parts) const;
    // The calendar's planned parts in [from, to]: the absence form's list when the portal cannot
    // be asked (offline). [{childId, firstName, day, dayLabel, label, times, startTime, endTime,
    // available: true, selected: true}]
    Q_INVOKABLE QVariantList plannedParts(const QString &fromIso, const QString &toIso) const;
    // "Ruildag aanvragen": give up `giveUp` (option ids of `dayIso`, or of the period up to
    // `untilIso`) for `take` (of `targetIso`, or of the period of the same length from it).
    // `untilIso` "" or `dayIso` for one day. `expiryDay` "" for none (the request then lapses at
    // the end of that day otherwise). Returns the write's id, 0 when it could not be stored or
    // `swapProblem` says why not.
    Q_INVOKABLE qint64 requestSwap(const QString &dayIso, const QString &untilIso,
                                   const QString &targetIso,
                                   const QStringList &giveUp, const QStringList &take, bool asWhole,
                                   const QString &expiryDay, const QString &remark);
    // Why the swap cannot be sent yet, or "".
    Q_INVOKABLE QString swapProblem(const QStringList &giveUp, const QStringList &take) const;
    // The manual's warning per child when less is taken than given up ("de restanttijd
    // vervalt"), from the swap options' answer and the chosen ids; "" when nothing is lost.
    Q_INVOKABLE QString swapLoss(const QVariantMap &answer, const QStringList &giveUp,
                                 const QStringList &take) const;
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
    QMetaObject::Connection m_capabilitiesConnection;
};

} // namespace nestje
