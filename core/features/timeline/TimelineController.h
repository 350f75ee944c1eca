// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include "media/MediaFiles.h"
#include "media/MediaLibrary.h"
#include "features/timeline/AlbumModel.h"
#include "features/timeline/DiaryWriter.h"
#include "features/timeline/PhotoModel.h"
#include "features/timeline/TimelineModel.h"

#include <QObject>
#include <QPointer>

namespace nestje {

class Accounts;
class AccountSession;
class DiaryBook;

// What the Mijn kind tab binds to (App.myChild), following the active account: the timeline,
// the viewer's series, the albums, the diary on its way, downloads and the diary book.
class TimelineController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.myChild")
    Q_PROPERTY(nestje::TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(nestje::PhotoModel *photos READ photos CONSTANT)
    Q_PROPERTY(nestje::AlbumModel *albums READ albums CONSTANT)
    Q_PROPERTY(nestje::DiaryWriter *diary READ diary CONSTANT)
    Q_PROPERTY(nestje::MediaFiles *files READ files CONSTANT)
    Q_PROPERTY(nestje::DiaryBook *book READ book CONSTANT)
    Q_PROPERTY(QString accountId READ accountId NOTIFY accountChanged)
public:
    explicit TimelineController(Accounts *accounts, QObject *parent = nullptr);
    ~TimelineController() override;

    void setSession(AccountSession *session);

    TimelineModel *timeline() { return &m_timeline; }
    PhotoModel *photos() { return &m_photos; }
    AlbumModel *albums() { return &m_albums; }
    DiaryWriter *diary() { return &m_diary; }
    MediaFiles *files() { return &m_files; }
    DiaryBook *book() { return m_book.get(); }
    MediaLibrary *mediaLibrary() { return &m_library; }
    QString accountId() const { return m_accountId; }

    // Opens a place in the tab: "entry/<card key>", "viewer/<media id>", "albums", "diary".
    // Notifications and the screenshot registry use it; the tab answers openRequested.
    Q_INVOKABLE void open(const QString &target);

signals:
    void accountChanged();
    void openRequested(const QString &target);

private:
    MediaLibrary m_library;
    TimelineModel m_timeline;
    PhotoModel m_photos;
    AlbumModel m_albums;
    DiaryWriter m_diary;
    MediaFiles m_files;
    std::unique_ptr<DiaryBook> m_book;
    QPointer<AccountSession> m_session;
    QString m_accountId;
    QMetaObject::Connection m_storeConnection;
};

} // namespace nestje
