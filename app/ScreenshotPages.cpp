// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotPages.h"

#include "features/location/LocationStore.h"
#include "features/account/AccountStore.h"
#include "features/agenda/PlanningStore.h"
#include "features/agenda/RequestStore.h"
#include "accounts/AccountSession.h"
#include "server/DemoOrganisation.h"
#include "shell/AppController.h"
#include "db/DraftStore.h"
#include "features/messages/MessageStore.h"
#include "features/timeline/PhotoStore.h"
#include "media/MediaCache.h"
#include "features/timeline/TimelineStore.h"
#include "text/PortalTime.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QQuickItem>

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

// Mijn locatie: a news item with an attachment (the paperclip and the file row show).
QString newsWithAttachment(Database &db)
{
    const QList<NewsItem> news = LocationStore(db).news();
    for (const NewsItem &item : news) {
        if (item.hasAttachment)
            return QStringLiteral("news/") + item.id;
    }
    return news.isEmpty() ? QString() : QStringLiteral("news/") + news.first().id;
}

QString latestNewsletter(Database &db)
{
    const QList<Newsletter> letters = LocationStore(db).newsletters(1);
    return letters.isEmpty() ? QString() : QStringLiteral("newsletter/") + letters.first().id;
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

// Dag aanvragen: a weekday a few days ahead on which not every child is planned yet, so the
// wizard shows day parts to choose next to "reeds gepland".
QString extraDayWithChoice(Database &db)
{
    const QDate today = portaltime::today();
    PlanningStore planning(db);
    for (QDate day = today.addDays(4); day < today.addDays(30); day = day.addDays(1)) {
        if (day.dayOfWeek() > 5 || (day.month() == 12 && day.day() >= 24) || (day.month() == 1 && day.day() == 1))
            continue;
        QSet<QString> planned;
        for (const PlanningPart &part : planning.parts(day, day))
            planned.insert(part.childId);
        if (planned.size() < 2)
            return QStringLiteral("extraday/") + day.toString(Qt::ISODate);
    }
    return QStringLiteral("extraday");
}

// Every item called `name` under `item`.
void findAllNamed(QQuickItem *item, const QString &name, QList<QQuickItem *> &found)
{
    if (!item)
        return;
    if (item->objectName() == name)
        found << item;
    for (QQuickItem *child : item->childItems())
        findAllNamed(child, name, found);
}

// The wizard with every child's first bookable part chosen, paid with a credit where one fits.
bool chooseExtraDayParts(QQuickItem *root)
{
    QList<QQuickItem *> children;
    findAllNamed(root, QStringLiteral("extraDayChild"), children);
    if (children.isEmpty())
        return false;
    for (QQuickItem *child : std::as_const(children)) {
        for (const QVariant &option : child->property("modelData").toMap().value(QStringLiteral("options")).toList()) {
            const QVariantMap map = option.toMap();
            if (!map.value(QStringLiteral("available")).toBool())
                continue;
            child->setProperty("chosen", map.value(QStringLiteral("optionId")));
            child->setProperty("paymentIndex", map.value(QStringLiteral("payments")).toList().size() > 1 ? 1 : 0);
            break;
        }
    }
    return true;
}

// A photo of the demo that is already on disk (the timeline showed it), to attach to a draft.
QString cachedPhoto(AccountSession &account)
{
    for (const PhotoRow &photo : PhotoStore(*account.database()).older({}, nullptr, 50)) {
        if (photo.video)
            continue;
        for (const char *variant : {"medium", "thumb"}) {
            const QString path = MediaCache::filePath(account.mediaDirectory(), photo.id, QLatin1String(variant));
            if (QFileInfo::exists(path))
                return path;
        }
    }
    return {};
}

QQuickItem *findNamed(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name && item->isVisible())
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findNamed(child, name))
            return found;
    }
    return nullptr;
}

