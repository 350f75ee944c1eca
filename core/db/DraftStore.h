// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace nestje {

class Database;

// What the parent is typing, kept on disk while they type (a diary entry, a reply), so a
// crash, a closed window or a restart loses nothing. One row per form, by a key the form
// chooses ("diary/123", "reply/thread-9").
class DraftStore
{
public:
    struct Draft
    {
        QString text;
        QList<QUrl> attachments;
        qint64 updatedAt = 0;
    };

    explicit DraftStore(Database &db) : m_db(db) {}

    std::optional<Draft> load(const QString &key) const;
    // An empty draft (no text, no attachments) removes the row.
    bool save(const QString &key, const Draft &draft);
    bool remove(const QString &key);

private:
    Database &m_db;
};

} // namespace nestje
