// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"

#include <QFileInfo>

namespace nestje::server {

static bool knownType(const QString &type)
{
    return type == QLatin1String("invoice") || type == QLatin1String("annualstatement")
        || type == QLatin1String("document");
}

// P13: envelope, payload [{adminId, itemId, itemDate, subject, hasAttachment}], both dates inclusive.
static Reply overview(Portal &portal, Request &r)
{
    const QString type = r.params.at(0);
    const QDate from = dates::parsePathDate(r.params.at(1));
    const QDate to = dates::parsePathDate(r.params.at(2));
    if (!knownType(type))
        return reply::badRequest(QStringLiteral("type must be invoice, annualstatement or document"));
    if (!from.isValid() || !to.isValid() || to < from)
        return reply::badRequest(QStringLiteral("expected <YYYYMMDD>/<YYYYMMDD>, from <= to"));
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT admin_id, item_id, item_date, subject, media_id FROM admin_items WHERE family_id = ?"
                       " AND org_id = ? AND type = ? AND item_date >= ? AND item_date < ? ORDER BY item_date DESC, id DESC"),
        {r.caller.familyId, r.org->id, type, dates::localMs(from), dates::localMs(to.addDays(1))});
    QJsonArray items;
    while (q.next())
        items.append(QJsonObject{{QStringLiteral("adminId"), q.value(0).toString()},
                                 {QStringLiteral("itemId"), q.value(1).toString()},
                                 {QStringLiteral("itemDate"), q.value(2).toLongLong()},
                                 {QStringLiteral("subject"), q.value(3).toString()},
                                 {QStringLiteral("hasAttachment"), !q.value(4).toString().isEmpty()}});
    q.finish();
    return reply::envelope(items);
}

// P14: the raw PDF, Bearer-authenticated (unlike media links).
static Reply download(Portal &portal, Request &r)
{
    const QString type = r.params.at(1);
    if (!knownType(type))
        return reply::badRequest(QStringLiteral("type must be invoice, annualstatement or document"));
    QSqlQuery &q = portal.db.run(
        QStringLiteral("SELECT a.subject, a.item_date, m.content_key, m.mime FROM admin_items a JOIN media m ON m.id = a.media_id"
                       " WHERE a.admin_id = ? AND a.type = ? AND a.item_id = ? AND a.family_id = ? AND a.org_id = ?"),
        {r.params.at(0), type, r.params.at(2), r.caller.familyId, r.org->id});
    if (!q.next()) {
        q.finish();
        return reply::notFound();
    }
    const QString subject = q.value(0).toString();
    const QDate date = dates::localDate(q.value(1).toLongLong());
    const QString file = q.value(2).toString() + QStringLiteral(".pdf");
    const QByteArray mime = q.value(3).toByteArray();
    q.finish();
    const QFileInfo pdf(portal.media.pathOf(file));
    if (!pdf.isFile() || !pdf.isReadable())
        return reply::notFound();
    Reply out;
    out.contentType = mime;
    out.file = Reply::FilePart{pdf.filePath(), 0, pdf.size()};
    QString safe = subject;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    out.headers.append({QByteArrayLiteral("Content-Disposition"),
                        "attachment; filename=\"" + type.toLatin1() + '_' + date.toString(QStringLiteral("yyyyMMdd")).toLatin1()
                            + '_' + safe.toUtf8() + ".pdf\""});
    out.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store")});
    return out;
}

void addAdministrationRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/administration/{}/overview/{}/{}"), Access::Parent,
               [&portal](Request &r) { return overview(portal, r); });
    router.get(QStringLiteral("/restservices-parent/administration/{}/{}/{}"), Access::Parent,
               [&portal](Request &r) { return download(portal, r); });
}

} // namespace nestje::server
