// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrations.h"

namespace nestje {

const QList<QStringList> &cacheMigrations()
{
    // Each entity keeps its raw JSON next to the columns we query on, so a field the app
    // starts using later needs no re-download, and unknown card types survive as they came.
    static const QList<QStringList> steps = {
        // 1: the read cache
        {
            QStringLiteral("CREATE TABLE children (id TEXT PRIMARY KEY, first_name TEXT NOT NULL,"
                           " full_name TEXT NOT NULL, birth_date INTEGER, active INTEGER NOT NULL,"
                           " position INTEGER NOT NULL, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE cards (card_key TEXT PRIMARY KEY, type TEXT NOT NULL,"
                           " date INTEGER NOT NULL, content_hash TEXT NOT NULL, json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX cards_by_date ON cards (date DESC, card_key)"),
            QStringLiteral("CREATE TABLE card_children (card_key TEXT NOT NULL, child_id TEXT NOT NULL,"
                           " PRIMARY KEY (card_key, child_id))"),
            QStringLiteral("CREATE INDEX card_children_by_child ON card_children (child_id)"),
            QStringLiteral("CREATE TABLE photos (id TEXT PRIMARY KEY, card_key TEXT NOT NULL,"
                           " date INTEGER NOT NULL, media_type TEXT NOT NULL, description TEXT,"
                           " json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX photos_by_date ON photos (date DESC)"),
            QStringLiteral("CREATE INDEX photos_by_card ON photos (card_key)"),
            QStringLiteral("CREATE TABLE photo_children (photo_id TEXT NOT NULL, child_id TEXT NOT NULL,"
                           " PRIMARY KEY (photo_id, child_id))"),
            QStringLiteral("CREATE TABLE day_rhythm (card_key TEXT NOT NULL, seq INTEGER NOT NULL,"
                           " icon TEXT, category TEXT, start_time TEXT, end_time TEXT, title TEXT,"
                           " description TEXT, remarks TEXT, PRIMARY KEY (card_key, seq))"),
            QStringLiteral("CREATE TABLE threads (id TEXT PRIMARY KEY, subject TEXT, last_message TEXT,"
                           " date INTEGER NOT NULL, last_written TEXT, unread INTEGER NOT NULL,"
                           " last_from_parent INTEGER NOT NULL, details_date INTEGER NOT NULL DEFAULT 0,"
                           " json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX threads_by_date ON threads (date DESC)"),
            QStringLiteral("CREATE TABLE messages (thread_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                           " written_by TEXT, date INTEGER NOT NULL, body TEXT, child_first_name TEXT,"
                           " json TEXT NOT NULL, PRIMARY KEY (thread_id, seq))"),
            QStringLiteral("CREATE TABLE planning (child_id TEXT NOT NULL, start_time INTEGER NOT NULL,"
                           " end_time INTEGER NOT NULL, code TEXT NOT NULL, extra_info TEXT,"
                           " to_confirm INTEGER NOT NULL, json TEXT NOT NULL,"
                           " PRIMARY KEY (child_id, start_time))"),
            QStringLiteral("CREATE INDEX planning_by_time ON planning (start_time)"),
            QStringLiteral("CREATE TABLE news (id TEXT PRIMARY KEY, title TEXT, snippet TEXT,"
                           " date INTEGER NOT NULL, is_new INTEGER NOT NULL, body_json TEXT,"
                           " json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE newsletters (id TEXT PRIMARY KEY, subject TEXT, snippet TEXT,"
                           " date INTEGER NOT NULL, unread INTEGER NOT NULL, html TEXT, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE documents (type TEXT NOT NULL, admin_id TEXT NOT NULL,"
                           " item_id TEXT NOT NULL, date INTEGER NOT NULL, subject TEXT,"
                           " has_attachment INTEGER NOT NULL, json TEXT NOT NULL,"
                           " PRIMARY KEY (type, admin_id, item_id))"),
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)"),
        },
        // 2: organisation content beyond the observed routes, writes and notifications
        {
            QStringLiteral("CREATE INDEX documents_by_date ON documents (date DESC)"),
            QStringLiteral("CREATE TABLE pages (id TEXT PRIMARY KEY, title TEXT, position INTEGER,"
                           " body_json TEXT, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE team (id TEXT PRIMARY KEY, name TEXT, role TEXT,"
                           " position INTEGER, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE requests (id TEXT PRIMARY KEY, type TEXT, status TEXT,"
                           " date INTEGER, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE credits (id TEXT PRIMARY KEY, child_id TEXT, type TEXT,"
                           " remaining REAL, valid_until INTEGER, json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " kind TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,"
                           " body TEXT, idempotency_key TEXT NOT NULL UNIQUE,"
                           " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER NOT NULL DEFAULT 0, error_text TEXT,"
                           " created_at INTEGER NOT NULL, sent_at INTEGER, result TEXT)"),
            QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at)"),
            QStringLiteral("CREATE TABLE notified (kind TEXT NOT NULL, item_id TEXT NOT NULL,"
                           " PRIMARY KEY (kind, item_id))"),
        },
        // 3: uploads in the outbox (a file as the body), and the parent's diary entries on their way
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN body_file TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN content_type TEXT"),
            QStringLiteral("CREATE TABLE diary_outgoing (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " child_id TEXT NOT NULL, day TEXT NOT NULL, text TEXT NOT NULL,"
                           " files TEXT NOT NULL, journal_key TEXT NOT NULL, journal_item INTEGER,"
                           " state TEXT NOT NULL, error_text TEXT, journal_id TEXT,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX photo_children_by_child ON photo_children (child_id)"),
        },
        // 4: what the parent is typing, kept while they type (DraftStore)
        {
            QStringLiteral("CREATE TABLE drafts (key TEXT PRIMARY KEY, text TEXT NOT NULL,"
                           " attachments TEXT NOT NULL, updated_at INTEGER NOT NULL)"),
        },
        // 5: the timeline's shown fields as columns (models no longer parse JSON); the cards are
        // rewritten by the next sync, which the emptied hashes make a full one
        {
            QStringLiteral("ALTER TABLE cards ADD COLUMN written_by TEXT"),
            QStringLiteral("ALTER TABLE cards ADD COLUMN by_parent INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE cards ADD COLUMN text TEXT"),
            QStringLiteral("ALTER TABLE photos ADD COLUMN downloadable INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE photos ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
            // The viewer steps through photos in the timeline's order, a card's series as shown.
            QStringLiteral("ALTER TABLE photos ADD COLUMN card_date INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE photos SET card_date = COALESCE((SELECT date FROM cards c WHERE"
                           " c.card_key = photos.card_key), date)"),
            QStringLiteral("CREATE INDEX photos_in_order ON photos (card_date DESC, card_key, position)"),
            QStringLiteral("UPDATE cards SET content_hash = ''"),
            QStringLiteral("DELETE FROM sync_state WHERE key = 'full_sync_done'"),
        },
        // 6: one write path for every feature (Writes); the diary's own queue moves into it.
        // Entries not yet delivered start again under new keys (their old queue items go).
        {
            QStringLiteral("CREATE TABLE writes (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                           " payload TEXT NOT NULL, files TEXT NOT NULL DEFAULT '', key TEXT NOT NULL UNIQUE,"
                           " state TEXT NOT NULL, step INTEGER NOT NULL DEFAULT 0, results TEXT NOT NULL DEFAULT '[]',"
                           " outbox_item INTEGER, error_text TEXT, created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX writes_by_kind ON writes (kind, id)"),
            QStringLiteral("INSERT INTO writes (kind, payload, files, key, state, error_text, created_at)"
                           " SELECT 'diary', json_object('childId', child_id, 'day', day, 'text', text),"
                           " COALESCE((SELECT group_concat(json_extract(f.value, '$.path'), char(10))"
                           " FROM json_each(diary_outgoing.files) f), ''), journal_key,"
                           " CASE state WHEN 'failed' THEN 'failed' ELSE 'sending' END, error_text, created_at"
                           " FROM diary_outgoing WHERE state != 'sent'"),
            QStringLiteral("DELETE FROM outbox WHERE kind IN ('upload', 'journal') AND state != 'sent'"),
            QStringLiteral("DROP TABLE diary_outgoing"),
        },
    };
    return steps;
}

} // namespace nestje
