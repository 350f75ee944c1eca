// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routes/WriteSupport.h"

#include "server/Dates.h"
#include "server/Portal.h"
#include "server/http/JsonBody.h"
#include "server/http/Replies.h"

#include <QRandomGenerator>

namespace nestje::server {

Body jsonBody(const Request &request, bool emptyIsObject)
{
    Body body;
    QString problem;
    const auto parsed = parseJsonObject(request.body, &problem, emptyIsObject);
    if (!parsed)
        body.error = reply::badRequest(problem);
    else
        body.object = *parsed;
    return body;
}

bool stringField(const QJsonObject &body, const QString &name, QString *value, std::optional<Reply> *error)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull()) {
        value->clear();
        return true;
    }
    if (!v.isString()) {
        *error = reply::badRequest(QStringLiteral("%1 must be a string").arg(name));
        return false;
    }
    *value = v.toString().trimmed();
    return true;
}

bool stringListField(const QJsonObject &body, const QString &name, QStringList *value, std::optional<Reply> *error)
{
    value->clear();
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = reply::badRequest(QStringLiteral("%1 must be an array of strings").arg(name));
        return false;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().isEmpty()) {
            *error = reply::badRequest(QStringLiteral("%1 must be an array of strings").arg(name));
            return false;
        }
        if (!value->contains(item.toString()))
            value->append(item.toString());
    }
    return true;
}

QString plainTextToHtml(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString html;
    const QStringList paragraphs = normalised.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        html += QStringLiteral("<p>") + trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
              + QStringLiteral("</p>");
    }
    return html;
}

std::optional<ChildRow> familyChild(Portal &portal, const Request &request, const QString &childId)
{
    if (childId.isEmpty())
        return std::nullopt;
    for (const ChildRow &child : familyChildren(portal, request))
        if (child.id == childId)
            return child;
    return std::nullopt;
}

QList<GroupRow> childGroups(Portal &portal, const Organisation &org, const QString &childId, int day)
{
    if (day == 0)
        day = dates::dayKey(dates::localDate(portal.now()));
    QList<GroupRow> groups;
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT DISTINCT g.id, g.name FROM placements p JOIN child_groups g ON g.id = p.group_id"
                       " WHERE p.child_id = ? AND p.org_id = ? AND p.start_day <= ? AND (p.end_day IS NULL OR p.end_day >= ?)"
                       " ORDER BY g.id"),
        {childId, org.id, day, day});
    while (q.next())
        groups.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    if (groups.isEmpty()) {
        QSqlQuery &c = portal.db.run(QStringLiteral("SELECT g.id, g.name FROM children c JOIN child_groups g ON g.id = c.group_id"
                                                    " WHERE c.id = ? AND c.org_id = ?"),
                                     {childId, org.id});
        if (c.next())
            groups.append({c.value(0).toLongLong(), c.value(1).toString()});
        c.finish();
    }
    return groups;
}

std::optional<Reply> attachUploads(Portal &portal, const Request &request, const QStringList &mediaIds,
                                   const QString &column, qint64 owner, qint64 dateMs, const QString &childId)
{
    if (mediaIds.size() > maxAttachments)
        return reply::refusal(QStringLiteral("nestje.media.too_many"),
                              QStringLiteral("Je kunt maximaal %1 foto's of video's tegelijk meesturen.").arg(maxAttachments));
    const OrganisationRules rules = portal.rules(*request.org);
    int position = 0;
    for (const QString &mediaId : mediaIds) {
        QSqlQuery &q = portal.db.run(QStringLiteral("SELECT kind FROM media WHERE id = ? AND org_id = ? AND uploaded_by = ?"),
                                     {mediaId, request.org->id, request.caller.accountId});
        const QString kind = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (kind.isEmpty())
            return reply::notFound(); // not an upload of this parent: no hint whether it exists
        if (kind == QLatin1String("video") && !rules.offers(QStringLiteral("video")))
            return reply::refusal(QStringLiteral("nestje.media.video_not_offered"),
                                  QStringLiteral("Video's meesturen is bij deze organisatie niet mogelijk."));
        const QString photoId = randomId(QStringLiteral("p"));
        portal.db.run(QStringLiteral("INSERT INTO photos (id, org_id, card_id, message_id, position, date_ms, media_type, description,"
                                     " generated_description, media_id, liked, is_new) VALUES (?, ?, ?, ?, ?, ?, ?, '', 0, ?, 0, 0)"),
                      {photoId, request.org->id,
                       column == QLatin1String("card_id") ? QVariant(owner) : QVariant(QMetaType::fromType<qint64>()),
                       column == QLatin1String("message_id") ? QVariant(owner) : QVariant(QMetaType::fromType<qint64>()),
                       position++, dateMs, kind == QLatin1String("video") ? QStringLiteral("video") : QStringLiteral("photo"),
                       mediaId});
        portal.db.run(QStringLiteral("INSERT INTO photo_tags (photo_id, child_id) VALUES (?, ?)"), {photoId, childId});
    }
    return std::nullopt;
}

qint64 nextId(Portal &portal, const QString &table)
{
    return portal.db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table).toLongLong();
}

QString randomId(const QString &prefix, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return prefix + QString::fromLatin1(raw.toHex());
}

QString accountName(Portal &portal, const Request &request)
{
    return portal.db.scalar(QStringLiteral("SELECT fullname FROM accounts WHERE id = ?"), {request.caller.accountId}).toString();
}

} // namespace nestje::server
