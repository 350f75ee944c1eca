// SPDX-License-Identifier: GPL-3.0-or-later
// Mijn locatie's parsers (core/features/location/LocationParser) on one payload read through
// the envelope rules: news, a news body, a newsletter page and its HTML, information pages, the
// team and the organisation's contact details. Items without an id are skipped.
#include "features/location/LocationParser.h"
#include "fuzz/ClientPayload.h"
#include "fuzz/GuiApplication.h"

using namespace nestje;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startGuiApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto payload = fuzz::payloadOf(data, size);
    if (!payload)
        return 0;
    if (const auto news = parseNewsList(*payload))
        for (const NewsItem &item : *news)
            FUZZ_CHECK(!item.id.isEmpty());
    (void)parseContentBody(*payload);
    if (const auto page = parseNewsletterPage(*payload))
        for (const Newsletter &item : page->items)
            FUZZ_CHECK(!item.id.isEmpty());
    (void)parseNewsletterHtml(*payload);
    if (const auto pages = parseInfoPages(*payload))
        for (const InfoPage &item : *pages)
            FUZZ_CHECK(!item.id.isEmpty());
    if (const auto team = parseTeam(*payload))
        for (const TeamMember &member : *team)
            FUZZ_CHECK(!member.id.isEmpty());
    (void)parseCustomerInfo(*payload);
    return 0;
}
