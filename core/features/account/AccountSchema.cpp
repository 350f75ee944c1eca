// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountSchema.h"

namespace nestje {

FeatureSchema accountSchema()
{
    return {QStringLiteral("account"),
            {
                // 1: shown fields as columns instead of raw JSON. The old tables go and the
                // features' sync keys with them, so the next sync refills everything. `children`
                // keeps the columns other features read (id, first_name, active, position).
                {
                    QStringLiteral("DROP TABLE IF EXISTS children"),
                    QStringLiteral("CREATE TABLE children (id TEXT PRIMARY KEY, first_name TEXT NOT NULL,"
                                   " full_name TEXT NOT NULL, birth_date INTEGER, active INTEGER NOT NULL,"
                                   " position INTEGER NOT NULL)"),
                    QStringLiteral("DROP TABLE IF EXISTS credits"),
                    QStringLiteral("CREATE TABLE credits (id TEXT PRIMARY KEY, child_id TEXT NOT NULL,"
                                   " position INTEGER NOT NULL, type TEXT, type_label TEXT, usable_for TEXT,"
                                   " holiday_only INTEGER NOT NULL, total REAL NOT NULL, remaining REAL NOT NULL,"
                                   " unit TEXT, valid_from INTEGER, valid_until INTEGER, status TEXT, status_label TEXT)"),
                    QStringLiteral("CREATE TABLE credit_history (credit_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                                   " kind TEXT, amount REAL, date INTEGER, description TEXT, request_id TEXT,"
                                   " booking_date INTEGER, PRIMARY KEY (credit_id, seq))"),
                    QStringLiteral("DROP TABLE IF EXISTS documents"),
                    QStringLiteral("CREATE TABLE documents (type TEXT NOT NULL, admin_id TEXT NOT NULL,"
                                   " item_id TEXT NOT NULL, date INTEGER NOT NULL, subject TEXT,"
                                   " has_attachment INTEGER NOT NULL, PRIMARY KEY (type, admin_id, item_id))"),
                    QStringLiteral("CREATE INDEX documents_by_date ON documents (type, date DESC)"),
                    QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY CHECK (id = 1), full_name TEXT,"
                                   " first_name TEXT, last_name TEXT, email TEXT, phone TEXT, address TEXT)"),
                    QStringLiteral("CREATE TABLE change_request (id TEXT PRIMARY KEY, full_name TEXT, email TEXT,"
                                   " phone TEXT, address TEXT, remark TEXT, created INTEGER, status TEXT,"
                                   " status_label TEXT)"),
                    QStringLiteral("CREATE TABLE child_details (child_id TEXT PRIMARY KEY, mentor_name TEXT,"
                                   " mentor_role TEXT)"),
                    QStringLiteral("CREATE TABLE placements (child_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                                   " product TEXT, care_type TEXT, group_name TEXT, location_name TEXT,"
                                   " flexible INTEGER NOT NULL, start_date INTEGER, end_date INTEGER,"
                                   " PRIMARY KEY (child_id, seq))"),
                    QStringLiteral("CREATE TABLE permissions (child_id TEXT NOT NULL, id TEXT NOT NULL,"
                                   " position INTEGER NOT NULL, code TEXT, title TEXT, description TEXT,"
                                   " declaration INTEGER NOT NULL, granted INTEGER, changeable INTEGER NOT NULL,"
                                   " changed_date INTEGER, PRIMARY KEY (child_id, id))"),
                    QStringLiteral("CREATE TABLE observations (child_id TEXT NOT NULL, id TEXT NOT NULL,"
                                   " title TEXT, date INTEGER, author TEXT, PRIMARY KEY (child_id, id))"),
                    QStringLiteral("CREATE TABLE observation_sections (observation_id TEXT NOT NULL,"
                                   " seq INTEGER NOT NULL, question TEXT, answer TEXT,"
                                   " PRIMARY KEY (observation_id, seq))"),
                    QStringLiteral("CREATE TABLE notification_settings (item TEXT PRIMARY KEY,"
                                   " position INTEGER NOT NULL, label TEXT, push INTEGER NOT NULL,"
                                   " email INTEGER NOT NULL)"),
                    QStringLiteral("DELETE FROM settings WHERE key = 'notification_settings'"),
                    QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'feature/children/%'"
                                   " OR key LIKE 'feature/credits/%' OR key LIKE 'feature/documents/%'"
                                   " OR key LIKE 'feature/notificationSettings/%'"),
                },
            }};
}

} // namespace nestje
