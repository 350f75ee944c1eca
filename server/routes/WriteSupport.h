// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Exchange.h"
#include "server/routes/FamilyData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nestje::server {

struct Portal;

// Helpers shared by the parent write routes. They follow one rule for answers:
//   400  the body is malformed (not JSON, wrong types);
//   404  an id that is not the caller's (another family's child, group, thread, upload);
//   200 + result:false  the organisation's rules refuse (empty text, too late, no credit), with a
//        Dutch text the app shows as it is.

// The JSON object body, or the 400 to answer.
struct Body
{
    QJsonObject object;
    std::optional<Reply> error;
};
Body jsonBody(const Request &request, bool emptyIsObject = false);

// A field that must be absent, null or a string; returns false (and sets *error to a 400) when
// it has another type. Text is trimmed.
bool stringField(const QJsonObject &body, const QString &name, QString *value, std::optional<Reply> *error);
// An optional array of strings (photoIds); absent or null gives an empty list.
bool stringListField(const QJsonObject &body, const QString &name, QStringList *value, std::optional<Reply> *error);

// A parent's plain text as the HTML the protocol carries (`message`, `journalContent`):
// escaped, paragraphs on blank lines, <br> on single line breaks. Parents never send HTML.
QString plainTextToHtml(const QString &text);

// The caller's child with this id (active or not), or nothing.
std::optional<ChildRow> familyChild(Portal &portal, const Request &request, const QString &childId);

struct GroupRow
{
    qint64 id = 0;
    QString name;
};
// The groups a child is placed in on `day` (YYYYMMDD as int; 0: today): one per active
// placement, else the child's own group.
QList<GroupRow> childGroups(Portal &portal, const Organisation &org, const QString &childId, int day = 0);

// Attaches the caller's uploads (`photoIds` from media/upload) to a thread message or a card,
// tagged with the child. Returns a 404 reply when an id is not one of the caller's uploads, or a
// refusal when there are too many. `column` is "message_id" or "card_id".
std::optional<Reply> attachUploads(Portal &portal, const Request &request, const QStringList &mediaIds,
                                   const QString &column, qint64 owner, qint64 dateMs, const QString &childId);
inline constexpr int maxAttachments = 20;

// Next explicit id of a table (the schema has no AUTOINCREMENT; writes run in an immediate
// transaction, so MAX + 1 cannot race).
qint64 nextId(Portal &portal, const QString &table);
// A random opaque id such as "p3f9c…" for photos and media.
QString randomId(const QString &prefix, int bytes = 10);

// The account's display name ("Sanne Bakker"), used as writtenBy / writtenByName.
QString accountName(Portal &portal, const Request &request);

} // namespace nestje::server

namespace nestje::server {
// Starts a thread written by the parent (Berichten, "Stel een vraag"); returns its id.
qint64 startParentThread(Portal &portal, const Request &r, const QString &childId, qint64 groupId, const QString &subject,
                         const QString &message, qint64 now);
} // namespace nestje::server
