// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DraftStore.h"

#include "db/Database.h"

#include <QDateTime>

namespace nestje {

namespace {
// Attachments are local file URLs; one per line keeps the column readable and needs no JSON.
QString joinUrls(const QList<QUrl> &urls)
{
    QStringList lines;
    for (const QUrl &url : urls)
        lines << url.toString(QUrl::FullyEncoded);
    return lines.isEmpty() ? QStringLiteral("") : lines.join(QLatin1Char('\n')); // "" is not NULL
}

QList<QUrl> splitUrls(const QString &text)
{
    QList<QUrl> urls;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        urls << QUrl(line, QUrl::StrictMode);
    return urls;
}
} // namespace

std::optional<DraftStore::Draft> DraftStore::load(const QString &key) const
{
    if (!m_db.isOpen())
        return std::nullopt;
    QSqlQuery *q = m_db.select(QStringLiteral("SELECT text, attachments, updated_at FROM drafts WHERE key = ?"), {key});
    if (!q || !q->next())
        return std::nullopt;
    Draft draft{q->value(0).toString(), splitUrls(q->value(1).toString()), q->value(2).toLongLong()};
    q->finish();
    return draft;
}

bool DraftStore::save(const QString &key, const Draft &draft)
{
    if (!m_db.isOpen())
        return false;
    if (draft.text.isEmpty() && draft.attachments.isEmpty())
        return remove(key);
    return m_db.exec(QStringLiteral("INSERT INTO drafts (key, text, attachments, updated_at) VALUES (?, ?, ?, ?)"
                                    " ON CONFLICT(key) DO UPDATE SET text = excluded.text,"
                                    " attachments = excluded.attachments, updated_at = excluded.updated_at"),
                     {key, draft.text, joinUrls(draft.attachments), QDateTime::currentMSecsSinceEpoch()});
}

bool DraftStore::remove(const QString &key)
{
    return m_db.isOpen() && m_db.exec(QStringLiteral("DELETE FROM drafts WHERE key = ?"), {key});
}

} // namespace nestje
