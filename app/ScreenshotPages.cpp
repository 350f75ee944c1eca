// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotPages.h"

#include "features/account/AccountStore.h"
#include "features/agenda/RequestStore.h"
#include "features/timeline/PhotoStore.h"
#include "features/timeline/TimelineStore.h"

namespace nestje {

namespace {
// The fullest recent diary entry: day rhythm, text and photos, so the page shows everything.
QString fullestJournal(Database &db)
{
    TimelineStore store(db);
    QString best;
    for (const TimelineRow &row : store.page({}, nullptr, 60)) {
        if (row.type != QLatin1String("journal"))
            continue;
        const std::optional<TimelineEntry> entry = store.entry(row.key);
        if (!entry || entry->moments.isEmpty() || entry->text.isEmpty())
            continue;
        if (best.isEmpty())
            best = row.key;
        if (!entry->media.isEmpty())
            return QStringLiteral("entry/") + row.key;
    }
    return best.isEmpty() ? QString() : QStringLiteral("entry/") + best;
}

// Overig's first child, whose page has placements and permissions.
QString firstChild(Database &db)
{
    const QList<ChildRecord> children = AccountStore(db).children();
    return children.isEmpty() ? QString() : QStringLiteral("child/") + children.first().id;
}

// Agenda: a request the organisation decided with a message, so the detail shows every part.
QString decidedRequest(Database &db)
{
    QString any;
    for (const AgendaRequest &request : RequestStore(db).requests()) {
        for (const RequestChild &child : request.children) {
            for (const RequestBooking &booking : child.bookings) {
                if (!booking.staffMessage.isEmpty())
                    return QStringLiteral("request/") + request.id;
            }
        }
        if (any.isEmpty())
            any = request.id;
    }
    return any.isEmpty() ? QString() : QStringLiteral("request/") + any;
}

QString firstPhoto(Database &db)
{
    for (const PhotoRow &photo : PhotoStore(db).older({}, nullptr, 50)) {
        if (!photo.video)
            return QStringLiteral("viewer/") + photo.id;
    }
    return {};
}
} // namespace

const QList<ScreenshotPage> &screenshotPages()
{
    static const QList<ScreenshotPage> pages = {
        {QStringLiteral("login"), {}, {}},
        {QStringLiteral("mijnkind"), QStringLiteral("mijnkind"), {}},
        {QStringLiteral("berichten"), QStringLiteral("berichten"), {}},
        {QStringLiteral("agenda"), QStringLiteral("agenda"), {}},
        {QStringLiteral("locatie"), QStringLiteral("locatie"), {}},
        {QStringLiteral("overig"), QStringLiteral("overig"), {}},
        {QStringLiteral("journal"), QStringLiteral("mijnkind"), fullestJournal},
        {QStringLiteral("viewer"), QStringLiteral("mijnkind"), firstPhoto},
        {QStringLiteral("albums"), QStringLiteral("mijnkind"), [](Database &) { return QStringLiteral("albums"); }},
        {QStringLiteral("agenda-requests"), QStringLiteral("agenda"), [](Database &) { return QStringLiteral("requests"); }},
        {QStringLiteral("agenda-request"), QStringLiteral("agenda"), decidedRequest},
        {QStringLiteral("agenda-absence"), QStringLiteral("agenda"), [](Database &) { return QStringLiteral("absence"); }},
        {QStringLiteral("diary"), QStringLiteral("mijnkind"), [](Database &) { return QStringLiteral("diary"); }},
        {QStringLiteral("overig-child"), QStringLiteral("overig"), firstChild},
        {QStringLiteral("overig-credits"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("credits"); }},
        {QStringLiteral("overig-documents"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("documents"); }},
        {QStringLiteral("overig-notifications"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("notifications"); }},
    };
    return pages;
}

std::optional<ScreenshotPage> screenshotPage(const QString &name)
{
    for (const ScreenshotPage &page : screenshotPages()) {
        if (page.name == name)
            return page;
    }
    return std::nullopt;
}

QStringList screenshotPageNames()
{
    QStringList names;
    for (const ScreenshotPage &page : screenshotPages())
        names << page.name;
    return names;
}

} // namespace nestje
