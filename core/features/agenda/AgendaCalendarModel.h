// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/agenda/AgendaRecords.h"
#include "shell/SessionListModel.h"

#include <QDate>
#include <QVariantList>

namespace nestje {

// The calendar of care days as a list: every planned part of every child (or of one), from
// three months back to the last planned day, by day and time. An absence the parent reported
// shows on its parts at once while the outbox sends it ("wordt verstuurd").
//
//     AgendaCalendarModel { session: App.session; childId: "" }
//
// Roles (plain text): key, day ("2026-12-01"), dayLabel ("Vandaag", "dinsdag 1 december"),
// childId, childName, times ("07:30 – 13:00"), code (attend|absent|tentative), status ("Ziek",
// "Optie extra", "Gepland"); the organisation's closing days and school holidays are rows without
// a child, code "closed" or "holiday", the day's or holiday's name as status ("Eerste Kerstdag",
// "Kerstvakantie") and times saying what it is ("De opvang is gesloten"), sending (an absence for it is on its way), refused (the portal
// refused that absence: its reason).
class AgendaCalendarModel : public nestje::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int todayRow READ todayRow NOTIFY countChanged)
    // The children with planning, for the filter: [{id, firstName}].
    Q_PROPERTY(QVariantList children READ children NOTIFY childrenChanged)
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        DayRole,
        DayLabelRole,
        ChildIdRole,
        ChildNameRole,
        TimesRole,
        CodeRole,
        StatusRole,
        SendingRole,
        RefusedRole,
    };
    static constexpr int monthsBack = 3;

    explicit AgendaCalendarModel(QObject *parent = nullptr);

    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    // The first row on or after today (where the list opens); -1 when none.
    int todayRow() const;
    QVariantList children() const { return m_children; }
    // The row of `day` (ISO) or the first one after it; -1 when none.
    Q_INVOKABLE int rowOfDay(const QString &isoDay) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void childIdChanged();
    void childrenChanged();

protected:
    void reload() override;

private:
    struct Row
    {
        PlanningPart part;
        bool sending = false;
        QString refused;
        bool operator==(const Row &) const = default;
    };
    void followWrites();
    static QString keyOf(const PlanningPart &part);
    static Row closureRow(const Closure &closure, const QDate &day);

    QList<Row> m_rows;
    QString m_childId;
    QVariantList m_children;
    QDate m_today;
    QMetaObject::Connection m_writesConnection;
};

} // namespace nestje
