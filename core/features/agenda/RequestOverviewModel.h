// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/agenda/AgendaRecords.h"
#include "shell/SessionListModel.h"

namespace nestje {

// The Aanvragenoverzicht: every request and absence per child, newest first, with its status,
// its bookings, and whether it can still be cancelled (or the organisation's reason why not).
// A cancellation the parent asked for shows at once ("wordt geannuleerd") and, when the portal
// refused it, with the portal's reason.
//
//     RequestOverviewModel { session: App.session }
//
// Roles (plain text): key ("<request>/<child>"), requestId, childId, childName, type
// (extra|swap|absence), typeLabel, status, statusLabel, period, created, bookings (one line per
// booking), remark, reason, staffMessage, expires, cancellable, cancelRefusal, cancelling,
// cancelRefused, writeId (of the refused cancellation, for retry and discard).
class RequestOverviewModel : public nestje::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        RequestIdRole,
        ChildIdRole,
        ChildNameRole,
        TypeRole,
        TypeLabelRole,
        StatusRole,
        StatusLabelRole,
        PeriodRole,
        CreatedRole,
        BookingsRole,
        RemarkRole,
        ReasonRole,
        StaffMessageRole,
        ExpiresRole,
        CancellableRole,
        CancelRefusalRole,
        CancellingRole,
        CancelRefusedRole,
        WriteIdRole,
    };

    explicit RequestOverviewModel(QObject *parent = nullptr);

    // The first row of a request (a deep link "request/<id>"); -1 when it is not here.
    Q_INVOKABLE int rowOfRequest(const QString &requestId) const;
    // The newest row whose bookings for `childId` overlap a planned part (ms since the epoch):
    // the request behind a moment of the calendar; -1 when there is none.
    Q_INVOKABLE int rowOfMoment(const QString &childId, double startTime, double endTime) const;
    // Everything a row shows, by role name (the detail page).
    Q_INVOKABLE QVariantMap get(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void reload() override;

private:
    struct Row
    {
        AgendaRequest request; // with only this row's child in `children`
        bool cancelling = false;
        QString cancelRefused;
        qint64 writeId = 0;
        bool operator==(const Row &) const = default;
    };
    void followWrites();

    QList<Row> m_rows;
    QMetaObject::Connection m_writesConnection;
};

} // namespace nestje
