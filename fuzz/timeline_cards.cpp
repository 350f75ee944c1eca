// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's card parser (core/features/timeline/TimelineCard, with the day rhythm and
// HtmlText inside it) on a cards/v2 page read through the envelope rules. Every card gets a
// stable key and a content hash, one per element of the page, whatever the JSON holds.
#include "features/timeline/CardHash.h"
#include "features/timeline/TimelineCard.h"
#include "fuzz/ClientPayload.h"
#include "fuzz/GuiApplication.h"

#include <QJsonArray>

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
    const QList<TimelineCard> cards = parseTimelinePage(*payload);
    FUZZ_CHECK(cards.size() == payload->toArray().size());
    for (const TimelineCard &card : cards) {
        FUZZ_CHECK(!card.key.isEmpty() && !card.type.isEmpty());
        FUZZ_CHECK(card.contentHash.size() == 40); // SHA-1 in hex
        for (const MediaItem &item : card.media)
            FUZZ_CHECK(!item.mediaType.isNull());
    }
    // A single object is one card too (the store re-reads cards one by one).
    if (payload->isObject())
        FUZZ_CHECK(!parseTimelineCard(payload->toObject()).key.isEmpty());
    // The hash must not depend on signed URLs: stripping them twice changes nothing.
    FUZZ_CHECK(withoutSignedUrls(withoutSignedUrls(*payload)) == withoutSignedUrls(*payload));
    // The card hash's own JSON writer hashes exactly what Qt's writer gives.
    for (const QJsonValue &card : payload->toArray())
        FUZZ_CHECK(cardContentHash(card.toObject()) == cardContentHashByQt(card.toObject()));
    if (payload->isObject())
        FUZZ_CHECK(cardContentHash(payload->toObject()) == cardContentHashByQt(payload->toObject()));
    return 0;
}
