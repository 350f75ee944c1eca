// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/media/UploadSweeper.h"

#include "server/Portal.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUploads, "nestje.server.uploads")

namespace nestje::server {

UploadSweeper::UploadSweeper(Portal &portal, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
}

void UploadSweeper::start()
{
    sweep();
    m_timer.start();
}

int UploadSweeper::sweep()
{
    struct Due
    {
        QString id, key, kind, mime;
    };
    QList<Due> due;
    QStringList unusedKeys;
    QString problem;
    const bool ok = m_portal.db.transaction(
        [&] {
            QSqlQuery &q = m_portal.db.run(
                QStringLiteral(
                    "SELECT id, content_key, kind, mime FROM media m WHERE uploaded_by IS NOT NULL"
                    " AND uploaded_ms < ? AND NOT EXISTS (SELECT 1 FROM photos p WHERE p.media_id "
                    "= m.id)"),
                {m_portal.now() - maxAgeMs});
            while (q.next())
                due.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()});
            q.finish();
            for (const Due &d : std::as_const(due))
                m_portal.db.run(QStringLiteral("DELETE FROM media WHERE id = ?"), {d.id});
            for (const Due &d : std::as_const(due))
                if (m_portal.db
                        .scalar(QStringLiteral("SELECT COUNT(*) FROM media WHERE content_key = ?"),
                                {d.key})
                        .toLongLong() == 0)
                    unusedKeys.append(d.key);
            return true;
        },
        &problem);
    if (!ok) {
        qCWarning(lcUploads) << "sweep of unattached uploads failed:" << problem;
        return 0;
    }
    // Files after the commit: a crash in between leaves files without a row (harmless), never a
    // row without its files.
    for (const Due &d : std::as_const(due)) {
        if (!unusedKeys.contains(d.key))
            continue;
        for (const QString &name : MediaStore::fileNamesOf(d.key, d.kind, d.mime))
            QFile::remove(m_portal.media.pathOf(name));
    }
    if (!due.isEmpty())
        qCInfo(lcUploads) << "removed" << due.size() << "uploads never attached";
    return int(due.size());
}

} // namespace nestje::server
