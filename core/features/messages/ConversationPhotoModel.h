// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/messages/MessageRowsModel.h"

namespace nestje {

// The photos and videos of one conversation for the full-screen viewer (Mijn kind's
// PhotoViewer), in the order the conversation shows them: oldest message first, and within a
// message in its own order; the parent's photos on their way come last, as their messages do.
// `ConversationPhotoModel { session: App.session; threadId: "42" }`.
//
// Roles, the viewer's (as PhotoModel has them):
//   mediaId       the portal's id (a local file's path while sending)
//   video         a clip
//   thumb, medium, full  image://media sources (the media cache), local files while sending
//   description   the photo's caption
//   downloadable  on the portal ("Downloaden" saves it); not while it is being sent
//   dayLabel      the day of its message ("Vandaag", "dinsdag 4 november")
class ConversationPhotoModel : public nestje::MessageRowsModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString threadId READ threadId WRITE setThreadId NOTIFY threadIdChanged)
public:
    explicit ConversationPhotoModel(QObject *parent = nullptr);

    QString threadId() const { return m_threadId; }
    void setThreadId(const QString &threadId);
    // The row of the photo `mediaId`, or -1.
    Q_INVOKABLE int rowOf(const QString &mediaId) const;

signals:
    void threadIdChanged();

protected:
    QList<QVariantMap> readRows(Database &db, Writes *writes) const override;

private:
    QString m_threadId;
};

} // namespace nestje
