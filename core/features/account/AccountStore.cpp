// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountStore.h"

#include "db/Database.h"
#include "sync/NotificationKinds.h"

namespace nestje {

namespace {

QVariant nullable(qint64 ms)
{
    return ms ? QVariant(ms) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool AccountStore::replaceChildren(const QList<ChildRecord> &children)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM children")))
            return false;
        int position = 0;
        for (const ChildRecord &c : children) {
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO children VALUES (?, ?, ?, ?, ?, ?)"),
                           {c.id, c.firstName, c.fullName, nullable(c.birthDate), c.active ? 1 : 0, position++}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("children"));
    return ok;
}

QList<ChildRecord> AccountStore::children() const
{
    QList<ChildRecord> children;
    if (!m_db.isOpen())
        return children;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT id, first_name, full_name, birth_date, active FROM children"
                                                  " ORDER BY active DESC, position"))) {
        while (q->next())
            children.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toLongLong(), q->value(4).toBool()});
        q->finish();
    }
    return children;
}

int AccountStore::childCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM children")));
}

bool AccountStore::setParent(const ParentRecord &p)
{
    const bool ok = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO parent VALUES (1, ?, ?, ?, ?, ?, ?)"),
                              {p.fullName, p.firstName, p.lastName, p.email, p.phone, p.address});
    if (ok)
        m_db.announce(QStringLiteral("parent"));
    return ok;
}

ParentRecord AccountStore::parent() const
{
    ParentRecord p;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT full_name, first_name, last_name, email, phone, address FROM parent"))) {
        if (q->next())
            p = {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                 q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
        q->finish();
    }
    return p;
}

bool AccountStore::setChangeRequest(const std::optional<ChangeRequestRecord> &request)
{
    const bool ok = m_db.transaction([&] {
        if (!request) // the pending one (if any) was processed by staff
            return m_db.exec(QStringLiteral("UPDATE change_request SET status = 'processed', status_label = ''"
                                            " WHERE status = 'pending'"));
        if (!m_db.exec(QStringLiteral("DELETE FROM change_request")))
            return false;
        const ChangeRequestRecord &r = *request;
        return m_db.exec(QStringLiteral("INSERT INTO change_request VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {r.id, r.fullName, r.email, r.phone, r.address, r.remark, r.created,
                          r.status.isEmpty() ? QStringLiteral("pending") : r.status, r.statusLabel});
    });
    if (ok)
        m_db.announce(QStringLiteral("parent"));
    return ok;
}

std::optional<ChangeRequestRecord> AccountStore::changeRequest() const
{
    std::optional<ChangeRequestRecord> r;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT id, full_name, email, phone, address, remark, created,"
                                                  " status, status_label FROM change_request"))) {
        if (q->next())
            r = ChangeRequestRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                    q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                    q->value(6).toLongLong(), q->value(7).toString(), q->value(8).toString()};
        q->finish();
    }
    return r;
}

bool AccountStore::replaceChildDetails(const ChildDetailsRecord &details)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO child_details VALUES (?, ?, ?)"),
                       {details.childId, details.mentorName, details.mentorRole})
            || !m_db.exec(QStringLiteral("DELETE FROM placements WHERE child_id = ?"), {details.childId}))
            return false;
        int seq = 0;
        for (const PlacementRecord &p : details.placements) {
            if (!m_db.exec(QStringLiteral("INSERT INTO placements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {details.childId, seq++, p.product, p.careType, p.group, p.location, p.flexible ? 1 : 0,
                            nullable(p.startDate), nullable(p.endDate)}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("childDetails"));
    return ok;
}

bool AccountStore::replacePermissions(const QString &childId, const QList<PermissionRecord> &permissions)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM permissions WHERE child_id = ?"), {childId}))
            return false;
        int position = 0;
        for (const PermissionRecord &p : permissions) {
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO permissions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {childId, p.id, position++, p.code, p.title, p.description, p.declaration ? 1 : 0,
                            p.granted ? QVariant(*p.granted ? 1 : 0) : QVariant(QMetaType::fromType<int>()),
                            p.changeable ? 1 : 0, nullable(p.changedDate)}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("permissions"));
    return ok;
}

ChildDetailsRecord AccountStore::childDetails(const QString &childId) const
{
    ChildDetailsRecord d;
    d.childId = childId;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT mentor_name, mentor_role FROM child_details WHERE child_id = ?"), {childId})) {
        if (q->next()) {
            d.mentorName = q->value(0).toString();
            d.mentorRole = q->value(1).toString();
        }
        q->finish();
    }
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT product, care_type, group_name, location_name, flexible,"
                                                  " start_date, end_date FROM placements WHERE child_id = ? ORDER BY seq"),
                                   {childId})) {
        while (q->next())
            d.placements << PlacementRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                            q->value(3).toString(), q->value(4).toBool(), q->value(5).toLongLong(),
                                            q->value(6).toLongLong()};
        q->finish();
    }
    return d;
}

