// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/Schema.h"

namespace nestje::server::schema {

// Portable SQL only: explicit ids chosen by the server, BIGINT epoch milliseconds, TEXT ids
// for the opaque child, photo and media ids the protocol uses.
static QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE organisations (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL, kind TEXT NOT NULL, address TEXT, phone TEXT, email TEXT,"
                       " website TEXT)"),
        QStringLiteral("CREATE TABLE locations (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " name TEXT NOT NULL, address TEXT, phone TEXT)"),
        QStringLiteral("CREATE TABLE child_groups (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " location_id INTEGER NOT NULL, name TEXT NOT NULL, age_range TEXT)"),
        QStringLiteral("CREATE TABLE employees (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " group_id INTEGER, fullname TEXT NOT NULL, role TEXT, bio TEXT, avatar_media TEXT)"),
        QStringLiteral("CREATE TABLE families (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " family_id INTEGER NOT NULL, username TEXT NOT NULL, fullname TEXT NOT NULL,"
                       " email TEXT NOT NULL, phone TEXT, address TEXT, role TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL, password_salt TEXT NOT NULL,"
                       " password_iterations INTEGER NOT NULL, must_reset INTEGER NOT NULL,"
                       " UNIQUE (org_id, username))"),
        QStringLiteral("CREATE TABLE children (id TEXT PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " family_id INTEGER NOT NULL, first_name TEXT NOT NULL, middle_name TEXT,"
                       " last_name TEXT NOT NULL, date_of_birth BIGINT NOT NULL, group_id INTEGER,"
                       " active INTEGER NOT NULL, avatar_media TEXT)"),
        QStringLiteral("CREATE INDEX children_family ON children (family_id)"),
        // One row per stored file set; content_key names the files under <data>/media.
        QStringLiteral("CREATE TABLE media (id TEXT PRIMARY KEY, org_id INTEGER NOT NULL, kind TEXT NOT NULL,"
                       " content_key TEXT NOT NULL, mime TEXT NOT NULL, file_name TEXT)"),
        QStringLiteral("CREATE TABLE cards (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " family_id INTEGER NOT NULL, type TEXT NOT NULL, date_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX cards_timeline ON cards (family_id, date_ms, id)"),
        QStringLiteral("CREATE TABLE card_children (card_id INTEGER NOT NULL, child_id TEXT NOT NULL,"
                       " PRIMARY KEY (card_id, child_id))"),
        QStringLiteral("CREATE TABLE journals (card_id INTEGER PRIMARY KEY, journal_id TEXT NOT NULL,"
                       " child_id TEXT NOT NULL, written_by_name TEXT NOT NULL, written_by_type TEXT NOT NULL,"
                       " day_rhythm TEXT NOT NULL, journal_text TEXT NOT NULL, is_new INTEGER NOT NULL,"
                       " edited INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE photos (id TEXT PRIMARY KEY, org_id INTEGER NOT NULL, card_id INTEGER,"
                       " message_id INTEGER, position INTEGER NOT NULL, date_ms BIGINT NOT NULL,"
                       " media_type TEXT NOT NULL, description TEXT, generated_description INTEGER NOT NULL,"
                       " media_id TEXT NOT NULL, liked INTEGER NOT NULL, is_new INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX photos_card ON photos (card_id, position)"),
        QStringLiteral("CREATE INDEX photos_message ON photos (message_id, position)"),
        QStringLiteral("CREATE TABLE photo_tags (photo_id TEXT NOT NULL, child_id TEXT NOT NULL,"
                       " PRIMARY KEY (photo_id, child_id))"),
        QStringLiteral("CREATE TABLE threads (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " family_id INTEGER NOT NULL, child_id TEXT NOT NULL, subject TEXT NOT NULL,"
                       " unread INTEGER NOT NULL, last_date BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX threads_family ON threads (family_id, last_date, id)"),
        QStringLiteral("CREATE TABLE thread_messages (id INTEGER PRIMARY KEY, thread_id INTEGER NOT NULL,"
                       " message TEXT NOT NULL, written_by TEXT NOT NULL, from_parent INTEGER NOT NULL,"
                       " date_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX thread_messages_thread ON thread_messages (thread_id, date_ms, id)"),
        QStringLiteral("CREATE TABLE planning (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " child_id TEXT NOT NULL, day INTEGER NOT NULL, start_ms BIGINT NOT NULL,"
                       " end_ms BIGINT NOT NULL, code TEXT NOT NULL, extra_info TEXT,"
                       " to_confirm INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX planning_child_day ON planning (child_id, day)"),
        // News items and information pages share the htmlcontent renderer (P11).
        QStringLiteral("CREATE TABLE html_contents (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " kind TEXT NOT NULL, title TEXT NOT NULL, snippet TEXT, publish_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE html_items (content_id INTEGER NOT NULL, position INTEGER NOT NULL,"
                       " item_type TEXT NOT NULL, parts TEXT NOT NULL, PRIMARY KEY (content_id, position))"),
        QStringLiteral("CREATE TABLE newsletters (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " subject TEXT NOT NULL, snippet TEXT, send_ms BIGINT NOT NULL, full_source TEXT NOT NULL)"),
        // Per-account read marks for news and newsletters (kind 'news' or 'newsletter').
        QStringLiteral("CREATE TABLE content_reads (account_id INTEGER NOT NULL, kind TEXT NOT NULL,"
                       " item_id INTEGER NOT NULL, PRIMARY KEY (account_id, kind, item_id))"),
        QStringLiteral("CREATE TABLE admin_items (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " family_id INTEGER NOT NULL, type TEXT NOT NULL, admin_id TEXT NOT NULL,"
                       " item_id TEXT NOT NULL, item_date BIGINT NOT NULL, subject TEXT NOT NULL,"
                       " media_id TEXT)"),
        QStringLiteral("CREATE INDEX admin_items_family ON admin_items (family_id, type, item_date)"),
        // A login starts a session (a refresh token family); each refresh rotates its token.
        QStringLiteral("CREATE TABLE auth_sessions (id TEXT PRIMARY KEY, account_id INTEGER NOT NULL,"
                       " app_style INTEGER NOT NULL, created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL,"
                       " revoked INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, session_id TEXT NOT NULL,"
                       " issued_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, used INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE login_failures (org_id INTEGER NOT NULL, username TEXT NOT NULL,"
                       " remote TEXT NOT NULL, at_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX login_failures_user ON login_failures (org_id, username, at_ms)"),
    };
}

// The timeline pages by offset: a covering index lets SQLite skip `offset` cards without
// touching the table rows.
static QStringList version2()
{
    return {
        QStringLiteral("DROP INDEX cards_timeline"),
        QStringLiteral("CREATE INDEX cards_timeline ON cards (family_id, date_ms, id, type)"),
    };
}

// Parent writes (issue 4, part 1): idempotency keys, placements (a child may have several groups),
// organisation rules as data, parent uploads, and the group a thread is addressed to.
static QStringList version3()
{
    return {
        // The first answer to a write, per account and key, stored in the write's own transaction:
        // a retry finds either nothing (the write never happened) or exactly the answer it missed.
        QStringLiteral("CREATE TABLE idempotency_keys (account_id INTEGER NOT NULL, idem_key TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT NOT NULL,"
                       " headers TEXT NOT NULL, body BLOB NOT NULL, created_ms BIGINT NOT NULL,"
                       " PRIMARY KEY (account_id, idem_key))"),
        QStringLiteral("CREATE INDEX idempotency_keys_age ON idempotency_keys (created_ms)"),
        // A placement: a child's contract for one group (type, location, start and end date).
        QStringLiteral("CREATE TABLE placements (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " child_id TEXT NOT NULL, group_id INTEGER NOT NULL, product TEXT NOT NULL,"
                       " care_type TEXT NOT NULL, flexible INTEGER NOT NULL, start_day INTEGER NOT NULL,"
                       " end_day INTEGER)"),
        QStringLiteral("CREATE INDEX placements_child ON placements (child_id, start_day)"),
        QStringLiteral("ALTER TABLE children ADD COLUMN mentor_id INTEGER"),
        // The organisation's rules and modules as name/value pairs (see rules/OrganisationRules.h).
        QStringLiteral("CREATE TABLE org_rules (org_id INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,"
                       " PRIMARY KEY (org_id, name))"),
        QStringLiteral("ALTER TABLE threads ADD COLUMN group_id INTEGER"),
        // Media a parent uploaded; usable only by that account, in photoIds.
        QStringLiteral("ALTER TABLE media ADD COLUMN uploaded_by INTEGER"),
        QStringLiteral("ALTER TABLE media ADD COLUMN uploaded_ms BIGINT"),
    };
}

// Parent writes (issue 4, part 2): requests and their bookings, credits with history, school
// holidays and group capacity (rules as data), consents, notification settings, personal-details
// change requests, password resets and observations.
static QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE child_groups ADD COLUMN capacity INTEGER"),
        QStringLiteral("CREATE TABLE school_holidays (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL,"
                       " start_day INTEGER NOT NULL, end_day INTEGER NOT NULL, name TEXT NOT NULL)"),
        // A request of the family: extra day(s), a swap or an absence. Its bookings are per child
        // and day part and carry their own status (assessed per child).
        QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, family_id INTEGER NOT NULL,"
                       " account_id INTEGER NOT NULL, kind TEXT NOT NULL, as_whole INTEGER NOT NULL, expires_ms BIGINT,"
                       " remark TEXT NOT NULL, reason TEXT, created_ms BIGINT NOT NULL, notified INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX requests_family ON requests (family_id, created_ms)"),
        QStringLiteral("CREATE INDEX requests_expiry ON requests (expires_ms)"),
        // role: extra | absent | swap_from | swap_to. planning_id: the planning row the booking
        // made (extra, swap_to) or changed (absent, swap_from); previous_code restores it.
        QStringLiteral("CREATE TABLE bookings (id INTEGER PRIMARY KEY, request_id INTEGER NOT NULL, child_id TEXT NOT NULL,"
                       " day INTEGER NOT NULL, part_code TEXT NOT NULL, label TEXT NOT NULL, start_ms BIGINT NOT NULL,"
                       " end_ms BIGINT NOT NULL, value REAL NOT NULL, role TEXT NOT NULL, payment TEXT, credit_id INTEGER,"
                       " status TEXT NOT NULL, planning_id INTEGER, previous_code TEXT, group_id INTEGER,"
                       " staff_message TEXT, decided_ms BIGINT)"),
        QStringLiteral("CREATE INDEX bookings_request ON bookings (request_id)"),
        QStringLiteral("CREATE INDEX bookings_child_day ON bookings (child_id, day)"),
        QStringLiteral("CREATE TABLE credit_types (org_id INTEGER NOT NULL, code TEXT NOT NULL, label TEXT NOT NULL,"
                       " holiday_only INTEGER NOT NULL, usable_for TEXT NOT NULL, PRIMARY KEY (org_id, code))"),
        QStringLiteral("CREATE TABLE credits (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, child_id TEXT NOT NULL,"
                       " type_code TEXT NOT NULL, total REAL NOT NULL, remaining REAL NOT NULL, valid_from INTEGER NOT NULL,"
                       " valid_until INTEGER NOT NULL, origin TEXT NOT NULL, created_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX credits_child ON credits (child_id, valid_until)"),
        // kind: grant | use | refund | revoke; amount always positive.
        QStringLiteral("CREATE TABLE credit_history (id INTEGER PRIMARY KEY, credit_id INTEGER NOT NULL, kind TEXT NOT NULL,"
                       " amount REAL NOT NULL, booking_id INTEGER, at_ms BIGINT NOT NULL, description TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX credit_history_credit ON credit_history (credit_id, at_ms)"),
        QStringLiteral("CREATE TABLE permissions (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, child_id TEXT NOT NULL,"
                       " code TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, kind TEXT NOT NULL,"
                       " granted INTEGER, changeable INTEGER NOT NULL, changed_ms BIGINT)"),
        QStringLiteral("CREATE INDEX permissions_child ON permissions (child_id)"),
        QStringLiteral("CREATE TABLE notification_settings (account_id INTEGER NOT NULL, item TEXT NOT NULL,"
                       " push INTEGER NOT NULL, email INTEGER NOT NULL, PRIMARY KEY (account_id, item))"),
        QStringLiteral("CREATE TABLE detail_changes (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, org_id INTEGER NOT NULL,"
                       " changes TEXT NOT NULL, remark TEXT NOT NULL, status TEXT NOT NULL, created_ms BIGINT NOT NULL,"
                       " processed_ms BIGINT)"),
        QStringLiteral("CREATE TABLE password_resets (token_hash TEXT PRIMARY KEY, account_id INTEGER NOT NULL,"
                       " created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, used INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE observations (id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, child_id TEXT NOT NULL,"
                       " title TEXT NOT NULL, form_date BIGINT NOT NULL, author TEXT NOT NULL, sections TEXT NOT NULL)"),
    };
}

