// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routes/FamilyData.h"

#include "server/Portal.h"

namespace nestje::server {

QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

QList<ChildRow> familyChildren(Portal &portal, const Request &request)
{
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT c.id, c.first_name, c.middle_name, c.last_name, c.date_of_birth, c.active,"
                       " c.avatar_media, c.group_id, g.name FROM children c"
                       " LEFT JOIN child_groups g ON g.id = c.group_id"
                       " WHERE c.family_id = ? AND c.org_id = ? ORDER BY c.date_of_birth"),
        {request.caller.familyId, request.org->id});
    QList<ChildRow> children;
    while (q.next()) {
        ChildRow c;
        c.id = q.value(0).toString();
        c.firstName = q.value(1).toString();
        c.middleName = q.value(2).toString();
        c.lastName = q.value(3).toString();
        c.dateOfBirth = q.value(4).toLongLong();
        c.active = q.value(5).toInt() != 0;
        c.avatarMedia = q.value(6).toString();
        c.groupId = q.value(7).toLongLong();
        c.groupName = q.value(8).toString();
        children.append(c);
    }
    q.finish();
    return children;
}

static QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject childJson(Portal &portal, const Organisation &org, const ChildRow &c)
{
    QString fullname = c.firstName;
    if (!c.middleName.isEmpty())
        fullname += QLatin1Char(' ') + c.middleName;
    fullname += QLatin1Char(' ') + c.lastName;
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("fullname"), fullname},
        {QStringLiteral("firstName"), c.firstName},
        {QStringLiteral("middleName"), orNull(c.middleName)},
        {QStringLiteral("lastName"), c.lastName},
        {QStringLiteral("dateOfBirth"), c.dateOfBirth},
        {QStringLiteral("hasActivePlacements"), c.active},
        {QStringLiteral("childGroup"),
         c.groupId ? QJsonValue(QJsonObject{{QStringLiteral("id"), c.groupId}, {QStringLiteral("name"), c.groupName}})
                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("avatar"), QJsonValue::Null},
        {QStringLiteral("avatars"), c.avatarMedia.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(portal.mediaUrls(org, c.avatarMedia))},
    };
}

QHash<qint64, QJsonArray> photosOf(Portal &portal, const Organisation &org, const QString &column,
                                   const QList<qint64> &ownerIds, const QHash<QString, QString> &ownChildren)
{
    QHash<qint64, QJsonArray> result;
    if (ownerIds.isEmpty())
        return result;
    // Tags first, so each photo object is built once.
    const QString in = placeholders(ownerIds.size());
    QHash<QString, QJsonArray> tags;
    {
        QSqlQuery &q = portal.db.prepared(
            QStringLiteral("SELECT t.photo_id, t.child_id, c.first_name FROM photo_tags t JOIN photos p ON p.id = t.photo_id"
                           " JOIN children c ON c.id = t.child_id WHERE p.%1 IN (%2)").arg(column, in));
        q.finish();
        for (qsizetype i = 0; i < ownerIds.size(); ++i)
            q.bindValue(int(i), ownerIds.at(i));
        if (!q.exec())
            throw DatabaseError{QStringLiteral("photo tags query failed")};
        while (q.next()) {
            const QString childId = q.value(1).toString();
            tags[q.value(0).toString()].append(QJsonObject{
                {QStringLiteral("personId"), childId},
                {QStringLiteral("message"), q.value(2).toString()},
                {QStringLiteral("ownChild"), ownChildren.contains(childId)},
            });
        }
        q.finish();
    }
    QSqlQuery &q = portal.db.prepared(
        QStringLiteral("SELECT p.%1, p.id, p.date_ms, p.media_type, p.description, p.generated_description, p.media_id,"
                       " p.liked, p.is_new, m.kind, m.mime FROM photos p LEFT JOIN media m ON m.id = p.media_id"
                       " WHERE p.%1 IN (%2) ORDER BY p.%1, p.position").arg(column, in));
    q.finish();
    for (qsizetype i = 0; i < ownerIds.size(); ++i)
        q.bindValue(int(i), ownerIds.at(i));
    if (!q.exec())
        throw DatabaseError{QStringLiteral("photos query failed")};
    while (q.next()) {
        const QString id = q.value(1).toString();
        const QString mediaType = q.value(3).toString();
        QJsonObject photo{
            {QStringLiteral("id"), id},
            {QStringLiteral("date"), q.value(2).toLongLong()},
            {QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("description"), q.value(4).toString()},
            {QStringLiteral("generatedDescription"), q.value(5).toInt() != 0},
            {QStringLiteral("childTags"), tags.value(id)},
            {QStringLiteral("employeeTags"), QJsonArray()},
            {QStringLiteral("miscTags"), QJsonArray()},
            {QStringLiteral("liked"), q.value(7).toInt() != 0},
            {QStringLiteral("new"), q.value(8).toInt() != 0},
        };
        const QString media = q.value(6).toString();
        photo.insert(QStringLiteral("fullSizeUrl"),
                     portal.mediaUrl(org, media + QLatin1Char('.')
                                              + MediaStore::extensionFor(q.value(9).toString(), q.value(10).toString())));
        photo.insert(QStringLiteral("mediumUrl"), portal.mediaUrl(org, media + QStringLiteral("-medium.jpeg")));
        photo.insert(QStringLiteral("thumbUrl"), portal.mediaUrl(org, media + QStringLiteral("-thumb.jpeg")));
        result[q.value(0).toLongLong()].append(photo);
    }
    q.finish();
    return result;
}

} // namespace nestje::server
