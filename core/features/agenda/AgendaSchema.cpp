// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaSchema.h"

namespace nestje {

const FeatureSchema &agendaSchema()
{
    static const FeatureSchema schema{
        QStringLiteral("agenda"),
        {
            // 1: typed columns instead of raw JSON (text the portal may leave out may be NULL). The
            // old tables are a cache: dropped, and the next sync refills them (their sync keys go
            // so the features are due at once).
            {
                QStringLiteral("DROP TABLE IF EXISTS planning"),
                QStringLiteral("DROP TABLE IF EXISTS requests"),
                QStringLiteral(
                    "CREATE TABLE agenda_parts (child_id TEXT NOT NULL, child_name TEXT,"
                    " day INTEGER NOT NULL, start_time INTEGER NOT NULL, end_time INTEGER NOT NULL,"
                    " code TEXT NOT NULL, extra_info TEXT, to_confirm INTEGER NOT NULL,"
                    " PRIMARY KEY (child_id, start_time))"),
                QStringLiteral(
                    "CREATE INDEX agenda_parts_by_day ON agenda_parts (day, start_time)"),
                QStringLiteral(
                    "CREATE TABLE agenda_requests (id TEXT PRIMARY KEY, type TEXT,"
                    " status TEXT, status_label TEXT, created INTEGER NOT NULL,"
                    " first_start INTEGER NOT NULL, last_end INTEGER NOT NULL, as_whole INTEGER "
                    "NOT NULL,"
                    " expires_at INTEGER NOT NULL, remark TEXT, reason TEXT)"),
                QStringLiteral(
                    "CREATE TABLE agenda_request_children (request_id TEXT NOT NULL,"
                    " position INTEGER NOT NULL, child_id TEXT NOT NULL, first_name TEXT,"
                    " status TEXT, status_label TEXT, cancellable INTEGER NOT "
                    "NULL,"
                    " cancel_refusal TEXT, PRIMARY KEY (request_id, child_id))"),
                QStringLiteral(
                    "CREATE TABLE agenda_bookings (request_id TEXT NOT NULL, child_id TEXT NOT "
                    "NULL,"
                    " position INTEGER NOT NULL, booking_id TEXT, day INTEGER NOT NULL,"
                    " role TEXT, label TEXT, start_time INTEGER NOT NULL,"
                    " end_time INTEGER NOT NULL, value REAL NOT NULL, unit TEXT,"
                    " payment_type TEXT, credit_label TEXT, status TEXT,"
                    " status_label TEXT, staff_message TEXT)"),
                QStringLiteral("CREATE INDEX agenda_bookings_by_request ON agenda_bookings "
                               "(request_id, child_id, position)"),
                QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'feature/planning/%'"
                               " OR key LIKE 'feature/requests/%'"),
            },
            // 2: the organisation's closing days and school holidays (X29).
            {
                QStringLiteral("CREATE TABLE agenda_closures (kind TEXT NOT NULL,"
                               " first_day INTEGER NOT NULL, last_day INTEGER NOT NULL, name TEXT)"),
            },
        }};
    return schema;
}

} // namespace nestje
