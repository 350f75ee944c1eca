// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationParser.h"

#include "net/JsonValues.h"
#include "text/HtmlText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nestje {

namespace {
QString string(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

// The portal sends snippets and bios as HTML or as text; the app shows plain text.
QString plain(const QString &text)
{
    return plainTextFromHtml(text).simplified();
}

bool flag(const QJsonValue &value)
{
    if (value.isString())
        return value.toString() == QLatin1String("true");
    return value.toBool();
}

// An image part's URL, most useful size first.
QString imageUrl(const QJsonObject &photo)
{
    return json::text(photo, {"mediumUrl", "fullSizeUrl", "thumbUrl"});
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

std::optional<QList<NewsItem>> parseNewsList(const QJsonValue &payload)
{
    const QJsonValue items = payload.toObject().value(QLatin1String("newsItems"));
    if (!items.isArray())
        return std::nullopt;
    QList<NewsItem> result;
    for (const QJsonValue &value : items.toArray()) {
        const QJsonObject object = value.toObject();
        NewsItem item;
        item.id = json::id(object.value(QLatin1String("htmlContentId")));
        if (item.id.isEmpty())
            continue;
        item.title = string(object, "title").simplified();
        item.snippet = plain(string(object, "contentSnippet"));
        item.date = json::dateMs(object.value(QLatin1String("publishDate")));
        item.isNew = flag(object.value(QLatin1String("isNew")));
        result << item;
    }
    return result;
}

std::optional<ContentBody> parseContentBody(const QJsonValue &payload)
{
    const QJsonValue items = payload.toObject().value(QLatin1String("items"));
    if (!items.isArray())
        return std::nullopt;
    ContentBody body;
    for (const QJsonValue &itemValue : items.toArray()) {
        const QJsonObject item = itemValue.toObject();
        const bool isAttachment = string(item, "itemType") == QLatin1String("attachment");
        // A row of the organisation's column layout becomes a block of its own.
        QString row;
        for (const QJsonValue &partValue : item.value(QLatin1String("itemParts")).toArray()) {
            const QJsonObject part = partValue.toObject();
            const QString url = string(part, "awsUrl");
            if (isAttachment || !url.isEmpty()) {
                if (url.isEmpty())
                    continue;
                body.attachments << ContentAttachment{string(part, "fileName"), url,
                                                      string(part, "contentType")};
                continue;
            }
            const QJsonObject photo = part.value(QLatin1String("awsResourcePhoto")).toObject();
            if (!photo.isEmpty()) {
                const QString src = imageUrl(photo);
                if (!src.isEmpty()) {
                    body.imageUrls << src;
                    row += QStringLiteral("<p><img src=\"%1\" alt=\"\"></p>").arg(escaped(src));
                }
                continue;
            }
            row += string(part, "content");
        }
        if (!row.isEmpty())
            body.html += QStringLiteral("<div>%1</div>").arg(row);
    }
    return body;
}

std::optional<NewsletterPage> parseNewsletterPage(const QJsonValue &payload)
{
    const QJsonObject page = payload.toObject();
    const QJsonValue items = page.value(QLatin1String("newsletterItems"));
    if (!items.isArray())
        return std::nullopt;
    NewsletterPage result;
    result.moreItems = flag(page.value(QLatin1String("moreItems")));
    for (const QJsonValue &value : items.toArray()) {
        const QJsonObject object = value.toObject();
        Newsletter item;
        item.id = json::id(object.value(QLatin1String("generatedHtmlNewsLetterId")));
        if (item.id.isEmpty())
            continue;
        item.subject = string(object, "mailSubject").simplified();
        item.snippet = plain(string(object, "contentSnippet"));
        item.date = json::dateMs(object.value(QLatin1String("sendDate")));
        item.unread = flag(object.value(QLatin1String("unread")));
        result.items << item;
    }
    return result;
}

std::optional<QString> parseNewsletterHtml(const QJsonValue &payload)
{
    const QJsonValue source = payload.toObject().value(QLatin1String("fullSource"));
    if (!source.isString())
        return std::nullopt;
    return source.toString();
}

std::optional<QList<InfoPage>> parseInfoPages(const QJsonValue &payload)
{
    if (!payload.isArray())
        return std::nullopt;
    QList<InfoPage> result;
    for (const QJsonValue &value : payload.toArray()) {
        const QJsonObject object = value.toObject();
        InfoPage page{json::id(object.value(QLatin1String("htmlContentId"))),
                      string(object, "title").simplified()};
        if (!page.id.isEmpty())
            result << page;
    }
    return result;
}

std::optional<QList<TeamMember>> parseTeam(const QJsonValue &payload)
{
    if (!payload.isArray())
        return std::nullopt;
    QList<TeamMember> result;
    for (const QJsonValue &value : payload.toArray()) {
        const QJsonObject object = value.toObject();
        TeamMember member;
        member.id = json::id(object.value(QLatin1String("employeeId")));
        if (member.id.isEmpty())
            continue;
        member.name = json::text(object, {"fullname", "fullName", "name"}).simplified();
        member.role = string(object, "role").simplified();
        member.bio = plain(string(object, "bio"));
        member.groupName = string(object, "groupName").simplified();
        member.avatarUrl = imageUrl(object.value(QLatin1String("avatars")).toObject());
        result << member;
    }
    return result;
}

std::optional<CustomerInfo> parseCustomerInfo(const QJsonValue &payload)
{
    if (!payload.isObject())
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    CustomerInfo info;
    info.name = json::text(object, {"customerName", "name"}).simplified();
    info.type = string(object, "customerType");
    info.address = string(object, "address").trimmed();
    info.phone = string(object, "phoneNumber").trimmed();
    info.email = string(object, "emailAddress").trimmed();
    info.website = string(object, "website").trimmed();
    for (const QJsonValue &value : object.value(QLatin1String("locations")).toArray()) {
        const QJsonObject location = value.toObject();
        OrganisationLocation place{json::id(location.value(QLatin1String("locationId"))),
                                   string(location, "name").simplified(),
                                   string(location, "address").trimmed(),
                                   string(location, "phoneNumber").trimmed()};
        if (!place.name.isEmpty())
            info.locations << place;
    }
    return info;
}

} // namespace nestje
