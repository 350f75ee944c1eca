// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationSchema.h"

namespace nestje {

FeatureSchema locationSchema()
{
    return {
        QStringLiteral("location"),
        {
            // 1: typed columns instead of the portal's JSON. The old tables are a cache: they
            // go, and the sync keys of the location features go with them so the next sync
            // refills everything.
            {
                QStringLiteral("DROP TABLE IF EXISTS news"),
                QStringLiteral("DROP TABLE IF EXISTS newsletters"),
                QStringLiteral("DROP TABLE IF EXISTS pages"),
                QStringLiteral("DROP TABLE IF EXISTS team"),
                // read_here: the parent opened it on this device; stays read whatever a
                // sync that ran before the portal heard of it says.
                QStringLiteral(
                    "CREATE TABLE news (id TEXT PRIMARY KEY, title TEXT NOT NULL,"
                    " snippet TEXT NOT NULL, date INTEGER NOT NULL, is_new INTEGER NOT NULL,"
                    " read_here INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX news_by_date ON news (date DESC)"),
                QStringLiteral(
                    "CREATE TABLE newsletters (id TEXT PRIMARY KEY, subject TEXT NOT NULL,"
                    " snippet TEXT NOT NULL, date INTEGER NOT NULL, unread INTEGER NOT NULL,"
                    " read_here INTEGER NOT NULL DEFAULT 0, html TEXT)"),
                QStringLiteral("CREATE INDEX newsletters_by_date ON newsletters (date DESC)"),
                QStringLiteral("CREATE TABLE pages (id TEXT PRIMARY KEY, title TEXT NOT NULL,"
                               " position INTEGER NOT NULL)"),
                // The body of a news item or page (both are the portal's html contents).
                QStringLiteral("CREATE TABLE content_bodies (content_id TEXT PRIMARY KEY, html "
                               "TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE content_attachments (content_id TEXT NOT NULL,"
                    " position INTEGER NOT NULL, file_name TEXT NOT NULL, url TEXT NOT NULL,"
                    " content_type TEXT NOT NULL, PRIMARY KEY (content_id, position))"),
                QStringLiteral(
                    "CREATE TABLE team (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT "
                    "NULL,"
                    " bio TEXT NOT NULL, group_name TEXT NOT NULL, avatar_url TEXT NOT NULL,"
                    " position INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE organisation (id INTEGER PRIMARY KEY CHECK (id = 1),"
                               " name TEXT NOT NULL, type TEXT NOT NULL, address TEXT NOT NULL,"
                               " phone TEXT NOT NULL, email TEXT NOT NULL, website TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE organisation_locations (id TEXT NOT NULL, name TEXT NOT NULL,"
                    " address TEXT NOT NULL, phone TEXT NOT NULL, position INTEGER PRIMARY KEY)"),
                QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'feature/news/%'"
                               " OR key LIKE 'feature/newsletters/%' OR key LIKE 'feature/pages/%'"
                               " OR key LIKE 'feature/team/%' OR key LIKE 'feature/contact/%'"),
            },
        }};
}

} // namespace nestje