QSet<QString> AccountStore::currentLocationNames(qint64 day) const
{
    QSet<QString> names;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT DISTINCT location_name FROM placements"
                                                  " WHERE location_name <> '' AND (end_date IS NULL OR end_date = 0 OR end_date >= ?)"),
                                   {day})) {
        while (q->next())
            names.insert(q->value(0).toString());
        q->finish();
    }
    return names;
}

QList<PermissionRecord> AccountStore::permissions(const QString &childId) const
{
    QList<PermissionRecord> list;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT id, code, title, description, declaration, granted, changeable,"
                                                  " changed_date FROM permissions WHERE child_id = ?"
                                                  " ORDER BY declaration, position"),
                                   {childId})) {
        while (q->next()) {
            PermissionRecord p;
            p.childId = childId;
            p.id = q->value(0).toString();
            p.code = q->value(1).toString();
            p.title = q->value(2).toString();
            p.description = q->value(3).toString();
            p.declaration = q->value(4).toBool();
            if (!q->value(5).isNull())
                p.granted = q->value(5).toBool();
            p.changeable = q->value(6).toBool();
            p.changedDate = q->value(7).toLongLong();
            list << p;
        }
        q->finish();
    }
    return list;
}

bool AccountStore::setPermissionGranted(const QString &childId, const QString &permissionId, bool granted, qint64 at)
{
    const bool ok = m_db.exec(QStringLiteral("UPDATE permissions SET granted = ?, changed_date = ? WHERE child_id = ?"
                                             " AND id = ? AND changeable = 1"),
                              {granted ? 1 : 0, at, childId, permissionId});
    if (ok)
        m_db.announce(QStringLiteral("permissions"));
    return ok;
}

bool AccountStore::replaceCredits(const QList<CreditRecord> &credits)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM credits")) || !m_db.exec(QStringLiteral("DELETE FROM credit_history")))
            return false;
        int position = 0;
        for (const CreditRecord &c : credits) {
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO credits VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {c.id, c.childId, position++, c.type, c.typeLabel, c.usableFor, c.holidayOnly ? 1 : 0, c.total,
                            c.remaining, c.unit, nullable(c.validFrom), nullable(c.validUntil), c.status, c.statusLabel}))
                return false;
            int seq = 0;
            for (const CreditHistoryRecord &h : c.history) {
                if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO credit_history VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {c.id, seq++, h.kind, h.amount, nullable(h.date), h.description, h.requestId,
                                nullable(h.bookingDate)}))
                    return false;
            }
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("credits"));
    return ok;
}

QList<CreditRecord> AccountStore::credits(const QString &childId) const
{
    QList<CreditRecord> list;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT id, child_id, type, type_label, usable_for, holiday_only, total,"
                                                  " remaining, unit, valid_from, valid_until, status, status_label"
                                                  " FROM credits WHERE ? = '' OR child_id = ? ORDER BY position"),
                                   {QString(childId + QStringLiteral("")), childId})) { // never NULL: NULL = '' is not true
        while (q->next())
            list << CreditRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                 q->value(3).toString(), q->value(4).toString(), q->value(5).toBool(),
                                 q->value(6).toDouble(), q->value(7).toDouble(), q->value(8).toString(),
                                 q->value(9).toLongLong(), q->value(10).toLongLong(), q->value(11).toString(),
                                 q->value(12).toString(), {}};
        q->finish();
    }
    for (CreditRecord &c : list) {
        if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT kind, amount, date, description, request_id, booking_date"
                                                      " FROM credit_history WHERE credit_id = ? ORDER BY seq"),
                                       {c.id})) {
            while (q->next())
                c.history << CreditHistoryRecord{q->value(0).toString(), q->value(1).toDouble(), q->value(2).toLongLong(),
                                                 q->value(3).toString(), q->value(4).toString(), q->value(5).toLongLong()};
            q->finish();
        }
    }
    return list;
}

int AccountStore::creditCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM credits")));
}

QList<CreditRecord> AccountStore::expiringCredits(qint64 now, qint64 withinMs) const
{
    QList<CreditRecord> list;
    for (const CreditRecord &c : credits()) {
        if (c.remaining > 1e-9 && c.status != QLatin1String("expired") && c.validUntil >= now
            && c.validUntil <= now + withinMs)
            list << c;
    }
    return list;
}

bool AccountStore::replaceDocuments(const QString &type, const QList<DocumentRecord> &documents)
{
    const bool ok = m_db.transaction([&] {
        for (const DocumentRecord &d : documents) {
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)"),
                           {type, d.adminId, d.itemId, d.date, d.subject, d.hasAttachment ? 1 : 0}))
                return false;
        }
        return true;
    });
    if (ok && !documents.isEmpty())
        m_db.announce(QStringLiteral("documents"));
    return ok;
}

