// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/location/LocationRecords.h"

#include <QJsonValue>

#include <optional>

// The only code that reads Mijn locatie's JSON. Each parser takes a route's payload (after the
// envelope), accepts ids as strings or numbers and dates as epoch milliseconds or ISO text, and
// skips what it cannot read: garbage gives fewer records, never a crash. nullopt means the
// payload is not the route's shape at all (the sync then keeps the last good data).
namespace nestje {

std::optional<QList<NewsItem>> parseNewsList(const QJsonValue &payload);      // P10
std::optional<ContentBody> parseContentBody(const QJsonValue &payload);       // P11
std::optional<NewsletterPage> parseNewsletterPage(const QJsonValue &payload); // P8
std::optional<QString> parseNewsletterHtml(const QJsonValue &payload);        // P9
std::optional<QList<InfoPage>> parseInfoPages(const QJsonValue &payload);     // X2
std::optional<QList<TeamMember>> parseTeam(const QJsonValue &payload);        // X3
std::optional<CustomerInfo> parseCustomerInfo(const QJsonValue &payload);     // P2

} // namespace nestje
