// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/RequestOverviewModel.h"

#include "accounts/AccountSession.h"
#include "features/agenda/AgendaText.h"
#include "features/agenda/CancelWrite.h"
#include "features/agenda/RequestStore.h"
#include "text/PortalTime.h"

namespace nestje {

RequestOverviewModel::RequestOverviewModel(QObject *parent)
    : SessionListModel({QStringLiteral("requests")}, parent)
{
}

void RequestOverviewModel::followWrites()
{
    disconnect(m_writesConnection);
    AccountSession *session = account();
    if (session && session->writes()) {
        m_writesConnection =
            connect(session->writes(), &Writes::changed, this, [this](const QString &kind) {
                if (kind == QLatin1String(CancelWrite::name))
                    reload();
            });
    }
}

void RequestOverviewModel::reload()
{
    followWrites();
    QList<Row> next;
    if (Database *db = database()) {
        QList<PendingWrite> cancels;
        if (Writes *writes = account()->writes())
            cancels = writes->pending(QString::fromLatin1(CancelWrite::name));
        for (const AgendaRequest &request : RequestStore(*db).requests()) {
            for (const RequestChild &child : request.children) {
                Row row{request, false, {}, 0};
                row.request.children = {child};
                for (const PendingWrite &write : std::as_const(cancels)) {
                    if (write.payload.value(QLatin1String("requestId")).toString() != request.id ||
                        write.payload.value(QLatin1String("childId")).toString() != child.childId)
                        continue;
                    // A cancellation sent and answered stays until the overview shows it: not
                    // "cancelling".
                    if (write.state == PendingWrite::State::Sent &&
                        child.status == QLatin1String("cancelled"))
                        continue;
                    row.cancelling = write.state != PendingWrite::State::Failed;
                    row.cancelRefused =
                        write.state == PendingWrite::State::Failed ? write.errorText : QString();
                    row.writeId = write.id;
                }
                next << row;
            }
        }
    }
    updateRows(
        m_rows, next,
        [](const Row &row) {
            return row.request.id + QLatin1Char('/') + row.request.children.first().childId;
        },
        [](const Row &a, const Row &b) { return a == b; });
}

int RequestOverviewModel::rowOfRequest(const QString &requestId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).request.id == requestId)
            return i;
    }
    return -1;
}

int RequestOverviewModel::rowOfMoment(const QString &childId, double startTime, double endTime) const
{
    // Rows are newest first: the latest request about the part is the one that shaped it.
    for (int i = 0; i < m_rows.size(); ++i) {
        for (const RequestChild &child : m_rows.at(i).request.children) {
            if (child.childId != childId)
                continue;
            for (const RequestBooking &booking : child.bookings) {
                if (double(booking.startTime) < endTime && double(booking.endTime) > startTime)
                    return i;
            }
        }
    }
    return -1;
}

QVariantMap RequestOverviewModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

int RequestOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RequestOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const AgendaRequest &request = row.request;
    const RequestChild &child = request.children.first();
    switch (role) {
    case KeyRole:
        return request.id + QLatin1Char('/') + child.childId;
    case RequestIdRole:
        return request.id;
    case ChildIdRole:
        return child.childId;
    case Qt::DisplayRole:
    case ChildNameRole:
        return child.firstName;
    case TypeRole:
        return request.type;
    case TypeLabelRole:
        return agendatext::requestType(request.type);
    case StatusRole:
        return child.status;
    case StatusLabelRole:
        return child.statusLabel;
    case PeriodRole:
        return agendatext::period(child.bookings);
    case CreatedRole:
        return request.createdDate ? portaltime::dateAndTime(request.createdDate) : QString();
    case BookingsRole: {
        QStringList lines;
        for (const RequestBooking &booking : child.bookings)
            lines << agendatext::bookingLine(booking);
        return lines;
    }
    case RemarkRole:
        return request.remark;
    case ReasonRole:
        return agendatext::reason(request.reason);
    case StaffMessageRole: {
        QStringList messages;
        for (const RequestBooking &booking : child.bookings) {
            if (!booking.staffMessage.isEmpty() && !messages.contains(booking.staffMessage))
                messages << booking.staffMessage;
        }
        return messages.join(QLatin1Char('\n'));
    }
    case ExpiresRole:
        return request.expiresAt ? portaltime::dateAndTime(request.expiresAt) : QString();
    case CancellableRole:
        return child.cancellable && !row.cancelling;
    case CancelRefusalRole:
        return child.cancelRefusal;
    case CancellingRole:
        return row.cancelling;
    case CancelRefusedRole:
        return row.cancelRefused;
    case WriteIdRole:
        return row.writeId;
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestOverviewModel::roleNames() const
{
    return {{KeyRole, "key"},
            {RequestIdRole, "requestId"},
            {ChildIdRole, "childId"},
            {ChildNameRole, "childName"},
            {TypeRole, "type"},
            {TypeLabelRole, "typeLabel"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {PeriodRole, "period"},
            {CreatedRole, "created"},
            {BookingsRole, "bookings"},
            {RemarkRole, "remark"},
            {ReasonRole, "reason"},
            {StaffMessageRole, "staffMessage"},
            {ExpiresRole, "expires"},
            {CancellableRole, "cancellable"},
            {CancelRefusalRole, "cancelRefusal"},
            {CancellingRole, "cancelling"},
            {CancelRefusedRole, "cancelRefused"},
            {WriteIdRole, "writeId"}};
}

} // namespace nestje