// Hardening (issue 10): a changed password cancels every outstanding reset link of the account,
// whichever code path changed it (reset, `PUT parent/password`, a staff command, a hash upgrade at
// login - that one proves the parent knows the password, so losing a pending link costs nothing).
// A trigger rather than code in each writer, so no future writer can forget it. used = 2 marks a
// cancelled link (1: used). PostgreSQL would need the same as a trigger function.
static QStringList version5()
{
    return {
        QStringLiteral("CREATE TRIGGER password_change_cancels_resets AFTER UPDATE OF password_hash ON accounts"
                       " WHEN NEW.password_hash IS NOT OLD.password_hash"
                       " BEGIN UPDATE password_resets SET used = 2 WHERE account_id = NEW.id AND used = 0; END"),
        QStringLiteral("CREATE INDEX password_resets_account ON password_resets (account_id, created_ms)"),
        // The start-up and hourly sweep of uploads never attached looks uploads up by age.
        QStringLiteral("CREATE INDEX media_uploaded ON media (uploaded_by, uploaded_ms)"),
        QStringLiteral("CREATE INDEX photos_media ON photos (media_id)"),
    };
}

// Files the organisation attaches to a message (issue 11: a letter about an outing, a form):
// document media rows, listed in P7's attachmentContentItems in their position.
static QStringList version6()
{
    return {
        QStringLiteral("CREATE TABLE message_files (message_id INTEGER NOT NULL, position INTEGER NOT NULL,"
                       " media_id TEXT NOT NULL, PRIMARY KEY (message_id, position))"),
    };
}

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{version1(), version2(), version3(), version4(), version5(), version6()};
    return all;
}

} // namespace nestje::server::schema