// Berichten: a recent conversation with photos and a reply of the parent, so the page shows
// both sides; otherwise the one with the most messages.
QString telling(Database &db)
{
    MessageStore store(db);
    QString best;
    int most = 0;
    for (const MessageThread &t : store.threads()) {
        const int count = store.messageCount(t.id);
        if (t.attachmentCount > 0 && count > 1)
            return QStringLiteral("thread/") + t.id;
        if (count > most) {
            most = count;
            best = t.id;
        }
    }
    return best.isEmpty() ? QString() : QStringLiteral("thread/") + best;
}

// Berichten's viewer: the newest conversation with photos in it.
QString photoThread(Database &db)
{
    MessageStore store(db);
    for (const MessageThread &t : store.threads()) {
        if (t.attachmentCount == 0)
            continue;
        for (const ThreadMessage &m : store.messages(t.id)) {
            for (const MessageAttachment &a : m.attachments) {
                if (a.kind == MessageAttachment::Kind::Photo)
                    return QStringLiteral("thread/") + t.id;
            }
        }
    }
    return {};
}

// A form with the field `name` focused, as when the parent taps it and the on-screen keyboard
// comes up: shot at half a phone's height (360x360 for a 360x720 phone), it shows whether the
// field scrolled into what the keyboard leaves.
std::function<bool(QQuickItem *)> focused(const QString &name)
{
    return [name](QQuickItem *root) {
        QQuickItem *field = findNamed(root, name);
        if (!field)
            return false;
        if (!field->hasActiveFocus())
            field->forceActiveFocus(Qt::TabFocusReason);
        return field->hasActiveFocus();
    };
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
        {QStringLiteral("locatie-news"), QStringLiteral("locatie"), newsWithAttachment},
        {QStringLiteral("locatie-newsletter"), QStringLiteral("locatie"), latestNewsletter},
        {QStringLiteral("locatie-team"), QStringLiteral("locatie"), [](Database &) { return QStringLiteral("team"); }},
        {QStringLiteral("overig"), QStringLiteral("overig"), {}},
        {QStringLiteral("journal"), QStringLiteral("mijnkind"), fullestJournal},
        {QStringLiteral("bericht"), QStringLiteral("berichten"), telling},
        {QStringLiteral("bericht-nieuw"), QStringLiteral("berichten"), [](Database &) { return QStringLiteral("new"); }},
        {QStringLiteral("viewer"), QStringLiteral("mijnkind"), firstPhoto},
        {QStringLiteral("bericht-viewer"), QStringLiteral("berichten"), photoThread},
        {QStringLiteral("albums"), QStringLiteral("mijnkind"), [](Database &) { return QStringLiteral("albums"); }},
        {QStringLiteral("agenda-requests"), QStringLiteral("agenda"), [](Database &) { return QStringLiteral("requests"); }},
        {QStringLiteral("agenda-request"), QStringLiteral("agenda"), decidedRequest},
        {QStringLiteral("agenda-absence"), QStringLiteral("agenda"), [](Database &) { return QStringLiteral("absence"); }},
        {QStringLiteral("agenda-extraday"), QStringLiteral("agenda"), extraDayWithChoice},
        {QStringLiteral("agenda-extraday-summary"), QStringLiteral("agenda"), extraDayWithChoice},
        {QStringLiteral("agenda-swap"), QStringLiteral("agenda"), [](Database &) { return QStringLiteral("swap"); }},
        {QStringLiteral("agenda-swap-period"), QStringLiteral("agenda"), [](Database &) { return QStringLiteral("swap/period"); }},
        // The calendar at the next closing day (with Christmas and the holiday around it).
        {QStringLiteral("agenda-closed"), QStringLiteral("agenda"),
         [](Database &db) {
             const QDate today = portaltime::today();
             for (const Closure &c : PlanningStore(db).closures(today, today.addYears(1)))
                 if (c.kind == QLatin1String("closed"))
                     return QStringLiteral("day/") + c.first.toString(Qt::ISODate);
             return QString();
         }},
        {QStringLiteral("agenda-family"), QStringLiteral("agenda"), [](Database &) { return QString(); }},
        {QStringLiteral("agenda-calendarfile"), QStringLiteral("agenda"), [](Database &) { return QStringLiteral("calendarfile"); }},
        {QStringLiteral("diary"), QStringLiteral("mijnkind"), [](Database &) { return QStringLiteral("diary"); }},
        {QStringLiteral("diary-photo"), QStringLiteral("mijnkind"), [](Database &) { return QStringLiteral("diary"); }},
        {QStringLiteral("diary-child"), QStringLiteral("mijnkind"), [](Database &) { return QStringLiteral("diary"); }},
        {QStringLiteral("viewer-zoom"), QStringLiteral("mijnkind"), firstPhoto},
        {QStringLiteral("overig-child"), QStringLiteral("overig"), firstChild},
        {QStringLiteral("overig-parent"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("parent"); }},
        // "Alles bewaren" as it opens, before the parent starts it.
        {QStringLiteral("archief"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("archive"); }},
        {QStringLiteral("overig-credits"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("credits"); }},
        {QStringLiteral("overig-documents"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("documents"); }},
        {QStringLiteral("overig-notifications"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("notifications"); }},
        {QStringLiteral("overig-storage"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("storage"); }},
        // Forms with a field focused (see focused()): shoot them at half a phone's height.
        {QStringLiteral("overig-question-typing"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("question"); }},
        {QStringLiteral("overig-password-typing"), QStringLiteral("overig"), [](Database &) { return QStringLiteral("password"); }},
        {QStringLiteral("diary-typing"), QStringLiteral("mijnkind"), [](Database &) { return QStringLiteral("diary"); }},
        {QStringLiteral("bericht-nieuw-typing"), QStringLiteral("berichten"), [](Database &) { return QStringLiteral("new"); }},
        {QStringLiteral("agenda-absence-typing"), QStringLiteral("agenda"), [](Database &) { return QStringLiteral("absence"); }},
    };
    return pages;
}

