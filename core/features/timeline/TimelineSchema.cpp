// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/TimelineSchema.h"

namespace nestje {

const FeatureSchema &timelineSchema()
{
    static const FeatureSchema schema{
        QStringLiteral("timeline"),
        {
            // 1: the portal's order within a day. Every card is dated at the start of its day, so
            // the day's order is the feed's (newest first): `feed_order` is higher for a card
            // higher in the feed, and the photos keep their card's. The emptied hashes and the
            // forgotten sync keys make the next sync a full one, which numbers every card.
            {
                QStringLiteral(
                    "ALTER TABLE cards ADD COLUMN feed_order INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral(
                    "ALTER TABLE photos ADD COLUMN card_order INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("DROP INDEX IF EXISTS cards_by_date"),
                QStringLiteral(
                    "CREATE INDEX cards_in_order ON cards (date DESC, feed_order DESC, card_key)"),
                QStringLiteral("DROP INDEX IF EXISTS photos_in_order"),
                QStringLiteral("CREATE INDEX photos_in_order ON photos (card_date DESC, card_order "
                               "DESC, card_key, position)"),
                QStringLiteral("UPDATE cards SET content_hash = ''"),
                QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'feature/timeline/%'"),
            },
            // 2: a photo's signed links as columns, renewed by every fetch of its card; the cards'
            // and photos' JSON goes (it was kept only for those links: a full sync re-serialised
            // 34 MB of it at --scale 10). The next sync is a full one and fills the links.
            {
                QStringLiteral("ALTER TABLE photos ADD COLUMN thumb_url TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE photos ADD COLUMN medium_url TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE photos ADD COLUMN full_url TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE photos DROP COLUMN json"),
                QStringLiteral("ALTER TABLE cards DROP COLUMN json"),
                QStringLiteral("UPDATE cards SET content_hash = ''"),
                QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'feature/timeline/%'"
                               " OR key = 'full_sync_done'"),
            },
        }};
    return schema;
}

} // namespace nestje