QList<DocumentRecord> AccountStore::documents(const QString &type) const
{
    QList<DocumentRecord> list;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT type, admin_id, item_id, date, subject, has_attachment FROM documents"
                                                  " WHERE ? = '' OR type = ? ORDER BY date DESC, item_id DESC"),
                                   {QString(type + QStringLiteral("")), type})) { // never NULL: NULL = '' is not true
        while (q->next())
            list << DocumentRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                   q->value(3).toLongLong(), q->value(4).toString(), q->value(5).toBool()};
        q->finish();
    }
    return list;
}

int AccountStore::documentCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM documents")));
}

bool AccountStore::replaceObservations(const QString &childId, const QList<ObservationRecord> &observations)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM observation_sections WHERE observation_id IN"
                                      " (SELECT id FROM observations WHERE child_id = ?)"),
                       {childId})
            || !m_db.exec(QStringLiteral("DELETE FROM observations WHERE child_id = ?"), {childId}))
            return false;
        for (const ObservationRecord &o : observations) {
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO observations VALUES (?, ?, ?, ?, ?)"),
                           {childId, o.id, o.title, o.date, o.author}))
                return false;
            int seq = 0;
            for (const ObservationSection &s : o.sections) {
                if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO observation_sections VALUES (?, ?, ?, ?)"),
                               {o.id, seq++, s.question, s.answer}))
                    return false;
            }
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("observations"));
    return ok;
}

QList<ObservationRecord> AccountStore::observations(const QString &childId) const
{
    QList<ObservationRecord> list;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT id, title, date, author FROM observations WHERE child_id = ?"
                                                  " ORDER BY date DESC, id DESC"),
                                   {childId})) {
        while (q->next())
            list << ObservationRecord{childId, q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                                      q->value(3).toString(), {}};
        q->finish();
    }
    for (ObservationRecord &o : list) {
        if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT question, answer FROM observation_sections"
                                                      " WHERE observation_id = ? ORDER BY seq"),
                                       {o.id})) {
            while (q->next())
                o.sections << ObservationSection{q->value(0).toString(), q->value(1).toString()};
            q->finish();
        }
    }
    return list;
}

bool AccountStore::replaceNotificationSettings(const QList<NotificationSettingRecord> &settings)
{
    const bool ok = m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM notification_settings")))
            return false;
        int position = 0;
        for (const NotificationSettingRecord &s : settings) {
            if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO notification_settings VALUES (?, ?, ?, ?, ?)"),
                           {s.item, position++, s.label, s.push ? 1 : 0, s.email ? 1 : 0}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.announce(QStringLiteral("notificationSettings"));
    return ok;
}

QList<NotificationSettingRecord> AccountStore::notificationSettings() const
{
    QList<NotificationSettingRecord> list;
    if (QSqlQuery *q = m_db.select(QStringLiteral("SELECT item, label, push, email FROM notification_settings ORDER BY position"))) {
        while (q->next())
            list << NotificationSettingRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toBool(),
                                              q->value(3).toBool()};
        q->finish();
    }
    return list;
}

bool AccountStore::setNotificationSetting(const QString &item, bool push, bool email)
{
    const bool ok = m_db.exec(QStringLiteral("UPDATE notification_settings SET push = ?, email = ? WHERE item = ?"),
                              {push ? 1 : 0, email ? 1 : 0, item});
    if (ok)
        m_db.announce(QStringLiteral("notificationSettings"));
    return ok;
}

namespace {
const QString deviceNotificationsKey = QStringLiteral("device.notifications");
}

bool AccountStore::notifiesOnThisDevice() const
{
    return setting(deviceNotificationsKey) != QLatin1String("off");
}

bool AccountStore::setNotifiesOnThisDevice(bool on)
{
    return setSetting(deviceNotificationsKey, on ? QString() : QStringLiteral("off"));
}

QStringList AccountStore::pushEnabledKinds() const
{
    // Switched off here: the feed still notes what arrives (returned as nothing), so switching
    // on again does not bring what came in the meantime as a flood.
    if (!notifiesOnThisDevice())
        return {};
    QStringList kinds = notificationKinds();
    // The app's own warnings, not portal settings: credit expiring, care ending (the archive).
    kinds << QStringLiteral("credits") << QStringLiteral("archive");
    for (const NotificationSettingRecord &s : notificationSettings()) {
        if (!s.push)
            kinds.removeAll(s.item);
    }
    return kinds;
}

bool AccountStore::setSetting(const QString &key, const QString &value)
{
    // A null QString binds as NULL, which the column refuses: "" is how a setting is cleared.
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO settings VALUES (?, ?)"),
                     {key, value.isNull() ? QStringLiteral("") : value});
}

QString AccountStore::setting(const QString &key) const
{
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    const QString value = q && q->next() ? q->value(0).toString() : QString();
    if (q)
        q->finish();
    return value;
}

} // namespace nestje