ScreenshotState screenshotState(const QString &name)
{
    if (name == QLatin1String("agenda-family")) {
        // A family with a daycare and an after-school care: the demo's after-school care added
        // as a second account, so the calendar shows both, each in its colour.
        return {[](AppController &app, AccountSession &account) {
                    const QString daycare = QString::fromLatin1(server::demo::daycareSlug);
                    QString portal = account.info().portal.toString();
                    portal.replace(portal.lastIndexOf(daycare), daycare.size(),
                                   QString::fromLatin1(server::demo::afterSchoolSlug));
                    app.accounts()->add(QUrl(portal), account.info().username,
                                        QString::fromLatin1(server::demo::password), true);
                },
                {}};
    }
    if (name == QLatin1String("diary-photo")) {
        // A draft with a photo, as a parent leaves it: the form opens with it attached.
        return {[](AppController &, AccountSession &account) {
                    const QString photo = cachedPhoto(account);
                    DraftStore(*account.database())
                        .save(QStringLiteral("diary"),
                              {QStringLiteral("Vannacht slecht geslapen, dus vandaag wat moe. Oma haalt hem op."),
                               photo.isEmpty() ? QList<QUrl>() : QList<QUrl>{QUrl::fromLocalFile(photo)},
                               QDateTime::currentMSecsSinceEpoch()});
                },
                [](QQuickItem *root) {
                    // Once the form has slid in, scrolled so the photo shows on a phone too.
                    QQuickItem *stack = findNamed(root, QStringLiteral("myChildStack"));
                    QQuickItem *flick = findNamed(root, QStringLiteral("diaryFlick"));
                    QQuickItem *photo = findNamed(root, QStringLiteral("attachmentImage"));
                    if (!stack || stack->property("busy").toBool() || !flick || !photo)
                        return false;
                    const qreal bottom = photo->mapToItem(flick->property("contentItem").value<QQuickItem *>(),
                                                          QPointF(0, photo->height())).y();
                    const qreal wanted = bottom + 20 <= flick->height() ? 0.0 : bottom + 140 - flick->height();
                    flick->setProperty("contentY", wanted);
                    return true;
                }};
    }
    if (name == QLatin1String("diary-child")) {
        return {{}, [](QQuickItem *root) {
                    QQuickItem *stack = findNamed(root, QStringLiteral("myChildStack"));
                    if (!stack || stack->property("busy").toBool())
                        return false; // the form is still sliding in
                    QQuickItem *box = findNamed(root, QStringLiteral("childBox"));
                    auto *popup = box ? box->property("popup").value<QObject *>() : nullptr;
                    if (!popup)
                        return false;
                    if (!popup->property("opened").toBool())
                        QMetaObject::invokeMethod(popup, "open");
                    return popup->property("opened").toBool();
                }};
    }
    if (name == QLatin1String("agenda")) {
        // The calendar moves to today only after its rows arrived (AgendaCalendarList): the
        // picture showed the top of the list, three months back, before it had moved.
        return {{}, [](QQuickItem *root) {
                    QQuickItem *list = findNamed(root, QStringLiteral("agendaCalendarList"));
                    if (!list || !list->isVisible())
                        return false;
                    // Nothing from today on (or nothing at all): the list stays at its top.
                    auto *calendar = list->property("calendar").value<QObject *>();
                    const bool nothingAhead = list->property("count").toInt() == 0 ||
                                              (calendar && calendar->property("todayRow").toInt() < 0);
                    return nothingAhead || list->property("positioned").toBool();
                }};
    }
    if (name == QLatin1String("overig-question-typing"))
        return {{}, focused(QStringLiteral("questionText"))};
    if (name == QLatin1String("overig-password-typing"))
        return {{}, focused(QStringLiteral("field_repeat"))};
    if (name == QLatin1String("diary-typing"))
        return {{}, focused(QStringLiteral("diaryText"))};
    if (name == QLatin1String("bericht-nieuw-typing"))
        return {{}, focused(QStringLiteral("messageText"))};
    if (name == QLatin1String("agenda-absence-typing"))
        return {{}, focused(QStringLiteral("absenceRemark"))};
    if (name == QLatin1String("agenda-extraday"))
        return {{}, chooseExtraDayParts};
    if (name == QLatin1String("agenda-extraday-summary")) {
        // "Toevoegen" pressed: the request step with its summary before "Indienen".
        return {{}, [](QQuickItem *root) {
                    QQuickItem *wizard = findNamed(root, QStringLiteral("extraDayWizard"));
                    if (!wizard || !chooseExtraDayParts(root))
                        return false;
                    if (wizard->property("step").toString() != QLatin1String("request"))
                        QMetaObject::invokeMethod(wizard, "addChosen");
                    return wizard->property("step").toString() == QLatin1String("request");
                }};
    }
    if (name == QLatin1String("bericht-viewer")) {
        // The conversation's first photo tapped, shown once it has loaded.
        return {{}, [](QQuickItem *root) {
                    if (QQuickItem *image = findNamed(root, QStringLiteral("viewerImage")))
                        return image->property("loaded").toBool();
                    QQuickItem *photo = findNamed(root, QStringLiteral("photo"));
                    if (photo && photo->parentItem())
                        QMetaObject::invokeMethod(photo->parentItem(), "clicked");
                    return false;
                }};
    }
    if (name == QLatin1String("viewer-zoom")) {
        return {{}, [](QQuickItem *root) {
                    QQuickItem *list = findNamed(root, QStringLiteral("viewerList"));
                    auto *slide = list ? list->property("currentItem").value<QQuickItem *>() : nullptr;
                    if (!slide)
                        return false;
                    if (slide->property("zoom").toReal() < 2) {
                        // Zoomed in on a point a little left of and above the middle.
                        QMetaObject::invokeMethod(slide, "zoomAt", Q_ARG(QVariant, 2.5),
                                                  Q_ARG(QVariant, slide->width() * 0.4),
                                                  Q_ARG(QVariant, slide->height() * 0.45));
                    }
                    return slide->property("zoom").toReal() >= 2;
                }};
    }
    return {};
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
