// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "features/agenda/ExtraDayWrite.h"
#include "shell/Session.h"
#include "shell/SessionBinding.h"

#include <QObject>
#include <QVariantList>

namespace nestje {

// The request a parent is putting together in the Dag aanvragen wizard (001 §5.2): the
// bookings added so far ("Dag toevoegen" … "Toevoegen"), and before "Indienen" what the parent
// must know: the total value, the credits it uses and what stays on them, whether the
// organisation's rules approve it at once, whether "als geheel beoordelen" can be chosen (one
// date only), the latest expiry day, and what still stops it. `submit` hands it to the outbox
// as one ExtraDayWrite.
//
//     ExtraDayRequest { id: request; session: App.session }
//     request.add({childId, firstName, day, optionId, label, times, startTime, endTime, value,
//                  unit, payment: {type, creditId, label, remaining}})
class ExtraDayRequest : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // [{childId, firstName, day, dayLabel, label, times, valueText, paymentText, line}]
    Q_PROPERTY(QVariantList bookings READ bookings NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    // "Als geheel beoordelen" is offered only for a request on one date.
    Q_PROPERTY(bool asWholeOffered READ asWholeOffered NOTIFY changed)
    Q_PROPERTY(bool asWhole READ asWhole WRITE setAsWhole NOTIFY changed)
    // The day the request lapses when nobody assessed it ("" none), and the latest day allowed:
    // before the first booking and within the organisation's request.maxExpiryDays.
    Q_PROPERTY(QString expiryDay READ expiryDay WRITE setExpiryDay NOTIFY changed)
    Q_PROPERTY(QString latestExpiryDay READ latestExpiryDay NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    // [{label, text}]: "KDV flextegoed: 11 uur gebruikt, 18 uur blijft over"
    Q_PROPERTY(QVariantList creditLines READ creditLines NOTIFY changed)
    Q_PROPERTY(QString approvalText READ approvalText NOTIFY changed)
    Q_PROPERTY(bool approvedAtOnce READ approvedAtOnce NOTIFY changed)
    // Why it cannot be submitted yet, or "".
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
public:
    explicit ExtraDayRequest(QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);

    QVariantList bookings() const;
    int count() const { return int(m_bookings.size()); }
    bool asWholeOffered() const;
    bool asWhole() const { return m_asWhole && asWholeOffered(); }
    void setAsWhole(bool asWhole);
    QString expiryDay() const { return m_expiryDay; }
    void setExpiryDay(const QString &day);
    QString latestExpiryDay() const;
    QString totalText() const;
    QVariantList creditLines() const;
    QString approvalText() const;
    bool approvedAtOnce() const;
    QString problem() const;

    // Adds a booking; returns "" or why it cannot be added (the child has that time already in
    // this request).
    Q_INVOKABLE QString add(const QVariantMap &booking);
    Q_INVOKABLE void remove(int index);
    Q_INVOKABLE void clear();
    // Own times for flexible care ("09:00", "15:30") on `dayIso`, checked against the day parts'
    // hours: {startTime, endTime, value, valueText, label, problem}; `problem` "" when they fit.
    Q_INVOKABLE QVariantMap ownTimes(const QString &dayIso, const QString &from,
                                     const QString &until, const QString &openFrom,
                                     const QString &openUntil, const QString &unit) const;
    // Stores the request in the outbox; the write's id, 0 when it could not (see `problem`).
    Q_INVOKABLE qint64 submit(const QString &remark);
    // The expiry moment sent for `expiryDay`: the end of that day in the portal's zone.
    qint64 expiresAt() const;

signals:
    void sessionChanged();
    void changed();

private:
    using Booking = ExtraDayBooking;
    QString rule(const char *name, const char *fallback) const;
    bool qualifiesForAutoApproval(const Booking &booking) const;

    SessionBinding m_binding;
    QList<Booking> m_bookings;
    bool m_asWhole = false;
    QString m_expiryDay;
};

} // namespace nestje
